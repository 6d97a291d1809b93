// Test helpers for maps of data landscapes: a MapSpec on a catalog data set, and the least-squares
// minimum of linear_regression computed by hand from the rows (least_squares_by_hand.h), not by
// the engine.
#pragma once

#include "app/maps/map_spec.h"
#include "app/sim/scene_dataset.h"
#include "landscapes/data_catalog.h"
#include "tests/app/maps/least_squares_by_hand.h"

#include <gtest/gtest.h>

#include <string>

namespace lv::maps::test {

/// A basin map of `optimizer` (with `lr`) over the catalog data set `catalog` (its default
/// generator, `rows` rows when not 0) on its suggested view.
inline MapSpec dataMapSpec(const std::string& catalog, const std::string& optimizer, double lr,
                           size_t rows = 0) {
  sim::SceneData settings;
  settings.catalog = catalog;
  settings.params = landscapes::findDataCatalogEntry(catalog)->defaults;
  if (rows) settings.params.rows = rows;
  std::string error;
  const auto resolved = sim::resolveSceneData(settings, &error);
  EXPECT_TRUE(resolved) << error;
  MapSpec spec(resolved->landscape, *optim::Optimizer::create(optimizer));
  spec.data = resolved->sum();
  EXPECT_TRUE(spec.optimizer.set("lr", lr, &error)) << error;
  return spec;
}

/// linear_regression's least-squares minimum over `table`'s columns u, t (leastSquaresByHand).
inline Vec2 handLeastSquares(const landscapes::DataTable& table) {
  EXPECT_EQ(table.columns, (std::vector<std::string>{"u", "t"}));
  std::vector<std::array<double, 2>> rows;
  for (size_t i = 0; i < table.rows(); ++i) rows.push_back({table.row(i)[0], table.row(i)[1]});
  const auto [x, y] = lv::test::leastSquaresByHand(rows);
  return Vec2(x, y);
}

}  // namespace lv::maps::test
