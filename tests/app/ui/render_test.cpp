// `lossviz render` pixel facts, through the executable under Xvfb: the colormap's ends at the
// minimum and the far corner, a run's colour along its path and nowhere else, several runs in
// their colours, pictures that change with lr, scale and colormap, the diverged label, and grey
// where f is not finite.
#include "app/sim/colormap.h"
#include "landscapes/catalog.h"
#include "tests/app/ui/render_cli.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lv::test {
namespace {

// The legend box at the canvas's top-right corner, for one or two runs whose lines are at most
// "sgd       loss 3.301e+208 diverged at step 5" long (16 px font).
bool inLegend(const Image& image, double x, double y) { return x > image.width - 380 && y < 64; }

bool isMagenta(const Rgb& p) { return p[0] >= 200 && p[2] >= 200 && p[1] <= 100; }

Rgb colormapEnd(const char* name, bool high) {
  const auto& table = sim::colormapTable(name);
  const auto& c = high ? table.back() : table.front();
  return {c[0], c[1], c[2]};
}

TEST(Render, RunColourAlongItsPathAndNowhereElse) {
  const std::string scene = writeText("scene.json", R"({"landscape": "rosenbrock", "steps": 300, "runs": [
      {"optimizer": "adam", "params": {"lr": 0.05}, "start": [-1.5, 2], "color": "#ff00ff"}]})");
  const std::string out = tempPath("out.png");
  const Result r = renderCli("--scene " + scene + " --size 640x360 --out " + out);
  expectCleanRender(r, "render --scene");
  EXPECT_EQ(r.err, "");
  const Image image = load(out);
  ASSERT_EQ(image.width, 640);
  ASSERT_EQ(image.height, 360);
  const sim::Run run = simulate("rosenbrock", "adam", 0.05, {-1.5, 2}, 300);
  const auto path = screenPath(run, canvasTransform("rosenbrock", 640, 360));
  for (const sim::Vec2& p : path)
    ASSERT_FALSE(inLegend(image, p.x() + 14, p.y() - 14)) << "path under the legend";

  int hits = 0, samples = 0;
  for (size_t k = 10; k < path.size(); k += 10, ++samples)
    hits +=
        image.near(static_cast<int>(path[k].x()), static_cast<int>(path[k].y()), {255, 0, 255}, 2) ? 1 : 0;
  EXPECT_GE(hits, samples * 9 / 10) << hits << " of " << samples;

  // Every magenta pixel of the whole image is on the trail (or its start ring and head disc), or
  // the legend's swatch.
  int offPath = 0, inLegendBox = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      if (!isMagenta(image.at(x, y))) continue;
      if (inLegend(image, x, y))
        ++inLegendBox;
      else if (distanceToPath(path, {x + 0.5, y + 0.5}) > 10)
        ++offPath;
    }
  EXPECT_EQ(offPath, 0);
  EXPECT_GT(inLegendBox, 20);  // the swatch
}

TEST(Render, MinimumIsTheColormapsLowEndAndTheFarCornerItsHighEnd) {
  // No contour lines, no steps: only the surface (and the start marker, far from (1, 1)).
  const std::string scene = writeText("scene.json", R"({"landscape": "rosenbrock", "colors": {"contours": 0},
      "runs": [{"optimizer": "adam", "start": [-1.5, 2]}]})");
  const int width = 640, height = 360;
  const sim::ViewTransform t = canvasTransform("rosenbrock", width, height);
  // Along the valley floor y = x², 16 px either side of the minimum's star and off the grid lines
  // through x = 1 and y = 1.
  const double d = 16 / (t.width / (t.view.xmax - t.view.xmin)) / std::sqrt(5.0);
  // The corner where f is largest.
  const landscapes::Formula formula =
      landscapes::resolveLandscape("rosenbrock")->formula;  // a copy: the optional is a temporary
  sim::Vec2 corner(0, 0);
  double highest = -1;
  for (int cx : {0, 1})
    for (int cy : {0, 1}) {
      const sim::Vec2 p(cx ? t.view.xmax : t.view.xmin, cy ? t.view.ymax : t.view.ymin);
      if (formula.value(p) > highest) {
        highest = formula.value(p);
        corner = t.toScreen(p);
      }
    }
  const int px = std::clamp(static_cast<int>(corner.x()), 1, width - 2);
  const int py = std::clamp(static_cast<int>(corner.y()), 1, height - 2);

  for (const char* colormap : {"viridis", "magma"}) {
    SCOPED_TRACE(colormap);
    const std::string out = tempPath(std::string(colormap) + ".png");
    expectCleanRender(
        renderCli("--scene " + scene + " --steps 0 --colormap " + colormap + " --size 640x360 --out " + out),
        colormap);
    const Image image = load(out);
    ASSERT_EQ(image.width, width);
    const Rgb low = colormapEnd(colormap, false), high = colormapEnd(colormap, true);
    for (double side : {-1.0, 1.0}) {
      const double x = 1 + side * d;
      const sim::Vec2 s = t.toScreen({x, x * x});
      const Rgb p = image.at(static_cast<int>(s.x()), static_cast<int>(s.y()));
      EXPECT_LE(distance(p, low), 8) << p[0] << "," << p[1] << "," << p[2] << " at " << s.transpose();
    }
    const Rgb c = image.at(px, py);
    EXPECT_LE(distance(c, high), 8) << c[0] << "," << c[1] << "," << c[2] << " at " << px << "," << py;
  }
}

