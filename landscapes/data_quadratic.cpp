// See data_quadratic.h.
#include "landscapes/data_quadratic.h"

#include "landscapes/tape.h"

#include <Eigen/LU>

#include <cmath>
#include <vector>

namespace lv::landscapes {
namespace {

constexpr int kNotPolynomial = 1000;  // a degree larger than any that matters

bool finite(const Derivatives& d) {
  return std::isfinite(d.value) && d.gradient.allFinite() && d.hessian.allFinite();
}

}  // namespace

double QuadraticForm::value(const Eigen::Vector2d& p) const {
  const Eigen::Vector2d d = p - center;
  return at.value + at.gradient.dot(d) + 0.5 * d.dot(at.hessian * d);
}

double QuadraticForm::valueAndGradient(const Eigen::Vector2d& p, Eigen::Vector2d& gradient) const {
  const Eigen::Vector2d d = p - center;
  const Eigen::Vector2d hd = at.hessian * d;
  gradient = at.gradient + hd;
  return at.value + at.gradient.dot(d) + 0.5 * d.dot(hd);
}

Derivatives QuadraticForm::derivatives(const Eigen::Vector2d& p) const {
  Derivatives d;
  d.value = valueAndGradient(p, d.gradient);
  d.hessian = at.hessian;
  return d;
}

bool isQuadraticInParameters(const Tape& tape) {
  std::vector<int> degree(tape.code.size(), 0);
  for (std::size_t i = 0; i < tape.code.size(); ++i) {
    const Instr& in = tape.code[i];
    const int a = operandCount(in.op) >= 1 ? degree[std::size_t(in.a)] : 0;
    const int b = operandCount(in.op) >= 2 ? degree[std::size_t(in.b)] : 0;
    int d = 0;
    switch (in.op) {
      case Op::Const:
      case Op::Column:
        d = 0;
        break;
      case Op::X:
      case Op::Y:
        d = 1;
        break;
      case Op::Neg:
        d = a;
        break;
      case Op::PowInt:
        d = a == 0 ? 0 : (in.n >= 0 ? std::min(a * in.n, kNotPolynomial) : kNotPolynomial);
        break;
      case Op::Add:
      case Op::Sub:
        d = std::max(a, b);
        break;
      case Op::Mul:
        d = std::min(a + b, kNotPolynomial);
        break;
      case Op::Div:
        d = b == 0 ? a : kNotPolynomial;
        break;
      case Op::PowConst:
      case Op::Call1:
      case Op::Call2:
        d = (a == 0 && b == 0) ? 0 : kNotPolynomial;
        break;
    }
    degree[i] = d;
  }
  return degree[std::size_t(tape.result)] <= 2;
}

std::optional<QuadraticForm> quadraticForm(const std::function<Derivatives(const Eigen::Vector2d&)>& sumAt) {
  QuadraticForm form;
  form.at = sumAt(form.center);
  if (!finite(form.at)) return std::nullopt;
  const Eigen::Matrix2d& h = form.at.hessian;
  if (h(0, 0) > 0 && h.determinant() > 0) {
    const Eigen::Vector2d minimizer = form.center - h.inverse() * form.at.gradient;
    if (minimizer.allFinite()) {
      const Derivatives there = sumAt(minimizer);
      if (finite(there)) {
        form.center = minimizer;
        form.at = there;
      }
    }
  }
  return form;
}

}  // namespace lv::landscapes
