// Layering: optim/ includes only itself, Eigen and the standard library (no GL, ImGui, landscapes).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

TEST(OptimBoundary, IncludesOnlyOptimEigenAndStandardHeaders) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(LV_OPTIM_SOURCE_DIR)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".h" && ext != ".cpp") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("#include", 0) != 0) continue;
      const bool local = line.find("\"optim/") != std::string::npos;
      const bool eigen = line.find("<Eigen/") != std::string::npos;
      const bool standard = line.find('<') != std::string::npos && line.find('/') == std::string::npos;
      EXPECT_TRUE(local || eigen || standard) << entry.path().filename() << ": " << line;
    }
  }
  EXPECT_GT(files, 10);
}

}  // namespace
