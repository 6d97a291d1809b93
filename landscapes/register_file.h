// Private: the register file the tape interpreter reads and writes, one per number type.
#pragma once

#include "landscapes/autodiff.h"

#include <cstddef>
#include <cstdint>

namespace lv::landscapes {

// Registers stored lane by lane (all values, then all ∂x, ...), and the result handed to a sink
// that reads it straight from the lanes: every access is a scalar load of a scalar store. Passing
// whole structs or small arrays let the compiler mix 8- and 16-byte moves, and a load straddling
// two stores defeats store-to-load forwarding; that stall cost more than a small formula's math.
/// View of caller-owned storage holding `n` registers of T as kLanes arrays of n doubles.
template <class T>
class RegisterFile;

template <>
class RegisterFile<double> {
 public:
  explicit RegisterFile(double* storage, std::size_t) : v_(storage) {}
  static constexpr std::size_t kLanes = 1;
  double get(std::int32_t i) const { return v_[i]; }
  void set(std::size_t i, double t) { v_[i] = t; }

 private:
  double* v_;
};

template <>
class RegisterFile<Dual> {
 public:
  RegisterFile(double* storage, std::size_t n) : v_(storage), dx_(storage + n), dy_(storage + 2 * n) {}
  static constexpr std::size_t kLanes = 3;
  Dual get(std::int32_t i) const { return {v_[i], dx_[i], dy_[i]}; }
  void set(std::size_t i, const Dual& t) { v_[i] = t.v, dx_[i] = t.dx, dy_[i] = t.dy; }

 private:
  double *v_, *dx_, *dy_;
};

template <>
class RegisterFile<HyperDual> {
 public:
  RegisterFile(double* storage, std::size_t n) {
    for (std::size_t k = 0; k < kLanes; ++k) lane_[k] = storage + k * n;
  }
  static constexpr std::size_t kLanes = 6;
  HyperDual get(std::int32_t i) const {
    return {lane_[0][i], lane_[1][i], lane_[2][i], lane_[3][i], lane_[4][i], lane_[5][i]};
  }
  void set(std::size_t i, const HyperDual& t) {
    lane_[0][i] = t.v, lane_[1][i] = t.dx, lane_[2][i] = t.dy;
    lane_[3][i] = t.dxx, lane_[4][i] = t.dxy, lane_[5][i] = t.dyy;
  }

 private:
  double* lane_[kLanes];
};

}  // namespace lv::landscapes
