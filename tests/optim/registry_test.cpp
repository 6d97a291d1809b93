// The registry: names, torch defaults, metadata consistency, validated set, slider edits, reset.
#include "optim/units.h"
#include "tests/optim/test_util.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace lv::optim {
namespace {

using Defaults = std::vector<std::pair<std::string, double>>;

// torch.optim 1.13's defaults for Adam, AdamW, Adamax, NAdam and RAdam: their own lr and weight_decay,
// betas = (0.9, 0.999), eps = 1e-8, then each one's own `options`, then our bias_correction = 1.
Defaults adamFamily(double lr, double weightDecay, const Defaults& options) {
  Defaults defaults = {
      {"lr", lr}, {"beta1", 0.9}, {"beta2", 0.999}, {"eps", 1e-8}, {"weight_decay", weightDecay}};
  defaults.insert(defaults.end(), options.begin(), options.end());
  defaults.push_back({"bias_correction", 1});
  return defaults;
}

// torch.optim 1.13's documented defaults (betas split), plus ours where torch has none
// (sgd lr; lion from the paper; newton; bias_correction).
const std::map<std::string, Defaults>& expectedDefaults() {
  static const std::map<std::string, Defaults> table = {
      {"sgd", {{"lr", 0.01}, {"momentum", 0}, {"dampening", 0}, {"nesterov", 0}, {"weight_decay", 0}}},
      {"momentum", {{"lr", 0.01}, {"momentum", 0.9}, {"dampening", 0}, {"nesterov", 0}, {"weight_decay", 0}}},
      {"nesterov", {{"lr", 0.01}, {"momentum", 0.9}, {"dampening", 0}, {"nesterov", 1}, {"weight_decay", 0}}},
      {"adagrad",
       {{"lr", 0.01},
        {"lr_decay", 0},
        {"weight_decay", 0},
        {"initial_accumulator_value", 0},
        {"eps", 1e-10}}},
      {"rmsprop",
       {{"lr", 0.01}, {"alpha", 0.99}, {"eps", 1e-8}, {"weight_decay", 0}, {"momentum", 0}, {"centered", 0}}},
      {"adadelta", {{"lr", 1.0}, {"rho", 0.9}, {"eps", 1e-6}, {"weight_decay", 0}}},
      {"adam", adamFamily(1e-3, 0, {{"amsgrad", 0}})},
      {"amsgrad", adamFamily(1e-3, 0, {{"amsgrad", 1}})},
      {"adamw", adamFamily(1e-3, 0.01, {{"amsgrad", 0}})},
      {"adamax", adamFamily(2e-3, 0, {})},
      {"nadam", adamFamily(2e-3, 0, {{"momentum_decay", 4e-3}})},
      {"radam", adamFamily(1e-3, 0, {})},
      {"lion", {{"lr", 1e-4}, {"beta1", 0.9}, {"beta2", 0.99}, {"weight_decay", 0}}},
      {"newton", {{"lr", 1.0}, {"damping", 1e-3}}},
  };
  return table;
}

TEST(Registry, ListsEveryRequiredNameOnceInDisplayOrder) {
  std::vector<std::string> names;
  for (const OptimizerInfo& info : optimizerInfos()) names.push_back(info.name);
  const std::vector<std::string> expected = {"sgd",      "momentum", "nesterov", "adagrad", "rmsprop",
                                             "adadelta", "adam",     "amsgrad",  "adamw",   "adamax",
                                             "nadam",    "radam",    "lion",     "newton"};
  EXPECT_EQ(names, expected);
  EXPECT_EQ(
      optimizerNames(),
      "sgd, momentum, nesterov, adagrad, rmsprop, adadelta, adam, amsgrad, adamw, adamax, nadam, radam, "
      "lion, newton");
}

TEST(Registry, EveryNameCreatesWithItsDefaults) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    SCOPED_TRACE(info.name);
    std::optional<Optimizer> opt = Optimizer::create(info.name);
    ASSERT_TRUE(opt.has_value());
    EXPECT_EQ(opt->name(), info.name);
    EXPECT_EQ(&opt->info(), findOptimizerInfo(info.name));
    const Defaults& expected = expectedDefaults().at(info.name);
    ASSERT_EQ(opt->paramCount(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
      EXPECT_STREQ(info.params[i].name, expected[i].first.c_str());
      EXPECT_EQ(info.params[i].defaultValue, expected[i].second) << expected[i].first;
      EXPECT_EQ(opt->param(i), expected[i].second) << expected[i].first;
      EXPECT_EQ(opt->get(expected[i].first), expected[i].second) << expected[i].first;
    }
  }
  EXPECT_FALSE(Optimizer::create("adamm").has_value());
  EXPECT_EQ(findOptimizerInfo("adamm"), nullptr);
}

