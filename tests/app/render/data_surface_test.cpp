// Pixel facts of a data landscape's surface (the rows bound as the texture FiniteSum::glsl()
// reads): the least-squares minimum, found by hand from the normal equations, is where the
// colormap's low end lies and where the raw values are smallest; a mini-batch surface averages
// only its rows; and the canvas shades anew exactly when the landscape revision changes.
#include "app/render/canvas.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "app/render/surface_pass.h"
#include "app/sim/colormap.h"
#include "app/sim/view.h"
#include "tests/app/render/gl_test_context.h"

#include <algorithm>
#include <memory>

namespace lv::render {
namespace {

using test::channelDistance;
using test::pixelAt;

// Rows (u, t) = (0, 1), (1, 3), (2, 2) under ℓ = (x·u + y − t)². The normal equations
//   Σu²·x + Σu·y = Σu·t  →  5x + 3y = 7
//   Σu·x  + N·y  = Σt    →  3x + 3y = 6
// give x = 1/2, y = 3/2; the residuals there are 0.5, −1, 0.5, so f = (0.25 + 1 + 0.25)/3 = 0.5.
landscapes::FiniteSum leastSquares() {
  auto table = std::make_shared<landscapes::DataTable>();
  table->columns = {"u", "t"};
  table->values = {0, 1, 1, 3, 2, 2};
  return landscapes::FiniteSum(*landscapes::Formula::parse("(x*u + y - t)^2", table->columns), table);
}

// A square view centred on the minimum (0.5, 1.5), odd pixel count so a pixel centre lies on it.
constexpr int kSide = 41;
const View kView{-1.5, 2.5, -0.5, 3.5};

TEST(DataSurface, LeastSquaresMinimumHasTheSmallestValueAndTheLowColour) {
  LV_REQUIRE_GL();
  SurfacePass pass;
  std::string error;
  ASSERT_TRUE(pass.setFiniteSum(leastSquares(), &error)) << error;
  std::vector<float> values;
  ASSERT_TRUE(pass.renderValues(kView, kSide, kSide, &values));
  const auto lowest = std::min_element(values.begin(), values.end()) - values.begin();
  EXPECT_EQ(lowest % kSide, kSide / 2);
  EXPECT_EQ(lowest / kSide, kSide / 2);
  EXPECT_NEAR(values[std::size_t(lowest)], 0.5, 1e-5);
  // At the top-left pixel's centre (x, y) = (−1.5 + h, 3.5 − h), h = half a pixel = 2/41:
  // ((0·x + y − 1)² + (x + y − 3)² + (2x + y − 2)²)/3.
  const double h = 2.0 / kSide, x = -1.5 + h, y = 3.5 - h;
  EXPECT_NEAR(values[0],
              ((y - 1) * (y - 1) + (x + y - 3) * (x + y - 3) + (2 * x + y - 2) * (2 * x + y - 2)) / 3, 1e-4);

  auto target = OffscreenTarget::create(kSide, kSide);
  ASSERT_TRUE(target.has_value());
  target->clear(1, 0, 1);
  SurfaceStyle style;
  style.logScale = false;
  style.contourCount = 0;
  pass.draw(kView, target->viewport(), style, pass.fitScale(kView, style));
  const auto pixels = target->readPixels();
  EXPECT_TRUE(checkGlErrors("data surface", &error)) << error;
  EXPECT_LE(channelDistance(pixelAt(pixels, kSide, kSide / 2, kSide / 2), sim::colormapColor("viridis", 0.0)),
            12);
  // The top-right corner (2.5, 3.5), residuals 2.5, 3, 6.5, is the largest value in view: the high end.
  EXPECT_LE(channelDistance(pixelAt(pixels, kSide, kSide - 1, 0), sim::colormapColor("viridis", 1.0)), 24);
}

TEST(DataSurface, BatchRowsReplaceTheMeanWithoutACompile) {
  LV_REQUIRE_GL();
  SurfacePass pass;
  ASSERT_TRUE(pass.setFiniteSum(leastSquares()));
  const std::uint64_t before = pass.revision();
  // Only row 1 (u = 1, t = 3), twice: f = (x + y − 3)², zero along x + y = 3 and 9 at the origin.
  const std::uint32_t rows[] = {1, 1};
  pass.setDataRows(rows, 2);
  EXPECT_GT(pass.revision(), before);
  const View origin{-0.5, 0.5, -0.5, 0.5};
  std::vector<float> values;
  ASSERT_TRUE(pass.renderValues(origin, 1, 1, &values));
  EXPECT_NEAR(values[0], 9.0, 1e-4);
  EXPECT_NEAR(pass.value()(Eigen::Vector2d(0, 0)), 9.0, 1e-12);  // the scale's CPU function follows
  pass.setDataRows(nullptr, 0);  // back to all rows: (1 + 9 + 4)/3 at the origin
  ASSERT_TRUE(pass.renderValues(origin, 1, 1, &values));
  EXPECT_NEAR(values[0], 14.0 / 3, 1e-4);
}

TEST(DataSurface, CanvasShadesAgainOnlyWhenTheRevisionChanges) {
  LV_REQUIRE_GL();
  Canvas canvas;
  const auto sum = leastSquares();
  auto target = OffscreenTarget::create(kSide, kSide);
  ASSERT_TRUE(target.has_value());
  CanvasStyle style;
  const auto draw = [&] { canvas.draw(CanvasTarget::Window, kView, target->viewport(), style, {}, {}); };
  ASSERT_TRUE(canvas.setLandscape(sum, 7));
  draw();
  const auto shaded = canvas.surfaceRenders();
  ASSERT_TRUE(canvas.setLandscape(sum, 7));  // the same revision: the cached picture stays
  draw();
  EXPECT_EQ(canvas.surfaceRenders(), shaded);
  ASSERT_TRUE(canvas.setLandscape(sum, 8));  // same formula text, new data revision: shaded anew
  draw();
  EXPECT_EQ(canvas.surfaceRenders(), shaded + 1);
  const std::uint32_t rows[] = {0};
  canvas.setDataRows(rows, 1, 42);
  draw();
  EXPECT_EQ(canvas.surfaceRenders(), shaded + 2);
  canvas.setDataRows(rows, 1, 42);  // the same batch key: no upload, no shading
  draw();
  EXPECT_EQ(canvas.surfaceRenders(), shaded + 2);
}

}  // namespace
}  // namespace lv::render
