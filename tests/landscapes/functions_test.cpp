// The function table (landscapes/functions.h): every row is reachable by name with its arity, and
// its first and second derivatives agree with central differences of its own value (a check of
// the table's consistency; the derivative values themselves are checked by hand in
// derivatives_test.cpp).
#include "landscapes/formula.h"
#include "landscapes/functions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

namespace lv::landscapes {
namespace {

TEST(Functions, NamesAreUniqueAndParse) {
  std::set<std::string> names;
  for (const FunctionSpec& f : kFunctions) {
    EXPECT_TRUE(names.insert(f.name).second) << f.name;
    EXPECT_TRUE(f.arity == 1 ? f.unary != nullptr : f.binary != nullptr) << f.name;
    const std::string call = std::string(f.name) + (f.arity == 1 ? "(0.3*x)" : "(0.3*x, y + 2)");
    ParseError error;
    EXPECT_TRUE(Formula::parse(call, &error)) << call << ": " << error.describe();
    EXPECT_FALSE(Formula::parse(std::string(f.name) + "(x, y, x)", &error)) << f.name;
    EXPECT_NE(error.message.find("takes " + std::to_string(f.arity)), std::string::npos) << error.message;
  }
}

// Central differences of f (for d1) and of d1 (for d2), step h: error O(h²).
TEST(Functions, DerivativesAgreeWithCentralDifferencesOfTheValue) {
  const double h = 1e-5;
  for (const FunctionSpec& f : kFunctions) {
    SCOPED_TRACE(f.name);
    if (f.arity == 1) {
      for (double u : {0.2, 0.35, 0.8}) {  // inside every domain (log, sqrt, asin)
        const UnaryPartials g = f.unary(u, 2);
        EXPECT_EQ(g.f, f.unary(u, 0).f);
        EXPECT_NEAR(g.d1, (f.unary(u + h, 0).f - f.unary(u - h, 0).f) / (2 * h),
                    1e-7 * (1 + std::fabs(g.d1)));
        EXPECT_NEAR(g.d2, (f.unary(u + h, 1).d1 - f.unary(u - h, 1).d1) / (2 * h),
                    1e-7 * (1 + std::fabs(g.d2)));
      }
      continue;
    }
    for (double a : {0.7, 1.9}) {
      for (double b : {0.4, 1.3}) {
        const BinaryPartials g = f.binary(a, b, 2);
        const auto value = [&](double p, double q) { return f.binary(p, q, 0).f; };
        const auto da = [&](double p, double q) { return f.binary(p, q, 1).da; };
        const auto db = [&](double p, double q) { return f.binary(p, q, 1).db; };
        EXPECT_EQ(g.f, value(a, b));
        EXPECT_NEAR(g.da, (value(a + h, b) - value(a - h, b)) / (2 * h), 1e-7);
        EXPECT_NEAR(g.db, (value(a, b + h) - value(a, b - h)) / (2 * h), 1e-7);
        EXPECT_NEAR(g.daa, (da(a + h, b) - da(a - h, b)) / (2 * h), 1e-7);
        EXPECT_NEAR(g.dab, (da(a, b + h) - da(a, b - h)) / (2 * h), 1e-7);
        EXPECT_NEAR(g.dab, (db(a + h, b) - db(a - h, b)) / (2 * h), 1e-7);
        EXPECT_NEAR(g.dbb, (db(a, b + h) - db(a, b - h)) / (2 * h), 1e-7);
      }
    }
  }
}

}  // namespace
}  // namespace lv::landscapes
