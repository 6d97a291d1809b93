// The registry: the one table of optimizer names. Each line names a unit and any default overrides;
// the OptimizerInfo (parameters, defaults, ranges, update rule) is generated from the unit.
#include "optim/optimizer.h"

#include <cassert>
#include <cstring>
#include <initializer_list>

namespace lv::optim {
namespace {

struct Override {
  const char* key;
  double value;
};

struct Entry {
  OptimizerInfo info;
  AnyUnit prototype;
};

template <class T>
Entry entry(const char* name, const char* description, std::initializer_list<Override> overrides = {}) {
  Unit<T> unit;
  for (const Override& override : overrides) {
    bool found = false;
    T::visitParams(unit.params, [&](double& value, const ParamInfo& param) {
      if (std::strcmp(param.name, override.key) == 0) {
        value = override.value;
        found = true;
      }
    });
    assert(found && "registry override names an unknown hyperparameter");
    (void)found;
  }
  OptimizerInfo info;
  info.name = name;
  info.description = description;
  info.updateRule = T::kUpdateRule;
  info.needsHessian = T::kNeedsHessian;
  T::visitParams(unit.params, [&](double& value, const ParamInfo& param) {
    ParamInfo withDefault = param;
    withDefault.defaultValue = value;
    info.params.push_back(withDefault);
  });
  return Entry{std::move(info), AnyUnit(unit)};
}

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = {
      entry<Sgd>("sgd", "plain gradient descent"),
      entry<Sgd>("momentum", "SGD with heavy-ball momentum", {{"momentum", 0.9}}),
      entry<Sgd>("nesterov", "SGD with Nesterov momentum", {{"momentum", 0.9}, {"nesterov", 1}}),
      entry<Adagrad>("adagrad", "per-coordinate steps shrinking with the summed squared gradients"),
      entry<Rmsprop>("rmsprop", "steps divided by a running RMS of the gradient"),
      entry<Adadelta>("adadelta", "RMS of past steps over RMS of gradients: unit-consistent steps"),
      entry<Adam>("adam", "momentum + RMS scaling with bias correction"),
      entry<Adam>("amsgrad", "Adam dividing by the running maximum of v", {{"amsgrad", 1}}),
      entry<AdamW>("adamw", "Adam with decoupled weight decay"),
      entry<Adamax>("adamax", "Adam with the infinity norm in place of the RMS"),
      entry<Nadam>("nadam", "Adam with Nesterov momentum"),
      entry<Radam>("radam", "Adam with the variance of the adaptive rate rectified"),
      entry<Lion>("lion", "sign of an interpolated momentum: fixed-size steps"),
      entry<Newton>("newton", "damped (saddle-free) Newton's method using the Hessian"),
  };
  return table;
}

}  // namespace

const std::vector<OptimizerInfo>& optimizerInfos() {
  static const std::vector<OptimizerInfo> infos = [] {
    std::vector<OptimizerInfo> all;
    for (const Entry& e : entries()) all.push_back(e.info);
    return all;
  }();
  return infos;
}

const OptimizerInfo* findOptimizerInfo(std::string_view name) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

std::string optimizerNames() {
  std::string names;
  for (const OptimizerInfo& info : optimizerInfos()) {
    if (!names.empty()) names += ", ";
    names += info.name;
  }
  return names;
}

const AnyUnit& registryPrototype(size_t index) {
  assert(index < entries().size());
  return entries()[index].prototype;
}

}  // namespace lv::optim
