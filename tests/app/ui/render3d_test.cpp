// `lossviz render --view 3d` pixel facts, through the executable under Xvfb: a bowl seen from
// straight above is the 2D layout (its minimum in the colormap's low colour at the centre, its
// square silhouette where the camera puts the view's corners, the run's trail in its colour along
// its path lifted onto the surface); from the side its lowest point is the minimum's column, for a
// data landscape too (the full-data mean's heights, its minimum the least-squares line by hand);
// on every catalog landscape, at the default camera, a run's trail is drawn on the surface, not
// buried in it.
#include "app/sim/camera.h"
#include "app/sim/color_scale.h"
#include "app/sim/colormap.h"
#include "app/sim/height_field.h"
#include "app/sim/lifted_trail.h"
#include "app/sim/surface_pick.h"
#include "app/sim/view.h"
#include "landscapes/catalog.h"
#include "tests/app/maps/least_squares_by_hand.h"
#include "tests/app/ui/render_cli.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>

namespace lv::test {
namespace {

constexpr int kSide = 400;
const Rgb kBackground = {20, 20, 26};  // the window's clear colour, 0.08 0.08 0.1

std::string bowlScene(const std::string& view3d) {
  return writeText("bowl.json", R"({"landscape": "x^2 + y^2",
      "view": {"xmin": -2, "xmax": 2, "ymin": -2, "ymax": 2}, "colors": {"log": false}, "steps": 20,
      "runs": [{"optimizer": "sgd", "params": {"lr": 0.01}, "start": [-1.5, -1], "color": "#ff00ff"}],
      "view3d": )" + view3d + "}");
}

Image renderBowl(const std::string& view3d) {
  const std::string out = tempPath("bowl3d.png");
  const Result r = renderCli("--scene " + bowlScene(view3d) + " --size 400x400 --out " + out);
  expectCleanRender(r, "render --view 3d");
  return load(out);
}

// The height field render draws: the bowl over [-2, 2]², linear scale fitted as the canvas fits it.
sim::HeightField bowlField() {
  const auto bowl = landscapes::resolveLandscape("x^2 + y^2");
  sim::HeightField field;
  field.view = {-2, 2, -2, 2};
  field.scale =
      sim::fitColorScale([&](const optim::Vec2& p) { return bowl->formula.value(p); }, field.view, false, 20);
  return field;
}

bool isBackground(const Rgb& p) { return distance(p, kBackground) <= 3; }

TEST(Render3d, BowlFromAboveIsThe2dLayout) {
  const Image image = renderBowl(R"({"mode": "3d", "yaw": -90, "pitch": 90, "distance": 6})");
  ASSERT_EQ(image.width, kSide);
  sim::Camera camera;
  camera.yaw = -90;
  camera.pitch = 90;
  camera.distance = 6;
  const sim::HeightField field = bowlField();
  // The minimum at the centre, in the colormap's low colour (flat ground is lit at full strength).
  const auto& low = sim::colormapTable("viridis").front();
  EXPECT_TRUE(image.near(kSide / 2, kSide / 2, {low[0], low[1], low[2]}, 1, 8))
      << image.at(kSide / 2, kSide / 2)[0] << "," << image.at(kSide / 2, kSide / 2)[1];
  // The corners of the view (at the top of the scale) bound the silhouette: just inside is surface,
  // just outside (and the image's corners) background.
  for (const optim::Vec2& corner :
       {optim::Vec2(-2, -2), optim::Vec2(2, -2), optim::Vec2(2, 2), optim::Vec2(-2, 2)}) {
    const auto p = camera.project(field.toModel(corner, 8.0), kSide, kSide);
    ASSERT_TRUE(p);
    const double inX = p->x() < kSide / 2 ? 6 : -6, inY = p->y() < kSide / 2 ? 6 : -6;
    EXPECT_FALSE(isBackground(image.at(int(p->x() + inX), int(p->y() + inY)))) << corner.transpose();
    EXPECT_TRUE(isBackground(image.at(int(p->x() - inX), int(p->y() - inY)))) << corner.transpose();
  }
  EXPECT_TRUE(isBackground(image.at(2, kSide - 3)));
  // The trail in its colour along the run's path lifted onto the surface.
  const sim::Run run = simulate("x^2 + y^2", "sgd", 0.01, {-1.5, -1}, 20);
  int hits = 0, samples = 0;
  const auto& t = run.trajectory();
  for (size_t k = 3; k + 3 < t.size(); k += 2, ++samples) {
    const auto p = camera.project(field.toModel(t.points[k], t.losses[k]), kSide, kSide);
    ASSERT_TRUE(p);
    hits += image.near(int(p->x()), int(p->y()), {255, 0, 255}, 2) ? 1 : 0;
  }
  EXPECT_GE(hits, samples * 9 / 10) << hits << " of " << samples;
}

// The column (x) of the lowest surface pixel seen from the side, the middle of a flat bottom; -1
// if none. The lowest row goes into *row.
int lowestColumn(const Image& image, int* row) {
  // Rows above the colour bar (the bottom 80 rows hold it, at the right).
  const int aboveColorBar = image.height - 80;
  int lowestRow = -1;
  for (int x = 0; x < image.width; ++x)
    for (int y = aboveColorBar - 1; y > lowestRow; --y)
      if (!isBackground(image.at(x, y))) {
        lowestRow = y;
        break;
      }
  *row = lowestRow;
  if (lowestRow < 0) return -1;
  // The bottom is flat over a few columns: its middle.
  int first = image.width, last = -1;
  for (int x = 0; x < image.width; ++x)
    if (!isBackground(image.at(x, lowestRow))) {
      first = std::min(first, x);
      last = x;
    }
  return (first + last) / 2;
}

TEST(Render3d, BowlFromTheSideIsLowestAtTheMinimum) {
  const Image image = renderBowl(R"({"mode": "3d", "yaw": -90, "pitch": 0, "distance": 6})");
  ASSERT_EQ(image.width, kSide);
  int row = -1;
  EXPECT_NEAR(lowestColumn(image, &row), kSide / 2, 6);  // the bowl's bottom, x = 0, is the centre column
  EXPECT_GT(row, kSide / 2);                             // below the target, at the scale's bottom
}

// A data landscape has the heights of its full-data mean (it was drawn flat once): seen from the
// side, linear_regression's lowest point is the column of the least-squares slope x, computed by
// hand from the rows `lossviz data` writes, a unit left of the view's centre (about 30 pixels). The
// picture is 640x400, the 3D frame's aspect, and so is the view rectangle: the render keeps it as it
// is and `field` below is the one drawn.
TEST(Render3d, DataLandscapeFromTheSideIsLowestAtTheLeastSquaresMinimum) {
  const std::string rowsCsv = tempPath("render3d_rows.csv");
  ASSERT_EQ(runLossviz("data --landscape linear_regression --out " + rowsCsv).status, 0);
  std::ifstream in(rowsCsv);
  std::string line;
  std::getline(in, line);
  ASSERT_EQ(line, "u,t");
  std::vector<std::array<double, 2>> rows;
  while (std::getline(in, line)) {
    std::istringstream cells(line);
    std::string u, t;
    std::getline(cells, u, ',');
    std::getline(cells, t);
    rows.push_back({std::stod(u), std::stod(t)});
  }
  const auto minimum = leastSquaresByHand(rows);
  sim::HeightField field;
  field.view = {minimum[0] - 2.2, minimum[0] + 4.2, minimum[1] - 2, minimum[1] + 2};
  std::ostringstream scene;
  scene.precision(17);
  scene << R"({"data": {"catalog": "linear_regression"}, "colors": {"log": false}, "steps": 0, "runs": [],)"
        << R"("view": {"xmin": )" << field.view.xmin << R"(, "xmax": )" << field.view.xmax << R"(, "ymin": )"
        << field.view.ymin << R"(, "ymax": )" << field.view.ymax << "},"
        << R"("view3d": {"mode": "3d", "yaw": -90, "pitch": 0, "distance": 6}})";
  const std::string out = tempPath("data3d.png");
  expectCleanRender(
      renderCli("--scene " + writeText("data3d.json", scene.str()) + " --size 640x400 --out " + out),
      "render a data landscape in 3D");
  const Image image = load(out);
  sim::Camera camera;
  camera.yaw = -90;
  camera.pitch = 0;
  camera.distance = 6;
  // Seen level, a point's column depends on x and depth, not on height: any height will do.
  const auto expected = camera.project(field.toModel({minimum[0], minimum[1]}, 0.0), 640, 400);
  ASSERT_TRUE(expected);
  ASSERT_LT(expected->x(), 320 - 20);  // well left of the centre: a flat surface would not say so
  int row = -1;
  EXPECT_NEAR(lowestColumn(image, &row), expected->x(), 8);
  EXPECT_GT(row, 200);
}

// Every catalog landscape at the default camera: where the points of Adam runs from the view's four
// quarter corners are in sight (the ray
// through their pixel meets the surface first at the point itself: sim::pickSurface), the trail is
// there in its own colour (magenta, in no colormap), on top of the surface and not blended faint as
// behind it. The render's height field is known: the view fitted to the image and a fixed log
// colour range. Points near the start ring, the head, the legend and the colour bar are skipped.
TEST(Render3d, TrailsInSightShowInTheirColourOnEveryCatalogLandscapeAtTheDefaultCamera) {
  const Rgb magenta = {255, 0, 255};
  constexpr int kWidth = 480, kHeight = 300;
  const sim::Camera camera;
  for (const landscapes::CatalogEntry& entry : landscapes::catalog()) {
    const auto landscape = landscapes::resolveLandscape(entry.name);
    ASSERT_TRUE(landscape) << entry.name;
    const sim::ValueAt value = [&](const optim::Vec2& p) { return landscape->formula.value(p); };
    sim::HeightField field;
    field.view = sim::fitted(entry.view, kWidth, kHeight);
    const landscapes::Rect& v = field.view;
    double lo = INFINITY, hi = -INFINITY;
    for (int i = 0; i <= 64; ++i)
      for (int j = 0; j <= 64; ++j) {
        const double f = value({v.xmin + (v.xmax - v.xmin) * i / 64, v.ymin + (v.ymax - v.ymin) * j / 64});
        lo = std::min(lo, f);
        hi = std::max(hi, f);
      }
    field.scale.lo = lo;
    field.scale.hi = hi;
    field.scale.eps = 1e-3 * (hi - lo);
    field.scale.valid = true;
    const double span = std::max(v.xmax - v.xmin, v.ymax - v.ymin);
    const double lr = 0.04 * span;
    std::vector<sim::Vec2> starts;
    for (const auto& [u, w] : {std::pair(0.15, 0.85), {0.85, 0.85}, {0.15, 0.15}, {0.85, 0.15}, {0.62, 0.62}})
      starts.emplace_back(entry.view.xmin + u * (entry.view.xmax - entry.view.xmin),
                          entry.view.ymin + w * (entry.view.ymax - entry.view.ymin));
    std::ostringstream scene;
    scene.precision(17);
    scene << R"({"landscape": ")" << entry.name << R"(", "steps": 150, "view": {"xmin": )" << v.xmin
          << R"(, "xmax": )" << v.xmax << R"(, "ymin": )" << v.ymin << R"(, "ymax": )" << v.ymax
          << R"(}, "colors": {"lock": true, "range": {"min": )" << lo << R"(, "max": )" << hi
          << R"(, "eps": )" << field.scale.eps << R"(}}, "runs": [)";
    for (const sim::Vec2& start : starts)
      scene << (&start == &starts.front() ? "" : ", ") << R"({"optimizer": "adam", "params": {"lr": )" << lr
            << R"(}, "start": [)" << start.x() << ", " << start.y() << R"(], "color": "#ff00ff"})";
    scene << R"(], "view3d": {"mode": "3d"}})";
    const std::string out = tempPath("catalog3d.png");
    expectCleanRender(renderCli("--scene " + writeText("catalog3d.json", scene.str()) + " --size " +
                                std::to_string(kWidth) + "x" + std::to_string(kHeight) + " --out " + out),
                      entry.name.c_str());
    const Image image = load(out);
    ASSERT_EQ(image.width, kWidth) << entry.name;
    std::vector<sim::Trajectory> paths;
    std::vector<sim::Vec3> markers;  // every run's start ring and head, in pixels
    const auto pixel = [&](const sim::Trajectory& t, std::size_t k) {
      // On the drawn mesh (the full picture's 256 cells a side), lifted as the trail is.
      return camera.project(sim::onMesh(field, value, 256, t.points[k], 0.006), kWidth, kHeight);
    };
    for (const sim::Vec2& start : starts) {
      paths.push_back(simulate(entry.name.c_str(), "adam", lr, start, 150).trajectory());
      for (const std::size_t k : {std::size_t(0), paths.back().size() - 1})
        if (const auto m = pixel(paths.back(), k)) markers.push_back(*m);
    }
    int looked = 0, shown = 0;
    for (const sim::Trajectory& t : paths) {
      for (std::size_t k = 1; k + 1 < t.size(); ++k) {
        const sim::Vec2& q = t.points[k];
        if (!(q.x() >= v.xmin && q.x() <= v.xmax && q.y() >= v.ymin && q.y() <= v.ymax)) continue;
        const auto p = pixel(t, k);
        if (!p) continue;
        const bool nearMarker = std::any_of(markers.begin(), markers.end(), [&](const sim::Vec3& m) {
          return std::hypot(m.x() - p->x(), m.y() - p->y()) < 9;
        });
        const bool legend = p->x() > kWidth - 150 && p->y() < 60;
        const bool colorBar = p->x() > kWidth - 200 && p->y() > kHeight - 80;
        if (nearMarker || legend || colorBar || p->x() < 2 || p->y() < 2 || p->x() > kWidth - 3 ||
            p->y() > kHeight - 3)
          continue;
        const auto hit = sim::pickSurface(camera, field, value, p->x(), p->y(), kWidth, kHeight);
        if (!hit || (*hit - q).norm() > 0.01 * span) continue;  // behind a hill: drawn faint, by design
        ++looked;
        shown += image.near(int(p->x()), int(p->y()), magenta, 1, 60);
      }
    }
    EXPECT_GT(looked, 0) << entry.name << ": no run's points in sight";
    EXPECT_GE(shown, 0.9 * looked) << entry.name << ": " << shown << " of " << looked << " points in sight";
  }
}

// SGD with lr 1.5 on the bowl doubles its distance from the minimum every step (x ← −2x), along the
// line through the start and the origin, until it overflows. Lifting its far segments once cut them
// into more pieces than memory holds; now the trail is clipped to the surface's box, as the 2D
// canvas clips it to its edges. From above the box fills the middle of the picture (its corners
// project inside 40 pixels of the centre's 200, see BowlFromAboveIsThe2dLayout): no trail colour
// outside it. (Its late steps, 1e200 apart, once crossed the box anywhere: rounding.)
TEST(Render3d, ADivergingRunIsDrawnInsideTheBoxOnly) {
  const std::string scene = writeText("bowl_diverging.json", R"({"landscape": "x^2 + y^2",
      "view": {"xmin": -2, "xmax": 2, "ymin": -2, "ymax": 2}, "colors": {"log": false}, "steps": 1100,
      "runs": [{"optimizer": "sgd", "params": {"lr": 1.5}, "start": [-1.5, -1], "color": "#ff00ff"}],
      "view3d": {"mode": "3d", "yaw": -90, "pitch": 90, "distance": 6}})");
  const std::string out = tempPath("bowl3d_diverging.png");
  const Result r = renderCli("--scene " + scene + " --size 400x400 --out " + out);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("diverged at step"), std::string::npos) << r.err;
  const Image image = load(out);
  int inside = 0, outside = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      if (distance(image.at(x, y), {255, 0, 255}) > 60) continue;
      // Below the legend's top strip (its swatch is the run's colour).
      const bool nearEdge = y >= 50 && (x < 40 || x >= kSide - 40 || y >= kSide - 40);
      ++(nearEdge ? outside : inside);
    }
  EXPECT_GT(inside, 50);
  EXPECT_EQ(outside, 0);
}

}  // namespace
}  // namespace lv::test
