// Shared helpers for the tests that drive `lossviz render` (LOSSVIZ_EXE) and inspect its PNGs:
// per-test temporary paths (removed once every test has passed), running the verb, decoding the
// image, and where a run's trail lies on the canvas.
#pragma once

#include "app/sim/run.h"
#include "app/sim/scene.h"
#include "app/sim/view.h"
#include "tests/app/lossviz_process.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

namespace lv::test {

using Rgb = std::array<int, 3>;

/// `name` made unique to the running test and process (CTest may run tests in parallel).
std::string tempPath(const std::string& name);
/// Writes `text` to tempPath(name) and returns that path.
std::string writeText(const std::string& name, const std::string& text);

using Result = ProcessResult;

/// Runs `env LOSSVIZ_EXE render flags` through the shell (formulas in single quotes).
Result renderCli(const std::string& flags, const std::string& env = "");
/// Exit 0 and no "internal OpenGL error" line on stderr.
void expectCleanRender(const Result& r, const std::string& what);

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgb;
  Rgb at(int x, int y) const;
  /// A pixel within `radius` of (x, y) has every channel within `tolerance` of `c`.
  bool near(int x, int y, const Rgb& c, int radius, int tolerance = 30) const;
};

/// Decodes a PNG as RGB; an empty image when it cannot be read.
Image load(const std::string& path);
/// Largest per-channel difference.
int distance(const Rgb& a, const Rgb& b);
Rgb rgbOf(const sim::Rgba& c);

/// The run `render` draws for these flags, stepped on the CPU.
sim::Run simulate(const char* landscape, const char* optimizer, double lr, const sim::Vec2& start,
                  size_t steps);
/// What the canvas shows without the UI: the landscape's suggested view fitted to the image.
sim::ViewTransform canvasTransform(const char* landscape, int width, int height);
/// The trail as drawn: screen points of the trajectory, skipping what the GPU never receives.
std::vector<sim::Vec2> screenPath(const sim::Run& run, const sim::ViewTransform& t);
/// Distance in pixels from `q` to the polyline `path` (to its point when it has one).
double distanceToPath(const std::vector<sim::Vec2>& path, const sim::Vec2& q);

/// Adam on Rosenbrock from (-1.5, 2), 300 steps: a converging run.
extern const std::string kAdam;

}  // namespace lv::test
