// Command-line flags resolved into landscapes, optimizers and scenes, once (shared by trace and
// render): everything past this file receives ready objects.
#include "app/cli/verbs.h"

namespace lv::cli {

landscapes::Landscape landscapeFromFlag(const std::string& text) {
  landscapes::ParseError error;
  auto landscape = landscapes::resolveLandscape(text, &error);
  if (!landscape) {
    std::string names;
    for (const auto& entry : landscapes::catalog()) names += (names.empty() ? "" : ", ") + entry.name;
    throw UsageError{"--landscape '" + text + "' is neither a landscape (" + names +
                     ") nor a valid formula: " + error.describe()};
  }
  return *landscape;
}

optim::Optimizer optimizerFromFlags(const std::string& name, const std::vector<std::string>& assignments) {
  auto optimizer = optim::Optimizer::create(name);
  if (!optimizer)
    throw UsageError{"unknown optimizer '" + name + "' (valid: " + optim::optimizerNames() + ")"};
  for (const std::string& text : assignments) {
    const auto [key, value] = parseAssignment(text);
    std::string error;
    if (!optimizer->set(key, value, &error)) throw UsageError{"--set " + text + ": " + error};
  }
  return *optimizer;
}

optim::ScheduleSpec scheduleFromFlag(const std::string& text) {
  std::string error;
  auto spec = optim::parseSchedule(text, &error);
  if (!spec) throw UsageError{"--schedule " + text + ": " + error};
  return *spec;
}

std::vector<sim::RunSpec> runSpecsFromFlags(const Flags& flags, const optim::Vec2& start) {
  // "--optimizer A --set k=v --schedule S ... --optimizer B ...": each group in command-line order.
  struct Group {
    std::string optimizer;
    std::vector<std::string> assignments;
    std::optional<std::string> schedule;
  };
  std::vector<Group> groups;
  for (const auto& [name, value] : flags) {
    if (name == "optimizer") {
      groups.push_back({value, {}, std::nullopt});
    } else if (name == "set" || name == "schedule") {
      if (groups.empty()) throw UsageError{"--" + name + " " + value + " must follow an --optimizer"};
      if (name == "set") {
        groups.back().assignments.push_back(value);
      } else {
        if (groups.back().schedule)
          throw UsageError{"--schedule " + value + ": one --schedule per --optimizer"};
        groups.back().schedule = value;
      }
    }
  }
  if (groups.size() > sim::kMaxRuns)
    throw UsageError{"too many --optimizer runs (limit " + std::to_string(sim::kMaxRuns) + ")"};
  std::vector<sim::RunSpec> specs;
  for (const Group& group : groups) {
    sim::RunSpec spec;
    spec.optimizer = optimizerFromFlags(group.optimizer, group.assignments);
    if (group.schedule) spec.schedule = scheduleFromFlag(*group.schedule);
    spec.start = start;
    spec.color = sim::paletteColor(specs.size());
    specs.push_back(std::move(spec));
  }
  return specs;
}

optim::Vec2 startFromFlag(const std::string& text) {
  const auto [x, y] = parsePair(text, ',', "--start");
  return optim::Vec2(x, y);
}

size_t stepsFromFlag(const std::string& text) {
  return static_cast<size_t>(parseCount(text, "--steps", static_cast<long>(sim::kStepsRange.min),
                                        static_cast<long>(sim::kStepsRange.max)));
}

}  // namespace lv::cli
