// The scene: everything a user sets up (landscape, view, colours, runs), as plain data that is
// saved to and loaded from JSON. Loading validates every field once, at this boundary.
#pragma once

#include "landscapes/catalog.h"
#include "optim/types.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lv::sim {

using Rgba = std::array<float, 4>;

struct ColorSettings {
  std::string colormap = "viridis";
  bool logScale = true;
  int contourCount = 20;  // 0..100
};

struct RunSpec {
  std::string optimizer = "adam";
  std::vector<std::pair<std::string, double>> params;  // overrides of the registry defaults
  optim::Vec2 start = optim::Vec2(-1.5, 2.0);
  Rgba color = {1, 1, 1, 1};
  bool visible = true;
};

struct Scene {
  std::string landscape = "rosenbrock";  // catalog name or formula
  std::optional<landscapes::Rect> view;  // none: the landscape's suggested view
  ColorSettings colors;
  std::vector<RunSpec> runs;
  size_t steps = 0;            // updates per run (the step counter when saved)
  size_t stepLimit = 10000;    // live stepping stops here
  double stepsPerSecond = 60;  // 1..5000
  bool restartOnChange = true;
};

/// The scene `lossviz` opens with: Rosenbrock with sgd, momentum, rmsprop and adam racing.
Scene defaultScene();

/// A distinct, colour-blind-friendly colour for the run at `index`.
Rgba paletteColor(size_t index);

/// Parses and validates a scene. On failure returns nullopt and `*error` names the field,
/// e.g. "runs[2].params.beta1: hyperparameter 'beta1' = 1.5 out of range [0, 0.9999] for adam",
/// or, for text that is not JSON, "not valid JSON at line L, column C: ...".
std::optional<Scene> parseScene(const std::string& json, std::string* error);
/// Reads `path` (at most 1 MiB, larger files are refused naming their size) and parses it; errors
/// start with the path.
std::optional<Scene> loadScene(const std::string& path, std::string* error);
/// Serialises to pretty JSON (round-trips through parseScene).
std::string sceneToJson(const Scene& scene);
/// Writes whole or not at all (temp file + rename).
bool saveScene(const std::string& path, const Scene& scene, std::string* error);

}  // namespace lv::sim
