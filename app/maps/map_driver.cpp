// See map_driver.h.
#include "app/maps/map_driver.h"

#include "app/maps/map_image.h"

namespace lv::maps {
namespace {

// A view being dragged or a slider being moved changes the key every frame: a new map starts once
// the key has held this long, so the frames in between are not spent uploading starts.
constexpr double kSettleSeconds = 0.15;
// A stale map is still worth seeing (where the basins were), but must not pass for the new one.
constexpr float kStaleDimming = 0.35f;

}  // namespace

void MapDriver::finishJob(MapDisplay& display) {
  std::string error;
  auto map = job_->result(&error);
  if (map) {
    display.map = std::move(map);
    display.spec = job_->spec();
    display.status = MapDisplay::Status::Done;
    display.message.clear();
    shownKey_ = jobKey_;
    colored_.reset();
  } else {
    display.status = MapDisplay::Status::Failed;
    display.message = error;
    stoppedKey_ = jobKey_;
  }
  job_.reset();
}

void MapDriver::show(const sim::Session& session, MapDisplay& display, render::MapOverlayPass& overlay) {
  const sim::MapSettings& settings = session.map;
  if (display.map && display.spec && colored_ != settings.coloring) {
    const bool hasMinima = !display.spec->landscape.minima.empty();
    overlay.upload(colorMap(*display.map, settings.coloring, hasMinima), display.map->width,
                   display.map->height);
    colored_ = settings.coloring;
  }
  display.texture = display.map ? overlay.texture() : 0;
  const bool basins = settings.show && display.map && display.spec && display.spec->mode == MapMode::Basins &&
                      settings.mode == MapMode::Basins;
  const float opacity = static_cast<float>(settings.opacity) * (display.stale ? kStaleDimming : 1.0f);
  overlay.place(basins ? display.spec->view : landscapes::Rect{0, 1, 0, 1}, opacity, basins);
}

void MapDriver::update(const sim::Session& session, MapDisplay& display, const landscapes::Rect& canvasView,
                       render::MapOverlayPass& overlay, double budgetSeconds) {
  const bool cancel = display.cancelRequested, force = display.computeRequested;
  display.cancelRequested = display.computeRequested = false;
  std::string why;
  const auto spec = session.map.show ? windowMapSpec(session, canvasView, &why) : std::nullopt;
  if (!spec) {
    job_.reset();
    pending_ = false;
    display.status = session.map.show ? MapDisplay::Status::Failed : MapDisplay::Status::Off;
    display.message = why;
    display.stale = true;
    show(session, display, overlay);
    return;
  }
  const std::string key = mapSpecKey(*spec);
  const auto now = std::chrono::steady_clock::now();
  if (key != wantedKey_) {
    wantedKey_ = key;
    wantedSince_ = now;
  }
  if (cancel && job_) {
    stoppedKey_ = jobKey_;
    job_.reset();
    display.status = MapDisplay::Status::Cancelled;
  }
  if (force) {
    stoppedKey_.clear();
    shownKey_.clear();
  }
  if (job_ && jobKey_ != key) job_.reset();  // asked for something else meanwhile
  const bool settled =
      !display.map || force || std::chrono::duration<double>(now - wantedSince_).count() >= kSettleSeconds;
  if (!job_ && key != shownKey_ && key != stoppedKey_ && settled) {
    std::string error;
    job_ = GpuMapJob::create(*spec, &error, 64, &programs_);
    jobKey_ = key;
    if (!job_) {
      display.status = MapDisplay::Status::Failed;
      display.message = error;
      stoppedKey_ = key;
    }
  }
  if (job_) {
    job_->advanceFor(budgetSeconds);
    display.status = MapDisplay::Status::Computing;
    display.progress = job_->progress();
    if (job_->finished()) finishJob(display);
  } else if (display.status == MapDisplay::Status::Computing) {
    display.status = key == shownKey_ ? MapDisplay::Status::Done : MapDisplay::Status::Cancelled;
  }
  display.stale = !display.map || key != shownKey_;
  pending_ = !job_ && key != shownKey_ && key != stoppedKey_;
  show(session, display, overlay);
}

}  // namespace lv::maps
