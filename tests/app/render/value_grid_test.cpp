// A data surface of many rows per value is shaded from a grid of its values (value_grid.h). The
// same function is drawn both ways: three rows averaged at every pixel (exact), and those three rows
// repeated a thousand times over (the same mean, but 3 000 terms: shaded from the grid). The grid's
// picture must be the exact one's, and the window must refine a coarse grid within its budget.
#include "app/render/canvas.h"
#include "app/render/canvas3d.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "app/render/surface_pass.h"
#include "tests/app/render/gl_test_context.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace lv::render {
namespace {

// Logistic loss on three rows (u, label), each `repeats` times: not quadratic in x and y, so no
// closed form stands in, and the mean is the same however often the rows repeat.
landscapes::FiniteSum logistic(int repeats = 1) {
  auto table = std::make_shared<landscapes::DataTable>();
  table->columns = {"u", "label"};
  for (int i = 0; i < repeats; ++i) table->values.insert(table->values.end(), {-1.0, 0, 0.5, 1, 2.0, 1});
  return landscapes::FiniteSum(
      *landscapes::Formula::parse("softplus(x*u + y) - label*(x*u + y)", table->columns), table);
}

// Rows 0, 1, 2, 0, 1, 2, ...: their mean is every row's mean.
std::vector<std::uint32_t> repeatedRows(std::size_t count) {
  std::vector<std::uint32_t> rows(count);
  for (std::size_t i = 0; i < count; ++i) rows[i] = std::uint32_t(i % 3);
  return rows;
}

const View kView{-3, 3, -2.5, 2};

struct Agreement {
  int close = 0;      // pixels whose channels all differ by at most 3 levels
  int differing = 0;  // pixels that differ at all
  int worst = 0;      // the largest difference of a channel
};

Agreement compare(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  Agreement agreement;
  for (std::size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4) {
    int distance = 0;
    for (int c = 0; c < 3; ++c) distance = std::max(distance, std::abs(int(a[i + c]) - int(b[i + c])));
    agreement.close += distance <= 3;
    agreement.differing += distance > 0;
    agreement.worst = std::max(agreement.worst, distance);
  }
  return agreement;
}

std::vector<std::uint8_t> drawImage(Canvas& canvas, const CanvasStyle& style, int width, int height) {
  auto target = OffscreenTarget::create(width, height);
  EXPECT_TRUE(target.has_value());
  if (!target) return {};
  target->bind();
  canvas.draw(CanvasTarget::Image, kView, target->viewport(), style, {}, {});
  return target->readPixels();
}

TEST(ValueGrid, AnImageOfManyRowsIsShadedFromTheFinestGridAndLooksExact) {
  LV_REQUIRE_GL();
  constexpr int kWidth = 200, kHeight = 150;
  Canvas exact, sampled;
  ASSERT_TRUE(exact.setLandscape(logistic(), 1));
  ASSERT_TRUE(sampled.setLandscape(logistic(), 1));
  const std::vector<std::uint32_t> rows = repeatedRows(3000);
  sampled.setDataRows(rows.data(), rows.size(), 7);
  CanvasStyle style;
  style.colorScale = exact.surface().fitScale(kView, style.surface);
  const auto expected = drawImage(exact, style, kWidth, kHeight);
  const auto actual = drawImage(sampled, style, kWidth, kHeight);
  std::string error;
  EXPECT_TRUE(checkGlErrors("value grid", &error)) << error;
  EXPECT_EQ(exact.surface().gridCellPixels(kView, kWidth, kHeight), 0);
  EXPECT_EQ(sampled.surface().gridCellPixels(kView, kWidth, kHeight), ValueGrid::kFinestCell);
  ASSERT_EQ(actual.size(), expected.size());
  // Colours agree to a few levels; only the anti-aliased contour edges, which the interpolation
  // moves by a fraction of a pixel, may differ more, and never by a whole line.
  const Agreement agreement = compare(actual, expected);
  EXPECT_GE(agreement.close, kWidth * kHeight * 98 / 100);
  EXPECT_LE(agreement.worst, 40);
}

TEST(ValueGrid, TheWindowStartsCoarseWithinItsBudgetAndRefinesOverTheFramesAfter) {
  LV_REQUIRE_GL();
  constexpr int kSide = 128;
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(logistic(), 1));
  // 2 000 terms: the finest grid with its panning margin, ~51² nodes, is over the frame's budget;
  // 8-pixel cells, ~27² nodes, are within it.
  const std::vector<std::uint32_t> rows = repeatedRows(2000);
  canvas.setDataRows(rows.data(), rows.size(), 7);
  auto target = OffscreenTarget::create(kSide, kSide);
  ASSERT_TRUE(target.has_value());
  CanvasStyle style;
  style.colorScale = canvas.surface().fitScale(kView, style.surface);
  const auto frame = [&](const View& view) {
    canvas.draw(CanvasTarget::Window, view, target->viewport(), style, {}, {});
  };
  frame(kView);
  EXPECT_EQ(canvas.surface().gridCellPixels(kView, kSide, kSide), 2 * ValueGrid::kFinestCell);
  EXPECT_TRUE(canvas.surface().refining());
  const auto coarseRenders = canvas.surfaceRenders();
  int frames = 0;
  while (canvas.surface().refining() && frames < 20) {
    frame(kView);
    ++frames;
  }
  EXPECT_FALSE(canvas.surface().refining());
  EXPECT_GE(frames, 2);  // a band of rows at a time, not the whole finer grid in one frame
  EXPECT_EQ(canvas.surface().gridCellPixels(kView, kSide, kSide), ValueGrid::kFinestCell);
  EXPECT_EQ(canvas.surfaceRenders(), coarseRenders + 1);  // shaded again once, when it was done

