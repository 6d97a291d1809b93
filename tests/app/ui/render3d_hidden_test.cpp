// `lossviz render --view 3d`: a trail behind a hill shows through faintly. At the default camera,
// runs slide along the far side of a tall ridge; where the ray through a trail point's pixel meets
// the surface before the point (sim::pickSurface), that pixel is neither the run's colour nor the
// surface's as drawn without the runs, but in between.
#include "app/sim/camera.h"
#include "app/sim/height_field.h"
#include "app/sim/lifted_trail.h"
#include "app/sim/surface_pick.h"
#include "landscapes/catalog.h"
#include "tests/app/ui/render_cli.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

namespace lv::test {
namespace {

constexpr const char* kRidge = "3*exp(-4*(x-y)^2) - 0.2*(x+y)";
constexpr int kWidth = 480, kHeight = 300;

/// The ridge at the default camera with `runs` (JSON objects), its colours fixed to [-1, 3].
Image renderRidge(const std::string& runs, const std::string& name) {
  const std::string scene = writeText(name + ".json", std::string(R"({"landscape": ")") + kRidge + R"(",
      "view": {"xmin": -2, "xmax": 2, "ymin": -2, "ymax": 2}, "steps": 60,
      "colors": {"colormap": "coolwarm", "log": false, "lock": true, "range": {"min": -1, "max": 3}},
      "runs": [)" + runs + R"(], "view3d": {"mode": "3d"}})");
  const std::string out = tempPath(name + ".png");
  expectCleanRender(renderCli("--scene " + scene + " --size " + std::to_string(kWidth) + "x" +
                              std::to_string(kHeight) + " --out " + out),
                    name.c_str());
  return load(out);
}

TEST(Render3dHidden, ATrailBehindAHillShowsThroughFaintly) {
  const Rgb magenta = {255, 0, 255};
  const auto ridge = landscapes::resolveLandscape(kRidge);
  ASSERT_TRUE(ridge);
  const sim::ValueAt value = [&](const optim::Vec2& p) { return ridge->formula.value(p); };
  sim::HeightField field;
  field.view = sim::fitted({-2, 2, -2, 2}, kWidth, kHeight);
  field.scale.lo = -1;
  field.scale.hi = 3;
  field.scale.logScale = false;
  field.scale.valid = true;
  // Beside the ridge's far foot, sliding along it (the camera looks from +x, -y).
  const double lr = 0.5;
  const std::vector<optim::Vec2> starts = {{-1.6, -0.4}, {-1.3, -0.1}, {-1.0, 0.2}};
  std::ostringstream runs;
  runs.precision(17);
  for (const optim::Vec2& start : starts)
    runs << (&start == &starts.front() ? "" : ", ") << R"({"optimizer": "sgd", "params": {"lr": )" << lr
         << R"(}, "start": [)" << start.x() << ", " << start.y() << R"(], "color": "#ff00ff"})";
  const Image withRuns = renderRidge(runs.str(), "ridge_runs");
  const Image bare = renderRidge("", "ridge_bare");
  ASSERT_EQ(withRuns.width, kWidth);
  ASSERT_EQ(bare.width, kWidth);
  const sim::Camera camera;
  const auto pixel = [&](const optim::Vec2& q) {
    return camera.project(sim::onMesh(field, value, 256, q, 0.006), kWidth, kHeight);
  };
  std::vector<sim::Vec3> rings;  // the start rings, drawn over everything
  for (const optim::Vec2& start : starts)
    if (const auto m = pixel(start)) rings.push_back(*m);
  const landscapes::Rect& v = field.view;
  int hidden = 0, faint = 0;
  for (const optim::Vec2& start : starts) {
    const sim::Trajectory t = simulate(kRidge, "sgd", lr, start, 60).trajectory();
    for (std::size_t k = 1; k < t.size(); ++k) {
      const optim::Vec2& q = t.points[k];
      if (!(q.x() >= v.xmin && q.x() <= v.xmax && q.y() >= v.ymin && q.y() <= v.ymax)) break;  // left the box
      const auto p = pixel(q);
      if (!p || p->x() < 2 || p->y() < 2 || p->x() > kWidth - 3 || p->y() > kHeight - 3) continue;
      if (p->x() > kWidth - 200 && (p->y() < 100 || p->y() > kHeight - 80)) continue;  // legend, colour bar
      if (std::any_of(rings.begin(), rings.end(),
                      [&](const sim::Vec3& m) { return std::hypot(m.x() - p->x(), m.y() - p->y()) < 10; }))
        continue;
      const auto hit = sim::pickSurface(camera, field, value, p->x(), p->y(), kWidth, kHeight);
      // In front of the point by a clear margin: hidden, not merely grazing.
      if (!hit || (*hit - q).norm() < 0.2) continue;
      ++hidden;
      const Rgb drawn = withRuns.at(int(p->x()), int(p->y()));
      const Rgb surface = bare.at(int(p->x()), int(p->y()));
      faint += distance(drawn, magenta) > 60 && distance(drawn, surface) >= 20;
    }
  }
  EXPECT_GE(hidden, 20) << "the runs must pass behind the ridge for this test to say anything";
  EXPECT_GE(faint, 0.8 * hidden) << faint << " of " << hidden << " hidden points drawn faintly";
}

}  // namespace
}  // namespace lv::test
