// The schedule table. Defaults are torch 1.13's; where torch has none (a required argument) the
// default is ours and the meaning says so.
#include "optim/schedule_table.h"

#include <limits>

namespace lv::optim {
namespace {

constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();
constexpr double kMaxCount = 1e9;

ScheduleParamInfo real(const char* name, double value, double min, double max, const char* meaning) {
  return {name, ScheduleParamType::Real, value, min, max, nullptr, nullptr, nullptr, meaning};
}
ScheduleParamInfo count(const char* name, double value, double min, const char* meaning) {
  return {name, ScheduleParamType::Integer, value, min, kMaxCount, nullptr, nullptr, nullptr, meaning};
}
ScheduleParamInfo flag(const char* name, double value, const char* meaning) {
  return {name, ScheduleParamType::Bool, value, 0, 1, nullptr, nullptr, nullptr, meaning};
}
ScheduleParamInfo choice(const char* name, const char* choices, const char* meaning) {
  return {name, ScheduleParamType::Choice, 0, 0, 0, choices, nullptr, nullptr, meaning};
}
ScheduleParamInfo unsetReal(const char* name, double min, double max, const char* unsetMeans,
                            const char* meaning) {
  return {name, ScheduleParamType::Real, kUnset, min, max, nullptr, nullptr, unsetMeans, meaning};
}
ScheduleParamInfo gamma(double value, double max, const char* meaning) {
  return real("gamma", value, 0, max, meaning);
}
ScheduleParamInfo etaMin() { return real("eta_min", 0, 0, 10, "the lowest learning rate (absolute)"); }
// `params`, then torch's cycle_momentum, base_momentum and max_momentum (CyclicLR's and OneCycleLR's
// momentum cycling: the same three arguments with their own defaults). Momentum values stay inside
// every momentum/beta1 slider's range.
std::vector<ScheduleParamInfo> withCycledMomentum(std::vector<ScheduleParamInfo> params, double base,
                                                  double max, const char* baseMeaning,
                                                  const char* maxMeaning) {
  params.push_back(flag("cycle_momentum", 1, "cycle the momentum inversely to the lr (torch's side effect)"));
  params.push_back(real("base_momentum", base, 0, 0.999, baseMeaning));
  params.push_back(real("max_momentum", max, 0, 0.999, maxMeaning));
  return params;
}

std::vector<ScheduleInfo> makeTable() {
  using K = ScheduleKind;
  const double third = 1.0 / 3;
  return {
      {K::Constant,
       "constant",
       "ConstantLR",
       "lr × factor until total_iters, then lr",
       {real("factor", third, 1e-6, 1, "multiplies the lr until total_iters"),
        count("total_iters", 5, 1, "updates at the reduced lr")}},
      {K::Linear,
       "linear",
       "LinearLR",
       "lr × a factor going linearly from start_factor to end_factor",
       {real("start_factor", third, 1e-6, 1, "factor at update 0"),
        real("end_factor", 1, 0, 1, "factor from total_iters on"),
        count("total_iters", 5, 1, "updates to reach end_factor")}},
      {K::Step,
       "step",
       "StepLR",
       "lr × gamma every step_size updates",
       {count("step_size", 100, 1, "updates between decays (torch requires it; ours: 100)"),
        gamma(0.1, 2, "factor at each decay")}},
      {K::MultiStep,
       "multistep",
       "MultiStepLR",
       "lr × gamma at each milestone",
       {{"milestones", ScheduleParamType::IntegerList, kUnset, 0, kMaxCount, nullptr, "100;200", nullptr,
         "updates at which the lr decays, e.g. 100;200 (torch requires it; ours: 100;200)"},
        gamma(0.1, 2, "factor at each milestone")}},
      {K::Exponential,
       "exponential",
       "ExponentialLR",
       "lr × gamma every update",
       {gamma(0.99, 2, "factor per update (torch requires it; ours: 0.99)")}},
      {K::Polynomial,
       "polynomial",
       "PolynomialLR",
       "lr × (1 − k/total_iters)^power, then 0",
       {count("total_iters", 5, 1, "updates to reach 0"), real("power", 1, 0, 10, "power of the decay")}},
      {K::Cosine,
       "cosine",
       "CosineAnnealingLR",
       "half a cosine from lr down to eta_min over T_max updates",
       {count("T_max", 200, 1, "updates from lr to eta_min (torch requires it; ours: 200)"), etaMin()}},
      {K::CosineRestarts,
       "cosine_restarts",
       "CosineAnnealingWarmRestarts",
       "cosine from lr to eta_min, restarted after T_0, T_0·T_mult, ... updates",
       {count("T_0", 50, 1, "updates before the first restart (torch requires it; ours: 50)"),
        {"T_mult", ScheduleParamType::Integer, 1, 1, 100, nullptr, nullptr, nullptr,
         "factor on the period after each restart"},
        etaMin()}},
      {K::Cyclic, "cyclic", "CyclicLR", "lr cycling between base_lr and max_lr (triangles)",
       withCycledMomentum(
           {unsetReal("base_lr", 0, 10, "the optimizer's lr", "lower lr of the cycle (absolute)"),
            unsetReal("max_lr", 0, 10, "10 × base_lr", "upper lr of the cycle (absolute)"),
            count("step_size_up", 2000, 1, "updates from base_lr to max_lr"),
            {"step_size_down", ScheduleParamType::Integer, kUnset, 1, kMaxCount, nullptr, nullptr,
             "step_size_up", "updates from max_lr back to base_lr"},
            choice("mode", "triangular|triangular2|exp_range",
                   "amplitude: constant, halved per cycle, gamma^k"),
            gamma(1, 1, "exp_range: amplitude × gamma^k")},
           0.8, 0.9, "momentum at the lr peak", "momentum at base_lr")},
      {K::OneCycle, "onecycle", "OneCycleLR", "warm up to max_lr, then anneal far below the start",
       withCycledMomentum(
           {unsetReal("max_lr", 0, 10, "the optimizer's lr", "peak lr (absolute)"),
            count("total_steps", 1000, 2, "updates in the cycle (torch requires it; ours: 1000)"),
            real("pct_start", 0.3, 0, 0.999, "fraction of the cycle spent increasing the lr"),
            choice("anneal_strategy", "cos|linear", "shape of each phase"),
            real("div_factor", 25, 1e-6, 1e9, "initial lr = max_lr / div_factor"),
            real("final_div_factor", 1e4, 1e-6, 1e12, "min lr = initial lr / final_div_factor"),
            flag("three_phase", 0, "1: up, back down to the initial lr, then annihilate")},
           0.85, 0.95, "momentum (or beta1) at the lr peak", "momentum (or beta1) at the lowest lr")},
      {K::WarmupCosine,
       "warmup_cosine",
       "SequentialLR(LinearLR, CosineAnnealingLR)",
       "linear warmup from start_factor × lr, then cosine annealing to eta_min",
       {count("warmup_steps", 100, 1, "updates of linear warmup (the SequentialLR milestone)"),
        real("start_factor", 0.1, 1e-6, 1, "lr factor at update 0 (LinearLR's start_factor)"),
        count("T_max", 1000, 1, "updates of the cosine after the warmup"), etaMin()}},
  };
}

}  // namespace

int ScheduleInfo::paramIndex(std::string_view key) const {
  for (size_t i = 0; i < params.size(); ++i) {
    if (key == params[i].name) return static_cast<int>(i);
  }
  return -1;
}

const std::vector<ScheduleInfo>& scheduleInfos() {
  static const std::vector<ScheduleInfo> table = makeTable();
  return table;
}

const ScheduleInfo* findScheduleInfo(std::string_view name) {
  for (const ScheduleInfo& info : scheduleInfos()) {
    if (name == info.name) return &info;
  }
  return nullptr;
}

std::string scheduleNames() {
  std::string names;
  for (const ScheduleInfo& info : scheduleInfos())
    names += (names.empty() ? "" : ", ") + std::string(info.name);
  return names;
}

}  // namespace lv::optim
