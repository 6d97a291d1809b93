#include "app/sim/scene.h"

#include "landscapes/lv_assert.h"

namespace lv::sim {

optim::Optimizer defaultOptimizer() {
  auto adam = optim::Optimizer::create("adam");
  LV_ASSERT(adam, "adam is registered");
  return *adam;
}

landscapes::Landscape defaultLandscape() {
  auto rosenbrock = landscapes::resolveLandscape("rosenbrock");
  LV_ASSERT(rosenbrock, "rosenbrock is in the catalog");
  return *rosenbrock;
}

Rgba paletteColor(size_t index) {
  // Okabe–Ito and a lavender, ordered so that the first four contrast on viridis and stay apart
  // under deuteranopia (red and orange are not neighbours). No white: the arrows are white. Runs
  // beyond 8 also differ by head shape and dash (app/figure/run_style.h).
  static const Rgba kColors[] = {
      {0.95f, 0.26f, 0.21f, 1}, {0.34f, 0.71f, 0.91f, 1}, {0.94f, 0.89f, 0.26f, 1}, {0.80f, 0.47f, 0.65f, 1},
      {0.00f, 0.62f, 0.45f, 1}, {0.90f, 0.62f, 0.00f, 1}, {0.00f, 0.45f, 0.70f, 1}, {0.75f, 0.55f, 1.00f, 1},
  };
  return kColors[index % (sizeof kColors / sizeof kColors[0])];
}

Scene defaultScene() {
  Scene scene;
  const char* names[] = {"sgd", "momentum", "rmsprop", "adam"};
  const double rates[] = {1e-3, 1e-3, 1e-2, 5e-2};
  for (size_t i = 0; i < 4; ++i) {
    RunSpec run;
    run.optimizer = *optim::Optimizer::create(names[i]);
    run.optimizer.set("lr", rates[i]);
    run.start = optim::Vec2(-1.5, 2.0);
    run.color = paletteColor(i);
    scene.runs.push_back(run);
  }
  scene.stepLimit = 5000;
  scene.stepsPerSecond = 100;
  return scene;
}

}  // namespace lv::sim
