// See map_window.h.
#include "app/maps/map_window.h"

#include "landscapes/checksum.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lv::maps {
namespace {

bool sweepable(const optim::ParamInfo& p) { return !p.isBool && p.max > p.min; }

void appendNumber(std::string& out, double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g,", value);
  out += text;
}

// The per-sample loss and a checksum of the rows: a data set regenerated, standardized or read
// anew gives another key (tables are not compared by address, which a new table may reuse).
std::string dataKey(const landscapes::FiniteSum& sum) {
  const landscapes::DataTable& table = sum.data();
  std::string key = sum.perSample().text() + "|" + std::to_string(table.rows()) + "|";
  for (const std::string& column : table.columns) key += column + ",";
  const std::string_view bytes(reinterpret_cast<const char*>(table.values.data()),
                               table.values.size() * sizeof(double));
  return key + landscapes::fnv1a64Hex(bytes) + "|";
}

// Whether a stochastic source's updates still use every row (full batch, only noise added).
bool sameAsFullData(const sim::GradientSource& source) {
  const sim::BatchSettings& batch = source.batchSettings();
  return batch.sampling == landscapes::Sampling::Shuffle && batch.batch == source.data()->data().rows();
}

std::string optionalStep(const std::optional<long>& step) {
  return step ? std::to_string(*step) : std::string("-");
}

}  // namespace

std::pair<sim::MapAxis, sim::MapAxis> mapAxesFor(const sim::MapSettings& settings,
                                                 const optim::OptimizerInfo& info) {
  auto valid = [&](const std::optional<sim::MapAxis>& axis) {
    return axis && sim::parseMapAxis(sim::formatMapAxis(*axis), info, "axis", nullptr).has_value();
  };
  std::optional<sim::MapAxis> x = valid(settings.xAxis) ? settings.xAxis : std::nullopt;
  std::optional<sim::MapAxis> y = valid(settings.yAxis) ? settings.yAxis : std::nullopt;
  if (x && y && x->param == y->param) y.reset();
  for (const optim::ParamInfo& p : info.params) {
    if (!sweepable(p) || (x && x->param == p.name) || (y && y->param == p.name)) continue;
    if (!x)
      x = sim::defaultMapAxis(p);
    else if (!y)
      y = sim::defaultMapAxis(p);
  }
  return {x.value_or(sim::MapAxis{}), y.value_or(sim::MapAxis{})};
}

std::optional<MapSpec> windowMapSpec(const sim::Session& session, const landscapes::Rect& canvasView,
                                     std::string* why) {
  const sim::MapSettings& settings = session.map;
  if (session.runs.empty()) {
    if (why) *why = "add a run: the map uses its optimizer";
    return std::nullopt;
  }
  const sim::Run& run = session.runs[std::min(settings.run, session.runs.size() - 1)].run;
  MapSpec spec(session.landscape(), run.optimizer());
  // The session's data as the canvas shows it (standardized or not), always the full data: see
  // MapSpec::data and mapGradientNote.
  if (session.data()) spec.data = session.data()->sum();
  spec.optimizer.reset();
  spec.schedule = run.schedule();
  spec.mode = settings.mode;
  spec.steps = static_cast<long>(settings.steps);
  spec.tolerance = settings.tolerance;
  const int resolution = std::clamp(settings.resolution, static_cast<int>(sim::kMapResolutionRange.min),
                                    static_cast<int>(sim::kMapResolutionRange.max));
  if (settings.mode == MapMode::Basins) {
    spec.view = canvasView;
    const double w = canvasView.xmax - canvasView.xmin, h = canvasView.ymax - canvasView.ymin;
    if (!(w > 0 && h > 0)) {
      if (why) *why = "the view is empty";
      return std::nullopt;
    }
    spec.width = w >= h ? resolution : std::max(1, static_cast<int>(std::lround(resolution * w / h)));
    spec.height = h >= w ? resolution : std::max(1, static_cast<int>(std::lround(resolution * h / w)));
    return spec;
  }
  const optim::OptimizerInfo& info = spec.optimizer.info();
  const auto [x, y] = mapAxesFor(settings, info);
  const auto xAxis = resolveParamAxis(x, info), yAxis = resolveParamAxis(y, info);
  if (!xAxis || !yAxis) {
    if (why) *why = info.name + " has fewer than two hyperparameters to sweep";
    return std::nullopt;
  }
  spec.xAxis = *xAxis;
  spec.yAxis = *yAxis;
  spec.start = run.start();
  spec.width = spec.height = resolution;
  return spec;
}

