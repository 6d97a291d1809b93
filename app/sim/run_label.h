// Names for runs: what distinguishes runs of the same optimizer ("sgd lr=0.2"), the user's label
// when set, and the full hyperparameter description the CSV export writes.
#pragma once

#include "app/sim/session.h"

#include <string>

namespace lv::sim {

/// The run's label if the user set one; else its optimizer's name, followed by the hyperparameters
/// whose values differ between the runs of that optimizer ("sgd lr=0.2", "adam beta1=0.5"), and by
/// "#k" (1-based) among runs with identical hyperparameters. Just the name when the optimizer is
/// used by one run.
std::string runLabel(const Session& session, size_t index);

/// Every hyperparameter of `optimizer` as "name=value" joined by spaces ("lr=0.001 momentum=0.9 ..."),
/// values with up to 17 significant digits (exact when read back).
std::string describeParams(const optim::Optimizer& optimizer);

/// `label` cut to at most kMaxLabelBytes, keeping only well-formed UTF-8 without control
/// characters (a scene always reopens; a CSV comment stays one line).
std::string sanitizedLabel(const std::string& label);

}  // namespace lv::sim
