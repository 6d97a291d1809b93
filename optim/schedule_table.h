// The table of learning-rate schedules: names and parameters as torch.optim.lr_scheduler (1.13) has
// them, with defaults, ranges and meanings. It drives the spec parser, the CLI, the UI and scenes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lv::optim {

/// Every schedule, in the order of scheduleInfos().
enum class ScheduleKind {
  Constant,        // ConstantLR
  Linear,          // LinearLR
  Step,            // StepLR
  MultiStep,       // MultiStepLR
  Exponential,     // ExponentialLR
  Polynomial,      // PolynomialLR
  Cosine,          // CosineAnnealingLR
  CosineRestarts,  // CosineAnnealingWarmRestarts
  Cyclic,          // CyclicLR
  OneCycle,        // OneCycleLR
  WarmupCosine,    // SequentialLR([LinearLR, CosineAnnealingLR])
};

enum class ScheduleParamType {
  Real,
  Integer,      // a whole number
  Bool,         // 0 or 1
  Choice,       // one of `choices` ("a|b|c"), stored as its index
  IntegerList,  // whole numbers written "100;200" (milestones)
};

/// Metadata of one schedule parameter.
struct ScheduleParamInfo {
  const char* name;  // torch's keyword argument
  ScheduleParamType type;
  double defaultValue;      // NaN: unset by default, and `unsetMeans` says what it follows
  double min, max;          // closed range (of each element, for a list)
  const char* choices;      // Choice: "triangular|triangular2|exp_range"; else nullptr
  const char* defaultList;  // IntegerList: default text ("100;200"); else nullptr
  const char* unsetMeans;   // for a NaN default, e.g. "the optimizer's lr"; else nullptr
  const char* meaning;      // one line
};

/// What the table knows of one schedule.
struct ScheduleInfo {
  ScheduleKind kind;
  const char* name;       // "cosine"
  const char* torchName;  // "CosineAnnealingLR"
  const char* description;
  std::vector<ScheduleParamInfo> params;  // in display order

  /// Index of `key` in params, or -1.
  int paramIndex(std::string_view key) const;
};

/// Every schedule, in display order (index == static_cast<size_t>(kind)).
const std::vector<ScheduleInfo>& scheduleInfos();
/// The entry named `name`, or nullptr.
const ScheduleInfo* findScheduleInfo(std::string_view name);
/// "constant, linear, ..." for error messages.
std::string scheduleNames();

}  // namespace lv::optim