TEST(Registry, MetadataIsConsistent) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    SCOPED_TRACE(info.name);
    EXPECT_FALSE(info.description.empty());
    EXPECT_FALSE(info.updateRule.empty());
    EXPECT_EQ(info.needsHessian, info.name == "newton");
    EXPECT_EQ(Optimizer::create(info.name)->needsHessian(), info.needsHessian);
    std::set<std::string> seen;
    for (const ParamInfo& p : info.params) {
      SCOPED_TRACE(p.name);
      EXPECT_TRUE(seen.insert(p.name).second) << "duplicate";
      EXPECT_NE(std::string(p.meaning), "");
      EXPECT_LT(p.min, p.max);
      EXPECT_GE(p.defaultValue, p.min);
      EXPECT_LE(p.defaultValue, p.max);
      if (p.isBool) {
        EXPECT_EQ(p.min, 0.0);
        EXPECT_EQ(p.max, 1.0);
        EXPECT_FALSE(p.logScale);
      }
      if (p.logScale) {
        EXPECT_GT(p.min, 0.0);
      }
      if (std::string(p.name).rfind("beta", 0) == 0) {
        EXPECT_LT(p.max, 1.0);
      }
    }
  }
}

TEST(Registry, NoUnitIsMissing) {
  std::set<size_t> used;
  for (size_t i = 0; i < optimizerInfos().size(); ++i) used.insert(registryPrototype(i).index());
  for (size_t k = 0; k < std::variant_size_v<AnyUnit>; ++k) EXPECT_TRUE(used.count(k)) << "unit " << k;
}

TEST(Registry, SetValidatesWithClearMessages) {
  Optimizer opt = *Optimizer::create("adam");
  std::string error;
  EXPECT_FALSE(opt.set("beta1", 1.5, &error));
  EXPECT_EQ(error, "hyperparameter 'beta1' = 1.5 out of range [0, 0.9999] for adam");
  EXPECT_FALSE(opt.set("lr", 0, &error));
  EXPECT_EQ(error, "hyperparameter 'lr' = 0 out of range [1e-06, 10] for adam");
  EXPECT_FALSE(opt.set("lr2", 0.1, &error));
  EXPECT_EQ(error,
            "unknown hyperparameter 'lr2' for adam (valid: lr, beta1, beta2, eps, weight_decay, amsgrad, "
            "bias_correction)");
  EXPECT_FALSE(opt.set("amsgrad", 0.5, &error));
  EXPECT_EQ(error, "hyperparameter 'amsgrad' = 0.5 must be 0 or 1 for adam");
  EXPECT_FALSE(opt.set("lr", std::numeric_limits<double>::quiet_NaN(), &error));
  EXPECT_EQ(error, "hyperparameter 'lr' = nan is not finite for adam");
  EXPECT_FALSE(opt.set("eps", std::numeric_limits<double>::infinity(), &error));
  EXPECT_EQ(error, "hyperparameter 'eps' = inf is not finite for adam");
  EXPECT_FALSE(opt.set("beta2", -0.1));  // error pointer is optional
  // nothing changed
  EXPECT_EQ(opt.get("beta1"), 0.9);
  EXPECT_EQ(opt.get("lr"), 1e-3);
  EXPECT_EQ(opt.get("amsgrad"), 0.0);
  EXPECT_EQ(opt.get("lr2"), std::nullopt);
  // range ends are valid
  EXPECT_TRUE(opt.set("beta1", 0.9999, &error)) << error;
  EXPECT_TRUE(opt.set("lr", 10, &error)) << error;
  EXPECT_TRUE(opt.set("amsgrad", 1, &error)) << error;
  EXPECT_EQ(opt.get("beta1"), 0.9999);
}

TEST(Registry, SetParamByIndexMatchesSetByName) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    SCOPED_TRACE(info.name);
    Optimizer opt = *Optimizer::create(info.name);
    for (size_t i = 0; i < opt.paramCount(); ++i) {
      const ParamInfo& p = info.params[i];
      const double value = p.isBool ? 1 - p.defaultValue : p.max;
      opt.setParam(i, value);
      EXPECT_EQ(opt.param(i), value) << p.name;
      EXPECT_EQ(opt.get(p.name), value) << p.name;
      // other hyperparameters untouched
      for (size_t j = i + 1; j < opt.paramCount(); ++j) EXPECT_EQ(opt.param(j), info.params[j].defaultValue);
    }
  }
}

TEST(Registry, EveryOptimizerStepsFiniteFromDefaults) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    SCOPED_TRACE(info.name);
    Optimizer opt = *Optimizer::create(info.name);
    Vec2 p(1, 1);
    Mat2 h = Mat2::Zero();
    h.diagonal() << 2, 6;
    for (int k = 0; k < 100; ++k) p = opt.step(p, test::quadraticGradient(p), h);
    EXPECT_TRUE(p.allFinite());
    // the loss x² + 3y² went down from 4
    EXPECT_LT(p.x() * p.x() + 3 * p.y() * p.y(), 4.0);
  }
}

TEST(Registry, ResetMakesTheNextStepAFirstStep) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    SCOPED_TRACE(info.name);
    Optimizer fresh = *Optimizer::create(info.name);
    Optimizer used = fresh;
    Vec2 p(1, 1);
    for (int k = 0; k < 5; ++k) p = test::stepQuadratic(used, p);
    used.reset();
    const Vec2 a = test::stepQuadratic(used, Vec2(0.5, -0.25));
    const Vec2 b = test::stepQuadratic(fresh, Vec2(0.5, -0.25));
    EXPECT_EQ(a, b);
  }
}

}  // namespace
}  // namespace lv::optim
