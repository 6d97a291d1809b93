// Schedules at their boundaries (warmup end, milestones, restarts, the last step of a cycle, past
// T_max), with values derived by hand from torch.optim.lr_scheduler 1.13's definitions; the spec
// parser's defaults, messages and round trip; and StepOverrides reaching the optimizer.
#include "optim/schedule.h"
#include "tests/optim/test_util.h"

#include <cmath>
#include <map>
#include <vector>

namespace lv::optim {
namespace {

using test::relNear;

constexpr double kPi = 3.14159265358979323846;

/// The lr of updates 0..count-1 for `text` with base lr `base` (and the overrides, for momentum).
std::vector<StepOverrides> evaluate(const char* text, double base, int count) {
  std::string error;
  const std::optional<ScheduleSpec> spec = parseSchedule(text, &error);
  EXPECT_TRUE(spec) << error;
  std::vector<StepOverrides> values;
  if (!spec) return values;
  Schedule schedule(*spec);
  for (int k = 0; k < count; ++k) values.push_back(schedule.next(base));
  return values;
}

/// Expects the lr of update k to be lr (relative 1e-13).
void expectLrs(const std::vector<StepOverrides>& values, const std::map<int, double>& expected) {
  for (const auto& [k, lr] : expected) {
    ASSERT_LT(static_cast<size_t>(k), values.size());
    ASSERT_TRUE(values[k].lr.has_value());
    if (lr == 0) {
      EXPECT_EQ(*values[k].lr, 0.0) << "update " << k;
    } else {
      EXPECT_TRUE(relNear(*values[k].lr, lr, 1e-13)) << "update " << k;
    }
  }
}

TEST(Schedule, ConstantReturnsToTheBaseAtTotalIters) {
  const auto v = evaluate("constant:factor=0.5,total_iters=3", 0.1, 6);
  expectLrs(v, {{0, 0.05}, {2, 0.05}, {3, 0.1}, {5, 0.1}});
  EXPECT_FALSE(v[0].momentum.has_value());
}

TEST(Schedule, LinearWarmupReachesTheBaseAtTotalIters) {
  // factor 0.25 + 0.75·k/4 up to k = 4, then 1
  expectLrs(evaluate("linear:start_factor=0.25,total_iters=4", 2, 7),
            {{0, 0.5}, {1, 0.875}, {3, 1.625}, {4, 2}, {6, 2}});
  expectLrs(evaluate("linear:start_factor=1,end_factor=0.5,total_iters=2", 1, 4),
            {{1, 0.75}, {2, 0.5}, {3, 0.5}});
}

TEST(Schedule, StepAndMultistepDecayAtTheirMilestones) {
  expectLrs(evaluate("step:step_size=3,gamma=0.5", 1, 7), {{0, 1}, {2, 1}, {3, 0.5}, {5, 0.5}, {6, 0.25}});
  // milestone 5 given twice: torch's Counter decays by gamma² there
  expectLrs(evaluate("multistep:milestones=5;2;5,gamma=0.1", 1, 7),
            {{1, 1}, {2, 0.1}, {4, 0.1}, {5, 0.001}, {6, 0.001}});
}

TEST(Schedule, ExponentialAndPolynomial) {
  expectLrs(evaluate("exponential:gamma=0.5", 1, 4), {{0, 1}, {1, 0.5}, {3, 0.125}});
  // (1 − k/4)², 0 from total_iters on
  expectLrs(evaluate("polynomial:total_iters=4,power=2", 1, 6),
            {{0, 1}, {1, 0.5625}, {2, 0.25}, {3, 0.0625}, {4, 0}, {5, 0}});
}

TEST(Schedule, CosineHitsEtaMinAtTMaxAndRisesAgainPastIt) {
  // eta_min + (base − eta_min)·(1 + cos(πk/T_max))/2 with eta_min = 0.1, base = 1.1, T_max = 4;
  // torch's recursion continues this periodically past T_max (k = 5 is its special rising step).
  const auto v = evaluate("cosine:T_max=4,eta_min=0.1", 1.1, 9);
  const auto closed = [](int k) { return 0.1 + (1 + std::cos(kPi * k / 4)) / 2; };
  expectLrs(v, {{0, 1.1}, {2, 0.6}, {4, 0.1}, {5, closed(5)}, {6, 0.6}, {7, closed(7)}, {8, 1.1}});
  EXPECT_TRUE(relNear(closed(5), 0.1 + (1 - std::sqrt(0.5)) / 2, 1e-15));
}

TEST(Schedule, CosineRestartsRestartAndStretchThePeriod) {
  // T_0 = 2, T_mult = 2: restarts at k = 2 (period 4 next) and k = 6 (period 8 next)
  const auto half = [](double fraction) { return (1 + std::cos(kPi * fraction)) / 2; };
  expectLrs(evaluate("cosine_restarts:T_0=2,T_mult=2", 1, 8),
            {{0, 1}, {1, 0.5}, {2, 1}, {3, half(0.25)}, {5, half(0.75)}, {6, 1}, {7, half(0.125)}});
}

TEST(Schedule, CyclicTrianglesAndMomentum) {
  // up 2, down 3: peak at k = 2, last step of the first cycle k = 4 (scale (0.8 − 1)/(0.4 − 1) = 1/3)
  const auto v = evaluate("cyclic:base_lr=0.1,max_lr=1.1,step_size_up=2,step_size_down=3", 5, 8);
  expectLrs(v, {{0, 0.1}, {1, 0.6}, {2, 1.1}, {4, 0.1 + 1.0 / 3}, {5, 0.1}, {7, 1.1}});
  ASSERT_TRUE(v[0].momentum.has_value());
  EXPECT_FALSE(v[0].beta1.has_value());  // torch 1.13's CyclicLR cycles `momentum` only
  EXPECT_TRUE(relNear(*v[0].momentum, 0.9));
  EXPECT_TRUE(relNear(*v[2].momentum, 0.8));
  EXPECT_TRUE(relNear(*v[4].momentum, 0.9 - 0.1 / 3));
  // triangular2 halves the second cycle's peak; exp_range scales by gamma^k
  expectLrs(evaluate("cyclic:base_lr=0.1,max_lr=1.1,step_size_up=2,step_size_down=3,mode=triangular2", 1, 8),
            {{2, 1.1}, {7, 0.6}});
  expectLrs(evaluate("cyclic:base_lr=0.1,max_lr=1.1,step_size_up=2,mode=exp_range,gamma=0.5", 1, 3),
            {{1, 0.1 + 0.5 * 0.5}, {2, 0.1 + 0.25}});
  // unset: base_lr is the optimizer's lr, max_lr 10× it; cycle_momentum=0 leaves momentum alone
  const auto defaults = evaluate("cyclic:step_size_up=2,cycle_momentum=0", 0.01, 3);
  expectLrs(defaults, {{0, 0.01}, {1, 0.055}, {2, 0.1}});
  EXPECT_FALSE(defaults[1].momentum.has_value());
}

TEST(Schedule, OneCycleWarmsUpAnnealsAndHoldsPastTotalSteps) {
  // max_lr 1: initial 1/25 = 0.04, min 0.04/1e4; phase 1 ends at 0.25·12 − 1 = 2, phase 2 at 11
  const auto v = evaluate("onecycle:max_lr=1,total_steps=12,pct_start=0.25", 0.5, 14);
  const auto cosAnneal = [](double start, double end, double pct) {
    return end + (start - end) / 2 * (std::cos(kPi * pct) + 1);
  };
  expectLrs(v, {{0, 0.04}, {1, cosAnneal(0.04, 1, 0.5)}, {2, 1}, {11, 4e-6}});
  // update 12 (= total_steps) is torch's last value, extrapolated past the end; held afterwards
  expectLrs(v, {{12, cosAnneal(1, 4e-6, 10.0 / 9)}, {13, cosAnneal(1, 4e-6, 10.0 / 9)}});
  // momentum (or beta1) runs inversely: 0.95 → 0.85 at the peak → 0.95 at the end
  EXPECT_TRUE(relNear(*v[0].momentum, 0.95));
  EXPECT_TRUE(relNear(*v[2].beta1, 0.85));
  EXPECT_TRUE(relNear(*v[11].momentum, 0.95));
  // unset max_lr: the optimizer's lr
  expectLrs(evaluate("onecycle:total_steps=12,pct_start=0.25", 0.5, 3), {{0, 0.02}, {2, 0.5}});
  // three phases, linear: back to the initial lr at 2·0.25·12 − 2 = 4, then down to min at 11
  const auto three =
      evaluate("onecycle:max_lr=1,total_steps=12,pct_start=0.25,anneal_strategy=linear,three_phase=1", 1, 12);
  // (at k = 11 torch's linear form (end − start)·1 + start rounds away from min_lr = 4e-6 itself)
  expectLrs(three, {{1, 0.52}, {2, 1}, {3, 0.52}, {4, 0.04}, {11, (4e-6 - 0.04) * 1 + 0.04}});
  EXPECT_TRUE(relNear(*three[4].momentum, 0.95));
}

TEST(Schedule, WarmupCosineSwitchesAtTheMilestone) {
  // LinearLR from 0.2 over 4 updates, then the cosine's step(0) gives the base lr at k = 4, and the
  // cosine runs T_max = 4 from there: 0.5 at k = 6, 0 at k = 8, rising again after.
  const auto v = evaluate("warmup_cosine:warmup_steps=4,start_factor=0.2,T_max=4", 1, 10);
  expectLrs(v, {{0, 0.2}, {2, 0.6}, {3, 0.8}, {4, 1}, {6, 0.5}, {8, 0}, {9, (1 - std::cos(kPi / 4)) / 2}});
}

TEST(Schedule, FollowsTheSliderAndResets) {
  std::string error;
  Schedule schedule(*parseSchedule("step:step_size=2,gamma=0.5", &error));
  EXPECT_EQ(*schedule.next(1).lr, 1);
  EXPECT_EQ(*schedule.next(1).lr, 1);
  EXPECT_EQ(*schedule.next(4).lr, 2);  // a slider edit acts on the next update, the decay kept
  EXPECT_EQ(schedule.updates(), 3);
  schedule.reset();
  EXPECT_EQ(*schedule.next(4).lr, 4);
}

TEST(ScheduleSpec, TableHasTorchsNamesAndDefaults) {
  std::vector<std::string> names;
  for (const ScheduleInfo& info : scheduleInfos()) names.push_back(info.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"constant", "linear", "step", "multistep", "exponential", "polynomial",
                                      "cosine", "cosine_restarts", "cyclic", "onecycle", "warmup_cosine"}));
  for (size_t i = 0; i < scheduleInfos().size(); ++i)
    EXPECT_EQ(static_cast<size_t>(scheduleInfos()[i].kind), i);
  // torch 1.13's keyword defaults
  const auto value = [](const char* name, const char* key) { return *defaultSchedule(name)->get(key); };
  EXPECT_EQ(value("constant", "factor"), 1.0 / 3);
  EXPECT_EQ(value("linear", "total_iters"), 5);
  EXPECT_EQ(value("step", "gamma"), 0.1);
  EXPECT_EQ(value("polynomial", "power"), 1);
  EXPECT_EQ(value("cosine_restarts", "T_mult"), 1);
  EXPECT_EQ(value("cyclic", "step_size_up"), 2000);
  EXPECT_TRUE(std::isnan(value("cyclic", "step_size_down")));  // torch: None, i.e. step_size_up
  EXPECT_EQ(value("cyclic", "base_momentum"), 0.8);
  EXPECT_EQ(value("onecycle", "pct_start"), 0.3);
  EXPECT_EQ(value("onecycle", "div_factor"), 25);
  EXPECT_EQ(value("onecycle", "final_div_factor"), 1e4);
  EXPECT_EQ(value("onecycle", "max_momentum"), 0.95);
  EXPECT_EQ(defaultSchedule("multistep")->list, (std::vector<double>{100, 200}));
  for (const ScheduleInfo& info : scheduleInfos()) {
    for (const ScheduleParamInfo& p : info.params) {
      EXPECT_NE(std::string(p.meaning), "") << info.name << " " << p.name;
      EXPECT_EQ(std::isnan(p.defaultValue), p.unsetMeans != nullptr || p.defaultList != nullptr) << p.name;
    }
  }
}

