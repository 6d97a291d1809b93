// A seeded ensemble in the figure: the run's own path and its other members drawn faint and thin
// without markers, the mean path bold above every trail, the run's start and head on the mean path,
// and the legend's loss the members' median. Every drawer reads the trails' points through
// trailSource(), so the window, the 3D view and SVG/PDF show the same ensemble.
#include "app/figure/build.h"
#include "app/figure/trails.h"
#include "app/sim/ensemble.h"
#include "tests/app/sim/parsed_scene.h"

#include <gtest/gtest.h>

namespace lv::figure {
namespace {

// A lone run, then a run over 4 seeds (member 0 is the run itself, members 1..3 its copies).
const char* kScene = R"({
  "data": {"catalog": "linear_regression", "rows": 40, "generator_seed": 2, "batch": 1, "seed": 5},
  "steps": 30,
  "runs": [{"optimizer": "adam", "params": {"lr": 0.05}, "start": [0, 0]},
           {"optimizer": "sgd", "params": {"lr": 0.05}, "start": [0, 0], "seeds": 4}]
})";

sim::ViewTransform transformFor(const sim::Session& s) { return {sim::fitted(s.view, 1600, 900), 1600, 900}; }

TEST(EnsembleTrails, MembersAreFaintTheMeanIsBoldAndDrawnLast) {
  const sim::Session session = sim::Session::fromScene(sim::parsed(kScene));
  ASSERT_EQ(session.runs[1].ensemble.seeds(), 4u);
  const std::vector<TrailFigure> trails = buildTrails(session, 2);
  // Two runs, three more members of run 1, its mean.
  ASSERT_EQ(trails.size(), 6u);
  const TrailFigure& lone = trails[0];
  EXPECT_EQ(lone.path, TrailPath::Run);
  EXPECT_TRUE(lone.markers);
  EXPECT_DOUBLE_EQ(lone.width, 5);
  for (std::size_t k : {1, 2, 3, 4}) {
    const TrailFigure& member = trails[k];
    EXPECT_EQ(member.run, 1u);
    EXPECT_EQ(member.path, k == 1 ? TrailPath::Run : TrailPath::Member);
    EXPECT_FALSE(member.markers);
    EXPECT_DOUBLE_EQ(member.width, 0.4 * 5);
    EXPECT_DOUBLE_EQ(member.haloWidth, 0);
    EXPECT_FLOAT_EQ(member.color[3], session.runs[1].color[3] / 3);
    EXPECT_EQ(member.dash, DashPattern::Solid);
  }
  const TrailFigure& mean = trails[5];
  EXPECT_EQ(mean.run, 1u);
  EXPECT_EQ(mean.path, TrailPath::Mean);
  EXPECT_TRUE(mean.markers);
  EXPECT_DOUBLE_EQ(mean.width, 1.5 * 5);
  EXPECT_EQ(mean.color, session.runs[1].color);
}

TEST(EnsembleTrails, EachTrailReadsItsOwnPath) {
  const sim::Session session = sim::Session::fromScene(sim::parsed(kScene));
  const std::vector<TrailFigure> trails = buildTrails(session, 1);
  ASSERT_EQ(trails.size(), 6u);
  const sim::LiveRun& live = session.runs[1];
  EXPECT_EQ(&trailSource(session, trails[0]).points, &session.runs[0].run.trajectory().points);
  EXPECT_EQ(&trailSource(session, trails[1]).points, &live.run.trajectory().points);
  for (std::size_t j = 0; j < 3; ++j) {
    const TrailSource source = trailSource(session, trails[2 + j]);
    EXPECT_EQ(&source.points, &live.ensemble.members[j].trajectory().points);
    EXPECT_EQ(source.generation, live.ensemble.members[j].generation());
  }
  EXPECT_EQ(&trailSource(session, trails[5]).points, &live.ensemble.meanPath);
  // The members differ (other seeds), and the mean is none of them.
  EXPECT_NE(live.ensemble.members[0].trajectory().points, live.run.trajectory().points);
  EXPECT_NE(live.ensemble.meanPath, live.run.trajectory().points);
  // A trail naming no member draws nothing.
  TrailFigure stray = trails[2];
  stray.member = 7;
  EXPECT_TRUE(trailSource(session, stray).points.empty());
}

TEST(EnsembleTrails, StartAndHeadSitOnTheMeanPathAndTheLegendGivesTheMedianLoss) {
  const sim::Session session = sim::Session::fromScene(sim::parsed(kScene));
  const Figure figure = buildFigure(session, transformFor(session), FigureStyle(), {16, {}});
  const std::vector<optim::Vec2>& mean = session.runs[1].ensemble.meanPath;
  int heads = 0;
  for (const PointMarker& m : figure.markers) {
    if (m.run != std::optional<std::size_t>(1)) continue;
    if (m.kind == MarkerKind::Head) {
      ++heads;
      EXPECT_EQ(m.at, mean.back());
    }
    if (m.kind == MarkerKind::Start) {
      EXPECT_EQ(m.at, mean.front());
    }
  }
  EXPECT_EQ(heads, 1);
  // The median of the four members' losses at step 30, worked from their trajectories.
  std::vector<double> losses = {session.runs[1].run.trajectory().losses.back()};
  for (const sim::Run& member : session.runs[1].ensemble.members)
    losses.push_back(member.trajectory().losses.back());
  std::sort(losses.begin(), losses.end());
  char expected[64];
  std::snprintf(expected, sizeof expected, "loss %.4g (median of 4)", 0.5 * (losses[1] + losses[2]));
  ASSERT_EQ(figure.legend.entries.size(), 2u);
  EXPECT_EQ(figure.legend.entries[1].detail.text.rfind(expected, 0), 0u)
      << figure.legend.entries[1].detail.text;
}

}  // namespace
}  // namespace lv::figure
