// Every optimizer unit, and the closed set of them that an Optimizer value can hold.
// Adding an optimizer: include its header here, add Unit<It> to AnyUnit, add a line to registry.cpp.
#pragma once

#include "optim/adadelta.h"
#include "optim/adagrad.h"
#include "optim/adam.h"
#include "optim/adamax.h"
#include "optim/adamw.h"
#include "optim/lion.h"
#include "optim/nadam.h"
#include "optim/newton.h"
#include "optim/radam.h"
#include "optim/rmsprop.h"
#include "optim/sgd.h"

#include <variant>

namespace lv::optim {

/// One optimizer's hyperparameters and state, side by side (hyperparameters are read every step).
template <class T>
struct Unit {
  using Type = T;
  typename T::Params params{};
  typename T::State state{};
};

using AnyUnit = std::variant<Unit<Sgd>, Unit<Adagrad>, Unit<Rmsprop>, Unit<Adadelta>, Unit<Adam>, Unit<AdamW>,
                             Unit<Adamax>, Unit<Nadam>, Unit<Radam>, Unit<Lion>, Unit<Newton>>;

/// The unit, with this name's default hyperparameters and an empty state, of registry entry `index`
/// (same order as optimizerInfos()). For Optimizer::create and for tests.
const AnyUnit& registryPrototype(size_t index);

}  // namespace lv::optim
