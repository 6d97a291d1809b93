// Building landscapes, optimizers and run lists from command-line flags (shared by trace and render).
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

std::vector<sim::RunSpec> runSpecsFromFlags(const Flags& flags, const optim::Vec2& start) {
  std::vector<sim::RunSpec> specs;
  std::vector<std::vector<std::string>> assignments;
  for (const auto& [name, value] : flags) {
    if (name == "optimizer") {
      specs.emplace_back();
      specs.back().optimizer = value;
      specs.back().start = start;
      specs.back().color = sim::paletteColor(specs.size() - 1);
      assignments.emplace_back();
    } else if (name == "set") {
      if (specs.empty()) throw UsageError{"--set " + value + " must follow an --optimizer"};
      assignments.back().push_back(value);
    }
  }
  for (size_t i = 0; i < specs.size(); ++i) {
    optimizerFromFlags(specs[i].optimizer, assignments[i]);  // validates
    for (const std::string& text : assignments[i]) specs[i].params.push_back(parseAssignment(text));
  }
  return specs;
}

}  // namespace lv::cli