std::string mapGradientNote(const sim::Session& session) {
  if (session.runs.empty()) return "";
  const sim::GradientSource& source =
      session.runs[std::min(session.map.run, session.runs.size() - 1)].run.gradientSource();
  if (!source.stochastic()) return "";
  if (!source.data()) return "map: exact gradient (the run adds gradient noise)";
  return sameAsFullData(source) ? "map: full-data gradient (the run adds gradient noise)"
                                : "map: full-data gradient (the run samples mini-batches)";
}

std::string mapSpecKey(const MapSpec& spec) {
  std::string key = spec.landscape.formula.text() + "|" + spec.optimizer.name() + "|";
  if (spec.data) key += dataKey(*spec.data);
  const bool hyper = spec.mode == MapMode::Hyperparameters;
  for (size_t i = 0; i < spec.optimizer.paramCount(); ++i) {
    // The swept values replace the run's own: setting them (a click on the map) changes no pixel.
    const bool swept = hyper && (i == spec.xAxis.paramIndex || i == spec.yAxis.paramIndex);
    appendNumber(key, swept ? 0.0 : spec.optimizer.param(i));
  }
  key += spec.mode == MapMode::Basins ? "|basins|" : "|hyper|";
  if (spec.mode == MapMode::Basins) {
    for (double v : {spec.view.xmin, spec.view.xmax, spec.view.ymin, spec.view.ymax}) appendNumber(key, v);
  } else {
    appendNumber(key, spec.start.x());
    appendNumber(key, spec.start.y());
    for (const ParamAxis* a : {&spec.xAxis, &spec.yAxis}) {
      key += a->name + (a->logScale ? ":log," : ":lin,");
      appendNumber(key, a->lo);
      appendNumber(key, a->hi);
    }
  }
  for (double v :
       {double(spec.width), double(spec.height), double(spec.steps), spec.tolerance, spec.basinRadius})
    appendNumber(key, v);
  if (spec.schedule) key += "|" + optim::formatSchedule(*spec.schedule);
  return key;
}

std::optional<std::pair<int, int>> basinPixelAt(const MapSpec& spec, const Vec2& p) {
  const landscapes::Rect& v = spec.view;
  const double tx = (p.x() - v.xmin) / (v.xmax - v.xmin), ty = (v.ymax - p.y()) / (v.ymax - v.ymin);
  if (!(tx >= 0 && tx < 1 && ty >= 0 && ty < 1)) return std::nullopt;
  return std::make_pair(std::min(spec.width - 1, static_cast<int>(tx * spec.width)),
                        std::min(spec.height - 1, static_cast<int>(ty * spec.height)));
}

Vec2 mapClickStart(const sim::MapSettings& settings, const MapDisplay& display, const Vec2& p) {
  if (!settings.show || settings.mode != MapMode::Basins || !display.map || !display.spec ||
      display.spec->mode != MapMode::Basins)
    return p;
  const auto pixel = basinPixelAt(*display.spec, p);
  return pixel ? pixelStart(*display.spec, pixel->first, pixel->second) : p;
}

void applyMapPixel(sim::Session& session, size_t run, const MapSpec& spec, int px, int py) {
  if (run >= session.runs.size() || px < 0 || py < 0 || px >= spec.width || py >= spec.height) return;
  if (spec.mode == MapMode::Basins) {
    session.moveStart(run, pixelStart(spec, px, py));
    return;
  }
  if (session.runs[run].run.optimizer().name() != spec.optimizer.name()) return;
  const auto [x, y] = pixelParams(spec, px, py);
  session.setParam(run, spec.xAxis.paramIndex, x);
  session.setParam(run, spec.yAxis.paramIndex, y);
}

std::string describeMapPixel(const MapSpec& spec, const ConvergenceMap& map, int px, int py) {
  const PixelResult& p = map.at(px, py);
  const Vec2 start = pixelStart(spec, px, py);
  char text[320];
  int n = std::snprintf(text, sizeof text, "start (%.4g, %.4g)", start.x(), start.y());
  if (spec.mode == MapMode::Hyperparameters) {
    const auto [x, y] = pixelParams(spec, px, py);
    n += std::snprintf(text + n, sizeof text - n, "  %s %.4g  %s %.4g", spec.xAxis.name.c_str(), x,
                       spec.yAxis.name.c_str(), y);
  }
  char loss[32] = "-";
  if (p.finalLoss) std::snprintf(loss, sizeof loss, "%.6g", *p.finalLoss);
  n += std::snprintf(text + n, sizeof text - n, "\nfinal (%.4g, %.4g)  loss %s", p.finalPoint.x(),
                     p.finalPoint.y(), loss);
  std::snprintf(text + n, sizeof text - n, "\nconverged at %s  diverged at %s  basin %s",
                optionalStep(p.convergedStep).c_str(), optionalStep(p.divergedStep).c_str(),
                p.basin ? std::to_string(*p.basin).c_str() : "none");
  return text;
}

}  // namespace lv::maps
