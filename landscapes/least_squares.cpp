#include "landscapes/least_squares.h"

#include "landscapes/data_columns.h"

#include <Eigen/LU>

#include <cmath>

namespace lv::landscapes {
namespace {

// A feature's column, or no column for the constant 1; nullopt for an unknown name.
std::optional<std::optional<std::size_t>> featureColumn(const DataTable& table, std::string_view name) {
  if (name.empty()) return std::optional<std::size_t>();
  const auto column = findColumn(table, name);
  if (!column) return std::nullopt;
  return column;
}

}  // namespace

std::optional<Eigen::Vector2d> leastSquaresMinimum(const DataTable& table, std::string_view feature1,
                                                   std::string_view feature2, std::string_view target) {
  const auto phi1 = featureColumn(table, feature1), phi2 = featureColumn(table, feature2);
  const auto t = findColumn(table, target);
  if (!phi1 || !phi2 || !t || table.rows() == 0) return std::nullopt;
  Eigen::Matrix2d gram = Eigen::Matrix2d::Zero();
  Eigen::Vector2d moment = Eigen::Vector2d::Zero();
  for (std::size_t r = 0; r < table.rows(); ++r) {
    const double* row = table.row(r);
    const Eigen::Vector2d phi(*phi1 ? row[**phi1] : 1.0, *phi2 ? row[**phi2] : 1.0);
    gram += phi * phi.transpose();
    moment += phi * row[*t];
  }
  // Collinear features leave the Gram matrix singular up to rounding: no unique minimum.
  const double determinant = gram.determinant();
  if (!(std::fabs(determinant) > 1e-12 * gram(0, 0) * gram(1, 1))) return std::nullopt;
  return Eigen::Vector2d(gram.inverse() * moment);
}

}  // namespace lv::landscapes