TEST(ScheduleSpec, ParseErrorsNameTheKey) {
  // Each text with the one message it must give.
  const std::pair<const char*, const char*> cases[] = {
      {"cosin",
       "unknown schedule 'cosin' (valid: constant, linear, step, multistep, exponential, polynomial, cosine, "
       "cosine_restarts, cyclic, onecycle, warmup_cosine)"},
      {"cosine:Tmax=3", "schedule 'cosine': unknown parameter 'Tmax' (valid: T_max, eta_min)"},
      {"cosine:T_max=2.5", "schedule 'cosine': T_max = 2.5 must be a whole number"},
      {"cosine:T_max=0", "schedule 'cosine': T_max = 0 out of range [1, 1e+09]"},
      {"cosine:T_max=abc", "schedule 'cosine': T_max = 'abc' is not a number"},
      {"cosine:T_max", "schedule 'cosine': T_max has no value (write KEY=VALUE)"},
      {"cosine:T_max=3,T_max=4", "schedule 'cosine': T_max is given twice"},
      {"cyclic:mode=square",
       "schedule 'cyclic': mode = 'square' must be one of triangular|triangular2|exp_range"},
      {"multistep:milestones=100;x",
       "schedule 'multistep': milestones = '100;x': 'x' is not a number (write a list as 100;200)"},
      {"onecycle:total_steps=3",
       "schedule 'onecycle': pct_start = 0.3 leaves no warm-up phase: pct_start·total_steps must exceed 1"},
      {"exponential:gamma=nan", "schedule 'exponential': gamma = 'nan' is not a number"},
  };
  for (const auto& [text, message] : cases) {
    std::string error;
    EXPECT_FALSE(parseSchedule(text, &error).has_value()) << text;
    EXPECT_EQ(error, message) << text;
  }
}

