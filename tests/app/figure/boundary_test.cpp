// app/figure stays headless: no GL, GLFW or ImGui header, nothing from the layers that draw it
// (render, ui, gui, platform), so vector export and tests use it without a display.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

TEST(FigureBoundary, IncludesNoDrawingLayer) {
  const char* forbidden[] = {"imgui",       "epoxy",   "GLFW",     "GL/",
                             "app/render/", "app/ui/", "app/gui/", "app/platform/"};
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LV_SOURCE_DIR) + "/app/figure")) {
    std::ifstream in(entry.path());
    ++files;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (line.rfind("#include", 0) != 0) continue;
      for (const char* name : forbidden)
        EXPECT_EQ(line.find(name), std::string::npos) << entry.path() << ":" << number << ": " << line;
    }
  }
  EXPECT_GT(files, 10);
}

}  // namespace
