// The least-squares line through data rows (u, t), computed by hand for tests: argmin (x, y) of
// (1/N) Σ (x·u + y − t)², from the sums Suu, Su, St, Sut and the 2×2 normal equations
// [Suu Su; Su N] (x, y) = (Sut, St), solved by Cramer's rule. No project code involved.
#pragma once

#include <array>
#include <vector>

namespace lv::test {

inline std::array<double, 2> leastSquaresByHand(const std::vector<std::array<double, 2>>& rows) {
  double n = 0, su = 0, st = 0, suu = 0, sut = 0;
  for (const auto& [u, t] : rows) {
    n += 1;
    su += u;
    st += t;
    suu += u * u;
    sut += u * t;
  }
  const double det = suu * n - su * su;
  return {(sut * n - su * st) / det, (suu * st - su * sut) / det};
}

}  // namespace lv::test
