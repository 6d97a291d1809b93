// Seeded generators of the catalog's data sets. Each row draws its numbers from
// lv::landscapes::Random(seed) in the order documented below, so a (generator, rows, noise, seed) in
// a scene gives the same data bit for bit on every machine.
#pragma once

#include "landscapes/data_table.h"

#include <cstdint>
#include <string>

namespace lv::landscapes {

/// The parameters every generator takes.
struct DataGeneratorParams {
  std::size_t rows = 100;  ///< N, in [1, kMaxDataRows]
  double noise = 0.5;      ///< spread of the generator's noise (see each one), finite and ≥ 0
  std::uint64_t seed = 0;
};

/// Whether `params` are in range; otherwise false and `*why` names the field ("rows must be ...").
bool validDataGeneratorParams(const DataGeneratorParams& params, std::string* why = nullptr);

/// Columns u, t: per row u = −2 + 4·U[0,1), then t = 2u − 1 + noise·N(0,1). A line with slope 2 and
/// intercept −1 under Gaussian noise.
DataTable generateLinearRegression(const DataGeneratorParams& params);

/// Columns u, label: per row label = below(2) ∈ {0, 1}, then u = (2·label − 1) + noise·N(0,1): two
/// classes centred at ∓1 with standard deviation `noise` (1 overlaps them). With equal spreads the
/// Bayes log-odds are 2u/noise², so logistic regression tends to x = 2/noise², y = 0.
DataTable generateLogisticRegression(const DataGeneratorParams& params);

/// Columns u1, u2, t: per row u1 = N(0,1), u2 = 10·N(0,1), then t = u1 + 0.1·u2 + noise·N(0,1).
/// Fitted by the no-bias model x·u1 + y·u2, the mean squared error is a ravine (curvatures 2 and
/// 200 at (1, 0.1)); standardized features make it a round bowl with its minimum near (1, 1).
DataTable generateUnscaledFeatures(const DataGeneratorParams& params);

}  // namespace lv::landscapes
