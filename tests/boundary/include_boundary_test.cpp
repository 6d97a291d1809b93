// Layering, checked by reading every #include of every layer's sources (DESIGN.md "Layers", STYLE.md
// "Layers are CMake targets"). One table: the lowest layers list what they may include; the app
// layers list what they must not. Folders that do not exist yet are skipped; subfolders are read too.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Include-path prefixes of each forbidden family.
const std::vector<std::string> kOpenGl = {"GL/", "GLES", "epoxy/", "glad/"};
const std::vector<std::string> kGlfw = {"GLFW/"};
const std::vector<std::string> kImGui = {"imgui", "backends/imgui"};

struct Layer {
  const char* folder;  // relative to the source root
  bool required;       // false: a layer that may not exist yet
  // Allow-list mode when non-empty: the only "..." includes allowed (prefixes), and <...> limited to
  // Eigen and the standard library (no '/' and no '.', as in <vector>).
  std::vector<std::string> allowedQuoted;
  // Deny-list mode: include-path prefixes that must not appear, quoted or angled.
  std::vector<std::string> forbidden;
};

std::vector<std::string> joined(std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> all;
  for (const auto& part : parts) all.insert(all.end(), part.begin(), part.end());
  return all;
}

std::vector<Layer> layers() {
  // sim and figure are headless: no GL, no window, no ImGui, nothing from the layers above them.
  const std::vector<std::string> headless =
      joined({kOpenGl, kGlfw, kImGui, {"app/render/", "app/ui/", "app/gui/", "app/platform/"}});
  return {
      {"landscapes", true, {"landscapes/"}, {}},
      // lv_assert.h is the one house header of the lowest layer that every layer may use.
      {"optim", true, {"optim/", "landscapes/lv_assert.h"}, {}},
      {"app/sim", false, {}, headless},
      {"app/figure", false, {}, headless},
      {"app/render", false, {}, joined({kGlfw, kImGui, {"app/ui/", "app/gui/", "app/platform/"}})},
      {"app/ui", false, {}, joined({kOpenGl, kGlfw, {"app/render/", "app/gui/", "app/platform/"}})},
  };
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

bool anyPrefix(const std::string& path, const std::vector<std::string>& prefixes) {
  for (const std::string& prefix : prefixes) {
    if (startsWith(path, prefix)) return true;
  }
  return false;
}

/// Why `path` (with its delimiter: '"' or '<') may not be included from `layer`, or "" if it may.
std::string violation(const Layer& layer, char delimiter, const std::string& path) {
  if (!layer.allowedQuoted.empty()) {
    if (delimiter == '"') return anyPrefix(path, layer.allowedQuoted) ? "" : "house header outside the layer";
    const bool standard = path.find('/') == std::string::npos && path.find('.') == std::string::npos;
    return startsWith(path, "Eigen/") || standard ? "" : "neither Eigen nor the standard library";
  }
  return anyPrefix(path, layer.forbidden) ? "forbidden in this layer" : "";
}

bool isSource(const fs::path& file) {
  const std::string ext = file.extension().string();
  return ext == ".h" || ext == ".hpp" || ext == ".cpp" || ext == ".cc" || ext == ".inl";
}

TEST(IncludeBoundary, EveryLayerIncludesOnlyWhatItMay) {
  const std::regex include(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  for (const Layer& layer : layers()) {
    SCOPED_TRACE(layer.folder);
    const fs::path root = fs::path(LV_SOURCE_DIR) / layer.folder;
    if (!fs::is_directory(root)) {
      EXPECT_FALSE(layer.required) << "missing layer folder " << root;
      continue;
    }
    int files = 0;
    int includes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || !isSource(entry.path())) continue;
      ++files;
      std::ifstream in(entry.path());
      std::string line;
      int lineNumber = 0;
      while (std::getline(in, line)) {
        ++lineNumber;
        std::smatch match;
        if (!std::regex_search(line, match, include)) continue;
        ++includes;
        const std::string problem = violation(layer, match[1].str()[0], match[2].str());
        EXPECT_EQ(problem, "") << fs::relative(entry.path(), LV_SOURCE_DIR).string() << ":" << lineNumber
                               << ": " << line;
      }
    }
    if (layer.required) {
      EXPECT_GT(files, 0);
      EXPECT_GT(includes, 0);
    }
  }
}

TEST(IncludeBoundary, RulesRejectWhatTheyShould) {
  const std::vector<Layer> all = layers();
  const auto find = [&](const std::string& folder) {
    for (const Layer& layer : all) {
      if (folder == layer.folder) return layer;
    }
    return Layer{};
  };
  EXPECT_EQ(violation(find("optim"), '"', "landscapes/lv_assert.h"), "");
  EXPECT_NE(violation(find("optim"), '"', "landscapes/formula.h"), "");
  EXPECT_NE(violation(find("optim"), '<', "imgui.h"), "");
  EXPECT_EQ(violation(find("optim"), '<', "Eigen/Core"), "");
  EXPECT_EQ(violation(find("landscapes"), '<', "cmath"), "");
  EXPECT_NE(violation(find("landscapes"), '"', "optim/types.h"), "");
  EXPECT_NE(violation(find("app/sim"), '<', "epoxy/gl.h"), "");
  EXPECT_NE(violation(find("app/sim"), '"', "app/render/view.h"), "");
  EXPECT_EQ(violation(find("app/sim"), '<', "nlohmann/json.hpp"), "");
  EXPECT_NE(violation(find("app/render"), '<', "imgui.h"), "");
  EXPECT_NE(violation(find("app/render"), '<', "backends/imgui_impl_opengl3.h"), "");
  EXPECT_EQ(violation(find("app/render"), '<', "epoxy/gl.h"), "");
  EXPECT_NE(violation(find("app/ui"), '<', "GLFW/glfw3.h"), "");
  EXPECT_NE(violation(find("app/ui"), '"', "app/render/canvas.h"), "");
  EXPECT_EQ(violation(find("app/ui"), '<', "imgui.h"), "");
  EXPECT_NE(violation(find("app/figure"), '<', "imgui.h"), "");
}

}  // namespace
