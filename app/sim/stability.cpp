// See stability.h.
#include "app/sim/stability.h"

#include "app/sim/geometry.h"

#include <string>

namespace lv::sim {

std::optional<double> maxStableLr(const Run& run) {
  const optim::Optimizer& optimizer = run.optimizer();
  // The registry's names of the sgd unit (its presets differ only in defaults).
  const std::string& name = optimizer.name();
  if (name != "sgd" && name != "momentum" && name != "nesterov") return std::nullopt;
  const double momentum = optimizer.get("momentum").value_or(0);
  const double dampening = momentum != 0 ? optimizer.get("dampening").value_or(0) : 0;
  if (optimizer.get("nesterov").value_or(0) != 0 && momentum != 0) return std::nullopt;
  if (dampening >= 1) return std::nullopt;
  const auto geometry = runGeometry(run, run.start());
  if (!geometry) return std::nullopt;
  const double lambda = geometry->maxEigenvalue + optimizer.get("weight_decay").value_or(0);
  if (!(lambda > 0)) return std::nullopt;
  return (2 + 2 * momentum) / ((1 - dampening) * lambda);
}

}  // namespace lv::sim
