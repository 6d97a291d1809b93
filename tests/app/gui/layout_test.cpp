// The window's layout rule: the side panel and the loss plot grow with the UI scale but leave the
// canvas most of a small window (1280x720 at UI scale 1.5 and 2), and never shrink below a size
// their widgets stay usable at. Values by hand from the rule in panels.h.
#include "app/ui/panels.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

TEST(Layout, TheSidePanelTakesAtMostAThirdOfASmallWindow) {
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(1.0f, 1920), 330);           // the preferred width fits
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(1.0f, 1280), 330);           // 26 %
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(1.5f, 1280), 0.33f * 1280);  // 495 preferred, 422.4 allowed
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(2.0f, 1280), 0.33f * 1280);  // 660 preferred
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(2.0f, 1920), 0.33f * 1920);  // 660 preferred, 633.6 allowed
  for (float scale : {1.0f, 1.25f, 1.5f, 2.0f})
    for (float width : {1280.0f, 1600.0f, 1920.0f, 2560.0f})
      EXPECT_LE(ui::sidePanelWidth(scale, width), 0.34f * width) << scale << " " << width;
}

TEST(Layout, ThePanelsNeverShrinkBelowAUsableSize) {
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(3.0f, 1280), 600);  // 200 × 3: above a third, below a half
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(1.0f, 500), 200);
  EXPECT_FLOAT_EQ(ui::sidePanelWidth(2.0f, 600), 300);  // the usable 400 capped at half the window
  EXPECT_FLOAT_EQ(ui::lossPlotHeight(2.0f, 720), 240);  // 380 preferred, 216 allowed, 240 usable
  EXPECT_FLOAT_EQ(ui::lossPlotHeight(1.0f, 300), 120);
}

TEST(Layout, TheLossPlotTakesAtMostThirtyPercentOfTheHeight) {
  EXPECT_FLOAT_EQ(ui::lossPlotHeight(1.0f, 1080), 190);
  EXPECT_FLOAT_EQ(ui::lossPlotHeight(1.0f, 720), 190);
  EXPECT_FLOAT_EQ(ui::lossPlotHeight(1.5f, 720), 0.3f * 720);  // 285 preferred
  EXPECT_FLOAT_EQ(ui::lossPlotHeight(2.0f, 1080), 0.3f * 1080);
}

// A 2x screenshot lays the panels out at twice the UI scale in a window twice the size: the same
// layout at twice the size.
TEST(Layout, TwiceTheScaleInTwiceTheWindowIsTwiceTheLayout) {
  for (float scale : {1.0f, 1.5f, 2.0f, 3.0f})
    for (float side : {600.0f, 1280.0f, 1920.0f}) {
      EXPECT_FLOAT_EQ(ui::sidePanelWidth(2 * scale, 2 * side), 2 * ui::sidePanelWidth(scale, side));
      EXPECT_FLOAT_EQ(ui::lossPlotHeight(2 * scale, 2 * side), 2 * ui::lossPlotHeight(scale, side));
    }
}

}  // namespace
}  // namespace lv
