// libFuzzer target: any bytes as a formula, the way a user types one. Parsing must never crash and
// must explain every rejection; a formula that parses must evaluate (value, gradient, Hessian) at
// points that reach the awkward parts of the domain, agree on f(x, y) in all three modes (the
// evaluator promises bit-identical values), and emit GLSL (value and derivatives) with no
// non-finite literal. The same text is parsed again as a per-sample formula over a few data
// columns: it must parse whenever the plain one did, agree across modes at every row, and its
// finite sum's full batch must equal its full-data mean bit for bit when both sum the rows. A loss
// quadratic in x and y has a closed-form mean (data_quadratic.h) that rounds differently from the
// row-by-row sum (and can be the more accurate of the two: 1 + 1e300 - 1e300 absorbs the 1 row by
// row, not in the form), so there only the form's own modes must agree.
#include "landscapes/finite_sum.h"
#include "landscapes/formula.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

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

using lv::landscapes::Formula;

// Data columns a per-sample formula may name, and two rows (the second reaches overflow).
const std::vector<std::string> kColumns = {"u", "v", "label"};
const std::vector<double> kRows = {0.5, -2, 1, 1e300, 0, -1e-300};

void checkRejection(const lv::landscapes::ParseError& error, std::string_view text) {
  check(!error.message.empty(), text, "rejected without a message");
  check(error.column >= 1 && size_t(error.column) <= text.size() + 1, text,
        "error column " + std::to_string(error.column) + " outside the text");
}

// value, valueAndGradient and derivatives agree on f and ∇f at every point (row: data or null).
void checkModesAgree(const Formula& formula, const double* row, std::string_view text) {
  for (const Eigen::Vector2d& p : kPoints) {
    const double value = formula.value(p, row);
    Eigen::Vector2d gradient;
    const double valueWithGradient = formula.valueAndGradient(p, row, gradient);
    const lv::landscapes::Derivatives d = formula.derivatives(p, row);
    char where[96];
    std::snprintf(where, sizeof where, " at (%.17g, %.17g)", p.x(), p.y());
    check(sameValue(value, valueWithGradient), text, std::string("value() != valueAndGradient()") + where);
    check(sameValue(value, d.value), text, std::string("value() != derivatives().value") + where);
    check(sameValue(gradient.x(), d.gradient.x()) && sameValue(gradient.y(), d.gradient.y()), text,
          std::string("first- and second-order gradients differ") + where);
  }
}

bool hasNonFinite(const std::string& glsl) {
  return glsl.find("inf") != std::string::npos || glsl.find("nan") != std::string::npos ||
         glsl.find('$') != std::string::npos;
}

void checkPerSample(std::string_view text, bool plainParsed) {
  lv::landscapes::ParseError error;
  auto formula = Formula::parse(text, kColumns, &error);
  if (!formula) {
    check(!plainParsed, text, "parses without columns but not with them: " + error.describe());
    return checkRejection(error, text);
  }
  check(formula->columns() == kColumns, text, "columns() differs from the parsed columns");
  for (std::size_t r = 0; r < kRows.size(); r += kColumns.size()) checkModesAgree(*formula, &kRows[r], text);
  auto data = std::make_shared<lv::landscapes::DataTable>(lv::landscapes::DataTable{kColumns, kRows});
  const lv::landscapes::FiniteSum sum(*formula, data);
  const std::uint32_t everyRow[] = {0, 1};
  for (const Eigen::Vector2d& p : kPoints) {
    if (!sum.quadratic()) {
      check(sameValue(sum.batchValue(p, everyRow, 2), sum.value(p)), text, "full batch != full-data mean");
      continue;
    }
    Eigen::Vector2d gradient;
    const double value = sum.valueAndGradient(p, gradient);
    const lv::landscapes::Derivatives d = sum.derivatives(p);
    check(sameValue(sum.value(p), value) && sameValue(value, d.value), text, "closed-form modes differ in f");
    check(sameValue(gradient.x(), d.gradient.x()) && sameValue(gradient.y(), d.gradient.y()), text,
          "closed-form modes differ in the gradient");
  }
  check(!hasNonFinite(sum.glsl()) && !hasNonFinite(sum.glslDerivatives()), text,
        "data GLSL has a non-finite literal or an unreplaced operand");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  lv::landscapes::ParseError error;
  auto formula = Formula::parse(text, &error);
  checkPerSample(text, formula.has_value());
  if (!formula) return checkRejection(error, text), 0;
  check(formula->text() == text, text, "text() differs from the parsed text");
  checkModesAgree(*formula, nullptr, text);

  const std::string glsl = formula->glsl();
  // Helpers of functions without a GLSL builtin (softplus) come first.
  check(glsl.find("float f(vec2 p) {\n") != std::string::npos, text,
        "GLSL does not define f(vec2 p):\n" + glsl);
  check(glsl.size() >= 2 && glsl.compare(glsl.size() - 2, 2, "}\n") == 0, text, "GLSL not closed:\n" + glsl);
  // Non-finite constants must be spelled as GLSL expressions (1.0 / 0.0), never printf's inf/nan.
  check(!hasNonFinite(glsl), text, "GLSL has a non-finite literal:\n" + glsl);
  const std::string jets = formula->glslDerivatives();
  check(jets.find("FormulaJet f_jet(vec2 p) {\n") != std::string::npos, text, "no f_jet in:\n" + jets);
  check(!hasNonFinite(jets), text,
        "derivative GLSL has a non-finite literal or an unreplaced operand:\n" + jets);
  return 0;
}
