// The GPU convergence-map engine (OpenGL 3.3 core): one fragment per pixel runs the optimizer's
// GLSL update (optim/glsl/, beside each C++ unit) on the landscape's exact GLSL derivatives
// (Formula::glslDerivatives), with the state in RGBA32F textures rendered ping-pong, many steps per
// pass. In float: it matches the float64 CPU reference (convergence_map.h) to float tolerance.
#pragma once

#include "app/maps/convergence_map.h"

#include <optional>
#include <string>

namespace lv::maps {

/// Computes `spec` on the GPU of the current GL context, `stepsPerPass` updates per fragment per
/// draw. On failure (no float render targets, a shader the driver rejects, a GL error) returns
/// nullopt and `*error` is one line. Leaves the context's framebuffer, program, viewport and texture
/// bindings at their defaults (0). A start where f or ∇f is not finite is diverged at step 0, as on
/// the CPU (for a data landscape without a closed form that is decided in float, on the GPU:
/// map_inputs.h). A data landscape's f_jet is FiniteSum's, over its rows bound as t_data. Known
/// difference: float overflows at 3e38, so a slowly diverging pixel can be flagged diverged earlier
/// than in float64 (or only on the GPU within the steps asked).
std::optional<ConvergenceMap> computeMapGpu(const MapSpec& spec, std::string* error, long stepsPerPass = 64);

/// The GLSL fragment shader of one pass for `spec` (#version line included), for tests and logs.
std::string mapStepShader(const MapSpec& spec);

}  // namespace lv::maps