TEST(Render, LearningRateLogScaleAndColormapChangeThePicture) {
  const std::string a = tempPath("a.png"), b = tempPath("b.png"), c = tempPath("c.png"),
                    d = tempPath("d.png");
  expectCleanRender(renderCli(kAdam + " --size 320x200 --out " + a), "a");
  expectCleanRender(renderCli("--landscape rosenbrock --optimizer adam --set lr=0.005 --start -1.5,2 --steps "
                              "300 --size 320x200 --out " +
                              b),
                    "b");
  expectCleanRender(renderCli(kAdam + " --size 320x200 --log 0 --out " + c), "c");
  expectCleanRender(renderCli(kAdam + " --size 320x200 --colormap inferno --out " + d), "d");
  const Image ia = load(a), ib = load(b), ic = load(c), id = load(d);
  ASSERT_EQ(ia.rgb.size(), 320u * 200u * 3u);
  // Changed pixels: a few along the paths for lr, most of the surface for scale and colormap.
  auto changed = [&](const Image& other) {
    size_t n = 0;
    for (size_t i = 0; i + 2 < ia.rgb.size(); i += 3)
      n += distance({ia.rgb[i], ia.rgb[i + 1], ia.rgb[i + 2]},
                    {other.rgb[i], other.rgb[i + 1], other.rgb[i + 2]}) > 8
               ? 1
               : 0;
    return n;
  };
  const size_t pixels = 320u * 200u;
  EXPECT_GT(changed(ib), 100u);
  EXPECT_GT(changed(ic), pixels / 4);
  EXPECT_GT(changed(id), pixels / 2);
}

TEST(Render, SeveralOptimizersDrawSeveralRunsInTheirColours) {
  const std::string out = tempPath("out.png");
  expectCleanRender(
      renderCli("--landscape rosenbrock --optimizer adam --set lr=0.05 --optimizer sgd --set lr=0.002 "
                "--start -1.5,2 --steps 300 --size 640x360 --out " +
                out),
      "two runs");
  const Image image = load(out);
  ASSERT_EQ(image.width, 640);
  const sim::ViewTransform t = canvasTransform("rosenbrock", 640, 360);
  const std::vector<sim::Run> runs = {simulate("rosenbrock", "adam", 0.05, {-1.5, 2}, 300),
                                      simulate("rosenbrock", "sgd", 0.002, {-1.5, 2}, 300)};
  const std::vector<sim::Vec2> paths[] = {screenPath(runs[0], t), screenPath(runs[1], t)};
  for (size_t i = 0; i < 2; ++i) {
    SCOPED_TRACE("run " + std::to_string(i));
    const Rgb colour = rgbOf(sim::paletteColor(i));
    int hits = 0, samples = 0;
    for (size_t k = 5; k < paths[i].size(); k += 5) {
      const sim::Vec2& p = paths[i][k];
      if (distanceToPath(paths[1 - i], p) < 10) continue;  // where the other trail may cover it
      ++samples;
      hits += image.near(static_cast<int>(p.x()), static_cast<int>(p.y()), colour, 2) ? 1 : 0;
    }
    EXPECT_GE(samples, 10);
    EXPECT_GE(hits, samples * 9 / 10) << hits << " of " << samples;
  }
  EXPECT_NE(rgbOf(sim::paletteColor(0)), rgbOf(sim::paletteColor(1)));
}

