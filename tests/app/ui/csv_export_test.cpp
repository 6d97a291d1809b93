// The CSV export: one row per point, a comment per run naming its settings and per diverged run,
// and no non-finite number.
#include "app/ui/csv_export.h"
#include "tests/app/ui/scene_fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

namespace lv {
namespace {

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(CsvExport, StateColumnsOnRequestAsTraceNamesThem) {
  sim::Session session = defaultSession();  // sgd, momentum, rmsprop, adam
  session.restart();
  session.advance(2);
  const auto lines = linesOf(ui::runsCsv(session, true));
  EXPECT_EQ(
      lines[0],
      "run,step,x,y,loss,grad_x,grad_y,momentum_buffer_x,momentum_buffer_y,step,square_avg_x,square_avg_y,"
      "grad_avg_x,grad_avg_y,exp_avg_x,exp_avg_y,exp_avg_sq_x,exp_avg_sq_y");
  // Adam's row 1: step 1, m₁ = (1 − β1)·g₀ = 0.1·g₀ (torch), g₀ the gradient at the start.
  const sim::Trajectory& t = session.runs[3].run.trajectory();
  const std::string prefix = "3,1,";
  const auto row =
      std::find_if(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
  ASSERT_NE(row, lines.end());
  std::vector<std::string> cells;
  std::istringstream in(*row);
  for (std::string cell; std::getline(in, cell, ',');) cells.push_back(cell);
  ASSERT_EQ(cells.size(), 18u);
  EXPECT_EQ(cells[7], "");  // no momentum_buffer for adam
  EXPECT_EQ(cells[9], "1");
  EXPECT_NEAR(std::stod(cells[14]), 0.1 * t.gradients[0].x(), 1e-15 * std::abs(t.gradients[0].x()));
  EXPECT_NEAR(std::stod(cells[16]), 0.001 * t.gradients[0].x() * t.gradients[0].x(),
              1e-14 * t.gradients[0].x() * t.gradients[0].x());
  // Without the request: the columns of before.
  EXPECT_EQ(linesOf(ui::runsCsv(session))[0], "run,step,x,y,loss,grad_x,grad_y");
}

TEST(CsvExport, HeaderAndOneRowPerPoint) {
  sim::Session session = defaultSession();
  session.restart();
  session.advance(5);
  const std::string csv = ui::runsCsv(session);
  const auto lines = linesOf(csv);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "run,step,x,y,loss,grad_x,grad_y");
  size_t expected = 0;
  for (const auto& live : session.runs) expected += live.run.trajectory().size();
  // Then one comment per run naming it, its optimizer and every hyperparameter; nothing diverged.
  ASSERT_EQ(lines.size() - 1, expected + session.runs.size());
  EXPECT_NE(csv.find("\n1,5,"), std::string::npos);
  EXPECT_EQ(lines[expected + 1],
            "# run 0 \"sgd\": sgd lr=0.001 momentum=0 dampening=0 nesterov=0 weight_decay=0");
  EXPECT_EQ(lines[expected + 2].rfind("# run 1 \"momentum\": momentum lr=0.001 momentum=0.9 ", 0), 0u);
  EXPECT_EQ(csv.find("diverged"), std::string::npos);
}

TEST(CsvExport, DivergedRunsEndWithACommentAndNoNonFiniteNumber) {
  sim::Session session = sessionOf(kDiverging, 100);
  ASSERT_FALSE(session.runs[0].run.diverged());
  ASSERT_EQ(session.runs[1].run.divergedAt(), std::optional<size_t>(5));
  ASSERT_EQ(session.runs[2].run.divergedAt(), std::optional<size_t>(0));
  const std::string csv = ui::runsCsv(session);
  const auto lines = linesOf(csv);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[lines.size() - 2], "# run 1 (sgd): diverged at step 5");
  EXPECT_EQ(lines[lines.size() - 1], "# run 2 (adam): diverged at step 0");
  EXPECT_EQ(ui::divergenceNote(0, session.runs[0].run), "");

  // What pandas.read_csv(path, comment='#') sees: the header, then rows of 7 finite numbers.
  std::string lower = csv;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  EXPECT_EQ(lower.find("nan"), std::string::npos);
  EXPECT_EQ(lower.find("inf"), std::string::npos);
  size_t rows = 0, lastSgdStep = 0, adamRows = 0;
  bool commentsStarted = false;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i][0] == '#') {
      commentsStarted = true;
      continue;
    }
    EXPECT_FALSE(commentsStarted) << "rows after the comments: " << lines[i];
    std::istringstream cells(lines[i]);
    std::vector<double> values;
    for (std::string cell; std::getline(cells, cell, ',');) {
      char* end = nullptr;
      values.push_back(std::strtod(cell.c_str(), &end));
      EXPECT_EQ(*end, '\0') << lines[i];
      EXPECT_TRUE(std::isfinite(values.back())) << lines[i];
    }
    ASSERT_EQ(values.size(), 7u) << lines[i];
    if (values[0] == 1) lastSgdStep = static_cast<size_t>(values[1]);
    if (values[0] == 2) ++adamRows;
    ++rows;
  }
  EXPECT_EQ(rows, 101u + 5u);  // 0..100 for adam, 0..4 for sgd, none for the overflowing start
  EXPECT_EQ(lastSgdStep, 4u);  // the last finite point, the step before the divergence
  EXPECT_EQ(adamRows, 0u);
}

}  // namespace
}  // namespace lv
