// Slider scales, values derived by hand: on log(1 − β) with 1 − β from 1 to 1e-4 (adam's beta2 in
// [0, 0.9999]), 0.9, 0.99, 0.999 lie at a quarter, a half and three quarters of the travel; lr in
// [1e-6, 10] on log10 has 1e-6, 1e-1, 10 at 0, 5/7, 1; weight_decay in [0, 1] reaches 0 at the
// left end and 1e-3 at the middle of its 6 decades.
#include "app/ui/param_slider.h"
#include "optim/optimizer.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

const optim::ParamInfo& param(const char* optimizer, const char* name) {
  for (const auto& info : optim::findOptimizerInfo(optimizer)->params)
    if (std::string(info.name) == name) return info;
  ADD_FAILURE() << name;
  return optim::findOptimizerInfo(optimizer)->params[0];
}

TEST(ParamSlider, BetaLikeDecaysOnTheLogOfOneMinusBeta) {
  for (const char* name : {"beta1", "beta2"})
    EXPECT_EQ(ui::sliderScale(param("adam", name)), ui::SliderScale::OneMinusLog);
  EXPECT_EQ(ui::sliderScale(param("rmsprop", "alpha")), ui::SliderScale::OneMinusLog);
  EXPECT_EQ(ui::sliderScale(param("sgd", "momentum")), ui::SliderScale::OneMinusLog);
  EXPECT_EQ(ui::sliderScale(param("adadelta", "rho")), ui::SliderScale::OneMinusLog);
  const optim::ParamInfo& beta2 = param("adam", "beta2");
  EXPECT_NEAR(ui::sliderPosition(beta2, 0.9), 0.25, 1e-12);
  EXPECT_NEAR(ui::sliderPosition(beta2, 0.99), 0.5, 1e-12);
  EXPECT_NEAR(ui::sliderPosition(beta2, 0.999), 0.75, 1e-12);
  EXPECT_NEAR(ui::sliderValue(beta2, 0.75), 0.999, 1e-12);
  EXPECT_EQ(ui::sliderValue(beta2, 0), 0.0);
  EXPECT_EQ(ui::sliderValue(beta2, 1), 0.9999);
  EXPECT_EQ(ui::sliderPosition(beta2, 0.9999), 1.0);
}

TEST(ParamSlider, LogForLrAndWeightDecayReachesZero) {
  const optim::ParamInfo& lr = param("adam", "lr");
  EXPECT_EQ(ui::sliderScale(lr), ui::SliderScale::Log);
  EXPECT_NEAR(ui::sliderPosition(lr, 0.1), 5.0 / 7.0, 1e-12);
  EXPECT_NEAR(ui::sliderValue(lr, 5.0 / 7.0), 0.1, 1e-12);
  const optim::ParamInfo& wd = param("adamw", "weight_decay");
  EXPECT_EQ(ui::sliderScale(wd), ui::SliderScale::LogWithZero);
  EXPECT_EQ(ui::sliderValue(wd, 0), 0.0);
  EXPECT_EQ(ui::sliderPosition(wd, 0), 0.0);
  EXPECT_NEAR(ui::sliderValue(wd, 0.5), 1e-3, 1e-15);
  EXPECT_NEAR(ui::sliderPosition(wd, 1e-3), 0.5, 1e-12);
  EXPECT_GT(ui::sliderPosition(wd, 1e-9), 0.0);  // below the first decade, still off zero
  EXPECT_EQ(ui::sliderValue(wd, 1), 1.0);
  EXPECT_EQ(ui::sliderScale(param("sgd", "dampening")), ui::SliderScale::Linear);
}

TEST(ParamSlider, RoundTripsOverEveryHyperparameter) {
  for (const auto& info : optim::optimizerInfos())
    for (const auto& p : info.params) {
      if (p.isBool) continue;
      for (double t : {0.0, 0.1, 0.37, 0.5, 0.9, 1.0}) {
        const double v = ui::sliderValue(p, t);
        EXPECT_GE(v, p.min) << info.name << "." << p.name;
        EXPECT_LE(v, p.max) << info.name << "." << p.name;
        EXPECT_NEAR(ui::sliderPosition(p, v), t, 1e-9) << info.name << "." << p.name << " at " << t;
      }
    }
}

}  // namespace
}  // namespace lv
