// CSV rows of a convergence map (format in map_csv.h).
#include "app/maps/map_csv.h"

#include <cstdio>
#include <type_traits>

namespace lv::maps {
namespace {

void appendNumber(std::string& out, double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", value);
  out += text;
}

template <class T>
void appendOptional(std::string& out, const std::optional<T>& value) {
  out += ',';
  if (!value) return;
  if constexpr (std::is_floating_point_v<T>)
    appendNumber(out, *value);
  else
    out += std::to_string(*value);
}

}  // namespace

std::string mapCsv(const MapSpec& spec, const ConvergenceMap& map) {
  const bool hyper = spec.mode == MapMode::Hyperparameters;
  std::string out = "px,py,start_x,start_y,";
  if (hyper) out += spec.xAxis.name + "," + spec.yAxis.name + ",";
  out += "final_x,final_y,final_loss,converged_step,diverged_step,basin\n";
  out.reserve(out.size() + map.pixels.size() * (hyper ? 200 : 160));
  for (int py = 0; py < map.height; ++py) {
    for (int px = 0; px < map.width; ++px) {
      const PixelResult& p = map.at(px, py);
      const Vec2 start = pixelStart(spec, px, py);
      out += std::to_string(px) + ',' + std::to_string(py) + ',';
      appendNumber(out, start.x());
      out += ',';
      appendNumber(out, start.y());
      if (hyper) {
        const auto [x, y] = pixelParams(spec, px, py);
        out += ',';
        appendNumber(out, x);
        out += ',';
        appendNumber(out, y);
      }
      out += ',';
      appendNumber(out, p.finalPoint.x());
      out += ',';
      appendNumber(out, p.finalPoint.y());
      appendOptional(out, p.finalLoss);
      appendOptional(out, p.convergedStep);
      appendOptional(out, p.divergedStep);
      appendOptional(out, p.basin);
      out += '\n';
    }
  }
  return out;
}

}  // namespace lv::maps
