// libFuzzer target: any bytes as a formula. Parsing must never crash; a parsed formula must
// evaluate (value, gradient, Hessian) and emit GLSL without crashing.
#include "landscapes/formula.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  lv::landscapes::ParseError error;
  auto formula = lv::landscapes::Formula::parse(text, &error);
  if (!formula) return 0;
  Eigen::Vector2d gradient;
  for (const Eigen::Vector2d p : {Eigen::Vector2d(0, 0), Eigen::Vector2d(-1.5, 2), Eigen::Vector2d(1e300, -1e-300)}) {
    (void)formula->value(p);
    (void)formula->valueAndGradient(p, gradient);
    (void)formula->derivatives(p);
  }
  (void)formula->glsl();
  return 0;
}
