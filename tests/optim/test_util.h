// Shared helpers for the optimizer tests: build an optimizer by name, step it on a fixed gradient
// sequence or on f(x, y) = x² + 3y², and compare to hand-derived values at relative 1e-14.
#pragma once

#include "optim/optimizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>

namespace lv::optim::test {

/// `name` with the given hyperparameters set through the validated `set`.
inline Optimizer make(const char* name, std::initializer_list<std::pair<const char*, double>> values = {}) {
  std::optional<Optimizer> opt = Optimizer::create(name);
  EXPECT_TRUE(opt.has_value()) << name;
  if (!opt) return *Optimizer::create("sgd");
  for (const auto& [key, value] : values) {
    std::string error;
    EXPECT_TRUE(opt->set(key, value, &error)) << error;
  }
  return *opt;
}

/// ∇f for f(x, y) = x² + 3y².
inline Vec2 quadraticGradient(const Vec2& p) { return Vec2(2 * p.x(), 6 * p.y()); }

/// One step with a gradient that does not depend on the point (Hessian unused).
inline Vec2 stepWith(Optimizer& opt, const Vec2& point, double gx, double gy) {
  return opt.step(point, Vec2(gx, gy), Mat2::Zero());
}

/// One step on f(x, y) = x² + 3y².
inline Vec2 stepQuadratic(Optimizer& opt, const Vec2& point) {
  return opt.step(point, quadraticGradient(point), Mat2::Zero());
}

inline ::testing::AssertionResult relNear(double actual, double expected, double rel = 1e-14) {
  const double tolerance = rel * std::max(std::abs(expected), 1e-300);
  if (std::abs(actual - expected) <= tolerance) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "actual " << actual << " vs expected " << expected << " (diff " << actual - expected << ")";
}

/// State entries or step terms by name (scalars in x, with y 0).
inline std::map<std::string, Vec2> byName(const std::vector<StateEntry>& entries) {
  std::map<std::string, Vec2> values;
  for (const StateEntry& entry : entries) values[entry.name] = entry.value;
  return values;
}

}  // namespace lv::optim::test

/// Both coordinates of `point` equal (x, y) to relative 1e-14.
#define LV_EXPECT_POINT(point, expectedX, expectedY)                           \
  do {                                                                         \
    const ::lv::optim::Vec2 lvPoint_ = (point);                                \
    EXPECT_TRUE(::lv::optim::test::relNear(lvPoint_.x(), (expectedX))) << "x"; \
    EXPECT_TRUE(::lv::optim::test::relNear(lvPoint_.y(), (expectedY))) << "y"; \
  } while (0)

/// Entry `name` of a byName() map equals (x, y) to relative `rel`; y == 0 means a scalar (y exactly 0).
#define LV_EXPECT_ENTRY_NEAR(values, name, ex, ey, rel)                                \
  do {                                                                                 \
    ASSERT_TRUE((values).count(name)) << name;                                         \
    EXPECT_TRUE(::lv::optim::test::relNear((values).at(name).x(), ex, rel)) << name;   \
    if ((ey) == 0.0) {                                                                 \
      EXPECT_EQ((values).at(name).y(), 0.0) << name;                                   \
    } else {                                                                           \
      EXPECT_TRUE(::lv::optim::test::relNear((values).at(name).y(), ey, rel)) << name; \
    }                                                                                  \
  } while (0)

/// The same to relative 1e-14.
#define LV_EXPECT_ENTRY(values, name, ex, ey) LV_EXPECT_ENTRY_NEAR(values, name, ex, ey, 1e-14)

namespace lv::optim::test {

/// Steps `opt` on f(x, y) = x² + 3y² from (1, 1) and expects the hand-derived point after each step,
/// in order; a failure names the step.
inline void expectQuadraticPath(Optimizer& opt, std::initializer_list<Vec2> expected) {
  Vec2 point(1, 1);
  int step = 0;
  for (const Vec2& want : expected) {
    SCOPED_TRACE("step " + std::to_string(++step));
    point = stepQuadratic(opt, point);
    LV_EXPECT_POINT(point, want.x(), want.y());
  }
}

/// Steps `opt` from (1, 1) on the gradients g₁ = (1, −2), then g₂ = (3, 0.5) (the sequence the unit
/// tests derive by hand) and expects the hand-derived point after each; a failure names the step.
inline void expectTwoSteps(Optimizer& opt, const Vec2& first, const Vec2& second) {
  const Vec2 point = stepWith(opt, Vec2(1, 1), 1, -2);
  {
    SCOPED_TRACE("step 1");
    LV_EXPECT_POINT(point, first.x(), first.y());
  }
  SCOPED_TRACE("step 2");
  LV_EXPECT_POINT(stepWith(opt, point, 3, 0.5), second.x(), second.y());
}

}  // namespace lv::optim::test
