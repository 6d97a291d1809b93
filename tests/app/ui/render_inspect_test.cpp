// `lossviz render` pixel facts of the classroom explainer's marks (issue 11), through the executable
// under Xvfb: a ghost path's faded dashed pixels lie along the previous path; with --inspect-step K
// a ring sits at every run's step-K point, not at its end; --eigen-axes of a known quadratic point
// along its known eigenvectors; --arrows start where update K started and point along −g and the
// step. Each picture is compared with the same render without the flag, so only the marks differ.
// Paths are derived by hand: gradient descent with lr on f = x² + 10y² scales x by (1 − 2lr) and
// y by (1 − 20lr) per step.
#include "tests/app/ui/render_cli.h"

#include <cmath>
#include <fstream>
#include <iterator>
#include <functional>

namespace lv::test {
namespace {

constexpr int kWidth = 640, kHeight = 480;
// [-2, 2] × [-1.5, 1.5] on 640 × 480: 160 pixels per unit, centred; no contours, cividis (no
// white, cyan, green or magenta in it).
const sim::ViewTransform kCanvas{{-2, 2, -1.5, 1.5}, kWidth, kHeight};

std::string sceneOf(const std::string& landscape, const std::string& runs, int steps) {
  return writeText("scene.json", R"({"landscape": ")" + landscape + R"(", "steps": )" +
                                     std::to_string(steps) +
                                     R"(, "view": {"xmin": -2, "xmax": 2, "ymin": -1.5, "ymax": 1.5},
      "colors": {"colormap": "cividis", "contours": 0}, "runs": [)" +
                                     runs + "]}");
}

Image rendered(const std::string& scene, const std::string& flags) {
  const std::string out = tempPath("out.png");
  const Result r = renderCli("--scene " + scene + " --size 640x480 " + flags + " --out " + out);
  expectCleanRender(r, "render " + flags);
  Image image = load(out);
  EXPECT_EQ(image.width, kWidth);
  return image;
}

// The pixels that differ (by more than a rounding step) between two pictures.
std::vector<sim::Vec2> changed(const Image& a, const Image& b) {
  std::vector<sim::Vec2> pixels;
  if (a.width != b.width || a.height != b.height) return pixels;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x)
      if (distance(a.at(x, y), b.at(x, y)) > 8) pixels.push_back({x + 0.5, y + 0.5});
  return pixels;
}

// Gradient descent with `lr` on x² + 10y² from `start`: the world points p_0 .. p_steps.
std::vector<sim::Vec2> descent(double lr, sim::Vec2 p, int steps) {
  std::vector<sim::Vec2> points{p};
  for (int k = 0; k < steps; ++k) points.push_back(p = {p.x() * (1 - 2 * lr), p.y() * (1 - 20 * lr)});
  return points;
}

std::vector<sim::Vec2> onScreen(const std::vector<sim::Vec2>& world) {
  std::vector<sim::Vec2> screen;
  for (const sim::Vec2& p : world) screen.push_back(kCanvas.toScreen(p));
  return screen;
}

// How many of the samples `at(t)` for t in [t0, t1] (1 pixel apart) have a pixel within 1 pixel
// for which `test` holds, out of how many.
std::pair<int, int> along(const Image& image, const std::function<sim::Vec2(double)>& at, double t0,
                          double t1, const std::function<bool(const Rgb&)>& test) {
  int hits = 0, samples = 0;
  for (double t = t0; t <= t1; t += 1, ++samples) {
    const sim::Vec2 p = at(t);
    bool hit = false;
    for (int dy = -1; dy <= 1 && !hit; ++dy)
      for (int dx = -1; dx <= 1 && !hit; ++dx)
        hit = test(image.at(static_cast<int>(p.x()) + dx, static_cast<int>(p.y()) + dy));
    hits += hit ? 1 : 0;
  }
  return {hits, samples};
}

const std::string kSgd =
    R"({"optimizer": "sgd", "params": {"lr": 0.01}, "start": [1.5, 1], "color": "#ff00ff"})";

TEST(RenderInspect, GhostIsFadedAndDashedAlongThePreviousPath) {
  const std::string scene = sceneOf("x^2 + 10*y^2", kSgd, 30);
  const Image plain = rendered(scene, "");
  const Image ghosted = rendered(scene, "--ghost 0:lr=0.09");
  // lr 0.09 zig-zags: y flips sign and shrinks by 0.8 a step, x shrinks by 0.82.
  const auto ghost = onScreen(descent(0.09, {1.5, 1}, 30));
  const auto path = onScreen(descent(0.01, {1.5, 1}, 30));
  const auto diff = changed(plain, ghosted);
  ASSERT_GT(diff.size(), 200u);
  int offGhost = 0;
  for (const sim::Vec2& p : diff) offGhost += distanceToPath(ghost, p) > 4 ? 1 : 0;
  EXPECT_EQ(offGhost, 0) << "changed pixels away from the ghost's path";
  // Dashed: along the first segments (well clear of the real path), some pixels changed and some not.
  const sim::Vec2 a = ghost[1], b = ghost[2];
  const sim::Vec2 u = (b - a).normalized();
  auto isChanged = [&](const sim::Vec2& p) {
    return distance(plain.at(int(p.x()), int(p.y())), ghosted.at(int(p.x()), int(p.y()))) > 8;
  };
  int on = 0, samples = 0;
  for (double t = 10; t < (b - a).norm() - 10; t += 1, ++samples) on += isChanged(a + u * t) ? 1 : 0;
  ASSERT_GT(samples, 40);
  EXPECT_GT(on, samples / 4) << on << " of " << samples;
  EXPECT_LT(on, samples * 3 / 4) << on << " of " << samples;
  // Faded: halfway between the surface and the run's magenta, never magenta itself.
  int faded = 0, full = 0;
  for (const sim::Vec2& p : diff) {
    if (distanceToPath(path, p) < 8) continue;
    const Rgb before = plain.at(int(p.x()), int(p.y())), after = ghosted.at(int(p.x()), int(p.y()));
    const Rgb half{(before[0] + 255) / 2, before[1] / 2, (before[2] + 255) / 2};
    faded += distance(after, half) <= 24 ? 1 : 0;
    full += distance(after, {255, 0, 255}) <= 40 ? 1 : 0;
  }
  EXPECT_GT(faded, 50);
  EXPECT_LT(full, faded / 20) << full << " full-colour pixels, " << faded << " faded";
}

TEST(RenderInspect, ScrubbedHeadsRingEveryRunAtStepKNotAtTheEnd) {
  const std::string green =
      R"({"optimizer": "sgd", "params": {"lr": 0.02}, "start": [-1.5, -1], "color": "#00ff00"})";
  const std::string scene = sceneOf("x^2 + 10*y^2", kSgd + "," + green, 40);
  const Image plain = rendered(scene, "");
  const Image scrubbed = rendered(scene, "--inspect-step 4");
  const sim::Vec2 magentaAt = kCanvas.toScreen(descent(0.01, {1.5, 1}, 4).back());
  const sim::Vec2 greenAt = kCanvas.toScreen(descent(0.02, {-1.5, -1}, 4).back());
  const auto diff = changed(plain, scrubbed);
  ASSERT_GT(diff.size(), 50u);
  for (const sim::Vec2& p : diff)  // rings of 9 px with an outline: nothing else changed
    ASSERT_LT(std::min((p - magentaAt).norm(), (p - greenAt).norm()), 13) << p.transpose();
  // Each ring is in its run's colour, 9 pixels out.
  for (const auto& ring : {std::pair{magentaAt, Rgb{255, 0, 255}}, std::pair{greenAt, Rgb{0, 255, 0}}}) {
    const sim::Vec2 centre = ring.first;  // named copies: lambdas cannot capture structured bindings in C++17
    const Rgb colour = ring.second;
    const auto [hits, samples] = along(
        scrubbed,
        [&](double angle) -> sim::Vec2 {
          return centre + 9 * sim::Vec2(std::cos(angle / 10), std::sin(angle / 10));
        },
        0, 62, [&](const Rgb& p) { return distance(p, colour) <= 40; });
    EXPECT_GT(hits, samples * 8 / 10) << hits << " of " << samples;
  }
}

TEST(RenderInspect, EigenAxesOfAKnownQuadraticPointAlongItsEigenvectors) {
  // f = ½(x+y)² + 5(x−y)²: Hessian [[11, −9], [−9, 11]], λ = 2 along (1, 1)/√2 and λ = 20 along
  // (1, −1)/√2. The long axis (60 px half-length) is along (1, −1), on screen (1, 1) (y down);
  // the short one 6 px.
  // From (1, 0.2), clear of the legend at the top right.
  const std::string scene = sceneOf("0.5*(x+y)^2 + 5*(x-y)^2",
                                    R"({"optimizer": "sgd", "params": {"lr": 0.01}, "start": [1, 0.2]})", 3);
  const Image plain = rendered(scene, "--inspect-step 3");
  const Image axes = rendered(scene, "--inspect-step 3 --eigen-axes");
  sim::Vec2 p(1, 0.2);  // three gradient-descent steps with lr 0.01 and ∇f = H·p
  for (int k = 0; k < 3; ++k) p -= 0.01 * sim::Vec2(11 * p.x() - 9 * p.y(), -9 * p.x() + 11 * p.y());
  const sim::Vec2 centre = kCanvas.toScreen(p);
  auto green = [](const Rgb& c) { return distance(c, {120, 230, 120}) <= 35; };
  const sim::Vec2 longAxis = sim::Vec2(1, 1).normalized(), shortAxis = sim::Vec2(1, -1).normalized();
  for (double sign : {-1.0, 1.0}) {
    const auto [hits, samples] = along(
        axes, [&](double t) -> sim::Vec2 { return centre + sign * t * longAxis; }, 15, 55, green);
    EXPECT_GT(hits, samples * 9 / 10) << hits << " of " << samples;
    const auto [wrong, tried] = along(
        axes, [&](double t) -> sim::Vec2 { return centre + sign * t * shortAxis; }, 15, 55, green);
    EXPECT_EQ(wrong, 0) << "green along the short axis past 6 px, " << tried << " samples";
  }
  // Only the axes and their key changed: every changed pixel is on an axis or in the key's corner.
  for (const sim::Vec2& q : changed(plain, axes)) {
    const sim::Vec2 d = q - centre;
    const bool onLong = std::abs(d.dot(shortAxis)) < 4 && std::abs(d.dot(longAxis)) < 64;
    const bool onShort = std::abs(d.dot(longAxis)) < 4 && std::abs(d.dot(shortAxis)) < 10;
    const bool inKey = q.x() < kWidth / 3.0 && q.y() > kHeight * 2 / 3.0;
    ASSERT_TRUE(onLong || onShort || inKey) << q.transpose();
  }
}

TEST(RenderInspect, ArrowsStartWhereUpdateKStartedAndPointAlongMinusGradientAndTheStep) {
  const std::string scene = sceneOf("x^2 + 10*y^2", kSgd, 10);
  const Image arrows = rendered(scene, "--inspect-step 3 --arrows");
  const auto points = descent(0.01, {1.5, 1}, 3);
  const sim::Vec2 from = kCanvas.toScreen(points[2]);
  // −g at p2 = −(2x, 20y), on screen with y down; 70 px long (no momentum). For gradient descent
  // the step (p3 − p2 ≈ 21 px, shown 24 px) lies along −g, on top of it, and the ring at p3 over
  // both: white is looked for beyond them.
  const sim::Vec2 minusG = sim::Vec2(-2 * points[2].x(), 20 * points[2].y()).normalized();
  auto white = [](const Rgb& c) { return c[0] >= 225 && c[1] >= 225 && c[2] >= 225; };
  auto cyan = [](const Rgb& c) { return distance(c, {0, 220, 255}) <= 45; };
  const auto [g, gSamples] = along(
      arrows, [&](double t) -> sim::Vec2 { return from + t * minusG; }, 34, 60, white);
  EXPECT_GT(g, gSamples * 9 / 10) << g << " of " << gSamples;
  const auto [back, backSamples] = along(
      arrows, [&](double t) -> sim::Vec2 { return from - t * minusG; }, 14, 60, white);
  EXPECT_EQ(back, 0) << backSamples;
  // The step, from p2 along itself (cyan up to the ring).
  const sim::Vec2 step = (kCanvas.toScreen(points[3]) - from).normalized();
  const auto [s, sSamples] = along(
      arrows, [&](double t) -> sim::Vec2 { return from + t * step; }, 2, 10, cyan);
  EXPECT_GT(s, sSamples * 8 / 10) << s << " of " << sSamples;
}

// The SVG draws the same description: the arrows' labels and the key as text, the ghost dashed.
TEST(RenderInspect, SvgHasTheSameMarks) {
  const std::string scene = sceneOf("x^2 + 10*y^2", kSgd, 10);
  const std::string out = tempPath("out.svg");
  const Result r = renderCli("--scene " + scene +
                             " --inspect-step 3 --arrows --eigen-axes --ghost 0:lr=0.09 --out " + out);
  expectCleanRender(r, "render to SVG");
  std::ifstream file(out);
  const std::string svg((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  for (const char* text :
       {">−g<", ">step<", ">−g used<", ">step taken<", ">axis λ &gt; 0<", "stroke-dasharray"})
    EXPECT_NE(svg.find(text), std::string::npos) << text;
}

TEST(RenderInspect, BadInspectFlagsAreOneClearLine) {
  const std::string scene = sceneOf("x^2 + 10*y^2", kSgd, 10);
  const std::string out = tempPath("out.png");
  for (const auto& [flags, message] :
       {std::pair{"--inspect-step 11", "--inspect-step"}, std::pair{"--inspect-run 1", "--inspect-run"},
        std::pair{"--ghost 0:beta9=1", "beta9"}, std::pair{"--ghost lr=1", "--ghost"}}) {
    const Result r = renderCli("--scene " + scene + " " + flags + " --out " + out);
    EXPECT_EQ(r.status, 2) << flags;
    EXPECT_NE(r.err.find(message), std::string::npos) << flags << ": " << r.err;
  }
}

}  // namespace
}  // namespace lv::test
