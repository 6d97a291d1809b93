// What the data panel draws (DESIGN.md "Two views of one model"), headless: the data as points in
// the plane of two columns, and the model at a parameter point (x, y) in the same plane: the
// fitted line of a regression, or the predicted probability and the decision boundary of a
// logistic regression. The panel only maps these to pixels.
#pragma once

#include "app/sim/scene_dataset.h"
#include "optim/types.h"

#include <optional>
#include <string>
#include <vector>

namespace lv::sim {

struct DataPlot {
  std::string xLabel, yLabel;       ///< the columns on the axes
  std::vector<optim::Vec2> points;  ///< one per row (at most kMaxPlotPoints, evenly spaced rows)
  std::vector<double> shade;        ///< per point in [0, 1]: its class or target, for colour
  landscapes::Rect bounds;          ///< the points' extent, padded; never empty
  /// The model as a polyline in the plot's coordinates (empty when there is no model to draw).
  std::vector<optim::Vec2> model;
  /// Logistic: where σ(x·u + y) = 1/2 on the u axis, if the line crosses it.
  std::optional<double> boundary;
  std::string caption;  ///< one line: the model at the parameters, e.g. "t = 2.00·u - 1.00"
};

/// At most this many rows are plotted (a 10 000-row set stays cheap to draw every frame).
inline constexpr std::size_t kMaxPlotPoints = 2000;

/// The plot of `data` with the model at `parameters` (the selected run's head).
DataPlot dataPlot(const ResolvedData& data, const optim::Vec2& parameters);

}  // namespace lv::sim
