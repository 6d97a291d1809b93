// SVG and PDF figures drawn headlessly: the SVG parses as XML (svg_facts.py) with text as <text>,
// contour paths and one trail path per run in its colour; a 10 000-step run does not become a
// 10 000-point path; a PDF starts as a PDF; failures leave nothing behind.
#include "app/export/vector_figure.h"
#include "app/sim/scene_dataset.h"
#include "app/sim/session.h"
#include "landscapes/data_catalog.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace lv::exports {
namespace {

sim::RunSpec runOf(const char* optimizer, double lr, const sim::Rgba& color) {
  sim::RunSpec run;
  run.optimizer = *optim::Optimizer::create(optimizer);
  EXPECT_TRUE(run.optimizer.set("lr", lr));
  run.start = {-1.5, 2};
  run.color = color;
  return run;
}

sim::Session twoRuns(std::size_t steps) {
  sim::Scene scene;
  scene.runs.push_back(runOf("adam", 0.01, {1.0f, 0.0f, 1.0f, 1}));
  scene.runs.push_back(runOf("sgd", 0.001, {0.0f, 1.0f, 0.0f, 1}));
  scene.steps = steps;
  scene.stepLimit = steps;
  return sim::Session::fromScene(scene);
}

struct SvgLine {
  std::array<int, 3> colour;
  double opacity = 1, width = 0;
  int points = 0;
};

struct SvgFacts {
  int texts = -1, contours = -1;
  std::vector<std::pair<std::array<int, 3>, int>> trails;  // colour, points
  std::vector<SvgLine> lines;                              // stroked paths of other widths
};

// Runs svg_facts.py (an XML parser, so a malformed SVG fails here) on `svg`.
std::optional<SvgFacts> factsOf(const std::string& svg) {
  const std::string path = testing::TempDir() + "lv_export_facts_" + std::to_string(::getpid()) + ".svg";
  std::ofstream(path, std::ios::binary) << svg;
  FILE* pipe = popen(("python3 " LV_SVG_FACTS " " + path + " 2>&1").c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string out;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  const int status = pclose(pipe);
  std::remove(path.c_str());
  EXPECT_EQ(status, 0) << out;
  SvgFacts facts;
  std::istringstream lines(out);
  for (std::string key; lines >> key;) {
    if (key == "texts") lines >> facts.texts;
    if (key == "contours") lines >> facts.contours;
    if (key == "trail") {
      std::array<int, 3> c;
      int points;
      lines >> c[0] >> c[1] >> c[2] >> points;
      facts.trails.push_back({c, points});
    }
    if (key == "line") {
      SvgLine line;
      lines >> line.colour[0] >> line.colour[1] >> line.colour[2] >> line.opacity >> line.width >>
          line.points;
      facts.lines.push_back(line);
    }
  }
  return facts;
}

bool havePython() { return std::system("python3 -c 'import xml.etree.ElementTree' >/dev/null 2>&1") == 0; }

FigureOptions small(OutputFormat format) {
  FigureOptions o;
  o.format = format;
  o.width = 480;
  o.height = 300;
  return o;
}

struct DrawnSvg {
  std::string svg;
  SvgFacts facts;
};

// twoRuns(steps) as a small SVG and what svg_facts.py reads in it; nullopt, with a test failure,
// when either step fails.
std::optional<DrawnSvg> drawnSvg(std::size_t steps) {
  std::string error;
  const auto svg = drawFigure(twoRuns(steps), small(OutputFormat::Svg), &error);
  EXPECT_TRUE(svg) << error;
  const auto facts = svg ? factsOf(*svg) : std::nullopt;
  EXPECT_TRUE(facts);
  if (!facts) return std::nullopt;
  return DrawnSvg{*svg, *facts};
}

TEST(VectorFigure, SvgHasTextContoursAndOnePathPerRun) {
  if (!havePython()) GTEST_SKIP() << "python3 is not installed (needed to parse the SVG as XML)";
  const auto drawn = drawnSvg(300);
  ASSERT_TRUE(drawn);
  const SvgFacts& facts = drawn->facts;
  const std::string& svg = drawn->svg;
  EXPECT_GE(facts.texts, 8);  // tick labels, legend rows, colour bar
  EXPECT_GE(facts.contours, 10);
  ASSERT_EQ(facts.trails.size(), 2u);
  EXPECT_EQ(facts.trails[0].first, (std::array<int, 3>{255, 0, 255}));
  EXPECT_EQ(facts.trails[1].first, (std::array<int, 3>{0, 255, 0}));
  EXPECT_NE(svg.find("font-family=\"DejaVu Sans\""), std::string::npos);
  EXPECT_NE(svg.find(">sgd"), std::string::npos);  // the legend's name, as text
}

TEST(VectorFigure, TenThousandStepsAreNotTenThousandPoints) {
  if (!havePython()) GTEST_SKIP() << "python3 is not installed (needed to parse the SVG as XML)";
  const auto drawn = drawnSvg(10000);
  ASSERT_TRUE(drawn);
  const SvgFacts& facts = drawn->facts;
  ASSERT_EQ(facts.trails.size(), 2u);
  // Thinned as the GL trails are (sim::thinnedPolyline): about one point per quarter pixel of path.
  for (const auto& [colour, points] : facts.trails) EXPECT_LT(points, 1000) << "of 10 001";
}

// An ensemble of 4 seeds, as the window draws it: four faint thin members (the run's own path and
// three more) and one bold mean path, all in the run's colour, and no 2.5 px trail of member 0.
TEST(VectorFigure, SvgDrawsAnEnsemblesMembersAndItsMeanPath) {
  if (!havePython()) GTEST_SKIP() << "python3 is not installed (needed to parse the SVG as XML)";
  sim::Scene scene;
  sim::SceneData data;
  data.catalog = "linear_regression";
  data.params = landscapes::findDataCatalogEntry("linear_regression")->defaults;
  data.params.rows = 40;
  data.batch.batch = 1;
  std::string error;
  scene.data = sim::resolveSceneData(data, &error);
  ASSERT_TRUE(scene.data) << error;
  scene.landscape = scene.data->landscape;
  scene.runs.push_back(runOf("sgd", 0.05, {1.0f, 0.0f, 1.0f, 1}));
  scene.runs[0].start = {0, 0};
  scene.runs[0].seeds = 4;
  scene.steps = scene.stepLimit = 40;
  const auto svg = drawFigure(sim::Session::fromScene(scene), small(OutputFormat::Svg), &error);
  ASSERT_TRUE(svg) << error;
  const auto facts = factsOf(*svg);
  ASSERT_TRUE(facts);
  EXPECT_TRUE(facts->trails.empty());
  int members = 0, means = 0;
  for (const SvgLine& line : facts->lines) {
    if (line.colour != std::array<int, 3>{255, 0, 255}) continue;  // halos, marker outlines
    if (std::abs(line.width - 0.4 * 2.5) < 1e-6) {
      ++members;
      EXPECT_NEAR(line.opacity, 1.0 / 3, 0.01);
    } else if (std::abs(line.width - 1.5 * 2.5) < 1e-6) {
      ++means;
      EXPECT_NEAR(line.opacity, 1, 1e-6);
    }
  }
  EXPECT_EQ(members, 4);
  EXPECT_EQ(means, 1);
}

TEST(VectorFigure, PdfIsAPdfOfTheFiguresSize) {
  std::string error;
  const auto pdf = drawFigure(twoRuns(50), small(OutputFormat::Pdf), &error);
  ASSERT_TRUE(pdf) << error;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0u);
  // 480 × 300 layout pixels of 1/96 inch are 360 × 225 points.
  EXPECT_NE(pdf->find("/MediaBox [ 0 0 360 225 ]"), std::string::npos);
}

TEST(VectorFigure, UnwritablePathLeavesNothing) {
  const std::string folder = testing::TempDir() + "lv_export_missing_" + std::to_string(::getpid());
  std::string error;
  EXPECT_FALSE(writeFigure(folder + "/fig.svg", twoRuns(10), small(OutputFormat::Svg), &error));
  EXPECT_NE(error.find(folder + "/fig.svg"), std::string::npos) << error;
  EXPECT_FALSE(std::filesystem::exists(folder));
}

TEST(VectorFigure, ImageBeyondTheLimitIsAnError) {
  FigureOptions o = small(OutputFormat::Pdf);
  o.dpi = 2400;  // 480 px at 25 image pixels each: 12 000 > 8192
  std::string error;
  EXPECT_FALSE(drawFigure(twoRuns(10), o, &error));
  EXPECT_EQ(error.rfind("--dpi:", 0), 0u) << error;
}

}  // namespace
}  // namespace lv::exports