  // A pan by whole pixels, within the margin, reuses the grid: nothing evaluated, nothing refined.
  const double pixel = (kView.xmax - kView.xmin) / kSide;
  const View panned{kView.xmin + 5 * pixel, kView.xmax + 5 * pixel, kView.ymin, kView.ymax};
  frame(panned);
  EXPECT_EQ(canvas.surface().gridCellPixels(panned, kSide, kSide), ValueGrid::kFinestCell);
  EXPECT_FALSE(canvas.surface().refining());
  std::string error;
  EXPECT_TRUE(checkGlErrors("value grid window", &error)) << error;
}

// The 3D view's full picture of the same surface both ways: heights and lighting from the grid.
TEST(ValueGrid, TheThreeDSurfaceOfManyRowsIsDrawnFromTheGridAndLooksExact) {
  LV_REQUIRE_GL();
  constexpr int kWidth = 240, kHeight = 150;
  sim::HeightField field;
  field.view = {kView.xmin, kView.xmax, kView.ymin, kView.ymax};
  const auto picture = [&](const landscapes::FiniteSum& sum) {
    Canvas3d canvas;
    EXPECT_TRUE(canvas.setLandscape(sum, 1));
    auto target = OffscreenTarget::create(kWidth, kHeight);
    EXPECT_TRUE(target.has_value());
    if (!target) return std::vector<std::uint8_t>();
    target->bind();
    canvas.draw(CanvasTarget::Image, target->viewport(), sim::Camera(), field, CanvasStyle(), {}, {});
    return target->readPixels();
  };
  SurfacePass fit;
  ASSERT_TRUE(fit.setFiniteSum(logistic()));
  field.scale = fit.fitScale(kView, SurfaceStyle());
  const auto expected = picture(logistic());
  const auto actual = picture(logistic(1000));
  std::string error;
  EXPECT_TRUE(checkGlErrors("value grid 3d", &error)) << error;
  ASSERT_EQ(actual.size(), expected.size());
  const Agreement agreement = compare(actual, expected);
  EXPECT_GE(agreement.close, kWidth * kHeight * 98 / 100);
  EXPECT_GT(agreement.differing, 0);  // drawn from the grid indeed, not by the exact shader again
}

// The window's 3D view of a costly surface: a coarse grid at once (no frame evaluates more than
// its budget), refined over the frames after; once settled, the window's picture is the exact one.
TEST(ValueGrid, TheWindowsThreeDSurfaceStartsCoarseAndRefinesOverTheFramesAfter) {
  LV_REQUIRE_GL();
  constexpr int kWidth = 240, kHeight = 150;
  sim::HeightField field;
  field.view = {kView.xmin, kView.xmax, kView.ymin, kView.ymax};
  SurfacePass fit;
  ASSERT_TRUE(fit.setFiniteSum(logistic()));
  field.scale = fit.fitScale(kView, SurfaceStyle());
  auto target = OffscreenTarget::create(kWidth, kHeight);
  ASSERT_TRUE(target.has_value());
  const auto draw = [&](Canvas3d& canvas, CanvasTarget to) {
    target->bind();
    canvas.draw(to, target->viewport(), sim::Camera(), field, CanvasStyle(), {}, {});
    return target->readPixels();
  };
  Canvas3d exact;
  ASSERT_TRUE(exact.setLandscape(logistic(), 1));
  const auto expected = draw(exact, CanvasTarget::Image);

  // 30 terms a value: the frame budget allows nodes every other mesh cell, refinement every cell.
  Canvas3d window;
  ASSERT_TRUE(window.setLandscape(logistic(10), 1));
  draw(window, CanvasTarget::Window);
  EXPECT_EQ(window.surface().gridCells(field.view), 2);
  EXPECT_TRUE(window.settling());
  int frames = 1;
  std::vector<std::uint8_t> shown;
  while (window.settling() && frames < 40) {
    shown = draw(window, CanvasTarget::Window);
    ++frames;
  }
  EXPECT_FALSE(window.settling());
  EXPECT_EQ(window.surface().gridCells(field.view), 1);
  std::string error;
  EXPECT_TRUE(checkGlErrors("value grid 3d window", &error)) << error;
  ASSERT_EQ(shown.size(), expected.size());
  const Agreement agreement = compare(shown, expected);
  EXPECT_GE(agreement.close, kWidth * kHeight * 98 / 100);
}

}  // namespace
}  // namespace lv::render
