// Adam and AMSGrad against hand-computed steps with gradients g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/adam_by_hand.h"
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::adamUpdate1;
using test::adamUpdate2;
using test::expectTwoSteps;
using test::make;
using test::stepWith;

// The updates with the default betas are derived in adam_by_hand.h.
TEST(Adam, FirstTwoSteps) {
  Optimizer opt = make("adam", {{"lr", 0.1}});
  const Vec2 p1 = Vec2(1, 1) - adamUpdate1(0.1);
  expectTwoSteps(opt, p1, p1 - adamUpdate2(0.1));
}

TEST(Adam, WithoutBiasCorrectionUsesRawMoments) {
  Optimizer opt = make("adam", {{"lr", 0.1}, {"bias_correction", 0}});
  // m = (0.1, −0.2), v = (0.001, 0.004); p = p − lr·m/(√v + eps)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.01 / (std::sqrt(0.001) + 1e-8),
                  1 + 0.02 / (std::sqrt(0.004) + 1e-8));
}

TEST(Adam, WeightDecayIsL2OnTheGradient) {
  Optimizer opt = make("adam", {{"lr", 0.1}, {"weight_decay", 0.5}, {"eps", 0.5}});
  // g = (1, −2) + 0.5·(1, 1) = (1.5, −1.5); step 1: p = p − 0.1·g/(|g| + 0.5)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.15 / 2.0, 1 + 0.15 / 2.0);
}

TEST(Adam, BetasAreRead) {
  Optimizer opt = make("adam", {{"lr", 0.1}, {"beta1", 0.5}, {"beta2", 0.75}});
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);  // step 1 is lr·g/(|g| + eps) for any betas
  const Vec2 p1 = Vec2(1, 1) - adamUpdate1(0.1);
  LV_EXPECT_POINT(p, p1.x(), p1.y());
  // step 2: m = 0.5·(0.5, −1) + 0.5·(3, 0.5) = (1.75, −0.25); v = 0.75·(0.25, 1) + 0.25·(9, 0.25) = (2.4375,
  // 0.8125)
  //         1−β1² = 0.75, 1−β2² = 0.4375
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5),
                  p.x() - (0.1 / 0.75) * 1.75 / (std::sqrt(2.4375) / std::sqrt(0.4375) + 1e-8),
                  p.y() + (0.1 / 0.75) * 0.25 / (std::sqrt(0.8125) / std::sqrt(0.4375) + 1e-8));
}

// β2 = 0.9 and a large then small gradient: v₁ = 0.1·100 = 10, v₂ = 0.9·10 + 0.1·0.01 = 9.001 < v₁.
TEST(Amsgrad, KeepsTheMaximumSecondMoment) {
  Optimizer ams = make("amsgrad", {{"lr", 0.1}, {"beta2", 0.9}});
  Optimizer adam = make("adam", {{"lr", 0.1}, {"beta2", 0.9}});
  EXPECT_EQ(ams.get("amsgrad"), 1.0);
  // step 1: m = 1, bias-corrected m = 10, √v/√0.1 = 10 (both variants agree)
  const double x1 = 1 - 1.0 * 1 / (10 + 1e-8);
  const Vec2 pa = stepWith(ams, Vec2(1, 1), 10, 10);
  LV_EXPECT_POINT(pa, x1, x1);
  LV_EXPECT_POINT(stepWith(adam, Vec2(1, 1), 10, 10), x1, x1);
  // step 2: m = 0.9·1 + 0.1·0.1 = 0.91; 1−β1² = 0.19, 1−β2² = 0.19; AMSGrad divides by √max(10, 9.001)
  const double amsX2 = x1 - (0.1 / 0.19) * 0.91 / (std::sqrt(10.0) / std::sqrt(0.19) + 1e-8);
  const double adamX2 = x1 - (0.1 / 0.19) * 0.91 / (std::sqrt(9.001) / std::sqrt(0.19) + 1e-8);
  LV_EXPECT_POINT(stepWith(ams, pa, 0.1, 0.1), amsX2, amsX2);
  LV_EXPECT_POINT(stepWith(adam, pa, 0.1, 0.1), adamX2, adamX2);
}

TEST(Adam, SliderChangeActsOnTheNextStepWithoutReset) {
  Optimizer opt = make("adam", {{"lr", 0.1}});
  const Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  opt.setParam(0, 0.2);  // lr is the first hyperparameter
  EXPECT_EQ(opt.get("lr"), 0.2);
  // step 2 continues m, v and t from step 1 (as in FirstTwoSteps) with lr = 0.2
  const Vec2 p2 = p - adamUpdate2(0.2);
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), p2.x(), p2.y());
}

TEST(Adam, ResetForgetsMomentsAndStepButKeepsHyperparameters) {
  Optimizer opt = make("adam", {{"lr", 0.1}});
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  p = stepWith(opt, p, 3, 0.5);
  opt.reset();
  EXPECT_EQ(opt.get("lr"), 0.1);
  // like a first step again: p − lr·g/(|g| + eps)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 3, 0.5), 1 - 0.1 * 3 / (3 + 1e-8), 1 - 0.1 * 0.5 / (0.5 + 1e-8));
}

TEST(Adam, CopiesAreIndependentValues) {
  Optimizer a = make("adam", {{"lr", 0.1}});
  stepWith(a, Vec2(1, 1), 1, -2);
  Optimizer b = a;
  b.reset();
  ASSERT_TRUE(b.set("lr", 0.3));
  EXPECT_EQ(a.get("lr"), 0.1);
  // a still has its step-1 state: its second step matches FirstTwoSteps
  const Vec2 p1 = Vec2(1, 1) - adamUpdate1(0.1);
  EXPECT_TRUE(test::relNear(stepWith(a, p1, 3, 0.5).x(), (p1 - adamUpdate2(0.1)).x()));
}

}  // namespace
}  // namespace lv::optim
