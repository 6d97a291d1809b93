// Optimizer state through the visitor: torch 1.13's `optimizer.state` keys (hand-listed from
// torch/optim/*.py, with every option on), scalars vs vectors, and values after hand-derived steps
// with g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/test_util.h"

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace lv::optim {
namespace {

using test::make;
using test::relNear;
using test::stepWith;

// Keys in the order torch creates them (state['step'] first where torch has one; max_exp_avg_sq only
// with amsgrad, as torch's _init_group); lion is
// lion-pytorch's key, newton the project's own.
const std::map<std::string, std::vector<std::string>>& torchKeys() {
  static const std::map<std::string, std::vector<std::string>> keys = {
      {"sgd", {"momentum_buffer"}},
      {"momentum", {"momentum_buffer"}},
      {"nesterov", {"momentum_buffer"}},
      {"adagrad", {"step", "sum"}},
      {"rmsprop", {"step", "square_avg", "momentum_buffer", "grad_avg"}},
      {"adadelta", {"step", "square_avg", "acc_delta"}},
      {"adam", {"step", "exp_avg", "exp_avg_sq"}},
      {"amsgrad", {"step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"}},
      {"adamw", {"step", "exp_avg", "exp_avg_sq"}},
      {"adamax", {"step", "exp_avg", "exp_inf"}},
      {"nadam", {"step", "mu_product", "exp_avg", "exp_avg_sq"}},
      {"radam", {"step", "exp_avg", "exp_avg_sq"}},
      {"lion", {"exp_avg"}},
      {"newton", {"step"}},
  };
  return keys;
}

TEST(OptimizerState, NamesAreTorchsKeysAndOnlyCountersAreScalars) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    SCOPED_TRACE(info.name);
    const Optimizer opt = *Optimizer::create(info.name);
    std::vector<std::string> names;
    for (const StateEntry& entry : opt.stateEntries()) {
      names.push_back(entry.name);
      const bool scalar = names.back() == "step" || names.back() == "mu_product";
      EXPECT_EQ(entry.isVector, !scalar) << entry.name;
    }
    EXPECT_EQ(names, torchKeys().at(info.name));
  }
}

/// The entries of `opt` after two steps, with g₁ then g₂, by name.
std::map<std::string, Vec2> stateAfter(Optimizer opt, Vec2 g2 = Vec2(3, 0.5)) {
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  stepWith(opt, p, g2.x(), g2.y());
  return test::byName(opt.stateEntries());
}

TEST(OptimizerState, SgdMomentumBuffer) {
  // torch: b₁ = g₁, b₂ = 0.9·b₁ + g₂ = (0.9 + 3, −1.8 + 0.5)
  LV_EXPECT_ENTRY(stateAfter(make("momentum")), "momentum_buffer", 3.9, -1.3);
  LV_EXPECT_ENTRY(stateAfter(make("nesterov")), "momentum_buffer", 3.9, -1.3);
  // no momentum: torch keeps None; here the buffer reads zero
  const auto plain = stateAfter(make("sgd"));
  EXPECT_EQ(plain.at("momentum_buffer"), Vec2::Zero());
}

TEST(OptimizerState, AdagradStepAndSum) {
  const auto values = stateAfter(make("adagrad", {{"initial_accumulator_value", 0.5}}));
  LV_EXPECT_ENTRY(values, "step", 2, 0.0);
  LV_EXPECT_ENTRY(values, "sum", 0.5 + 1 + 9, 0.5 + 4 + 0.25);
}

TEST(OptimizerState, RmspropAverages) {
  const auto values = stateAfter(make("rmsprop", {{"momentum", 0.5}, {"centered", 1}}));
  LV_EXPECT_ENTRY(values, "step", 2, 0.0);
  // v₂ = 0.99·0.01·g₁² + 0.01·g₂², ḡ₂ = 0.99·0.01·g₁ + 0.01·g₂
  LV_EXPECT_ENTRY(values, "square_avg", 0.0999, 0.0421);
  LV_EXPECT_ENTRY(values, "grad_avg", 0.0399, -0.0148);
  // b₁ = g₁/a₁ with a₁ = √(v₁ − ḡ₁²) + eps; b₂ = 0.5·b₁ + g₂/a₂
  const double bx = 0.5 * (1 / (std::sqrt(0.0099) + 1e-8)) + 3 / (std::sqrt(0.0999 - 0.0399 * 0.0399) + 1e-8);
  const double by =
      0.5 * (-2 / (std::sqrt(0.0396) + 1e-8)) + 0.5 / (std::sqrt(0.0421 - 0.0148 * 0.0148) + 1e-8);
  LV_EXPECT_ENTRY(values, "momentum_buffer", bx, by);
}

