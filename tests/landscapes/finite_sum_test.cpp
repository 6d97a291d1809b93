// Per-sample formulas over data columns and their finite sums: parse errors naming columns, exact
// per-row derivatives against hand values, full-data and batch means against sums written out
// here, gradients and Hessians against central finite differences, and the GLSL data contract.
#include "landscapes/finite_sum.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace lv::landscapes {
namespace {

const std::vector<std::string> kColumns = {"u", "v"};
constexpr const char* kSquaredError = "(x*u + y - v)^2";
// Binary cross-entropy of σ(x·u + y) against a label t ∈ {0, 1}, written with softplus so that
// large margins neither overflow nor round to log(0): −log σ(z) = softplus(−z).
constexpr const char* kCrossEntropy = "t*softplus(-(x*u + y)) + (1 - t)*softplus(x*u + y)";

Formula parsedWith(const std::string& text, const std::vector<std::string>& columns) {
  ParseError error;
  auto formula = Formula::parse(text, columns, &error);
  EXPECT_TRUE(formula) << text << ": " << error.describe();
  return *formula;
}

std::shared_ptr<const DataTable> table(std::vector<std::string> columns, std::vector<double> values) {
  return std::make_shared<const DataTable>(DataTable{std::move(columns), std::move(values)});
}

// Seven noisy points near the line v = 0.5·u + 1.
std::shared_ptr<const DataTable> lineData() {
  return table(kColumns, {-3, -0.4, -2, 0.1, -1, 0.45, 0, 1.1, 1, 1.6, 2, 1.9, 3.5, 2.8});
}

TEST(FiniteSum, ColumnsParseAndUnknownNamesListThem) {
  const Formula formula = parsedWith(kSquaredError, kColumns);
  EXPECT_EQ(formula.columns(), kColumns);
  ParseError error;
  EXPECT_FALSE(Formula::parse("(x*u + y - w)^2", kColumns, &error));
  EXPECT_EQ(error.column, 12) << error.describe();
  EXPECT_NE(error.message.find("unknown name 'w'"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("data columns: u, v"), std::string::npos) << error.message;
  EXPECT_FALSE(Formula::parse(kSquaredError, &error));  // a plain formula has no columns
  EXPECT_EQ(error.column, 4);
  EXPECT_NE(error.message.find("unknown name 'u'"), std::string::npos) << error.message;
  EXPECT_FALSE(Formula::parse("u", {"u", "x"}, &error));
  EXPECT_NE(error.message.find("data column 2 'x' has a reserved name"), std::string::npos) << error.message;
  EXPECT_FALSE(Formula::parse("u", {"u", "sin"}, &error));
  EXPECT_NE(error.message.find("'sin' has a reserved name"), std::string::npos) << error.message;
  EXPECT_FALSE(Formula::parse("u", {"u", "v", "u"}, &error));
  EXPECT_NE(error.message.find("data column 3 'u' repeats data column 1"), std::string::npos)
      << error.message;
  EXPECT_TRUE(Formula::parse("x + y", kColumns));  // columns may go unused
}

TEST(FiniteSum, PerSampleDerivativesAreWithRespectToXAndYOnly) {
  // ℓ = (x·u + y − v)²: ∇ = 2r·(u, 1), H = 2·[[u², u], [u, 1]], r = x·u + y − v.
  const Formula formula = parsedWith(kSquaredError, kColumns);
  const double row[] = {3, 4};
  const Eigen::Vector2d p(2, 1);
  EXPECT_EQ(formula.value(p, row), 9);
  Eigen::Vector2d g;
  EXPECT_EQ(formula.valueAndGradient(p, row, g), 9);
  EXPECT_EQ(g, Eigen::Vector2d(18, 6));
  const Derivatives d = formula.derivatives(p, row);
  EXPECT_EQ(d.value, 9);
  EXPECT_EQ(d.gradient, Eigen::Vector2d(18, 6));
  Eigen::Matrix2d h;
  h << 18, 6, 6, 2;
  EXPECT_EQ(d.hessian, h);
}

TEST(FiniteSum, MeanOfSquaredErrorsMatchesTheSumWrittenOut) {
  const auto data = lineData();
  const FiniteSum sum(parsedWith(kSquaredError, kColumns), data);
  const Eigen::Vector2d p(0.3, -0.7);
  double f = 0;
  Eigen::Vector2d g = Eigen::Vector2d::Zero();
  Eigen::Matrix2d h = Eigen::Matrix2d::Zero();
  for (std::size_t i = 0; i < data->rows(); ++i) {
    const double u = data->row(i)[0], v = data->row(i)[1], r = p.x() * u + p.y() - v;
    f += r * r;
    g += 2 * r * Eigen::Vector2d(u, 1);
    h += 2 * Eigen::Vector2d(u, 1) * Eigen::Vector2d(u, 1).transpose();
  }
  const double n = double(data->rows());
  EXPECT_NEAR(sum.value(p), f / n, 1e-14);
  Eigen::Vector2d gradient;
  EXPECT_NEAR(sum.valueAndGradient(p, gradient), f / n, 1e-14);
  EXPECT_LT((gradient - g / n).norm(), 1e-13);
  const Derivatives d = sum.derivatives(p);
  EXPECT_NEAR(d.value, f / n, 1e-14);
  EXPECT_LT((d.gradient - g / n).norm(), 1e-13);
  EXPECT_LT((d.hessian - h / n).norm(), 1e-13);
}

// Central differences: error O(h²) of the third derivative's size.
void expectMatchesFiniteDifferences(const FiniteSum& sum, const Eigen::Vector2d& p) {
  const double h = 1e-5;
  const Derivatives d = sum.derivatives(p);
  for (int k = 0; k < 2; ++k) {
    const Eigen::Vector2d e = Eigen::Vector2d::Unit(k) * h;
    const double slope = (sum.value(p + e) - sum.value(p - e)) / (2 * h);
    EXPECT_NEAR(d.gradient(k), slope, 1e-6 * (1 + std::fabs(slope))) << k;
    Eigen::Vector2d gPlus, gMinus;
    sum.valueAndGradient(p + e, gPlus);
    sum.valueAndGradient(p - e, gMinus);
    const Eigen::Vector2d curvature = (gPlus - gMinus) / (2 * h);
    EXPECT_NEAR(d.hessian(0, k), curvature.x(), 1e-6 * (1 + curvature.norm())) << k;
    EXPECT_NEAR(d.hessian(1, k), curvature.y(), 1e-6 * (1 + curvature.norm())) << k;
  }
}

TEST(FiniteSum, GradientsAndHessiansMatchFiniteDifferences) {
  expectMatchesFiniteDifferences(FiniteSum(parsedWith(kSquaredError, kColumns), lineData()), {0.3, -0.7});
  const std::vector<std::string> labelled = {"u", "t"};
  const auto classes = table(labelled, {-2, 0, -1.2, 0, -0.3, 1, 0.1, 0, 0.8, 1, 1.7, 1, 2.4, 1});
  const FiniteSum logistic(parsedWith(kCrossEntropy, labelled), classes);
  for (const Eigen::Vector2d& p : {Eigen::Vector2d(0.5, -0.2), Eigen::Vector2d(2.5, 1.0)})
    expectMatchesFiniteDifferences(logistic, p);
  const FiniteSum mixed(parsedWith("exp(-(x - u)^2) * sin(y*v) + atan2(y, u + 3)", kColumns), lineData());
  expectMatchesFiniteDifferences(mixed, {0.4, 0.9});
}

TEST(FiniteSum, CrossEntropyStaysFiniteAndExactAtLargeMargins) {
  // At z = x·u + y = 1000: −log σ(z) = softplus(−1000) = e^−1000 ≈ 0 and −log(1 − σ(z)) = 1000.
  const std::vector<std::string> labelled = {"u", "t"};
  const FiniteSum right(parsedWith(kCrossEntropy, labelled), table(labelled, {10, 1}));
  const FiniteSum wrong(parsedWith(kCrossEntropy, labelled), table(labelled, {10, 0}));
  Eigen::Vector2d g;
  EXPECT_EQ(right.valueAndGradient({100, 0}, g), 0);
  EXPECT_EQ(g, Eigen::Vector2d(0, 0));
  EXPECT_EQ(wrong.valueAndGradient({100, 0}, g), 1000);
  EXPECT_EQ(g, Eigen::Vector2d(10, 1));  // σ(1000)·(u, 1) = (10, 1)
}

TEST(FiniteSum, BatchMeanIsTheMeanOfTheRowsValues) {
  const auto data = lineData();
  const Formula perSample = parsedWith(kSquaredError, kColumns);
  const FiniteSum sum(perSample, data);
  const std::uint32_t batch[] = {3, 0, 3, 6};  // repeats count again (sampling with replacement)
  const Eigen::Vector2d p(-0.4, 1.3);
  double f = 0;
  Eigen::Vector2d g = Eigen::Vector2d::Zero();
  for (std::uint32_t row : batch) {
    Eigen::Vector2d rowGradient;
    f += perSample.valueAndGradient(p, data->row(row), rowGradient);
    g += rowGradient;
  }
  EXPECT_NEAR(sum.batchValue(p, batch, 4), f / 4, 1e-14);
  Eigen::Vector2d gradient;
  EXPECT_NEAR(sum.batchValueAndGradient(p, batch, 4, gradient), f / 4, 1e-14);
  EXPECT_LT((gradient - g / 4).norm(), 1e-14);
  // The batch of every row once is the full-data mean.
  const std::uint32_t all[] = {0, 1, 2, 3, 4, 5, 6};
  EXPECT_NEAR(sum.batchValue(p, all, 7), sum.value(p), 1e-14);
}

TEST(FiniteSum, GlslReadsTheDataTextureAndAveragesTheRows) {
  const std::vector<std::string> three = {"a", "u", "v"};
  const FiniteSum sum(parsedWith("softplus(x*u) + y*v", three), table(three, {1, 2, 3}));
  const std::string source = sum.glsl();
  for (const char* piece :
       {"uniform sampler2D t_data;", "uniform int u_rows;", "float lv_dataValue(int row, int column)",
        "int k = row * 3 + column;", "texelFetch(t_data", "float f_sample(vec2 p, int row)",
        "float c1 = lv_dataValue(row, 1);", "float c2 = lv_dataValue(row, 2);", "float f(vec2 p)",
        "sum / float(u_rows)", "float lv_softplus(float a)"})
    EXPECT_NE(source.find(piece), std::string::npos) << piece << "\n" << source;
  EXPECT_EQ(source.find("lv_dataValue(row, 0)"), std::string::npos) << "column a is unused";
  const std::string jets = sum.glslDerivatives();
  for (const char* piece : {"FormulaJet f_sample_jet(vec2 p, int row)", "FormulaJet f_jet(vec2 p)",
                            "vec3 f_grad(vec2 p)", "mat2 f_hess(vec2 p)", "jetConst(c1)"})
    EXPECT_NE(jets.find(piece), std::string::npos) << piece << "\n" << jets;
  EXPECT_EQ(jets.find("uniform sampler2D"), std::string::npos);
}

}  // namespace
}  // namespace lv::landscapes
