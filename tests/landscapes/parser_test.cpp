// Parser: precedence, associativity, numbers, constants, every function against <cmath>, error
// columns and messages, and robustness against garbage input.
#include "landscapes/formula.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <utility>

namespace lv::landscapes {
namespace {

double eval(const std::string& text, double x = 0.7, double y = -1.3) {
  ParseError error;
  const auto formula = Formula::parse(text, &error);
  EXPECT_TRUE(formula) << text << ": " << error.describe();
  return formula ? formula->value({x, y}) : NAN;
}

TEST(Parser, PrecedenceAndAssociativity) {
  EXPECT_EQ(eval("1+2*3"), 7);
  EXPECT_EQ(eval("(1+2)*3"), 9);
  EXPECT_EQ(eval("1-2-3"), -4);
  EXPECT_EQ(eval("8/4/2"), 1);
  EXPECT_EQ(eval("2^3^2"), 512);
  EXPECT_EQ(eval("(2^3)^2"), 64);
  EXPECT_EQ(eval("2*3^2"), 18);
  EXPECT_EQ(eval("-2^2"), -4);
  EXPECT_EQ(eval("2^-1"), 0.5);
  EXPECT_EQ(eval("2^-1^2"), 0.5);  // 2^(-(1^2))
  EXPECT_EQ(eval("-x^2", 3), -9);
  EXPECT_EQ(eval("--x", 3), 3);
  EXPECT_EQ(eval("2*-x", 3), -6);
  EXPECT_EQ(eval("+x - +y", 3, 1), 2);
  EXPECT_EQ(eval("x - -y", 3, 1), 4);
  EXPECT_EQ(eval(" \t x*y \n", 3, 5), 15);
  EXPECT_EQ(eval("((((x))))", 3), 3);
}

TEST(Parser, NumbersAndConstants) {
  EXPECT_EQ(eval("1e-3"), 1e-3);
  EXPECT_EQ(eval(".5"), 0.5);
  EXPECT_EQ(eval("2."), 2.0);
  EXPECT_EQ(eval("1.5E+2"), 150.0);
  EXPECT_EQ(eval("2.5e2"), 250.0);
  EXPECT_EQ(eval("007"), 7.0);
  EXPECT_DOUBLE_EQ(eval("pi"), 3.14159265358979323846);
  EXPECT_DOUBLE_EQ(eval("e"), 2.71828182845904523536);
  EXPECT_DOUBLE_EQ(eval("2*pi*x", 0.25), 0.5 * 3.14159265358979323846);
}

TEST(Parser, PowersOfNegativeBases) {
  EXPECT_EQ(eval("x^3", -2), -8);
  EXPECT_EQ(eval("x^2", -3), 9);
  EXPECT_EQ(eval("x^-2", -2), 0.25);
  EXPECT_EQ(eval("x^-3", -2), -0.125);
  EXPECT_EQ(eval("x^16", -1), 1);
  EXPECT_EQ(eval("pow(x, 3)", -2), -8);
  EXPECT_EQ(eval("x^0", -2), 1);
  EXPECT_EQ(eval("x^0.5", 4), 2);
  EXPECT_TRUE(std::isnan(eval("x^0.5", -4)));
  EXPECT_DOUBLE_EQ(eval("x^y", 2, 0.5), std::sqrt(2.0));
}

TEST(Parser, EveryFunctionMatchesCmath) {
  // DOUBLE_EQ (4 ulps): the compiler may fold the right-hand sides with correctly rounded math.
  const double u = 0.43, v = -1.7;
  // Every formula is evaluated at (x, y) = (u, v).
  const std::pair<const char*, double> cases[] = {
      {"sin(x)", std::sin(u)},
      {"cos(x)", std::cos(u)},
      {"tan(x)", std::tan(u)},
      {"exp(x)", std::exp(u)},
      {"log(x)", std::log(u)},
      {"sqrt(x)", std::sqrt(u)},
      {"abs(y)", std::fabs(v)},
      {"tanh(x)", std::tanh(u)},
      {"sinh(x)", std::sinh(u)},
      {"cosh(x)", std::cosh(u)},
      {"atan(x)", std::atan(u)},
      {"asin(x)", std::asin(u)},
      {"acos(x)", std::acos(u)},
      {"softplus(x)", std::log1p(std::exp(u))},
      {"softplus(y)", std::log1p(std::exp(v))},
      {"min(x, y)", v},
      {"max(x, y)", u},
      {"pow(x, 2.5)", std::pow(u, 2.5)},
      {"atan2(y, x)", std::atan2(v, u)},
      {"sin(x)^2 + cos(x)^2", std::sin(u) * std::sin(u) + std::cos(u) * std::cos(u)},
      {"max(min(x, y), -5)", v},
  };
  for (const auto& [formula, expected] : cases) EXPECT_DOUBLE_EQ(eval(formula, u, v), expected) << formula;
}

struct BadInput {
  const char* text;
  int column;
  const char* messagePart;
};

TEST(Parser, ErrorsCarryColumnAndMessage) {
  const BadInput cases[] = {
      {"", 1, "empty formula"},
      {"   ", 1, "empty formula"},
      {"sinn(x)", 1, "unknown function 'sinn'"},
      {"x + sinn(x)", 5, "functions: sin, cos"},
      {"x + z", 5, "unknown name 'z'"},
      {"2x", 2, "implicit multiplication"},
      {"x y", 3, "missing operator before 'y'"},
      {"(x)(y)", 4, "missing operator"},
      {"sin(x, y)", 1, "'sin' takes 1 argument, got 2"},
      {"1 + max(x)", 5, "'max' takes 2 arguments, got 1"},
      {"(x+1", 5, "missing ')' to close '(' at column 1"},
      {"sin(x", 6, "missing ')'"},
      {"(x+1 2", 6, "expected ')'"},
      {"x+1)", 4, "unmatched ')'"},
      {"x+", 3, "unexpected end"},
      {"x^", 3, "unexpected end"},
      {"()", 2, "unexpected ')'"},
      {"x,y", 2, "unexpected ','"},
      {"x ** 2", 4, "unexpected '*'"},
      {"1e", 1, "bad number '1e'"},
      {"x * 1e+", 5, "bad number"},
      {"1.2.3", 1, "bad number"},
      {".", 1, "bad number"},
      {"1e999", 1, "out of range"},
      {"x # y", 3, "unexpected character '#'"},
      {"x + \xc3\xa9", 5, "unexpected character"},
      {"sin", 1, "'sin' is a function"},
      {"x + sin + 1", 5, "is a function"},
  };
  for (const BadInput& bad : cases) {
    ParseError error;
    EXPECT_FALSE(Formula::parse(bad.text, &error)) << bad.text;
    EXPECT_EQ(error.column, bad.column) << bad.text << " -> " << error.describe();
    EXPECT_NE(error.message.find(bad.messagePart), std::string::npos)
        << bad.text << " -> " << error.describe();
  }
}

TEST(Parser, DescribeFormat) {
  ParseError error;
  ASSERT_FALSE(Formula::parse("x + y + sinn(x)", &error));
  EXPECT_EQ(error.describe().rfind("column 9: unknown function 'sinn'", 0), 0u) << error.describe();
}

TEST(Parser, NestingAndLengthAreBounded) {
  const int ok = 200, tooDeep = 300;
  EXPECT_EQ(eval(std::string(ok, '(') + "x" + std::string(ok, ')'), 2), 2);
  EXPECT_EQ(eval(std::string(ok, '-') + "x", 2), 2);
  ParseError error;
  EXPECT_FALSE(Formula::parse(std::string(tooDeep, '(') + "x" + std::string(tooDeep, ')'), &error));
  EXPECT_NE(error.message.find("nested too deeply"), std::string::npos);
  EXPECT_FALSE(Formula::parse(std::string(100000, '-') + "x", &error));
  EXPECT_NE(error.message.find("too long"), std::string::npos);
  std::string powers = "x";
  for (int i = 0; i < 300; ++i) powers += "^x";
  EXPECT_FALSE(Formula::parse(powers, &error));
  std::string longSum = "x";
  while (longSum.size() < 4000) longSum += "+x*y";
  EXPECT_TRUE(Formula::parse(longSum));  // long but shallow: evaluates through the scratch path
  EXPECT_NEAR(Formula::parse(longSum)->value({1, 1}), 1 + (longSum.size() - 1) / 4.0, 1e-9);
}

// Parse arbitrary garbage; whatever parses must evaluate without crashing.
void parseAndUse(const std::string& text) {
  ParseError error;
  const auto formula = Formula::parse(text, &error);
  if (!formula) {
    EXPECT_GE(error.column, 1) << text;
    EXPECT_LE(error.column, int(text.size()) + 1) << text;
    EXPECT_FALSE(error.message.empty());
    return;
  }
  Eigen::Vector2d g;
  (void)formula->value({0.3, -0.2});
  (void)formula->valueAndGradient({0, 0}, g);
  (void)formula->derivatives({-1, 2});
  EXPECT_NE(formula->glsl().find("float f(vec2 p)"), std::string::npos);
}

TEST(Parser, GarbageNeverCrashes) {
  const std::string pieces[] = {"x",   "y",     "1",   "2.5",  "1e-3", ".", "e", "pi",  "+",
                                "-",   "*",     "/",   "^",    "(",    ")", ",", " ",   "sin",
                                "max", "atan2", "pow", "sqrt", "1e",   "#", "z", "\xff"};
  std::mt19937 rng(12345);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string text;
    const int length = int(rng() % 16);
    for (int i = 0; i < length; ++i) text += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    parseAndUse(text);
  }
  for (int trial = 0; trial < 2000; ++trial) {
    std::string bytes(rng() % 40, '\0');
    for (char& c : bytes) c = char(rng() % 256);
    parseAndUse(bytes);
  }
  const std::string formula = "(1+(x+y+1)^2*(19-14*x))*max(sin(x), atan2(y, x^-2))";
  for (std::size_t i = 0; i <= formula.size(); ++i) parseAndUse(formula.substr(0, i));
}

}  // namespace
}  // namespace lv::landscapes
