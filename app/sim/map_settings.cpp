// The map axis syntax and the names of map modes and colourings (one definition for the CLI, the
// scene file and the window).
#include "app/sim/map_settings.h"

#include "app/sim/enum_names.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace lv::sim {
namespace {

constexpr EnumName<MapMode> kMapModeNames[] = {{MapMode::Basins, "basins"},
                                               {MapMode::Hyperparameters, "hyper"}};
constexpr EnumName<MapColoring> kMapColoringNames[] = {
    {MapColoring::Basin, "basin"}, {MapColoring::Steps, "steps"}, {MapColoring::Loss, "loss"}};

std::vector<std::string> splitColons(std::string_view text) {
  std::vector<std::string> parts;
  size_t begin = 0;
  for (;;) {
    const size_t at = text.find(':', begin);
    parts.emplace_back(
        text.substr(begin, at == std::string_view::npos ? std::string_view::npos : at - begin));
    if (at == std::string_view::npos) return parts;
    begin = at + 1;
  }
}

std::optional<double> strictNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string number(double value, const char* format = "%g") {
  char text[40];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

}  // namespace

std::optional<MapAxis> parseMapAxis(std::string_view text, const optim::OptimizerInfo& info,
                                    const std::string& field, std::string* error, size_t* paramIndex) {
  const std::string prefix = field + " " + std::string(text) + ": ";
  auto fail = [&](const std::string& message) -> std::optional<MapAxis> {
    if (error) *error = prefix + message;
    return std::nullopt;
  };
  const std::vector<std::string> parts = splitColons(text);
  if (parts.size() < 3 || parts.size() > 4) return fail("expected NAME:LO:HI or NAME:LO:HI:log");
  MapAxis axis;
  axis.param = parts[0];
  const optim::ParamInfo* param = nullptr;
  for (size_t i = 0; i < info.params.size(); ++i) {
    if (axis.param != info.params[i].name) continue;
    param = &info.params[i];
    if (paramIndex) *paramIndex = i;
  }
  if (!param) {
    std::string names;
    for (const optim::ParamInfo& p : info.params) names += (names.empty() ? "" : ", ") + std::string(p.name);
    return fail(info.name + " has no hyperparameter '" + axis.param + "' (valid: " + names + ")");
  }
  if (param->isBool) return fail(axis.param + " is a 0/1 switch and cannot be swept");
  const auto lo = strictNumber(parts[1]);
  const auto hi = strictNumber(parts[2]);
  if (!lo) return fail(axis.param + ": LO '" + parts[1] + "' is not a finite number");
  if (!hi) return fail(axis.param + ": HI '" + parts[2] + "' is not a finite number");
  axis.lo = *lo;
  axis.hi = *hi;
  if (parts.size() == 4) {
    if (parts[3] == "log")
      axis.logScale = true;
    else if (parts[3] != "linear")
      return fail("scale '" + parts[3] + "' is neither log nor linear");
  }
  if (!(axis.lo < axis.hi)) return fail(axis.param + ": LO must be below HI");
  if (axis.lo < param->min || axis.hi > param->max)
    return fail(axis.param + " must stay within [" + number(param->min) + ", " + number(param->max) + "]");
  if (axis.logScale && axis.lo <= 0) return fail(axis.param + ": a log axis needs LO > 0");
  return axis;
}

std::string formatMapAxis(const MapAxis& axis) {
  return axis.param + ":" + number(axis.lo, "%.17g") + ":" + number(axis.hi, "%.17g") +
         (axis.logScale ? ":log" : "");
}

MapAxis defaultMapAxis(const optim::ParamInfo& param) {
  MapAxis axis{param.name, param.min, param.max, param.logScale};
  if (axis.logScale && axis.lo <= 0) axis.lo = axis.hi * 1e-4;
  return axis;
}

bool MapSettings::operator==(const MapSettings& o) const {
  return show == o.show && mode == o.mode && run == o.run && xAxis == o.xAxis && yAxis == o.yAxis &&
         steps == o.steps && tolerance == o.tolerance && coloring == o.coloring && opacity == o.opacity &&
         resolution == o.resolution;
}

const char* mapModeName(MapMode mode) { return nameOf(kMapModeNames, mode); }

std::optional<MapMode> parseMapMode(std::string_view name) { return valueNamed(kMapModeNames, name); }

const char* mapColoringName(MapColoring coloring) { return nameOf(kMapColoringNames, coloring); }

std::optional<MapColoring> parseMapColoring(std::string_view name) {
  return valueNamed(kMapColoringNames, name);
}

}  // namespace lv::sim
