// Numbers as text a person reads and can type back: the shortest "%g" text that reads back as the
// same double ("0.001", not "0.0010000000000000000208"). Run labels and the sliders' typed entry
// share it, so a value shown is a value that can be entered again.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace lv::sim {

/// The shortest "%.Ng" (N = 1..17) text of `value` that std::strtod reads back exactly.
inline std::string exactNumber(double value) {
  char text[40];
  for (int digits = 1; digits <= 17; ++digits) {
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    if (std::strtod(text, nullptr) == value) break;
  }
  return text;
}

}  // namespace lv::sim
