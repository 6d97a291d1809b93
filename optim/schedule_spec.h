// A learning-rate schedule as data: which schedule and its validated parameters, read from and
// written to the text form `NAME[:KEY=VALUE,...]` (a list value as `100;200`) that the CLI's
// --schedule and scene files use.
#pragma once

#include "optim/schedule_table.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lv::optim {

/// A schedule with every parameter valid: what a run stores and what Schedule evaluates.
struct ScheduleSpec {
  ScheduleKind kind = ScheduleKind::Constant;
  std::vector<double> values;  // one per info().params entry; NaN = unset (see unsetMeans); NaN for a list
  std::vector<double> list;    // the list parameter's whole numbers (milestones), in the order given

  const ScheduleInfo& info() const;
  const char* name() const { return info().name; }

  /// The value of the scalar parameter `key` (NaN when unset), or nullopt for an unknown key or a list.
  std::optional<double> get(std::string_view key) const;
  /// Validated set of a scalar parameter (UI sliders): an unknown key, a value out of range, not whole
  /// where it must be, or one that breaks a rule between parameters fails with a message naming the
  /// key; nothing changes then.
  bool set(std::string_view key, double value, std::string* error = nullptr);
};

/// `name` with its default parameters, or nullopt for an unknown name.
std::optional<ScheduleSpec> defaultSchedule(std::string_view name);

/// Parses `NAME[:KEY=VALUE,...]`, e.g. `cosine:T_max=200,eta_min=1e-4` or `multistep:milestones=100;200`.
/// Choices are written by name (`mode=triangular2`), booleans as 0/1. Unnamed parameters keep their
/// defaults. On failure: nullopt and one message naming the schedule and the key.
std::optional<ScheduleSpec> parseSchedule(std::string_view text, std::string* error = nullptr);

/// The text that parseSchedule reads back as `spec`: the name, then every value that is not the default.
std::string formatSchedule(const ScheduleSpec& spec);

}  // namespace lv::optim