TEST(ScheduleSpec, FormatRoundTripsAndSetValidates) {
  for (const char* text : {"cosine", "cosine:T_max=150,eta_min=0.001", "multistep:milestones=100;250;250",
                           "cyclic:max_lr=0.2,mode=exp_range,cycle_momentum=0", "onecycle:three_phase=1"}) {
    std::string error;
    const auto spec = parseSchedule(text, &error);
    ASSERT_TRUE(spec) << error;
    EXPECT_EQ(formatSchedule(*spec), text);
  }
  ScheduleSpec spec = *defaultSchedule("onecycle");
  std::string error;
  EXPECT_TRUE(spec.set("pct_start", 0.5, &error)) << error;
  EXPECT_FALSE(spec.set("pct_start", 1.5, &error));
  EXPECT_EQ(error, "schedule 'onecycle': pct_start = 1.5 out of range [0, 0.999]");
  EXPECT_TRUE(spec.set("three_phase", 1, &error)) << error;
  EXPECT_FALSE(spec.set("pct_start", 0.6, &error));
  EXPECT_EQ(error, "schedule 'onecycle': pct_start = 0.6 must be at most 0.5 with three_phase=1");
  EXPECT_EQ(spec.get("pct_start"), 0.5);  // unchanged by the failed sets
  EXPECT_FALSE(spec.set("milestones", 3, &error));
  EXPECT_EQ(spec.get("nope"), std::nullopt);
}

