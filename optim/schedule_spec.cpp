// Parsing, validating and printing schedule specs. Every value is checked against the table once,
// here; Schedule then evaluates without checks.
#include "optim/schedule_spec.h"

#include "optim/number_text.h"

#include <cmath>

namespace lv::optim {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::string rangeText(const ScheduleParamInfo& p) {
  return "[" + formatNumber(p.min) + ", " + formatNumber(p.max) + "]";
}

/// Why `value` cannot be parameter `p` ("" if it can).
std::string valueProblem(const ScheduleParamInfo& p, double value) {
  const std::string shown = std::string(p.name) + " = " + formatNumber(value);
  if (!std::isfinite(value)) return shown + " is not finite";
  const bool whole = p.type != ScheduleParamType::Real;
  if (whole && value != std::floor(value)) return shown + " must be a whole number";
  if (p.type == ScheduleParamType::Choice) {
    return value >= 0 && value < static_cast<double>(split(p.choices, '|').size()) ? ""
                                                                                   : shown + " is no choice";
  }
  if (value < p.min || value > p.max) return shown + " out of range " + rangeText(p);
  return "";
}

/// Why the values of `spec` do not go together ("" if they do): rules torch would break on at runtime.
std::string combinationProblem(const ScheduleSpec& spec) {
  if (spec.kind != ScheduleKind::OneCycle) return "";
  const double pct = *spec.get("pct_start");
  const double total = *spec.get("total_steps");
  // Each phase needs a positive length, or torch divides by zero in get_lr.
  if (!(pct * total - 1 > 0)) {
    return "pct_start = " + formatNumber(pct) +
           " leaves no warm-up phase: pct_start·total_steps must exceed 1";
  }
  if (*spec.get("three_phase") != 0 && pct > 0.5) {
    return "pct_start = " + formatNumber(pct) + " must be at most 0.5 with three_phase=1";
  }
  return "";
}

/// Parses the text of one value of `p` into `spec` (index `i`); returns the problem or "".
std::string parseValue(const ScheduleParamInfo& p, std::string_view text, ScheduleSpec& spec, size_t i) {
  const std::string shown = std::string(p.name) + " = '" + std::string(text) + "'";
  if (p.type == ScheduleParamType::Choice) {
    const std::vector<std::string_view> names = split(p.choices, '|');
    for (size_t c = 0; c < names.size(); ++c) {
      if (text == names[c]) {
        spec.values[i] = static_cast<double>(c);
        return "";
      }
    }
    return shown + " must be one of " + std::string(p.choices);
  }
  if (p.type == ScheduleParamType::IntegerList) {
    spec.list.clear();
    for (std::string_view item : split(text, ';')) {
      const std::optional<double> value = parseNumber(item);
      if (!value) return shown + ": '" + std::string(item) + "' is not a number (write a list as 100;200)";
      const std::string problem = valueProblem(p, *value);
      if (!problem.empty()) return problem;
      spec.list.push_back(*value);
    }
    return "";
  }
  std::optional<double> value = parseNumber(text);
  if (p.type == ScheduleParamType::Bool && (text == "true" || text == "false"))
    value = text == "true" ? 1 : 0;
  if (!value) return shown + " is not a number";
  const std::string problem = valueProblem(p, *value);
  if (problem.empty()) spec.values[i] = *value;
  return problem;
}

std::string formatValue(const ScheduleParamInfo& p, const ScheduleSpec& spec, size_t i) {
  if (p.type == ScheduleParamType::Choice) {
    return std::string(split(p.choices, '|')[static_cast<size_t>(spec.values[i])]);
  }
  if (p.type == ScheduleParamType::IntegerList) {
    std::string text;
    for (double value : spec.list) text += (text.empty() ? "" : ";") + formatNumber(value);
    return text;
  }
  return formatNumber(spec.values[i]);
}

}  // namespace

