// GPU/CPU parity: every catalog landscape's spliced GLSL f, rendered raw into an R32F target,
// equals Formula::value at the same points within float32 tolerance.
#include "app/render/gl_check.h"
#include "app/render/surface_pass.h"
#include "landscapes/catalog.h"
#include "tests/app/render/gl_test_context.h"

#include <cmath>

namespace lv::render {
namespace {

TEST(Parity, EveryCatalogLandscapeMatchesTheCpu) {
  LV_REQUIRE_GL();
  constexpr int kSize = 48;
  for (const landscapes::CatalogEntry& entry : landscapes::catalog()) {
    SCOPED_TRACE(entry.name);
    auto formula = landscapes::Formula::parse(entry.formula);
    ASSERT_TRUE(formula.has_value());
    SurfacePass pass;
    std::string error;
    ASSERT_TRUE(pass.setFormula(*formula, &error)) << error;
    std::vector<float> gpu;
    ASSERT_TRUE(pass.renderValues(entry.view, kSize, kSize, &gpu));
    ASSERT_TRUE(checkGlErrors("parity", &error)) << error;
    int compared = 0, mismatches = 0;
    const View& v = entry.view;
    // The shader computes p in float: mirror that so the comparison is about f, not about p.
    const float x0 = float(v.xmin), y0 = float(v.ymin);
    const float dx = float((v.xmax - v.xmin) / kSize), dy = float((v.ymax - v.ymin) / kSize);
    for (int row = 0; row < kSize; ++row) {
      for (int col = 0; col < kSize; ++col) {
        const int j = kSize - 1 - row;  // values are top row first
        Eigen::Vector2d p(double(x0 + (float(col) + 0.5f) * dx), double(y0 + (float(j) + 0.5f) * dy));
        const double cpu = formula->value(p);
        if (!std::isfinite(cpu) || std::abs(cpu) > 1e30) continue;
        const double g = gpu[std::size_t(row * kSize + col)];
        // float32 evaluation: relative error plus an absolute floor scaled by the values around.
        const double tolerance = 1e-4 * std::abs(cpu) + 1e-4;
        ++compared;
        if (!(std::abs(g - cpu) <= tolerance) && mismatches++ < 5) {
          ADD_FAILURE() << "at (" << p.x() << ", " << p.y() << "): gpu " << g << " cpu " << cpu;
        }
      }
    }
    EXPECT_GE(compared, kSize * kSize / 4);
    EXPECT_EQ(mismatches, 0);
  }
}

}  // namespace
}  // namespace lv::render