TEST(StepOverrides, ReplaceHyperparametersForOneUpdateOnly) {
  Optimizer sgd = test::make("momentum", {{"lr", 0.1}});
  StepOverrides overrides;
  overrides.lr = 0.5;
  overrides.momentum = 0.0;
  overrides.beta1 = 0.3;  // sgd has no beta1: ignored
  // first step: buffer = g, p − 0.5·g
  LV_EXPECT_POINT(sgd.step(Vec2(1, 1), Vec2(1, -2), Mat2::Zero(), overrides), 0.5, 2);
  EXPECT_EQ(sgd.get("lr"), 0.1);
  EXPECT_EQ(sgd.get("momentum"), 0.9);
  // momentum 0 for this update: p − 0.5·g2 (the buffer is not used)
  LV_EXPECT_POINT(sgd.step(Vec2(0, 0), Vec2(2, 2), Mat2::Zero(), overrides), -1, -1);

  Optimizer adam = test::make("adam", {{"lr", 0.1}});
  StepOverrides beta;
  beta.beta1 = 0.5;
  adam.step(Vec2(1, 1), Vec2(1, -2), Mat2::Zero(), beta);
  // m = (1 − 0.5)·g with the overridden beta1
  EXPECT_TRUE(relNear(adam.stateEntries()[1].value.x(), 0.5));
  EXPECT_EQ(adam.get("beta1"), 0.9);
}

}  // namespace
}  // namespace lv::optim
