// `lossviz render` of data landscapes, as a user drives it: the least-squares minimum of a CSV's
// rows, computed by hand from the normal equations, is where the colormap's low end lies; a data
// scene and the --data flags draw, in PNG and in SVG.
#include "app/sim/colormap.h"
#include "landscapes/checksum.h"
#include "tests/app/ui/render_cli.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace lv::test {
namespace {

// Rows (u, t) = (0, 1), (1, 3), (2, 2) under ℓ = (x·u + y − t)²: the normal equations
// 5x + 3y = 7 and 3x + 3y = 6 give the minimum (1/2, 3/2), f = 0.5 there.
const std::string kRows = "u,t\n0,1\n1,3\n2,2\n";

Rgb viridis(double t) {
  const auto c = sim::colormapColor("viridis", t);
  return {int(c[0] * 255 + 0.5), int(c[1] * 255 + 0.5), int(c[2] * 255 + 0.5)};
}

TEST(DataRender, LeastSquaresMinimumOfACsvIsTheLowEnd) {
  const std::string csv = writeText("rows.csv", kRows);
  // A 16:9 view centred on the minimum, so that it lies at the image's centre.
  const std::string scene = writeText("scene.json", R"({"data": {"csv": ")" + csv + R"(", "checksum": ")" +
                                                        landscapes::fnv1a64Hex(kRows) + R"(",
        "loss": "(x*u + y - t)^2"},
      "view": {"xmin": -2.7, "xmax": 3.7, "ymin": -0.3, "ymax": 3.3},
      "colors": {"contours": 0, "log": false},
      "runs": [{"optimizer": "sgd", "start": [3, 0.5]}]})");
  const std::string out = tempPath("minimum.png");
  expectCleanRender(renderCli("--scene " + scene + " --steps 0 --size 640x360 --out " + out), "data scene");
  const Image image = load(out);
  ASSERT_EQ(image.width, 640);
  EXPECT_TRUE(image.near(320, 180, viridis(0), 3, 10));
  // (−2, 3): residuals 2, −2, −3 → f = 17/3, far up the linear scale.
  const int x = int((-2 + 2.7) / 6.4 * 640), y = int((3.3 - 3) / 3.6 * 360);
  EXPECT_GT(distance(image.at(x, y), viridis(0)), 60);
}

TEST(DataRender, DataFlagsDrawAndVectorOutputDrawsTheDataSurface) {
  const std::string out = tempPath("flags.png");
  expectCleanRender(renderCli("--data linear_regression --batch 8 --seed 3 --optimizer sgd --set lr=0.05 "
                              "--steps 50 --size 320x180 --out " +
                              out),
                    "--data");
  EXPECT_EQ(load(out).width, 320);
  // SVG evaluates the full-data mean on the CPU (Session::value), as the PNG's shader does.
  const std::string svg = tempPath("data.svg");
  expectCleanRender(renderCli("--data linear_regression --optimizer sgd --size 320x180 --out " + svg),
                    "data SVG");
  std::ifstream in(svg);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("<svg"), std::string::npos);
  EXPECT_NE(text.find("<image"), std::string::npos);  // the surface, embedded
}

}  // namespace
}  // namespace lv::test