TEST(OptimizerState, AdadeltaAccumulators) {
  const auto values = stateAfter(make("adadelta"));  // ρ 0.9, eps 1e-6
  LV_EXPECT_ENTRY(values, "step", 2, 0.0);
  // v₁ = 0.1·g₁² = (0.1, 0.4); Δ₁ = √eps/√(v₁ + eps)·g₁; u₁ = 0.1·Δ₁²
  const double dx1 = std::sqrt(1e-6) / std::sqrt(0.1 + 1e-6),
               dy1 = -2 * std::sqrt(1e-6) / std::sqrt(0.4 + 1e-6);
  const double ux1 = 0.1 * dx1 * dx1, uy1 = 0.1 * dy1 * dy1;
  // v₂ = 0.9·v₁ + 0.1·g₂² = (0.99, 0.385); Δ₂ = √(u₁ + eps)/√(v₂ + eps)·g₂; u₂ = 0.9·u₁ + 0.1·Δ₂²
  const double dx2 = std::sqrt(ux1 + 1e-6) / std::sqrt(0.99 + 1e-6) * 3;
  const double dy2 = std::sqrt(uy1 + 1e-6) / std::sqrt(0.385 + 1e-6) * 0.5;
  LV_EXPECT_ENTRY(values, "square_avg", 0.99, 0.385);
  LV_EXPECT_ENTRY(values, "acc_delta", 0.9 * ux1 + 0.1 * dx2 * dx2, 0.9 * uy1 + 0.1 * dy2 * dy2);
}

TEST(OptimizerState, AdamFamilyMoments) {
  // m₂ = 0.9·0.1·g₁ + 0.1·g₂ = (0.39, −0.13); v₂ = 0.999·0.001·g₁² + 0.001·g₂² = (0.009999, 0.004246)
  for (const char* name : {"adam", "adamw", "radam", "nadam"}) {
    SCOPED_TRACE(name);
    const auto values = stateAfter(make(name));
    LV_EXPECT_ENTRY(values, "step", 2, 0.0);
    LV_EXPECT_ENTRY(values, "exp_avg", 0.39, -0.13);
    LV_EXPECT_ENTRY(values, "exp_avg_sq", 0.009999, 0.004246);
  }
  // amsgrad with g₂ = 0: v shrinks to 0.999·v₁, its maximum stays v₁ = 0.001·g₁²
  const auto values = stateAfter(make("amsgrad"), Vec2(0, 0));
  LV_EXPECT_ENTRY(values, "exp_avg_sq", 0.000999, 0.003996);
  LV_EXPECT_ENTRY(values, "max_exp_avg_sq", 0.001, 0.004);
}

TEST(OptimizerState, AmsgradEntryFollowsTheOption) {
  Optimizer adamw = make("adamw", {{"amsgrad", 1}});
  EXPECT_EQ(adamw.stateEntries().back().name, std::string("max_exp_avg_sq"));
  adamw.set("amsgrad", 0);
  EXPECT_EQ(adamw.stateEntries().back().name, std::string("exp_avg_sq"));
}

TEST(OptimizerState, NadamMuProduct) {
  // μₜ = 0.9·(1 − ½·0.96^(0.004·t)); Π₂ = μ₁·μ₂
  const double mu1 = 0.9 * (1 - 0.5 * std::pow(0.96, 0.004)), mu2 = 0.9 * (1 - 0.5 * std::pow(0.96, 0.008));
  LV_EXPECT_ENTRY(stateAfter(make("nadam")), "mu_product", mu1 * mu2, 0.0);
}

TEST(OptimizerState, AdamaxInfinityNorm) {
  const auto values = stateAfter(make("adamax"));
  LV_EXPECT_ENTRY(values, "exp_avg", 0.39, -0.13);
  // u₁ = |g₁| + eps; u₂ = max(0.999·u₁, |g₂| + eps) = (3 + eps, 0.999·(2 + eps))
  LV_EXPECT_ENTRY(values, "exp_inf", 3 + 1e-8, 0.999 * (2 + 1e-8));
}

TEST(OptimizerState, LionMomentumAndNewtonStep) {
  // m₂ = 0.99·0.01·g₁ + 0.01·g₂
  LV_EXPECT_ENTRY(stateAfter(make("lion")), "exp_avg", 0.0399, -0.0148);
  LV_EXPECT_ENTRY(stateAfter(make("newton")), "step", 2, 0.0);
}

TEST(OptimizerState, ResetClearsTheState) {
  Optimizer opt = make("adam");
  stepWith(opt, Vec2(1, 1), 1, -2);
  opt.reset();
  for (const StateEntry& entry : opt.stateEntries()) EXPECT_EQ(entry.value, Vec2::Zero()) << entry.name;
}

}  // namespace
}  // namespace lv::optim
