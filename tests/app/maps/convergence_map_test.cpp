// The CPU convergence-map engine against facts derived by hand: Himmelblau's four basins lie in the
// quadrants of their minima, and heavy ball on a quadratic diverges exactly where theory says.
#include "app/maps/convergence_map.h"
#include "app/maps/map_image.h"
#include "app/sim/run.h"

#include "tests/app/maps/heavy_ball_theory.h"
#include "tests/app/maps/hyper_axes.h"

#include <gtest/gtest.h>

#include <set>

namespace lv::maps {
namespace {

landscapes::Landscape landscape(const std::string& nameOrFormula) {
  auto resolved = landscapes::resolveLandscape(nameOrFormula);
  EXPECT_TRUE(resolved.has_value()) << nameOrFormula;
  return *resolved;
}

optim::Optimizer optimizer(const std::string& name,
                           std::initializer_list<std::pair<const char*, double>> sets) {
  auto o = optim::Optimizer::create(name);
  EXPECT_TRUE(o.has_value()) << name;
  for (const auto& [key, value] : sets) EXPECT_TRUE(o->set(key, value)) << key;
  return *o;
}

TEST(ConvergenceMap, HimmelblauStartsNearAMinimumEndInItsBasin) {
  MapSpec spec(landscape("himmelblau"), optimizer("adam", {{"lr", 0.1}}));
  spec.width = 20;
  spec.height = 20;
  spec.steps = 300;
  const ConvergenceMap map = computeMapCpu(spec, 2);
  std::set<int> labels;
  int checked = 0;
  for (int py = 0; py < map.height; ++py) {
    for (int px = 0; px < map.width; ++px) {
      const PixelResult& p = map.at(px, py);
      ASSERT_FALSE(p.divergedStep);
      if (p.basin) labels.insert(*p.basin);
      // Himmelblau is convex within ~1 of each minimum: Adam started there stays in that basin.
      const Vec2 start = pixelStart(spec, px, py);
      for (size_t i = 0; i < spec.landscape.minima.size(); ++i) {
        if ((start - spec.landscape.minima[i]).norm() > 0.8) continue;
        EXPECT_EQ(p.basin, std::optional<int>(static_cast<int>(i))) << "start " << start.transpose();
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 8);
  EXPECT_EQ(labels, (std::set<int>{0, 1, 2, 3}));
  // Minima in catalog order: (3,2) top right, (-2.8,3.1) top left, (-3.8,-3.3) bottom left,
  // (3.6,-1.8) bottom right; the quadrant corners' pixels (starts at ±4.75) go to those.
  EXPECT_EQ(map.at(19, 0).basin, std::optional<int>(0));
  EXPECT_EQ(map.at(0, 0).basin, std::optional<int>(1));
  EXPECT_EQ(map.at(0, 19).basin, std::optional<int>(2));
  EXPECT_EQ(map.at(19, 19).basin, std::optional<int>(3));

  // The PNG colours: the basin's palette colour, dimmed by at most half (brighter = sooner).
  const std::vector<std::uint8_t> rgba = colorMap(map, MapColoring::Basin, true);
  const std::uint8_t* topRight = &rgba[(0 * 20 + 19) * 4];
  const auto orange = basinColor(0);
  for (int c = 0; c < 3; ++c) {
    EXPECT_LE(topRight[c], orange[c]);
    EXPECT_GE(topRight[c], orange[c] / 2 - 1);
  }
}

TEST(ConvergenceMap, EachPixelIsTheTraceOfItsStart) {
  MapSpec spec(landscape("rosenbrock"), optimizer("nesterov", {{"lr", 1e-3}}));
  spec.width = 5;
  spec.height = 3;
  spec.steps = 50;
  const ConvergenceMap map = computeMapCpu(spec, 2);
  for (int py = 0; py < 3; ++py) {
    for (int px = 0; px < 5; ++px) {
      sim::Run run(spec.landscape.formula, spec.optimizer, pixelStart(spec, px, py));
      run.advance(50);
      const PixelResult& p = map.at(px, py);
      if (run.diverged()) {
        EXPECT_EQ(p.divergedStep, std::optional<long>(static_cast<long>(*run.divergedAt())));
      } else {
        EXPECT_EQ(p.finalPoint, run.trajectory().points.back());
        EXPECT_EQ(p.finalLoss, std::optional<double>(run.trajectory().losses.back()));
      }
    }
  }
}

// Heavy ball p ← p − lr·∇f + μ(p − p_prev) on f = λ/2·x² is the recurrence
// z² − (1 + μ − lr·λ) z + μ = 0, stable iff lr·λ < 2(1 + μ) (heavy_ball_theory.h). torch's buffer
// (b ← g first, then b ← μb + g) gives the same recurrence.
TEST(ConvergenceMap, HeavyBallDivergesWhereTheoryPutsIt) {
  constexpr double kLambda = 4;  // the stiffer direction decides: lr·1 < 2 on the y axis here
  MapSpec spec(landscape("2*x^2 + 0.5*y^2"), optimizer("momentum", {}));
  ASSERT_NO_FATAL_FAILURE(test::setHyperMap(spec, Vec2(1, 1), "lr:0.05:1.5", "momentum:0:0.9"));
  spec.width = 24;
  spec.height = 12;
  spec.steps = 3000;
  const ConvergenceMap map = computeMapCpu(spec, 2);
  int diverged = 0, stable = 0;
  const auto expectTheory = [&](const PixelResult& p, double ratio, const std::string& what) {
    if (ratio > 1.2) {
      EXPECT_TRUE(p.divergedStep) << what;
      ++diverged;
    } else if (ratio < 0.8) {
      EXPECT_FALSE(p.divergedStep) << what;
      ++stable;
    }
  };
  test::forEachHeavyBallPixel(spec, map, kLambda, expectTheory);
  EXPECT_GT(diverged, 20);
  EXPECT_GT(stable, 20);
  // Diverged pixels are drawn as the hatch pattern whatever the colouring.
  const std::vector<std::uint8_t> rgba = colorMap(map, MapColoring::Loss, false);
  const int px = map.width - 1, py = map.height - 1;  // lr ≈ 1.5, μ ≈ 0: ratio 3
  EXPECT_TRUE(isDivergedPattern(&rgba[(py * map.width + px) * 4]));
}

// torch's StepLR(step_size=1, gamma=0.5) stepped after every update: update k uses lr·0.5^k. On
// f = x²/2 (gradient x) SGD multiplies x by (1 − lr_k): from x = 1, three updates with lr 0.15 give
// 0.85 · 0.925 · 0.9625. In a hyperparameter map the schedule scales each pixel's swept lr.
TEST(ConvergenceMap, TheScheduleStepsOncePerUpdate) {
  MapSpec spec(landscape("0.5*x^2"), optimizer("sgd", {{"lr", 0.1}}));
  spec.schedule = optim::parseSchedule("step:step_size=1,gamma=0.5");
  // lr 0.15 and 0.25 at the pixel centres; dampening does nothing without momentum.
  ASSERT_NO_FATAL_FAILURE(test::setHyperMap(spec, Vec2(1, 0), "lr:0.1:0.3", "dampening:0:1"));
  spec.width = spec.height = 2;
  spec.steps = 3;
  const ConvergenceMap map = computeMapCpu(spec, 1);
  EXPECT_NEAR(map.at(0, 0).finalPoint.x(), (1 - 0.15) * (1 - 0.075) * (1 - 0.0375), 1e-15);
  EXPECT_NEAR(map.at(1, 1).finalPoint.x(), (1 - 0.25) * (1 - 0.125) * (1 - 0.0625), 1e-15);
}

TEST(ParamAxis, ParsesRangesAndScales) {
  const optim::OptimizerInfo& info = *optim::findOptimizerInfo("momentum");
  std::string error;
  const auto lr = parseParamAxis("lr:1e-4:1:log", info, "--x-param", &error);
  ASSERT_TRUE(lr) << error;
  EXPECT_TRUE(lr->logScale);
  EXPECT_DOUBLE_EQ(lr->valueAt(0.5), 1e-2);  // geometric midpoint of 1e-4 and 1
  const auto mu = parseParamAxis("momentum:0:0.9", info, "--y-param", &error);
  ASSERT_TRUE(mu) << error;
  EXPECT_FALSE(mu->logScale);
  EXPECT_DOUBLE_EQ(mu->valueAt(0.5), 0.45);
}

TEST(ParamAxis, ErrorsNameTheFlagAndTheKey) {
  const optim::OptimizerInfo& info = *optim::findOptimizerInfo("adam");
  const std::pair<const char*, const char*> cases[] = {{"bogus:0:1", "bogus"},
                                                       {"lr:1e-4:100:log", "lr must stay within"},
                                                       {"beta1:0.9:0.1", "LO must be below HI"},
                                                       {"weight_decay:0:1:log", "LO > 0"},
                                                       {"amsgrad:0:1", "amsgrad is a 0/1 switch"},
                                                       {"lr:a:1", "LO 'a'"},
                                                       {"lr:0.1", "expected NAME:LO:HI"},
                                                       {"lr:0.1:1:cubic", "scale 'cubic'"}};
  for (const auto& [text, expected] : cases) {
    std::string error;
    EXPECT_FALSE(parseParamAxis(text, info, "--x-param", &error)) << text;
    EXPECT_NE(error.find("--x-param"), std::string::npos) << error;
    EXPECT_NE(error.find(expected), std::string::npos) << error;
  }
}

}  // namespace
}  // namespace lv::maps
