// The exact minimum of a two-parameter least-squares loss over a data set, for catalog entries whose
// minimum has a closed form: the point a converged optimizer must reach.
#pragma once

#include "landscapes/data_table.h"

#include <Eigen/Core>

#include <optional>
#include <string_view>

namespace lv::landscapes {

/// argmin over (x, y) of (1/N) Σ (x·φ₁ + y·φ₂ − t)², where φ₁, φ₂ and t are the columns named
/// `feature1`, `feature2` and `target`, and an empty feature name stands for the constant 1 (an
/// intercept). Solves the 2×2 normal equations (1/N) Σ φφᵀ w = (1/N) Σ φ t. nullopt when a name is
/// not a column or the features are collinear (no unique minimum).
std::optional<Eigen::Vector2d> leastSquaresMinimum(const DataTable& table, std::string_view feature1,
                                                   std::string_view feature2, std::string_view target);

}  // namespace lv::landscapes
