// See map_driver.h.
#include "app/maps/map_driver.h"

#include "app/maps/map_overlay.h"

#include <algorithm>

namespace lv::maps {
namespace {

// A view being dragged or a slider being moved changes the key every frame: a new map starts once
// the key has held this long, so the frames in between are not spent uploading starts.
constexpr double kSettleSeconds = 0.15;
// A frame this long was a sleep or a stall, not what the window's frame costs.
constexpr double kOutlierFrameSeconds = 0.25;
// Weight of the newest frame in the running estimate of the frame without the map.
constexpr double kFrameSmoothing = 0.2;

double secondsBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

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
    uploadMapColors(overlay, *display.spec, *display.map, settings.coloring);
    colored_ = settings.coloring;
  }
  display.texture = display.map ? overlay.texture() : 0;
  placeMapOverlay(overlay, settings, display.map && display.spec ? &*display.spec : nullptr, display.stale);
}

double MapDriver::frameBudget(double maxSeconds) const {
  return std::clamp(kMapFrameShare * restOfFrameSeconds_, std::min(kMinMapFrameSeconds, maxSeconds),
                    maxSeconds);
}

void MapDriver::update(const sim::Session& session, MapDisplay& display, const landscapes::Rect& canvasView,
                       render::MapOverlayPass& overlay, double maxBudgetSeconds) {
  const auto start = std::chrono::steady_clock::now();
  if (lastUpdate_ != std::chrono::steady_clock::time_point{}) {
    const double rest = secondsBetween(lastUpdate_, start) - lastUpdateSeconds_;
    if (rest > 0 && rest < kOutlierFrameSeconds)
      restOfFrameSeconds_ = restOfFrameSeconds_ > 0
                                ? restOfFrameSeconds_ + kFrameSmoothing * (rest - restOfFrameSeconds_)
                                : rest;
  }
  lastUpdate_ = start;
  updateMap(session, display, canvasView, overlay, frameBudget(maxBudgetSeconds));
  lastUpdateSeconds_ = secondsBetween(start, std::chrono::steady_clock::now());
}

void MapDriver::updateMap(const sim::Session& session, MapDisplay& display,
                          const landscapes::Rect& canvasView, render::MapOverlayPass& overlay,
                          double budgetSeconds) {
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