// The "diverged at step k" label stays inside the canvas whichever edge the head left by (here
// x = -4e51), and a run diverged at step 0 is labelled at its start. The label is drawn in the
// run's colour: look for it away from the trail and the legend.
TEST(Render, DivergedRunLabelIsDrawnOnTheCanvas) {
  struct Case {
    const char* landscape;
    double lr;
    sim::Vec2 start;
  };
  for (const Case& c : {Case{"rosenbrock", 0.1, {-1.5, 2}}, Case{"log(x) + y^2", 0.1, {0, 1}}}) {
    SCOPED_TRACE(c.landscape);
    char json[400];
    std::snprintf(json, sizeof json,
                  R"({"landscape": "%s", "steps": 50, "runs": [{"optimizer": "sgd", "params": {"lr": %g},
                  "start": [%g, %g], "color": "#ff00ff"}]})",
                  c.landscape, c.lr, c.start.x(), c.start.y());
    const std::string out = tempPath("label.png");
    const Result r = renderCli("--scene " + writeText("scene.json", json) + " --size 640x360 --out " + out);
    expectCleanRender(r, c.landscape);
    EXPECT_NE(r.err.find("run 0 (sgd): diverged at step"), std::string::npos) << r.err;
    const Image image = load(out);
    ASSERT_EQ(image.width, 640);
    const sim::Run run = simulate(c.landscape, "sgd", c.lr, c.start, 50);
    const auto path = screenPath(run, canvasTransform(c.landscape, 640, 360));
    int label = 0;
    for (int y = 0; y < image.height; ++y)
      for (int x = 0; x < image.width; ++x)
        if (isMagenta(image.at(x, y)) && !inLegend(image, x, y) &&
            (path.empty() || distanceToPath(path, {x + 0.5, y + 0.5}) > 12))
          ++label;
    EXPECT_GT(label, 20);
  }
}

TEST(Render, NonFiniteSurfaceIsGreyAndPolesDoNotCrash) {
  // Infinite on the unit circle; the run starts on it.
  const std::string circle = tempPath("circle.png");
  Result r =
      renderCli("--landscape '1/(x*x+y*y-1)' --optimizer adam --start 0,1 --size 320x200 --out " + circle);
  expectCleanRender(r, "circle");
  EXPECT_EQ(r.err, "run 0 (adam): diverged at step 0\n");
  EXPECT_EQ(load(circle).width, 320);
  // log(0) at the start.
  r = renderCli("--landscape 'log(x) + y^2' --optimizer sgd --start 0,1 --size 320x200 --out " +
                tempPath("log.png"));
  expectCleanRender(r, "log");
  EXPECT_EQ(r.err, "run 0 (sgd): diverged at step 0\n");
  // 1/0 = inf on the whole left half-plane (x + |x| = 0 there): grey, the right half coloured.
  const std::string half = tempPath("half.png");
  r = renderCli("--landscape '1/(x+abs(x))' --optimizer sgd --start 1,0 --steps 0 --size 640x400 --out " +
                half);
  expectCleanRender(r, "half-plane");
  const Image image = load(half);
  ASSERT_EQ(image.width, 640);
  const Rgb grey{41, 41, 43};  // SurfacePass's colour for non-finite f (0.16, 0.16, 0.17)
  const double axis = canvasTransform("1/(x+abs(x))", 640, 400).toScreen({0, 0}).x();
  size_t left = 0, leftGrey = 0, right = 0, rightGrey = 0;
  // Below the legend, right of the y labels, above the x labels.
  for (int y = 64; y < image.height - 24; y += 3)
    for (int x = 40; x < image.width - 2; x += 3) {
      if (std::abs(x - axis) < 6) continue;
      const bool isGrey = distance(image.at(x, y), grey) <= 4;
      if (x < axis)
        left++, leftGrey += isGrey;
      else
        right++, rightGrey += isGrey;
    }
  ASSERT_GT(left, 100u);
  ASSERT_GT(right, 100u);
  EXPECT_GE(leftGrey, left * 9 / 10) << leftGrey << " of " << left;  // all but the grid lines
  EXPECT_EQ(rightGrey, 0u);
}

}  // namespace
}  // namespace lv::test
