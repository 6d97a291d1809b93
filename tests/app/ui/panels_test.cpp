// In-process composition tests: frames rendered through gui::renderOffscreen (with and without the UI, at
// 1x and 2x, on diverging, pole and huge-valued scenes) raise no OpenGL error, and the 2x
// screenshot is the 1x picture at twice the size.
#include "app/ui/panels.h"
#include "app/gui/imgui_host.h"
#include "app/gui/offscreen.h"
#include "app/gui/ui_scale.h"
#include "app/platform/gl_context.h"
#include "app/render/gl_check.h"
#include "app/sim/scene_json.h"
#include "app/sim/view.h"
#include "app/ui/csv_export.h"
#include "tests/app/gui/ui_driver.h"
#include "tests/app/ui/gl_harness.h"
#include "tests/app/ui/scene_fixtures.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace lv {
namespace {

struct Frame {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
  std::array<int, 3> at(int x, int y) const {
    const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
  }
};

Frame renderFrame(sim::Session& session, ui::UiState& state, gui::CanvasRenderer& renderer, int width,
                  int height, int scale, bool withUi) {
  Frame frame{width * scale, height * scale, {}};
  std::string error;
  EXPECT_TRUE(
      gui::renderOffscreen(session, state, renderer, width, height, scale, withUi, frame.rgba, &error))
      << error;
  EXPECT_TRUE(render::checkGlErrors("renderOffscreen", &error))
      << error << " (scale " << scale << (withUi ? ", with UI)" : ", no UI)");
  EXPECT_EQ(frame.rgba.size(), static_cast<size_t>(frame.width) * static_cast<size_t>(frame.height) * 4u);
  return frame;
}

TEST(Panels, OneFrameWithUiAndScreenshotScales) {
  LV_REQUIRE_GL();
  gui::CanvasRenderer renderer;
  sim::Session session = defaultSession();
  ui::UiState state;
  renderFrame(session, state, renderer, 320, 200, 1, true);
  renderFrame(session, state, renderer, 320, 200, 2, true);
  EXPECT_EQ(state.uiScale, 1.0f);  // restored after the 2x frame
  gui::applyUiScale(2.0f);
  state.uiScale = 2.0f;
  renderFrame(session, state, renderer, 1280, 720, 1, true);
  gui::applyUiScale(1.0f);
}

// One live frame of the side panel at 1280x720 with the mouse at `mouse` and `wheel` notches.
void livePanelFrame(sim::Session& session, ui::UiState& state, ImVec2 mouse, float wheel = 0) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1280, 720);
  io.DeltaTime = 1.0f / 60.0f;
  io.MousePos = mouse;
  io.MouseWheel = wheel;
  ImGui::NewFrame();
  ui::drawSidePanel(session, state);
  ImGui::Render();
}

float panelScrollY() { return ImGui::FindWindowByName("lossviz")->Scroll.y; }

// A 2x screenshot with the UI shows the user's UI scale, not the shot's, and leaves the live
// state alone: the UI scale and the side panel's scroll position are what they were.
TEST(Screenshot, LeavesTheLiveUiAsItWasAndShowsTheUsersUiScale) {
  LV_REQUIRE_GL();
  sim::Session session = defaultSession();
  ui::UiState state;
  state.uiScale = 1.5f;
  gui::applyUiScale(state.uiScale);
  livePanelFrame(session, state, ImVec2(100, 300));
  std::string shotText;
  ImGuiContextHook hook;
  hook.Type = ImGuiContextHookType_RenderPost;
  hook.UserData = &shotText;
  hook.Callback = [](ImGuiContext*, ImGuiContextHook* h) {
    *static_cast<std::string*>(h->UserData) = test::drawnText(ImGui::GetDrawData());
  };
  const ImGuiID hookId = ImGui::AddContextHook(ImGui::GetCurrentContext(), &hook);
  gui::CanvasRenderer renderer;
  renderFrame(session, state, renderer, 1280, 720, 2, true);
  ImGui::RemoveContextHook(ImGui::GetCurrentContext(), hookId);
  EXPECT_NE(shotText.find("1.50 UI scale"), std::string::npos) << shotText;
  EXPECT_EQ(state.uiScale, 1.5f);

  for (int i = 0; i < 3; ++i) livePanelFrame(session, state, ImVec2(100, 300), i == 1 ? -3.0f : 0.0f);
  const float scrolled = panelScrollY();
  ASSERT_GT(scrolled, 0.0f) << "the panel should scroll at 1280x720, UI scale 1.5";
  renderFrame(session, state, renderer, 1280, 720, 2, true);
  livePanelFrame(session, state, ImVec2(100, 300));
  EXPECT_EQ(panelScrollY(), scrolled);
  gui::applyUiScale(1.0f);
}

struct GlCase {
  const char* name;
  std::string scene;
  size_t steps;
};

