// `lossviz render --seeds K`, as a user sees it: SGD on a line fit repeated over 16 seeds draws the
// mean path boldly in the run's colour and every other member as a faint line (something drawn
// where a lone run shows the surface, yet far from the run's opaque colour).
#include "app/sim/scene_json.h"
#include "app/sim/session.h"
#include "tests/app/ui/render_cli.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lv::test {
namespace {

// A 16:9 view (3.2 x 1.8) rendered at 640x360: 200 pixels per unit, y up.
const std::string kScene = R"({
  "data": {"catalog": "linear_regression", "rows": 200, "generator_seed": 1, "batch": 1, "seed": 11},
  "view": {"xmin": -0.4, "xmax": 2.8, "ymin": -1.6, "ymax": 0.2},
  "colors": {"contours": 0},
  "steps": 60,
  "runs": [{"optimizer": "sgd", "params": {"lr": 0.05}, "start": [0, 0], "color": "#ffffff", "seeds": SEEDS}]
})";

std::string sceneWith(int seeds) {
  std::string text = kScene;
  text.replace(text.find("SEEDS"), 5, std::to_string(seeds));
  return text;
}

sim::Vec2 toPixel(const sim::Vec2& p) { return {(p.x() + 0.4) * 200, (0.2 - p.y()) * 200}; }

// Over the 3x3 pixels around q: the largest difference between the images, and the smallest
// distance of `image` to `c`.
int largestDifference(const Image& a, const Image& b, const sim::Vec2& q) {
  int best = 0;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx)
      best = std::max(
          best, distance(a.at(int(q.x()) + dx, int(q.y()) + dy), b.at(int(q.x()) + dx, int(q.y()) + dy)));
  return best;
}
int smallestDistance(const Image& image, const sim::Vec2& q, const Rgb& c) {
  int best = 255;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx)
      best = std::min(best, distance(image.at(int(q.x()) + dx, int(q.y()) + dy), c));
  return best;
}

TEST(EnsembleRender, BoldMeanPathAmongFaintMembers) {
  const Image members = [&] {
    const std::string out = tempPath("ensemble.png");
    expectCleanRender(
        renderCli("--scene " + writeText("ensemble.json", sceneWith(16)) + " --size 640x360 --out " + out),
        "--seeds 16 scene");
    return load(out);
  }();
  const std::string loneOut = tempPath("lone.png");
  expectCleanRender(
      renderCli("--scene " + writeText("lone.json", sceneWith(1)) + " --size 640x360 --out " + loneOut),
      "lone scene");
  const Image lone = load(loneOut);
  ASSERT_EQ(members.width, 640);
  ASSERT_EQ(lone.width, 640);

  std::string error;
  const auto scene = sim::parseScene(sceneWith(16), &error);
  ASSERT_TRUE(scene) << error;
  const sim::Session session = sim::Session::fromScene(*scene);
  const sim::LiveRun& live = session.runs[0];
  ASSERT_EQ(live.ensemble.members.size(), 15u);
  std::vector<sim::Vec2> mean, own;
  for (const sim::Vec2& p : live.ensemble.meanPath) mean.push_back(toPixel(p));
  for (const sim::Vec2& p : live.run.trajectory().points) own.push_back(toPixel(p));
  const Rgb white{255, 255, 255};

  // The mean path: opaque white along its way down to the fit (clear of the legend, top right).
  int meanChecked = 0;
  for (size_t k = 2; k < 20; k += 3) {
    if (mean[k].x() > 380 && mean[k].y() < 140) continue;
    ++meanChecked;
    EXPECT_LE(smallestDistance(members, mean[k], white), 30) << "mean step " << k;
  }
  EXPECT_GE(meanChecked, 3);

  // Members' points well away from the mean path and from the run's own (bold in the lone image):
  // drawn, but faint.
  int checked = 0, faint = 0;
  for (const sim::Run& member : live.ensemble.members)
    for (size_t k = 1; k < member.trajectory().size(); ++k) {
      const sim::Vec2 q = toPixel(member.trajectory().points[k]);
      if (q.x() < 40 || q.x() > 600 || q.y() < 10 || q.y() > 300 || (q.x() > 380 && q.y() < 140)) continue;
      if (distanceToPath(mean, q) < 10 || distanceToPath(own, q) < 10) continue;
      ++checked;
      if (largestDifference(members, lone, q) >= 25 && smallestDistance(members, q, white) >= 50) ++faint;
    }
  EXPECT_GE(checked, 20);
  EXPECT_GE(faint, checked * 8 / 10) << faint << " of " << checked << " member points drawn faintly";
}

}  // namespace
}  // namespace lv::test
