// The registry: one entry per unit of AllUnits, followed by that unit's presets. The OptimizerInfo
// (names, parameters, defaults, ranges, update rule) is generated from the units themselves.
#include "landscapes/lv_assert.h"
#include "optim/optimizer.h"
#include "optim/update_rules.h"

#include <cstring>
#include <type_traits>

namespace lv::optim {
namespace {

struct Entry {
  OptimizerInfo info;
  AnyUnit prototype;
};

template <class T, class = void>
struct HasPresets : std::false_type {};
template <class T>
struct HasPresets<T, std::void_t<decltype(T::kPresets)>> : std::true_type {};

/// A unit needs the Hessian only if it says so (`static constexpr bool kNeedsHessian = true`, Newton);
/// the others step on the gradient alone.
template <class T, class = void>
struct NeedsHessian : std::false_type {};
template <class T>
struct NeedsHessian<T, std::void_t<decltype(T::kNeedsHessian)>> : std::bool_constant<T::kNeedsHessian> {};

/// `T` under `name`, its defaults changed by `overrides` (slots with a null key are unused).
template <class T, size_t N = 0>
Entry entry(const char* name, const char* description, const ParamOverride* overrides = nullptr) {
  Unit<T> unit;
  for (size_t k = 0; k < N; ++k) {
    if (!overrides[k].key) continue;
    bool found = false;
    T::visitParams(unit.params, [&](double& value, const ParamInfo& param) {
      if (std::strcmp(param.name, overrides[k].key) == 0) {
        value = overrides[k].value;
        found = true;
      }
    });
    LV_ASSERT(found, "a preset overrides an unknown hyperparameter");
    (void)found;
  }
  OptimizerInfo info;
  info.name = name;
  info.description = description;
  static_assert(kUpdateRule<T> != nullptr, "every unit's rule is in optim/update_rules.h");
  info.updateRule = kUpdateRule<T>;
  info.needsHessian = NeedsHessian<T>::value;
  T::visitParams(unit.params, [&](double& value, const ParamInfo& param) {
    ParamInfo withDefault = param;
    withDefault.defaultValue = value;
    info.params.push_back(withDefault);
  });
  return Entry{std::move(info), AnyUnit(unit)};
}

template <class T>
void addUnit(std::vector<Entry>& table) {
  table.push_back(entry<T>(T::kName, T::kDescription));
  if constexpr (HasPresets<T>::value) {
    for (const Preset& preset : T::kPresets) {
      constexpr size_t kSlots = std::extent_v<decltype(preset.overrides)>;
      table.push_back(entry<T, kSlots>(preset.name, preset.description, preset.overrides));
    }
  }
}

template <class... Units>
std::vector<Entry> makeTable(UnitList<Units...>) {
  std::vector<Entry> table;
  (addUnit<Units>(table), ...);
  return table;
}

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = makeTable(AllUnits{});
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
  LV_ASSERT(index < entries().size(), "registry index out of range");
  return entries()[index].prototype;
}

}  // namespace lv::optim
