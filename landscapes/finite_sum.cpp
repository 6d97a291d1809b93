// FiniteSum: the per-sample tape run once per row with x, y and the constants loaded once, the
// sum kept in the same forward-mode numbers, then divided by the row count.
#include "landscapes/finite_sum.h"

#include "landscapes/glsl_writer.h"
#include "landscapes/interpreter.h"
#include "landscapes/lv_assert.h"
#include "landscapes/tape.h"

#include <utility>

namespace lv::landscapes {
namespace {

double divided(double sum, double n) { return sum / n; }
Dual divided(const Dual& s, double n) { return {s.v / n, s.dx / n, s.dy / n}; }
HyperDual divided(const HyperDual& s, double n) {
  return {s.v / n, s.dx / n, s.dy / n, s.dxx / n, s.dxy / n, s.dyy / n};
}

// The mean of the tape over `count` rows, rowAt(i) giving the i-th row's values.
template <class T, class RowAt>
T meanOver(const Tape& tape, const Eigen::Vector2d& p, std::size_t count, RowAt&& rowAt) {
  LV_ASSERT(count > 0, "a mean over no rows");
  Interpreter<T> interpreter(tape, p.x(), p.y());
  T sum = interpret::constant(0.0, static_cast<T*>(nullptr));
  for (std::size_t i = 0; i < count; ++i) {
    interpreter.loadRow(rowAt(i));
    sum = sum + interpreter.run();
  }
  return divided(sum, double(count));
}

// The full-data mean with its gradient and Hessian, summed over every row in order.
Derivatives summedDerivatives(const Tape& tape, const DataTable& data, const Eigen::Vector2d& p) {
  const HyperDual f = meanOver<HyperDual>(tape, p, data.rows(), [&](std::size_t i) { return data.row(i); });
  Derivatives d;
  d.value = f.v;
  d.gradient = Eigen::Vector2d(f.dx, f.dy);
  d.hessian << f.dxx, f.dxy, f.dxy, f.dyy;
  return d;
}

std::string columnName(int n) { return "c" + std::to_string(n); }

// `float cN = lv_dataValue(row, N);` for every column the tape reads.
std::string columnLoads(const Tape& tape) {
  std::string loads;
  for (std::int32_t i = tape.constantEnd; i < tape.leafCount; ++i) {
    const int n = tape.code[std::size_t(i)].n;
    loads += "  float " + columnName(n) + " = lv_dataValue(row, " + std::to_string(n) + ");\n";
  }
  return loads;
}

// The closed form's coefficients as GLSL constants, and the uniform that says it applies.
std::string quadraticConstants(const QuadraticForm& q) {
  const Derivatives& d = q.at;
  auto vec2 = [](const Eigen::Vector2d& v) {
    return "vec2(" + glslFloat(v.x()) + ", " + glslFloat(v.y()) + ")";
  };
  return "uniform int u_allRows;\n"
         "const vec2 lv_qCenter = " +
         vec2(q.center) + ";\nconst float lv_qValue = " + glslFloat(d.value) +
         ";\nconst vec2 lv_qGradient = " + vec2(d.gradient) + ";\nconst vec3 lv_qHessian = vec3(" +
         glslFloat(d.hessian(0, 0)) + ", " + glslFloat(d.hessian(0, 1)) + ", " + glslFloat(d.hessian(1, 1)) +
         ");\n"
         "vec2 lv_qHessianTimes(vec2 d) {\n"
         "  return vec2(lv_qHessian.x * d.x + lv_qHessian.y * d.y, lv_qHessian.y * d.x + lv_qHessian.z * "
         "d.y);\n"
         "}\n";
}

}  // namespace

FiniteSum::FiniteSum(Formula perSample, std::shared_ptr<const DataTable> data)
    : perSample_(std::move(perSample)), data_(std::move(data)) {
  LV_ASSERT(data_ && data_->rows() > 0, "a finite sum needs at least one row");
  LV_ASSERT(perSample_.columns() == data_->columns, "parse the per-sample formula with the data's columns");
  if (!isQuadraticInParameters(*perSample_.tape_)) return;
  auto rowSum = [this](const Eigen::Vector2d& p) { return summedDerivatives(*perSample_.tape_, *data_, p); };
  if (auto form = quadraticForm(rowSum)) quadratic_ = std::make_shared<const QuadraticForm>(*form);
}

double FiniteSum::value(const Eigen::Vector2d& p) const {
  if (quadratic_) return quadratic_->value(p);
  const DataTable& data = *data_;
  return meanOver<double>(*perSample_.tape_, p, data.rows(), [&](std::size_t i) { return data.row(i); });
}

double FiniteSum::valueAndGradient(const Eigen::Vector2d& p, Eigen::Vector2d& gradient) const {
  if (quadratic_) return quadratic_->valueAndGradient(p, gradient);
  const DataTable& data = *data_;
  const Dual f =
      meanOver<Dual>(*perSample_.tape_, p, data.rows(), [&](std::size_t i) { return data.row(i); });
  gradient = Eigen::Vector2d(f.dx, f.dy);
  return f.v;
}

Derivatives FiniteSum::derivatives(const Eigen::Vector2d& p) const {
  if (quadratic_) return quadratic_->derivatives(p);
  return summedDerivatives(*perSample_.tape_, *data_, p);
}

double FiniteSum::batchValue(const Eigen::Vector2d& p, const std::uint32_t* rows, std::size_t count) const {
  const DataTable& data = *data_;
  return meanOver<double>(*perSample_.tape_, p, count, [&](std::size_t i) {
    LV_ASSERT(rows[i] < data.rows(), "batch row out of range");
    return data.row(rows[i]);
  });
}

double FiniteSum::batchValueAndGradient(const Eigen::Vector2d& p, const std::uint32_t* rows,
                                        std::size_t count, Eigen::Vector2d& gradient) const {
  const DataTable& data = *data_;
  const Dual f = meanOver<Dual>(*perSample_.tape_, p, count, [&](std::size_t i) {
    LV_ASSERT(rows[i] < data.rows(), "batch row out of range");
    return data.row(rows[i]);
  });
  gradient = Eigen::Vector2d(f.dx, f.dy);
  return f.v;
}

std::string FiniteSum::glsl() const {
  const Tape& tape = *perSample_.tape_;
  const GlslValue value = emitValue(tape, columnName);
  return functionHelpers(tape) + (quadratic_ ? quadraticConstants(*quadratic_) : "") +
         "uniform sampler2D t_data;\n"
         "uniform int u_rows;\n"
         "float lv_dataValue(int row, int column) {\n"
         "  int k = row * " +
         std::to_string(data_->columns.size()) +
         " + column;\n"
         "  int width = textureSize(t_data, 0).x;\n"
         "  return texelFetch(t_data, ivec2(k % width, k / width), 0).r;\n"
         "}\n"
         "float f_sample(vec2 p, int row) {\n  float x = p.x;\n  float y = p.y;\n" +
         columnLoads(tape) + value.statements + "  return " + value.result +
         ";\n}\n"
         "float f(vec2 p) {\n" +
         (quadratic_ ? "  if (u_allRows == 1) {\n"
                       "    vec2 d = p - lv_qCenter;\n"
                       "    return lv_qValue + dot(lv_qGradient, d) + 0.5 * dot(d, lv_qHessianTimes(d));\n"
                       "  }\n"
                     : "") +
         "  float sum = 0.0;\n"
         "  for (int row = 0; row < u_rows; ++row) sum += f_sample(p, row);\n"
         "  return sum / float(u_rows);\n"
         "}\n";
}

std::string FiniteSum::glslDerivatives() const {
  const Tape& tape = *perSample_.tape_;
  const GlslValue jets = emitJets(tape, columnName);
  return jetPrelude(tape) + "FormulaJet f_sample_jet(vec2 p, int row) {\n" + jetSeeds() + columnLoads(tape) +
         jets.statements + "  return " + jets.result +
         ";\n}\n"
         "FormulaJet f_jet(vec2 p) {\n" +
         (quadratic_ ? "  if (u_allRows == 1) {\n"
                       "    vec2 d = p - lv_qCenter;\n"
                       "    vec2 hd = lv_qHessianTimes(d);\n"
                       "    return FormulaJet(lv_qValue + dot(lv_qGradient, d) + 0.5 * dot(d, hd), "
                       "lv_qGradient + hd,\n"
                       "                      lv_qHessian);\n"
                       "  }\n"
                     : "") +
         "  FormulaJet sum = jetConst(0.0);\n"
         "  for (int row = 0; row < u_rows; ++row) sum = jetAdd(sum, f_sample_jet(p, row));\n"
         "  float n = float(u_rows);\n"
         "  return FormulaJet(sum.v / n, sum.g / n, sum.h / n);\n"
         "}\n" +
         jetAccessors();
}

}  // namespace lv::landscapes
