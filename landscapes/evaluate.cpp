// Formula's CPU evaluation: the interpreter at one point and, for data formulas, one row.
#include "landscapes/formula.h"
#include "landscapes/interpreter.h"
#include "landscapes/lv_assert.h"

namespace lv::landscapes {
namespace {

template <class T>
T evaluate(const Tape& tape, const Eigen::Vector2d& p, const double* row) {
  LV_ASSERT(row || tape.columns.empty(), "a data formula needs a row of column values");
  Interpreter<T> interpreter(tape, p.x(), p.y());
  if (row) interpreter.loadRow(row);
  return interpreter.run();
}

}  // namespace

double Formula::value(const Eigen::Vector2d& p, const double* row) const {
  return evaluate<double>(*tape_, p, row);
}

double Formula::valueAndGradient(const Eigen::Vector2d& p, const double* row,
                                 Eigen::Vector2d& gradient) const {
  const Dual f = evaluate<Dual>(*tape_, p, row);
  gradient = Eigen::Vector2d(f.dx, f.dy);
  return f.v;
}

Derivatives Formula::derivatives(const Eigen::Vector2d& p, const double* row) const {
  const HyperDual f = evaluate<HyperDual>(*tape_, p, row);
  Derivatives d;
  d.value = f.v;
  d.gradient = Eigen::Vector2d(f.dx, f.dy);
  d.hessian << f.dxx, f.dxy, f.dxy, f.dyy;
  return d;
}

}  // namespace lv::landscapes
