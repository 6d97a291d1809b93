// A data landscape: the mean of a per-sample formula over the rows of a data set,
//   f(x, y) = (1/N) Σᵢ ℓ(x, y; rowᵢ),
// where ℓ names the data's columns besides the parameters x and y (e.g. mean squared error
// ℓ = (x*u + y - v)^2 over columns u, v). Exact values, gradients and Hessians of the full-data
// mean and of the mean over a mini-batch of rows, and the GLSL of the full-data surface.
#pragma once

#include "landscapes/data_quadratic.h"
#include "landscapes/data_table.h"
#include "landscapes/formula.h"

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace lv::landscapes {

/// Immutable; cheap to copy (shares the formula's tape and the data). Never throws; evaluation
/// never allocates for per-sample formulas of up to 256 instructions.
class FiniteSum {
 public:
  /// `perSample` must have been parsed with `data->columns` (Formula::parse(text, columns)) and
  /// the data must have at least one row (both asserted).
  FiniteSum(Formula perSample, std::shared_ptr<const DataTable> data);

  const Formula& perSample() const { return perSample_; }
  const DataTable& data() const { return *data_; }
  const std::shared_ptr<const DataTable>& sharedData() const { return data_; }

  /// The full-data mean f(x, y), its gradient and Hessian (exact; the sum runs in row order, or,
  /// for a per-sample loss quadratic in x and y, the closed form of that sum: O(1), not O(rows)).
  double value(const Eigen::Vector2d& p) const;
  double valueAndGradient(const Eigen::Vector2d& p, Eigen::Vector2d& gradient) const;
  Derivatives derivatives(const Eigen::Vector2d& p) const;
  /// How many per-sample terms one value() sums: the rows, or 1 for the closed form. What a
  /// picture or a colour fit that evaluates f at many points budgets by.
  std::size_t termsPerValue() const { return quadratic_ ? 1 : data_->rows(); }

  /// The mean over the rows `rows[0..count)` (each < data().rows(); repeats count again; count
  /// ≥ 1, asserted): what a mini-batch SGD step uses. The hot path: no allocation.
  double batchValue(const Eigen::Vector2d& p, const std::uint32_t* rows, std::size_t count) const;
  double batchValueAndGradient(const Eigen::Vector2d& p, const std::uint32_t* rows, std::size_t count,
                               Eigen::Vector2d& gradient) const;

  /// GLSL (no #version line) of `float f(vec2 p)`, the full-data mean in float, reading the data
  /// from what the caller binds:
  ///   uniform sampler2D t_data;  one float per texel in .r (R32F), read with texelFetch (level
  ///                              0, no filtering): value k = row·C + column, C =
  ///                              data().columns.size(), lies at texel (k mod W, k div W), W the
  ///                              texture's width (any width; rows need not align with lines);
  ///   uniform int u_rows;        how many rows to average, the first u_rows (data().rows()).
  /// It also defines `float lv_dataValue(int row, int column)` and `float f_sample(vec2 p, int
  /// row)`, the per-sample formula at one row.
  /// For a loss quadratic in x and y it also declares `uniform int u_allRows;`: set to 1 when the
  /// bound texture holds every row in order, f then evaluates the closed form instead of the loop
  /// (0, the default, always loops: correct for any subset of rows).
  std::string glsl() const;

  /// Like Formula::glslDerivatives() (FormulaJet f_jet, vec3 f_grad, mat2 f_hess) for the
  /// full-data mean, reading the data as glsl() does. Does not define f, t_data, u_rows or
  /// lv_dataValue: splice it after glsl().
  std::string glslDerivatives() const;

  /// The closed form of the full-data mean (data_quadratic.h), or null when the per-sample loss is
  /// not quadratic in x and y.
  const QuadraticForm* quadratic() const { return quadratic_.get(); }

 private:
  Formula perSample_;
  std::shared_ptr<const DataTable> data_;
  std::shared_ptr<const QuadraticForm> quadratic_;
};

}  // namespace lv::landscapes
