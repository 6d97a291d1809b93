// A landscape formula in x and y: parsed once, then evaluated exactly (value, gradient, Hessian)
// on the CPU and emitted as an equivalent GLSL function for the surface shader.
#pragma once

#include <Eigen/Core>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

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

  const std::string& text() const { return text_; }

  /// f(x, y).
  double value(const Eigen::Vector2d& p) const;
  /// f(x, y) and ∇f, exact (forward-mode autodiff); the hot path of every optimizer step.
  double valueAndGradient(const Eigen::Vector2d& p, Eigen::Vector2d& gradient) const;
  /// f, ∇f and the Hessian, exact.
  Derivatives derivatives(const Eigen::Vector2d& p) const;

  /// GLSL source of `float f(vec2 p)` (no #version line), equivalent to value() in float.
  std::string glsl() const;

 private:
  Formula() = default;
  std::string text_;
  std::shared_ptr<const Tape> tape_;
};

}  // namespace lv::landscapes
