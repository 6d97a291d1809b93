// The panels run a frame headless, and the CSV export has one header and a row per trajectory point.
#include "app/gui/composer.h"
#include "app/gui/imgui_host.h"
#include "app/platform/gl_context.h"
#include "app/ui/csv_export.h"
#include "app/ui/panels.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <sstream>

namespace lv {
namespace {

sim::Session defaultSession() {
  std::string error;
  auto session = sim::Session::fromScene(sim::defaultScene(), &error);
  EXPECT_TRUE(session.has_value()) << error;
  return std::move(*session);
}

TEST(CsvExport, HeaderAndOneRowPerPoint) {
  sim::Session session = defaultSession();
  session.restart();
  session.advance(5);
  const std::string csv = ui::runsCsv(session);
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "run,step,x,y,loss,grad_x,grad_y");
  size_t rows = 0, expected = 0;
  while (std::getline(lines, line)) ++rows;
  for (const auto& live : session.runs) expected += live.run.trajectory().size();
  EXPECT_EQ(rows, expected);
  EXPECT_NE(csv.find("\n1,5,"), std::string::npos);
}

TEST(Names, TimestampedAndJoined) {
  const std::string name = ui::timestampedName(".png");
  EXPECT_EQ(name.rfind("lossviz-", 0), 0u);
  EXPECT_EQ(name.size(), std::string("lossviz-20240101-120000.png").size());
  EXPECT_EQ(ui::joinPath(".", "a.png"), "a.png");
  EXPECT_EQ(ui::joinPath("/tmp", "a.png"), "/tmp/a.png");
}

TEST(Panels, OneFrameWithUiAndScreenshotScales) {
  std::string error;
  platform::GlContextOptions options;
  options.visible = false;
  auto context = platform::GlContext::create(options, &error);
  ASSERT_TRUE(context.has_value()) << error;
  gui::ImGuiHost host(nullptr, 1.0f);
  gui::CanvasRenderer renderer;
  sim::Session session = defaultSession();
  ui::UiState state;
  std::vector<std::uint8_t> one, two;
  ASSERT_TRUE(gui::renderOffscreen(session, state, renderer, 320, 200, 1, true, one, &error)) << error;
  ASSERT_TRUE(gui::renderOffscreen(session, state, renderer, 320, 200, 2, true, two, &error)) << error;
  EXPECT_EQ(one.size(), 320u * 200u * 4u);
  EXPECT_EQ(two.size(), 640u * 400u * 4u);
  gui::applyUiScale(2.0f);
  state.uiScale = 2.0f;
  ASSERT_TRUE(gui::renderOffscreen(session, state, renderer, 1280, 720, 1, true, one, &error)) << error;
}

}  // namespace
}  // namespace lv

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
