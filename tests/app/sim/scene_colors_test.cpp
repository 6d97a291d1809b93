// The colour scale's lock and range: the rule every picture uses (sim::colorScaleFor), the lock
// pinning the first fitted range, the checks a typed range gets, and the scene file's optional
// "lock" and "range" fields (round trip exact, errors naming the field). Values by hand.
#include "app/sim/scene_colors.h"
#include "app/sim/scene_json.h"
#include "app/sim/session.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lv::sim {
namespace {

const landscapes::Rect kView{-2, 2, -1, 3};
const landscapes::Rect kPanned{-1, 3, -1, 3};

LandscapeValue rosenbrock() {
  return {[formula = defaultScene().landscape.formula](const optim::Vec2& p) { return formula.value(p); }};
}

TEST(ColorRange, ErrorsNameTheBound) {
  EXPECT_EQ(colorRangeError({0, 1, 1e-6}), "");
  EXPECT_EQ(colorRangeError({-5, -1, 0.5}), "");  // negative values are fine: the log is of f − min + eps
  EXPECT_EQ(colorRangeError({1, 1, 1e-6}), "min must be below max");
  EXPECT_EQ(colorRangeError({2, 1, 1e-6}), "min must be below max");
  EXPECT_EQ(colorRangeError({0, 1, 0}), "the log offset must be a positive number");
  EXPECT_EQ(colorRangeError({0, 1, -1}), "the log offset must be a positive number");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(colorRangeError({nan, 1, 1}), "min must be a finite number");
  EXPECT_EQ(colorRangeError({0, 1e38, 1}), "max must be a finite number");  // beyond float
  EXPECT_EQ(colorRangeError({0, 1, nan}), "the log offset must be a positive number");
}

// t = (f − lo) / (hi − lo) linear; t = log1p((f − lo)/eps) / log1p((hi − lo)/eps) log.
TEST(ColorRange, ASetRangeIsTheScaleWhateverTheView) {
  ColorSettings colors;
  std::string error;
  colors.lockScale = false;
  ASSERT_TRUE(setColorRange(colors, {1, 100, 1}, &error)) << error;
  EXPECT_TRUE(colors.lockScale);  // setting a range locks the scale
  for (const landscapes::Rect& view : {kView, kPanned}) {
    const ColorScale log = colorScaleFor(colors, rosenbrock(), view);
    EXPECT_DOUBLE_EQ(log.position(1), 0);
    EXPECT_DOUBLE_EQ(log.position(10), std::log(10.0) / std::log(100.0));  // log1p(9) / log1p(99)
    EXPECT_DOUBLE_EQ(log.position(100), 1);
  }
  colors.logScale = false;
  EXPECT_DOUBLE_EQ(colorScaleFor(colors, rosenbrock(), kView).position(25.75), 0.25);
  ColorSettings refused;
  EXPECT_FALSE(setColorRange(refused, {3, 2, 1}, &error));
  EXPECT_EQ(error, "min must be below max");
  EXPECT_FALSE(refused.range.has_value());
}

// Rosenbrock's largest value over kView is at (-2, -1): 9 + 100·25 = 2509; over kPanned at (3, -1):
// 4 + 100·100 = 10004. The log fit spans min..max, so the maxima tell the fits apart.
TEST(ColorRange, TheLockKeepsTheFirstFitAndUnlockedEveryViewIsFitted) {
  ColorSettings colors;
  pinColorRange(colors, rosenbrock(), kView);
  ASSERT_TRUE(colors.range.has_value());
  const ColorRange first = *colors.range;
  EXPECT_NEAR(first.hi, 2509, 200);  // the 96×96 grid's cell centres stop short of the corner
  pinColorRange(colors, rosenbrock(), kPanned);
  EXPECT_EQ(*colors.range, first);
  EXPECT_EQ(colorScaleFor(colors, rosenbrock(), kPanned).hi, first.hi);

  colors.lockScale = false;
  pinColorRange(colors, rosenbrock(), kPanned);
  EXPECT_FALSE(colors.range.has_value());
  EXPECT_NEAR(colorScaleFor(colors, rosenbrock(), kPanned).hi, 10004, 700);
}

TEST(ColorRange, ANewLandscapeFitsAnew) {
  Session session = Session::fromScene(defaultScene());
  session.colors.range = ColorRange{0, 5, 1};
  ASSERT_TRUE(session.setLandscape("beale", nullptr));
  EXPECT_FALSE(session.colors.range.has_value());
}

TEST(ColorRange, SceneFilesKeepTheLockAndTheRangeExactly) {
  Scene scene = defaultScene();
  scene.colors.range = ColorRange{0.1 + 0.2, 2413.8812345678901, 0.44370312345678};
  std::string error;
  auto back = parseScene(sceneToJson(scene), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_TRUE(back->colors.lockScale);
  ASSERT_TRUE(back->colors.range.has_value());
  EXPECT_EQ(*back->colors.range, *scene.colors.range);

  scene.colors.range.reset();
  scene.colors.lockScale = false;
  back = parseScene(sceneToJson(scene), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_FALSE(back->colors.lockScale);
  EXPECT_FALSE(back->colors.range.has_value());

  // Older scenes say neither: locked, fitted to the view they open at.
  back = parseScene(R"({"landscape": "rosenbrock", "colors": {"log": false}, "runs": []})", &error);
  ASSERT_TRUE(back) << error;
  EXPECT_TRUE(back->colors.lockScale);
  EXPECT_FALSE(back->colors.range.has_value());
  // No eps: a millionth of the span.
  back = parseScene(R"({"landscape": "rosenbrock", "colors": {"range": {"min": 0, "max": 50}}, "runs": []})",
                    &error);
  ASSERT_TRUE(back) << error;
  EXPECT_DOUBLE_EQ(back->colors.range->eps, 5e-5);
}

TEST(ColorRange, BadRangesInASceneNameTheField) {
  const auto errorOf = [](const std::string& colors) {
    std::string error;
    EXPECT_FALSE(
        parseScene(R"({"landscape": "rosenbrock", "colors": )" + colors + R"(, "runs": []})", &error))
        << colors;
    return error;
  };
  EXPECT_NE(errorOf(R"({"range": {"min": 5, "max": 1}})").find("colors.range: min must be below max"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"range": {"min": 0, "max": 1, "eps": 0}})").find("colors.range: the log offset"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"range": {"min": 0}})").find("colors.range.max"), std::string::npos);
  EXPECT_NE(errorOf(R"({"range": {"min": 0, "max": 1, "top": 2}})").find("colors.range.top"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"lock": false, "range": {"min": 0, "max": 1}})").find("colors.range"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"lock": 1})").find("colors.lock"), std::string::npos);
}

}  // namespace
}  // namespace lv::sim
