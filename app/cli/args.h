// Command-line flags for the headless verbs: a small order-preserving parser (render needs
// "--optimizer A --set k=v --optimizer B --set ..." kept in order) with one-line errors.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lv::cli {

struct FlagSpec {
  const char* name;     // without the leading "--"
  const char* metavar;  // nullptr for a switch that takes no value
  const char* help;
};

struct VerbSpec {
  const char* name;     // "trace"
  const char* summary;  // one line
  std::vector<FlagSpec> flags;
  const char* helpFooter = "";  // printed after the options (e.g. a legend of the output)
};

/// Flags in command-line order; a switch has an empty value.
using Flags = std::vector<std::pair<std::string, std::string>>;

/// Thrown by the verbs for bad input; main prints "lossviz VERB: message" and exits 2.
struct UsageError {
  std::string message;
};

/// Parses `args` (after the verb) against `spec`. `--help` yields a flag named "help".
/// Throws UsageError for unknown flags or missing values.
Flags parseFlags(const std::vector<std::string>& args, const VerbSpec& spec);

/// The verb's --help text.
std::string helpText(const VerbSpec& spec);

/// parseFlags, except that with --help it prints helpText(spec) to stdout and returns nullopt: the
/// verb then exits 0.
std::optional<Flags> parseFlagsOrHelp(const std::vector<std::string>& args, const VerbSpec& spec);

/// Last value of `name`, if given.
std::optional<std::string> lastValue(const Flags& flags, const std::string& name);
bool hasFlag(const Flags& flags, const std::string& name);

/// Strict conversions that name the flag in their UsageError.
double parseNumber(const std::string& text, const std::string& what);
long parseCount(const std::string& text, const std::string& what, long min, long max);
std::pair<double, double> parsePair(const std::string& text, char separator, const std::string& what);
/// --size WxH (`fallback` when not given) as whole sides in [minSide, maxSide].
std::pair<int, int> sizeFromFlags(const Flags& flags, const char* fallback, int minSide, int maxSide);
/// "key=value" with a numeric value.
std::pair<std::string, double> parseAssignment(const std::string& text);

}  // namespace lv::cli