TEST(GlErrors, NoneFromAnyFrameWithOrWithoutUiAtOneAndTwoTimes) {
  LV_REQUIRE_GL();
  const std::vector<GlCase> cases = {
      {"default scene", sim::sceneToJson(sim::defaultScene()), 200},
      {"diverging runs", kDiverging, 200},
      // Infinite on the unit circle; the run starts on it (diverged at step 0).
      {"pole on a circle",
       R"js({"landscape": "1/(x*x+y*y-1)", "runs": [{"optimizer": "adam", "start": [0, 1]},
                              {"optimizer": "adam", "start": [-1.5, 2]}]})js",
       100},
      {"infinite half-plane",
       R"js({"landscape": "1/(x+abs(x))", "runs": [{"optimizer": "sgd", "start": [1, 0]}]})js", 100},
      {"log at zero", R"js({"landscape": "log(x) + y^2", "runs": [{"optimizer": "sgd", "start": [0, 1]}]})js",
       10},
      // Finite values far beyond float: the surface, trail, markers and loss plot must cope.
      {"huge surface", R"js({"landscape": "1e300*(x^2+y^2)", "runs": [{"optimizer": "adam", "start": [1, 1]},
                          {"optimizer": "sgd", "start": [1, 1]}]})js",
       50},
      {"points at 1e300", R"js({"landscape": "x + y", "runs": [{"optimizer": "sgd", "start": [1e300, -1e300]},
                             {"optimizer": "adam", "params": {"lr": 10}, "start": [1e29, 1e29]},
                             {"optimizer": "adam", "start": [0, 0]}]})js",
       50},
  };
  for (const GlCase& c : cases) {
    SCOPED_TRACE(c.name);
    sim::Session session = sessionOf(c.scene, c.steps);
    gui::CanvasRenderer renderer;
    ui::UiState state;
    for (bool withUi : {false, true})
      for (int scale : {1, 2}) renderFrame(session, state, renderer, 640, 400, scale, withUi);
  }
}

// Losses from +1e308 down to -1e308 (lion steps by lr whatever the gradient): `loss - floor`
// overflows a double. The loss plot must still draw (and return) and raise no GL error.
// (It used to hang: an infinite `loss - floor` made the grid loop endless.)
TEST(GlErrors, LossPlotCopesWithLossesSpanningTheWholeDoubleRange) {
  LV_REQUIRE_GL();
  sim::Session session = sessionOf(R"js({"landscape": "1e308*sin(x)", "runs": [
      {"optimizer": "lion", "params": {"lr": 0.5}, "start": [1.5, 0]}]})js",
                                   20);
  const auto& losses = session.runs[0].run.trajectory().losses;
  ASSERT_GT(losses.front(), 9e307);
  ASSERT_LT(*std::min_element(losses.begin(), losses.end()), -9e307);
  gui::CanvasRenderer renderer;
  ui::UiState state;
  renderFrame(session, state, renderer, 1024, 640, 1, true);
}

// Mean colour of the scale×scale block that covers 1x pixel (x, y) in the larger picture.
std::array<int, 3> blockMean(const Frame& big, int scale, int x, int y) {
  std::array<int, 3> sum{0, 0, 0};
  for (int dy = 0; dy < scale; ++dy)
    for (int dx = 0; dx < scale; ++dx) {
      const auto p = big.at(x * scale + dx, y * scale + dy);
      for (int c = 0; c < 3; ++c) sum[c] += p[c];
    }
  for (int& v : sum) v /= scale * scale;
  return sum;
}

int distance(const std::array<int, 3>& a, const std::array<int, 3>& b) {
  int worst = 0;
  for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(a[c] - b[c]));
  return worst;
}

TEST(Screenshot, TwoTimesIsTwiceTheSizeAndTheSamePicture) {
  LV_REQUIRE_GL();
  for (bool withUi : {false, true}) {
    SCOPED_TRACE(withUi ? "with UI" : "canvas only");
    sim::Session session = defaultSession();
    session.advance(300);
    gui::CanvasRenderer renderer;
    ui::UiState state;
    const int width = 960, height = 600;
    const Frame one = renderFrame(session, state, renderer, width, height, 1, withUi);
    const Frame two = renderFrame(session, state, renderer, width, height, 2, withUi);
    ASSERT_EQ(two.width, 2 * width);
    ASSERT_EQ(two.height, 2 * height);
    // The canvas rectangle at 1x; at 2x every panel is laid out at twice the UI scale.
    const int left = withUi ? static_cast<int>(ui::sidePanelWidth(1.0f, width)) : 0;
    const int bottom = height - (withUi ? static_cast<int>(ui::lossPlotHeight(1.0f, height)) : 0);
    ASSERT_LT(left + 100, width);
    ASSERT_GT(bottom, 100);
    // Around the canvas centre (9×9 pixels, median: the 1-pixel grid line through x = 0 is
    // thinner at 2x) and over the whole canvas, the same colours at the same places, apart from
    // the edges of lines and text, which are sharper at 2x.
    const int cx = (left + width) / 2, cy = bottom / 2;
    std::vector<int> centre;
    for (int dy = -4; dy <= 4; ++dy)
      for (int dx = -4; dx <= 4; ++dx)
        centre.push_back(distance(one.at(cx + dx, cy + dy), blockMean(two, 2, cx + dx, cy + dy)));
    std::nth_element(centre.begin(), centre.begin() + 40, centre.end());
    EXPECT_LE(centre[40], 8);
    size_t samples = 0, close = 0;
    for (int y = 4; y < bottom - 4; y += 7)
      for (int x = left + 4; x < width - 4; x += 7, ++samples)
        close += distance(one.at(x, y), blockMean(two, 2, x, y)) <= 24 ? 1 : 0;
    EXPECT_GE(close, samples * 95 / 100) << close << " of " << samples;
    // A different picture (another view) is told apart by the same measure.
    session.view = sim::panned(session.view, width, height, 40, 0);
    const Frame moved = renderFrame(session, state, renderer, width, height, 2, withUi);
    size_t stillClose = 0;
    for (int y = 4; y < bottom - 4; y += 7)
      for (int x = left + 4; x < width - 4; x += 7)
        stillClose += distance(one.at(x, y), blockMean(moved, 2, x, y)) <= 24 ? 1 : 0;
    EXPECT_LT(stillClose, samples * 95 / 100) << stillClose << " of " << samples;
  }
}

}  // namespace
}  // namespace lv

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
