// A landscape formula in x and y: parsed once, then evaluated exactly (value, gradient, Hessian)
// on the CPU and emitted as equivalent GLSL functions (the value for the surface shader; value,
// gradient and Hessian for GPU optimizer maps and lit normals). A per-sample formula may also name
// the columns of a data set; it is then evaluated at one row of column values (finite_sum.h).
#pragma once

#include <Eigen/Core>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lv::landscapes {

/// Why a formula was rejected. `column` is 1-based into the formula text.
struct ParseError {
  int column = 0;
  std::string message;
  /// "column 7: unknown function 'sinn'".
  std::string describe() const;
};

/// Exact value, gradient and Hessian at one point.
struct Derivatives {
  double value = 0;
  Eigen::Vector2d gradient = Eigen::Vector2d::Zero();
  Eigen::Matrix2d hessian = Eigen::Matrix2d::Zero();
};

class Tape;  // compiled flat program; private to the implementation

/// An immutable parsed formula. Cheap to copy (shares its compiled tape). Never throws once built;
/// evaluation outside the domain (log of a negative, 1/0) yields non-finite numbers, not errors.
class Formula {
 public:
  /// Parses `text`; on failure returns nullopt and fills `*error` (if given).
  static std::optional<Formula> parse(std::string_view text, ParseError* error = nullptr);
  /// Parses a per-sample formula that may also name the data columns `columns` (in row order). An
  /// identifier that is no parameter, constant, function or column is an error naming its column
  /// in the text and listing the data columns. A column named x, y, pi, e or like a function, or
  /// repeating an earlier name, cannot be referred to: that is an error too (at column 1).
  static std::optional<Formula> parse(std::string_view text, const std::vector<std::string>& columns,
                                      ParseError* error = nullptr);

  const std::string& text() const { return text_; }
  /// The data columns a row must hold, in order (empty for a formula in x and y only).
  const std::vector<std::string>& columns() const;

  /// f(x, y). Only for formulas without columns (asserted).
  double value(const Eigen::Vector2d& p) const { return value(p, nullptr); }
  /// f(x, y) and ∇f, exact (forward-mode autodiff); the hot path of every optimizer step.
  double valueAndGradient(const Eigen::Vector2d& p, Eigen::Vector2d& gradient) const {
    return valueAndGradient(p, nullptr, gradient);
  }
  /// f, ∇f and the Hessian, exact.
  Derivatives derivatives(const Eigen::Vector2d& p) const { return derivatives(p, nullptr); }

  /// The same at one data row: `row` points to columns().size() values in columns() order (it may
  /// be null when there are no columns). Derivatives are with respect to (x, y) only. These never
  /// allocate for formulas of up to 256 instructions.
  double value(const Eigen::Vector2d& p, const double* row) const;
  double valueAndGradient(const Eigen::Vector2d& p, const double* row, Eigen::Vector2d& gradient) const;
  Derivatives derivatives(const Eigen::Vector2d& p, const double* row) const;

  /// GLSL source of `float f(vec2 p)` (no #version line), equivalent to value() in float, preceded
  /// by the helpers of functions GLSL lacks (softplus: `lv_softplus`), each in an #ifndef guard so
  /// that glsl() and glslDerivatives() can share a shader. Only for formulas without columns
  /// (asserted; a data landscape's surface comes from FiniteSum::glsl()).
  std::string glsl() const;

  /// GLSL source (no #version line) of the formula's exact derivatives by forward-mode dual
  /// numbers, equivalent to derivatives() in float. It defines
  ///   struct FormulaJet { float v; vec2 g; vec3 h; };  value, gradient, Hessian (xx, xy, yy)
  ///   FormulaJet f_jet(vec2 p);
  ///   vec3 f_grad(vec2 p);   (f, ∂f/∂x, ∂f/∂y)
  ///   mat2 f_hess(vec2 p);   the Hessian
  /// and helpers prefixed `jet` or `lv_`. It does not define f: splice glsl() beside it when
  /// needed. Only for formulas without columns (asserted). Where the formula has an infinite
  /// inner derivative times an exact zero (the tip of a cone) the term is 0, as on the CPU.
  std::string glslDerivatives() const;

 private:
  friend class FiniteSum;
  Formula() = default;
  std::string text_;
  std::shared_ptr<const Tape> tape_;
};

}  // namespace lv::landscapes
