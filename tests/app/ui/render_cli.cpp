// See render_cli.h.
#include "tests/app/ui/render_cli.h"

#include "landscapes/catalog.h"

#include <stb_image.h>

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

namespace lv::test {
namespace {

std::vector<std::string>& tempPaths() {
  static std::vector<std::string> paths;
  return paths;
}

// Removes the files the tests wrote once all have passed; a failure leaves them to look at.
class TempFileCleanup : public testing::Environment {
 public:
  void TearDown() override {
    if (!testing::UnitTest::GetInstance()->Passed()) return;
    std::error_code ignored;
    for (const std::string& path : tempPaths()) std::filesystem::remove_all(path, ignored);
  }
};

testing::Environment* const kTempFileCleanup = testing::AddGlobalTestEnvironment(new TempFileCleanup);

}  // namespace

const std::string kAdam = "--landscape rosenbrock --optimizer adam --set lr=0.05 --start -1.5,2 --steps 300";

std::string tempPath(const std::string& name) {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  const std::string test = info ? info->name() : "global";
  const std::string path =
      testing::TempDir() + "lv_render_" + test + "_" + std::to_string(::getpid()) + "_" + name;
  tempPaths().push_back(path);
  return path;
}

std::string writeText(const std::string& name, const std::string& text) {
  const std::string path = tempPath(name);
  std::ofstream(path) << text;
  return path;
}

Result renderCli(const std::string& flags, const std::string& env) {
  return runLossviz("render " + flags, env);
}

void expectCleanRender(const Result& r, const std::string& what) {
  EXPECT_EQ(r.status, 0) << what << "\n" << r.err;
  EXPECT_EQ(r.err.find("OpenGL error"), std::string::npos) << what << "\n" << r.err;
}

Rgb Image::at(int x, int y) const {
  const unsigned char* p =
      &rgb[(static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)) * 3];
  return {p[0], p[1], p[2]};
}

bool Image::near(int x, int y, const Rgb& c, int radius, int tolerance) const {
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx) {
      const int px = x + dx, py = y + dy;
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const Rgb p = at(px, py);
      if (std::abs(p[0] - c[0]) < tolerance && std::abs(p[1] - c[1]) < tolerance &&
          std::abs(p[2] - c[2]) < tolerance)
        return true;
    }
  return false;
}

Image load(const std::string& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 3);
  if (data)
    image.rgb.assign(data, data + static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 3);
  stbi_image_free(data);
  return image;
}

int distance(const Rgb& a, const Rgb& b) {
  return std::max({std::abs(a[0] - b[0]), std::abs(a[1] - b[1]), std::abs(a[2] - b[2])});
}

Rgb rgbOf(const sim::Rgba& c) {
  return {static_cast<int>(c[0] * 255 + 0.5f), static_cast<int>(c[1] * 255 + 0.5f),
          static_cast<int>(c[2] * 255 + 0.5f)};
}

sim::Run simulate(const char* landscape, const char* optimizer, double lr, const sim::Vec2& start,
                  size_t steps) {
  auto opt = optim::Optimizer::create(optimizer);
  EXPECT_TRUE(opt->set("lr", lr));
  sim::Run run(landscapes::resolveLandscape(landscape)->formula, *opt, start);
  run.advance(steps);
  return run;
}

sim::ViewTransform canvasTransform(const char* landscape, int width, int height) {
  return {sim::fitted(landscapes::resolveLandscape(landscape)->view, width, height), double(width),
          double(height)};
}

std::vector<sim::Vec2> screenPath(const sim::Run& run, const sim::ViewTransform& t) {
  std::vector<sim::Vec2> points;
  for (const sim::Vec2& p : run.trajectory().points)
    if (p.allFinite() && p.cwiseAbs().maxCoeff() <= 1e30) points.push_back(t.toScreen(p));
  return points;
}

double distanceToPath(const std::vector<sim::Vec2>& path, const sim::Vec2& q) {
  double best = std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < path.size(); ++i) {
    const sim::Vec2 a = path[i], b = i + 1 < path.size() ? path[i + 1] : path[i];
    const sim::Vec2 ab = b - a;
    const double len2 = ab.squaredNorm();
    const double s = len2 > 0 ? std::clamp((q - a).dot(ab) / len2, 0.0, 1.0) : 0.0;
    best = std::min(best, (a + s * ab - q).norm());
  }
  return best;
}

}  // namespace lv::test
