// GLSL emission: structure, float literals, no pow() for integer powers, GLSL spellings.
#include "landscapes/catalog.h"
#include "landscapes/formula.h"

#include "tests/landscapes/glsl_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace lv::landscapes {
namespace {

using test::contains;
using test::expectContainsAll;
using test::hasIntegerLiteral;

std::string glslOf(const std::string& text) { return test::emittedGlsl(text, &Formula::glsl); }

TEST(Glsl, Structure) {
  const std::string source = glslOf("x + y");
  EXPECT_EQ(source.rfind("float f(vec2 p) {", 0), 0u) << source;
  expectContainsAll(source, {"float x = p.x;", "float y = p.y;", "x + y", "return "});
  EXPECT_FALSE(contains(source, "#version"));
  EXPECT_EQ(source.back(), '\n');
  EXPECT_TRUE(contains(glslOf("x"), "return x;"));
  EXPECT_TRUE(contains(glslOf("2*3"), "return 6.0;"));  // folded
}

TEST(Glsl, FloatLiterals) {
  const std::string source = glslOf("2*x + 1e-3 - 100*y + 2.5e-7*x");
  expectContainsAll(source, {"2.0 * x", "0.001", "100.0 * y", "2.5e-07"});
  EXPECT_FALSE(hasIntegerLiteral(source)) << source;
  EXPECT_TRUE(contains(glslOf("1e-20*x"), "1.0e-20")) << glslOf("1e-20*x");
  EXPECT_TRUE(contains(glslOf("pi*x"), "3.14159265")) << glslOf("pi*x");
  EXPECT_TRUE(contains(glslOf("e*x"), "2.71828183")) << glslOf("e*x");
  EXPECT_TRUE(contains(glslOf("x - 3"), "(-3.0)") || contains(glslOf("x - 3"), "x - 3.0"));
}

TEST(Glsl, IntegerPowersAreProducts) {
  EXPECT_TRUE(contains(glslOf("x^2"), "x * x"));
  EXPECT_FALSE(contains(glslOf("x^2"), "pow("));
  const std::string cube = glslOf("(x-1)^3");
  EXPECT_FALSE(contains(cube, "pow(")) << cube;
  const std::string inverse = glslOf("y^-2");
  EXPECT_TRUE(contains(inverse, "1.0 / (")) << inverse;
  EXPECT_FALSE(contains(inverse, "pow(")) << inverse;
  const std::string sixteen = glslOf("x^16");
  EXPECT_FALSE(contains(sixteen, "pow(")) << sixteen;
  EXPECT_LE(std::count(sixteen.begin(), sixteen.end(), '*'), 4) << sixteen;  // repeated squaring
  EXPECT_FALSE(contains(glslOf("pow(x, 3)"), "pow("));
}

TEST(Glsl, FunctionsUseGlslSpellings) {
  EXPECT_TRUE(contains(glslOf("x^0.5"), "pow(x, 0.5)"));
  EXPECT_TRUE(contains(glslOf("x^y"), "pow(x, y)"));
  EXPECT_TRUE(contains(glslOf("atan2(y, x)"), "atan(y, x)"));
  EXPECT_TRUE(contains(glslOf("tanh(x)"), "tanh(clamp(x, -10.0, 10.0))"));
  EXPECT_TRUE(contains(glslOf("min(x, y) + max(x, y)"), "min(x, y)"));
  EXPECT_TRUE(contains(glslOf("abs(x) + sqrt(y) + exp(x) + log(y)"), "log(y)"));
  // softplus has no GLSL builtin: a helper defined before f, called by name.
  const std::string softplus = glslOf("softplus(x)");
  EXPECT_TRUE(contains(softplus, "lv_softplus(x)")) << softplus;
  EXPECT_LT(softplus.find("float lv_softplus(float a)"), softplus.find("float f(vec2 p)")) << softplus;
  // asin and acos through atan(y, x): GLSL's own may be coarse approximations.
  EXPECT_TRUE(contains(glslOf("asin(x)"), "atan(x, sqrt(1.0 - x * x))")) << glslOf("asin(x)");
  EXPECT_TRUE(contains(glslOf("acos(x)"), "atan(sqrt(1.0 - x * x), x)")) << glslOf("acos(x)");
  for (const char* f : {"sin", "cos", "tan", "sinh", "cosh", "atan"})
    EXPECT_TRUE(contains(glslOf(std::string(f) + "(x)"), std::string(f) + "(x)")) << f;
}

// Both emitters, the surface's f and the derivatives (f_jet), on every catalog landscape.
TEST(Glsl, EveryCatalogLandscapeEmitsCleanSource) {
  for (const CatalogEntry& entry : catalog())
    for (const auto emit : {&Formula::glsl, &Formula::glslDerivatives}) {
      const std::string source = test::emittedGlsl(entry.formula, emit);
      EXPECT_FALSE(contains(source, "pow(")) << entry.name << "\n" << source;
      test::expectCleanGlsl(source, entry.name);
    }
}

}  // namespace
}  // namespace lv::landscapes
