// The loss plot's axes as data: which quantity is plotted (raw loss, or loss − f* when f* is
// known), on which scale, over which y-range, with which ticks. Headless, so the rules are tested:
// hidden runs never count; a diverged run counts only up to a cap above the others (it is drawn
// leaving the top edge); a landscape without a known minimum plots the raw loss rather than faking
// a floor; a log scale of values that are not all positive falls back to linear, saying why.
#pragma once

#include "app/figure/figure.h"
#include "app/figure/text_metrics.h"

#include <optional>
#include <string>
#include <vector>

namespace lv::figure {

enum class LossQuantity { Raw, AboveMinimum };

/// What the user asked the loss plot for (the window keeps this between frames).
struct LossPlotOptions {
  LossQuantity quantity = LossQuantity::AboveMinimum;
  bool logScale = true;
  bool collapsed = false;  ///< plot and table folded away to one line
  bool tableOnly = false;  ///< on a narrow window, the table instead of the plot
};

/// One run's losses as the plot sees them.
struct PlotSeries {
  const std::vector<double>* losses = nullptr;
  bool visible = true;
  bool diverged = false;
};

/// Decades a diverged run may reach above the highest value of the runs that did not diverge (log
/// scale); on a linear scale, that many spans of theirs.
constexpr double kDivergedHeadroom = 3;

struct LossScale {
  LossQuantity quantity = LossQuantity::Raw;  ///< what is plotted (AboveMinimum only with f*)
  bool logScale = true;                       ///< false when the values are not all positive
  double offset = 0;                          ///< subtracted from every loss: f*, or 0
  double lo = 0, hi = 1;                      ///< y range in plotted units (log10 on a log scale)
  bool empty = true;                          ///< no visible run has a loss
  std::string title;                          ///< "loss − f*  (log scale)"
  std::string note;                           ///< why an option asked for is not in effect ("" if all are)
};

/// The scale for `series` (every `stride`-th loss and the last of each), given the landscape's
/// known minimum value `minimumValue`.
LossScale lossScale(const std::vector<PlotSeries>& series, std::optional<double> minimumValue,
                    const LossPlotOptions& options, std::size_t stride = 1);

/// `loss` in plotted units, kept within one range height of [lo, hi] (the drawing is clipped);
/// values a log scale cannot show (≤ 0) sit at the bottom.
double plottedValue(const LossScale& scale, double loss);

/// y-axis ticks between pixel rows `bottom` and `top`: whole decades ("1e-3") on a log scale, nice
/// values on a linear one, thinned until labels are at least 1.5 lines apart.
std::vector<Tick> lossTicks(const LossScale& scale, double bottom, double top, const TextMetrics& metrics);

/// x-axis ticks for steps 0..lastStep between pixels `left` and `right`: whole steps only, labels
/// at least a character apart.
std::vector<Tick> stepTicks(std::size_t lastStep, double left, double right, const TextMetrics& metrics);

}  // namespace lv::figure
