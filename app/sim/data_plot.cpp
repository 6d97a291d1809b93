// See data_plot.h. The catalog's models are known by name (their losses are fixed formulas); a
// user's CSV gets its first two columns plotted and no model, since its loss can be anything.
#include "app/sim/data_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lv::sim {
namespace {

constexpr int kCurveSegments = 64;

std::string formatted(const char* format, double a, double b) {
  char text[96];
  std::snprintf(text, sizeof text, format, a, b);
  return text;
}

void fitBounds(DataPlot& plot) {
  landscapes::Rect r{1e300, -1e300, 1e300, -1e300};
  for (const optim::Vec2& p : plot.points) {
    r.xmin = std::min(r.xmin, p.x());
    r.xmax = std::max(r.xmax, p.x());
    r.ymin = std::min(r.ymin, p.y());
    r.ymax = std::max(r.ymax, p.y());
  }
  const double padX = std::max(0.05 * (r.xmax - r.xmin), 0.5), padY = std::max(0.05 * (r.ymax - r.ymin), 0.5);
  plot.bounds = {r.xmin - padX, r.xmax + padX, r.ymin - padY, r.ymax + padY};
}

}  // namespace

DataPlot dataPlot(const ResolvedData& data, const optim::Vec2& parameters) {
  const landscapes::DataTable& table = data.sum().data();
  const std::string& model = data.settings.catalog;
  const bool threeColumns = model == "unscaled_features";
  // Columns on the axes: the feature and the target; for two features, both features.
  const std::size_t cx = 0, cy = table.columns.size() > 1 ? 1 : 0;
  const std::size_t shadeColumn = threeColumns ? 2 : cy;
  DataPlot plot;
  plot.xLabel = table.columns[cx];
  plot.yLabel = table.columns[cy];
  const std::size_t rows = table.rows(), stride = (rows + kMaxPlotPoints - 1) / kMaxPlotPoints;
  double lo = 1e300, hi = -1e300;
  for (std::size_t i = 0; i < rows; i += stride) {
    const double* row = table.row(i);
    plot.points.emplace_back(row[cx], row[cy]);
    plot.shade.push_back(row[shadeColumn]);
    lo = std::min(lo, row[shadeColumn]);
    hi = std::max(hi, row[shadeColumn]);
  }
  for (double& s : plot.shade) s = hi > lo ? (s - lo) / (hi - lo) : 0.5;
  fitBounds(plot);
  const double a = parameters.x(), b = parameters.y();
  const double u0 = plot.bounds.xmin, u1 = plot.bounds.xmax;
  if (model == "linear_regression") {
    plot.model = {{u0, a * u0 + b}, {u1, a * u1 + b}};
    plot.caption = formatted("t = %.3g*u %+.3g", a, b);
  } else if (model == "logistic_regression") {
    for (int i = 0; i <= kCurveSegments; ++i) {
      const double u = u0 + (u1 - u0) * i / kCurveSegments, z = a * u + b;
      plot.model.emplace_back(u, z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z)));
    }
    if (a != 0) plot.boundary = -b / a;
    plot.caption = formatted("P(label = 1) = sigmoid(%.3g*u %+.3g)", a, b);
  } else if (threeColumns) {
    plot.caption = formatted("t = %.3g*u1 %+.3g*u2 (colour: t)", a, b);
  }
  return plot;
}

}  // namespace lv::sim
