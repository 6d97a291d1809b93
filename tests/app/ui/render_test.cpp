// `lossviz render` pixel facts: size, the run's colour along its path and not in a far corner,
// hyperparameters and log scale change the picture, no display and bad --out exit 2.
#include "app/sim/run.h"
#include "app/sim/scene.h"
#include "app/sim/view.h"
#include "landscapes/catalog.h"

#include <gtest/gtest.h>
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace lv {
namespace {

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgb;
  bool near(int x, int y, int r, int g, int b, int radius) const {
    for (int dy = -radius; dy <= radius; ++dy)
      for (int dx = -radius; dx <= radius; ++dx) {
        const int px = x + dx, py = y + dy;
        if (px < 0 || py < 0 || px >= width || py >= height) continue;
        const unsigned char* p = &rgb[(static_cast<size_t>(py) * width + px) * 3];
        if (std::abs(p[0] - r) < 30 && std::abs(p[1] - g) < 30 && std::abs(p[2] - b) < 30) return true;
      }
    return false;
  }
};

int render(const std::string& flags) {
  const std::string command = std::string(LOSSVIZ_EXE) + " render " + flags + " 2>/tmp/lv_render_stderr";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Image load(const std::string& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 3);
  if (data) image.rgb.assign(data, data + static_cast<size_t>(image.width) * image.height * 3);
  stbi_image_free(data);
  return image;
}

const std::string kAdam = "--landscape rosenbrock --optimizer adam --set lr=0.05 --start -1.5,2 --steps 300";

TEST(Render, RunColourAlongItsPathAndSizeRespected) {
  ASSERT_EQ(render(kAdam + " --size 640x360 --out /tmp/lv_t1.png"), 0);
  const Image image = load("/tmp/lv_t1.png");
  ASSERT_EQ(image.width, 640);
  ASSERT_EQ(image.height, 360);
  // The first run gets paletteColor(0).
  const sim::Rgba c = sim::paletteColor(0);
  const int r = static_cast<int>(c[0] * 255 + 0.5f), g = static_cast<int>(c[1] * 255 + 0.5f), b = static_cast<int>(c[2] * 255 + 0.5f);
  const auto landscape = landscapes::resolveLandscape("rosenbrock");
  auto optimizer = optim::Optimizer::create("adam");
  optimizer->set("lr", 0.05);
  sim::Run run(landscape->formula, *optimizer, sim::Vec2(-1.5, 2));
  run.advance(300);
  sim::ViewTransform transform{sim::fitted(landscape->view, 640, 360), 640, 360};
  int hits = 0, samples = 0;
  for (size_t k = 20; k < run.trajectory().size(); k += 20, ++samples) {
    const sim::Vec2 p = transform.toScreen(run.trajectory().points[k]);
    hits += image.near(static_cast<int>(p.x()), static_cast<int>(p.y()), r, g, b, 2) ? 1 : 0;
  }
  EXPECT_GE(hits, samples * 3 / 4);
  EXPECT_FALSE(image.near(10, 350, r, g, b, 8));
}

TEST(Render, LearningRateAndLogScaleChangeThePicture) {
  ASSERT_EQ(render(kAdam + " --size 320x200 --out /tmp/lv_a.png"), 0);
  ASSERT_EQ(render("--landscape rosenbrock --optimizer adam --set lr=0.005 --start -1.5,2 --steps 300 --size 320x200 --out /tmp/lv_b.png"), 0);
  ASSERT_EQ(render(kAdam + " --size 320x200 --log 0 --out /tmp/lv_c.png"), 0);
  const Image a = load("/tmp/lv_a.png"), b = load("/tmp/lv_b.png"), c = load("/tmp/lv_c.png");
  EXPECT_NE(a.rgb, b.rgb);
  EXPECT_NE(a.rgb, c.rgb);
}

TEST(Render, NoDisplayExitsTwoWithOneLine) {
  const std::string command = "env -u DISPLAY " + std::string(LOSSVIZ_EXE) + " render " + kAdam +
                              " --out /tmp/lv_nodisplay.png 2>/tmp/lv_render_stderr";
  const int status = std::system(command.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 2);
  std::ifstream err("/tmp/lv_render_stderr");
  std::string first, second;
  std::getline(err, first);
  EXPECT_FALSE(first.empty());
  EXPECT_FALSE(std::getline(err, second));
}

TEST(Render, BadOutDirectoryExitsTwoAndLeavesNothing) {
  EXPECT_EQ(render(kAdam + " --out /tmp/lv_no_such_dir/x.png"), 2);
  EXPECT_FALSE(std::ifstream("/tmp/lv_no_such_dir/x.png").good());
  EXPECT_EQ(render("--optimizer nope --out /tmp/lv_x.png"), 2);
}

}  // namespace
}  // namespace lv
