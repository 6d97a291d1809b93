// Scene files: JSON text to a resolved Scene (every field validated once, here) and back.
#pragma once

#include "app/sim/scene.h"

#include <optional>
#include <string>

namespace lv::sim {

/// Parses, validates and resolves a scene (formula parsed, optimizers built). On failure returns
/// nullopt and `*error` names the field, e.g. "runs[2].params.beta1: hyperparameter 'beta1' = 1.5
/// out of range [0, 0.9999] for adam", or, for text that is not JSON, "not valid JSON at line L,
/// column C: ...".
std::optional<Scene> parseScene(const std::string& json, std::string* error);
/// Reads `path` (at most 1 MiB, larger files are refused naming their size) and parses it; errors
/// start with the path.
std::optional<Scene> loadScene(const std::string& path, std::string* error);
/// Serialises to pretty JSON; parseScene reads back every scene this writes (same JSON again).
std::string sceneToJson(const Scene& scene);
/// Writes whole or not at all (temp file + rename).
bool saveScene(const std::string& path, const Scene& scene, std::string* error);

}  // namespace lv::sim
