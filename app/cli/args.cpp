#include "app/cli/args.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>

namespace lv::cli {

Flags parseFlags(const std::vector<std::string>& args, const VerbSpec& spec) {
  Flags flags;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      flags.emplace_back("help", "");
      continue;
    }
    if (arg.rfind("--", 0) != 0) throw UsageError{"unexpected argument '" + arg + "' (see --help)"};
    std::string name = arg.substr(2), value;
    const size_t eq = name.find('=');
    const bool inlineValue = eq != std::string::npos;
    if (inlineValue) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    const FlagSpec* found = nullptr;
    for (const FlagSpec& f : spec.flags)
      if (name == f.name) found = &f;
    if (!found) {
      std::string valid;
      for (const FlagSpec& f : spec.flags) valid += std::string(valid.empty() ? "--" : ", --") + f.name;
      throw UsageError{"unknown option '--" + name + "' (valid: " + valid + ")"};
    }
    if (found->metavar && !inlineValue) {
      if (i + 1 >= args.size()) throw UsageError{"option --" + name + " needs a value " + found->metavar};
      value = args[++i];
    } else if (!found->metavar && inlineValue) {
      throw UsageError{"option --" + name + " takes no value"};
    }
    flags.emplace_back(name, value);
  }
  return flags;
}

std::string helpText(const VerbSpec& spec) {
  std::string text =
      std::string("usage: lossviz ") + spec.name + " [options]\n" + spec.summary + "\n\noptions:\n";
  for (const FlagSpec& f : spec.flags) {
    std::string left = std::string("  --") + f.name + (f.metavar ? std::string(" ") + f.metavar : "");
    if (left.size() < 30) left.resize(30, ' ');
    text += left + " " + f.help + "\n";
  }
  text += "  --help                       show this help\n";
  return text + spec.helpFooter;
}

std::optional<Flags> parseFlagsOrHelp(const std::vector<std::string>& args, const VerbSpec& spec) {
  Flags flags = parseFlags(args, spec);
  if (!hasFlag(flags, "help")) return flags;
  std::cout << helpText(spec);
  return std::nullopt;
}

std::optional<std::string> lastValue(const Flags& flags, const std::string& name) {
  std::optional<std::string> value;
  for (const auto& [k, v] : flags)
    if (k == name) value = v;
  return value;
}

bool hasFlag(const Flags& flags, const std::string& name) {
  for (const auto& kv : flags)
    if (kv.first == name) return true;
  return false;
}

double parseNumber(const std::string& text, const std::string& what) {
  const char* begin = text.c_str();
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(begin, &end);
  if (text.empty() || end != begin + text.size() || errno == ERANGE || !std::isfinite(v))
    throw UsageError{what + ": '" + text + "' is not a finite number"};
  return v;
}

long parseCount(const std::string& text, const std::string& what, long min, long max) {
  const char* begin = text.c_str();
  char* end = nullptr;
  errno = 0;
  const long v = std::strtol(begin, &end, 10);
  if (text.empty() || end != begin + text.size() || errno == ERANGE)
    throw UsageError{what + ": '" + text + "' is not a whole number"};
  if (v < min || v > max)
    throw UsageError{what + ": " + text + " out of range [" + std::to_string(min) + ", " +
                     std::to_string(max) + "]"};
  return v;
}

std::pair<double, double> parsePair(const std::string& text, char separator, const std::string& what) {
  const size_t at = text.find(separator);
  if (at == std::string::npos)
    throw UsageError{what + ": expected two numbers separated by '" + std::string(1, separator) + "', got '" +
                     text + "'"};
  return {parseNumber(text.substr(0, at), what), parseNumber(text.substr(at + 1), what)};
}

std::pair<int, int> sizeFromFlags(const Flags& flags, const char* fallback, int minSide, int maxSide) {
  const auto [w, h] = parsePair(lastValue(flags, "size").value_or(fallback), 'x', "--size");
  if (w != std::floor(w) || h != std::floor(h) || w < minSide || h < minSide || w > maxSide || h > maxSide)
    throw UsageError{"--size: expected WxH with whole sides in [" + std::to_string(minSide) + ", " +
                     std::to_string(maxSide) + "]"};
  return {static_cast<int>(w), static_cast<int>(h)};
}

std::pair<std::string, double> parseAssignment(const std::string& text) {
  const size_t at = text.find('=');
  if (at == std::string::npos || at == 0) throw UsageError{"--set: expected key=value, got '" + text + "'"};
  const std::string key = text.substr(0, at);
  return {key, parseNumber(text.substr(at + 1), "--set " + key)};
}

}  // namespace lv::cli
