// GLSL of exact derivatives (Formula::glslDerivatives): the functions it promises, GLSL rules
// (float literals, integer powers as products, atan(y, x)), and the helpers of exactly the
// functions used (every catalog landscape's: glsl_test.cpp). Its numbers are compared with the CPU
// on a GPU in tests/app/render/derivative_parity_test.cpp.
#include "landscapes/formula.h"
#include "landscapes/functions.h"

#include "tests/landscapes/glsl_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace lv::landscapes {
namespace {

using test::contains;
using test::expectContainsAll;
using test::hasIntegerLiteral;

std::string derivativesOf(const std::string& text) {
  return test::emittedGlsl(text, &Formula::glslDerivatives);
}

TEST(GlslDerivatives, DefinesTheContractFunctions) {
  const std::string source = derivativesOf("x*y");
  expectContainsAll(source,
                    {"struct FormulaJet {", "FormulaJet f_jet(vec2 p) {", "vec3 f_grad(vec2 p) {",
                     "mat2 f_hess(vec2 p) {", "FormulaJet x = FormulaJet(p.x, vec2(1.0, 0.0), vec3(0.0));",
                     "FormulaJet y = FormulaJet(p.y, vec2(0.0, 1.0), vec3(0.0));", "jetMul(x, y)"});
  EXPECT_FALSE(contains(source, "float f(vec2 p)"));  // f comes from glsl()
  EXPECT_FALSE(contains(source, "#version"));
  EXPECT_TRUE(contains(derivativesOf("x"), "return x;"));
  EXPECT_TRUE(contains(derivativesOf("2*3"), "return jetConst(6.0);"));
}

TEST(GlslDerivatives, IntegerPowersAreProducts) {
  const std::string square = derivativesOf("x^2");
  EXPECT_TRUE(contains(square, "jetMul(x, x)")) << square;
  for (const char* text : {"(x-1)^3", "y^-2", "x^16", "pow(x, 5)"}) {
    const std::string source = derivativesOf(text);
    EXPECT_FALSE(contains(source, "pow(")) << text << "\n" << source;
    EXPECT_FALSE(hasIntegerLiteral(source)) << text << "\n" << source;
  }
  EXPECT_TRUE(contains(derivativesOf("x^2.5"), "pow(x.v, 2.5)"));
}

TEST(GlslDerivatives, HelpersOfExactlyTheFunctionsUsed) {
  const std::string source = derivativesOf("sin(x) + atan2(y, x) + softplus(y)");
  expectContainsAll(source, {"vec3 lv_partials_sin(float a)",
                             "void lv_partials_atan2(float a, float b, out vec3 first, out vec3 second)",
                             "atan(a, b)", "float lv_softplus(float a)"});
  EXPECT_LT(source.find("float lv_softplus(float a)"), source.find("vec3 lv_partials_softplus"));
  EXPECT_FALSE(contains(source, "lv_partials_cos"));
  EXPECT_FALSE(hasIntegerLiteral(source)) << source;
}

// Every row of the table emits balanced GLSL without int literals, in both paths.
TEST(GlslDerivatives, EveryFunctionEmitsCleanSource) {
  for (const FunctionSpec& f : kFunctions) {
    const std::string call = std::string(f.name) + (f.arity == 1 ? "(x*y)" : "(x*y, y)");
    const auto formula = Formula::parse(call);
    ASSERT_TRUE(formula) << call;
    for (const std::string& source : {formula->glsl(), formula->glslDerivatives()})
      test::expectCleanGlsl(source, call);
  }
}

}  // namespace
}  // namespace lv::landscapes