const ScheduleInfo& ScheduleSpec::info() const { return scheduleInfos()[static_cast<size_t>(kind)]; }

std::optional<double> ScheduleSpec::get(std::string_view key) const {
  const int i = info().paramIndex(key);
  if (i < 0 || info().params[i].type == ScheduleParamType::IntegerList) return std::nullopt;
  return values[i];
}

bool ScheduleSpec::set(std::string_view key, double value, std::string* error) {
  const int i = info().paramIndex(key);
  std::string problem;
  if (i < 0 || info().params[i].type == ScheduleParamType::IntegerList) {
    problem = "no scalar parameter '" + std::string(key) + "'";
  } else {
    problem = valueProblem(info().params[i], value);
  }
  ScheduleSpec changed = *this;
  if (problem.empty()) {
    changed.values[i] = value;
    problem = combinationProblem(changed);
  }
  if (!problem.empty()) {
    if (error) *error = "schedule '" + std::string(name()) + "': " + problem;
    return false;
  }
  *this = std::move(changed);
  return true;
}

std::optional<ScheduleSpec> defaultSchedule(std::string_view name) {
  const ScheduleInfo* info = findScheduleInfo(name);
  if (!info) return std::nullopt;
  ScheduleSpec spec;
  spec.kind = info->kind;
  for (size_t i = 0; i < info->params.size(); ++i) {
    const ScheduleParamInfo& p = info->params[i];
    spec.values.push_back(p.defaultValue);
    if (p.defaultList) parseValue(p, p.defaultList, spec, i);
  }
  return spec;
}

std::optional<ScheduleSpec> parseSchedule(std::string_view text, std::string* error) {
  const size_t colon = text.find(':');
  const std::string_view name = text.substr(0, colon);
  std::optional<ScheduleSpec> spec = defaultSchedule(name);
  const auto fail = [&](const std::string& problem) {
    if (error) *error = problem;
    return std::nullopt;
  };
  if (!spec) return fail("unknown schedule '" + std::string(name) + "' (valid: " + scheduleNames() + ")");
  const std::string prefix = "schedule '" + std::string(name) + "': ";
  if (colon == std::string_view::npos) return spec;
  const ScheduleInfo& info = spec->info();
  std::vector<bool> given(info.params.size(), false);
  for (std::string_view assignment : split(text.substr(colon + 1), ',')) {
    const size_t equals = assignment.find('=');
    const std::string_view key = assignment.substr(0, equals);
    const int i = info.paramIndex(key);
    if (i < 0) {
      std::string valid;
      for (const ScheduleParamInfo& p : info.params)
        valid += (valid.empty() ? "" : ", ") + std::string(p.name);
      return fail(prefix + "unknown parameter '" + std::string(key) + "' (valid: " + valid + ")");
    }
    if (equals == std::string_view::npos || equals + 1 == assignment.size()) {
      return fail(prefix + std::string(key) + " has no value (write KEY=VALUE)");
    }
    if (given[i]) return fail(prefix + std::string(key) + " is given twice");
    given[i] = true;
    const std::string problem = parseValue(info.params[i], assignment.substr(equals + 1), *spec, i);
    if (!problem.empty()) return fail(prefix + problem);
  }
  const std::string problem = combinationProblem(*spec);
  if (!problem.empty()) return fail(prefix + problem);
  return spec;
}

std::string formatSchedule(const ScheduleSpec& spec) {
  const ScheduleSpec defaults = *defaultSchedule(spec.name());
  std::string text = spec.name();
  char separator = ':';
  for (size_t i = 0; i < spec.info().params.size(); ++i) {
    const ScheduleParamInfo& p = spec.info().params[i];
    const std::string value = formatValue(p, spec, i);
    if (value == formatValue(p, defaults, i)) continue;
    text += separator + std::string(p.name) + "=" + value;
    separator = ',';
  }
  return text;
}

}  // namespace lv::optim
