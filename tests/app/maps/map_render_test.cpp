// Convergence maps as pictures, through the executable: `lossviz render --scene` draws a scene's
// basin map over the surface as the window does (of a formula or of a data landscape), and `lossviz map` PNGs
// show heavy ball diverging where theory puts it. Facts derived by hand: Himmelblau's minima and the
// heavy-ball stability bound lr·λ < 2(1 + μ) (Polyak 1964; Goh, "Why Momentum Really Works", Distill 2017).
#include "app/maps/map_image.h"
#include "tests/app/ui/render_cli.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace lv::test {
namespace {

std::string readText(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// How far `c` is from some brightness b of `base` (b·base, least squares): 0 for that hue exactly.
double offHue(const std::array<double, 3>& c, const std::array<std::uint8_t, 3>& base) {
  double dot = 0, norm = 0;
  for (int i = 0; i < 3; ++i) {
    dot += c[i] * base[i];
    norm += double(base[i]) * base[i];
  }
  const double b = dot / norm;
  double error = 0;
  for (int i = 0; i < 3; ++i) error = std::max(error, std::abs(c[i] - b * base[i]));
  return error;
}

// `scene` and `hidden` (the same scene with its map hidden) rendered side × side.
std::pair<Image, Image> renderWithAndWithoutMap(const std::string& scene, const std::string& hidden,
                                                int side) {
  const std::string withMap = tempPath("with.png"), withoutMap = tempPath("without.png");
  const std::string size = " --size " + std::to_string(side) + "x" + std::to_string(side);
  expectCleanRender(renderCli("--scene " + writeText("with.json", scene) + size + " --out " + withMap),
                    "map");
  expectCleanRender(renderCli("--scene " + writeText("without.json", hidden) + size + " --out " + withoutMap),
                    "no map");
  std::pair<Image, Image> images{load(withMap), load(withoutMap)};
  EXPECT_EQ(images.first.width, side);
  EXPECT_EQ(images.second.width, side);
  return images;
}

// A map drawn at opacity 0.7 over the surface: its own colour is (with − 0.3·without) / 0.7.
std::array<double, 3> mapColorAt(const Image& with, const Image& without, int px, int py) {
  const Rgb a = with.at(px, py), b = without.at(px, py);
  std::array<double, 3> mapColor;
  for (int i = 0; i < 3; ++i) mapColor[i] = (a[i] - 0.3 * b[i]) / 0.7;
  return mapColor;
}

// The scene's map is drawn at opacity 0.7 over the surface (mapColorAt). Near each of Himmelblau's
// minima (catalog order: (3, 2), (−2.81, 3.13), (−3.78, −3.28), (3.58, −1.85)), a little further
// out from the centre so as to miss the minimum's marker, the map shows that minimum's basin colour.
TEST(MapRender, HimmelblauBasinsSceneShowsFourBasinColoursInTheirQuadrants) {
  const std::string scene = readText(std::string(LV_SOURCE_DIR) + "/assets/scenes/himmelblau_basins.json");
  ASSERT_NE(scene.find("\"show\": true"), std::string::npos);
  ASSERT_NE(scene.find("\"opacity\": 0.7"), std::string::npos);
  std::string hidden = scene;
  hidden.replace(hidden.find("\"show\": true"), 12, "\"show\": false");
  constexpr int kSide = 360;  // square: the scene's view [-6, 6]² fills the image
  const auto [with, without] = renderWithAndWithoutMap(scene, hidden, kSide);
  ASSERT_EQ(with.width, kSide);
  const std::pair<double, double> probes[] = {{3.6, 2.6}, {-3.4, 3.7}, {-4.4, -3.9}, {4.2, -2.4}};
  int differing = 0;
  for (int basin = 0; basin < 4; ++basin) {
    const auto [x, y] = probes[basin];
    const int px = static_cast<int>((x + 6) / 12 * kSide), py = static_cast<int>((6 - y) / 12 * kSide);
    differing += distance(with.at(px, py), without.at(px, py)) > 10;
    const std::array<double, 3> mapColor = mapColorAt(with, without, px, py);
    const std::string what = "basin " + std::to_string(basin) + " at (" + std::to_string(x) + ", " +
                             std::to_string(y) + "): map colour " + std::to_string(mapColor[0]) + "," +
                             std::to_string(mapColor[1]) + "," + std::to_string(mapColor[2]);
    EXPECT_LT(offHue(mapColor, maps::basinColor(basin)), 8.0) << what;
    for (int other = 0; other < 4; ++other) {
      if (other == basin) continue;
      EXPECT_GT(offHue(mapColor, maps::basinColor(other)), 25.0) << what << " vs " << other;
    }
  }
  EXPECT_EQ(differing, 4);  // the map is really there
}

// A data scene's map steps on the full-data gradient of the scene's data (here while two of its
// runs sample mini-batches): gradient descent on linear_regression's mean squared error converges
// from every start to the least-squares minimum, the data landscape's one known minimum, so the
// whole view is that basin's colour. Probes away from the trails (from (0, 0) to about (2, −1)).
TEST(MapRender, DataSceneMapShowsTheLeastSquaresBasinEverywhere) {
  std::string scene = readText(std::string(LV_SOURCE_DIR) + "/assets/scenes/gd_sgd_minibatch_line_fit.json");
  const size_t end = scene.rfind('}');
  ASSERT_NE(end, std::string::npos);
  const std::string hidden = scene;
  scene.insert(end, ", \"map\": {\"show\": true, \"steps\": 300, \"tolerance\": 1e-4, \"opacity\": 0.7}\n");
  constexpr int kSide = 240;  // square: linear_regression's view [-1, 5] × [-4, 2] fills the image
  const auto [with, without] = renderWithAndWithoutMap(scene, hidden, kSide);
  ASSERT_EQ(with.width, kSide);
  // Clear of the legend (top right at this size) and of the trails.
  const std::pair<double, double> probes[] = {{-0.5, 1.6}, {-0.4, -3.3}, {4.3, -3.4}, {0.5, -2.5}, {3.5, -2}};
  for (const auto& [x, y] : probes) {
    const int cx = static_cast<int>((x + 1) / 6 * kSide), cy = static_cast<int>((2 - y) / 6 * kSide);
    // The best pixel within 2 of the probe: contour lines are drawn over the map.
    double best = 1e9, other = 0;
    int difference = 0;
    for (int py = cy - 2; py <= cy + 2; ++py) {
      for (int px = cx - 2; px <= cx + 2; ++px) {
        const std::array<double, 3> mapColor = mapColorAt(with, without, px, py);
        if (offHue(mapColor, maps::basinColor(0)) < best) {
          best = offHue(mapColor, maps::basinColor(0));
          other = offHue(mapColor, maps::basinColor(1));
          difference = distance(with.at(px, py), without.at(px, py));
        }
      }
    }
    const std::string what = "(" + std::to_string(x) + ", " + std::to_string(y) + ")";
    EXPECT_GT(difference, 10) << what;  // the map is really there
    EXPECT_LT(best, 8.0) << what;
    EXPECT_GT(other, 25.0) << what;
  }
}

// lr on a linear axis, μ on the other; f = x²/2 + 5y² has curvatures 1 and 10, and the stiffer one
// decides: heavy ball diverges for lr·10 > 2(1 + μ). Pixels clearly past the bound (by 15 %) are
// the diverged hatching (black or white), pixels clearly inside it (by 10 %) are not.
TEST(MapRender, HeavyBallPhaseMapDivergesWhereTheoryPutsIt) {
  constexpr int kWidth = 48, kHeight = 24;
  constexpr double kLrMin = 0.01, kLrMax = 1, kMomentumMax = 0.9;
  const std::string png = tempPath("phase.png");
  const Result r = runLossviz(
      "map --mode hyper --landscape '0.5*x^2 + 5*y^2' --optimizer momentum --start 1,1 "
      "--x-param lr:0.01:1:linear --y-param momentum:0:0.9 --steps 300 --color steps --size 48x24 --out " +
      png);
  ASSERT_EQ(r.status, 0) << r.err;
  const Image image = load(png);
  ASSERT_EQ(image.width, kWidth);
  ASSERT_EQ(image.height, kHeight);
  int diverged = 0, stable = 0;
  for (int py = 0; py < kHeight; ++py) {
    for (int px = 0; px < kWidth; ++px) {
      const double lr = kLrMin + (kLrMax - kLrMin) * (px + 0.5) / kWidth;
      const double momentum = kMomentumMax * (1 - (py + 0.5) / kHeight);  // row 0 is the top
      const double ratio = lr * 10 / (2 * (1 + momentum));
      const Rgb c = image.at(px, py);
      const std::uint8_t rgb[3] = {std::uint8_t(c[0]), std::uint8_t(c[1]), std::uint8_t(c[2])};
      const std::string what = "lr " + std::to_string(lr) + " momentum " + std::to_string(momentum);
      if (ratio > 1.15) {
        EXPECT_TRUE(maps::isDivergedPattern(rgb)) << what;
        ++diverged;
      } else if (ratio < 0.9) {
        EXPECT_FALSE(maps::isDivergedPattern(rgb)) << what;
        ++stable;
      }
    }
  }
  EXPECT_GT(diverged, 300);
  EXPECT_GT(stable, 100);
}

}  // namespace
}  // namespace lv::test
