// libFuzzer target: any bytes as a formula, the way a user types one. Parsing must never crash and
// must explain every rejection; a formula that parses must evaluate (value, gradient, Hessian) at
// points that reach the awkward parts of the domain, agree on f(x, y) in all three modes (the
// evaluator promises bit-identical values), and emit GLSL (value and derivatives) with no
// non-finite literal.
#include "landscapes/formula.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

// The origin (log, 1/x, sqrt at 0), negative bases for powers, a typical view, and values that
// overflow to inf or underflow to 0 inside exp, sinh and products.
const Eigen::Vector2d kPoints[] = {
    {0, 0}, {1, 1}, {-1.5, 2}, {2.5, -0.75}, {-3, -3}, {1e300, -1e-300}, {-1e-8, 1e8},
};

void check(bool ok, std::string_view formula, const std::string& what) {
  if (ok) return;
  std::fprintf(stderr, "formula_fuzz: %s\n  formula: %.*s\n", what.c_str(), int(formula.size()),
               formula.data());
  std::abort();
}

bool sameValue(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  lv::landscapes::ParseError error;
  auto formula = lv::landscapes::Formula::parse(text, &error);
  if (!formula) {
    check(!error.message.empty(), text, "rejected without a message");
    check(error.column >= 1 && size_t(error.column) <= size + 1, text,
          "error column " + std::to_string(error.column) + " outside the text");
    return 0;
  }
  check(formula->text() == text, text, "text() differs from the parsed text");

  for (const Eigen::Vector2d& p : kPoints) {
    const double value = formula->value(p);
    Eigen::Vector2d gradient;
    const double valueWithGradient = formula->valueAndGradient(p, gradient);
    const lv::landscapes::Derivatives d = formula->derivatives(p);
    char where[96];
    std::snprintf(where, sizeof where, " at (%.17g, %.17g)", p.x(), p.y());
    check(sameValue(value, valueWithGradient), text, std::string("value() != valueAndGradient()") + where);
    check(sameValue(value, d.value), text, std::string("value() != derivatives().value") + where);
    check(sameValue(gradient.x(), d.gradient.x()) && sameValue(gradient.y(), d.gradient.y()), text,
          std::string("first- and second-order gradients differ") + where);
  }

  const std::string glsl = formula->glsl();
  // Helpers of functions without a GLSL builtin (softplus) come first.
  check(glsl.find("float f(vec2 p) {\n") != std::string::npos, text,
        "GLSL does not define f(vec2 p):\n" + glsl);
  check(glsl.size() >= 2 && glsl.compare(glsl.size() - 2, 2, "}\n") == 0, text, "GLSL not closed:\n" + glsl);
  // Non-finite constants must be spelled as GLSL expressions (1.0 / 0.0), never printf's inf/nan.
  check(glsl.find("inf") == std::string::npos && glsl.find("nan") == std::string::npos, text,
        "GLSL has a non-finite literal:\n" + glsl);
  const std::string jets = formula->glslDerivatives();
  check(jets.find("FormulaJet f_jet(vec2 p) {\n") != std::string::npos, text, "no f_jet in:\n" + jets);
  check(jets.find("inf") == std::string::npos && jets.find("nan") == std::string::npos &&
            jets.find('$') == std::string::npos,
        text, "derivative GLSL has a non-finite literal or an unreplaced operand:\n" + jets);
  return 0;
}
