// `lossviz render`: draws what the window's canvas shows after N steps into a PNG, with no window
// shown (hidden GL context, ImGui, offscreen framebuffer; the composition is app/gui's).
#include "app/cli/render_output.h"
#include "app/cli/verbs.h"
#include "app/gui/offscreen.h"
#include "app/gui/imgui_host.h"
#include "app/platform/gl_context.h"
#include "app/render/gl_check.h"
#include "app/render/png_writer.h"
#include "app/sim/colormap.h"
#include "app/sim/session.h"
#include "app/sim/view.h"
#include "app/ui/csv_export.h"

#include <cstdio>
#include <iostream>

namespace lv::cli {
namespace {

constexpr long kMaxSide = 8192;

sim::Scene sceneFromFlags(const Flags& flags) {
  if (auto path = lastValue(flags, "scene")) {
    for (const char* other : {"landscape", "optimizer", "set", "start"})
      if (hasFlag(flags, other)) throw UsageError{std::string("--scene cannot be combined with --") + other};
    std::string error;
    auto scene = sim::loadScene(*path, &error);
    if (!scene) throw UsageError{error};
    return *scene;
  }
  sim::Scene scene;
  scene.landscape = landscapeFromFlag(lastValue(flags, "landscape").value_or("rosenbrock")).name;
  if (!hasFlag(flags, "optimizer")) throw UsageError{"missing --optimizer NAME or --scene FILE"};
  const auto startText = lastValue(flags, "start");
  const auto [x, y] =
      startText ? parsePair(*startText, ',', "--start") : std::pair<double, double>(-1.5, 2.0);
  scene.runs = runSpecsFromFlags(flags, optim::Vec2(x, y));
  scene.steps = 200;
  return scene;
}

}  // namespace

int runRender(const std::vector<std::string>& args) {
  VerbSpec spec{
      "render",
      "Draw a scene (surface, contours, trails, minima, axes, legend) into a PNG, SVG, PDF or video, no "
      "window shown.",
      {{"scene", "FILE", "scene JSON (instead of --landscape/--optimizer)"},
       {"landscape", "NAME|FORMULA", "catalog landscape or formula (default rosenbrock)"},
       {"optimizer", "NAME", "add a run (repeatable; each followed by its own --set)"},
       {"set", "KEY=VALUE", "hyperparameter of the preceding --optimizer"},
       {"start", "X,Y", "start point of every run (default -1.5,2)"},
       {"steps", "N", "updates per run (default: the scene's, or 200)"},
       {"size", "WxH", "image size in pixels (default 1280x720, at most 8192 per side)"},
       {"colormap", "NAME", "surface colormap"},
       {"log", "0|1", "logarithmic colour scale"}}};
  for (const FlagSpec& flag : renderOutputFlags()) spec.flags.push_back(flag);
  const Flags flags = parseFlags(args, spec);
  if (hasFlag(flags, "help")) {
    std::cout << helpText(spec);
    return 0;
  }
  sim::Scene scene = sceneFromFlags(flags);
  if (auto steps = lastValue(flags, "steps"))
    scene.steps = static_cast<size_t>(parseCount(*steps, "--steps", 0, 10000000));
  else if (scene.steps == 0)
    scene.steps = 200;
  const auto [w, h] = parsePair(lastValue(flags, "size").value_or("1280x720"), 'x', "--size");
  if (w != static_cast<long>(w) || h != static_cast<long>(h) || w < 16 || h < 16 || w > kMaxSide ||
      h > kMaxSide)
    throw UsageError{"--size: expected WxH with whole sides in [16, 8192]"};
  const RenderOutput output = renderOutputFromFlags(flags, static_cast<int>(w), static_cast<int>(h));
  if (auto colormap = lastValue(flags, "colormap")) {
    if (!sim::isColormap(*colormap)) throw UsageError{"--colormap: unknown colormap '" + *colormap + "'"};
    scene.colors.colormap = *colormap;
  }
  if (auto log = lastValue(flags, "log")) scene.colors.logScale = parseCount(*log, "--log", 0, 1) == 1;
  scene.stepLimit = std::max(scene.stepLimit, scene.steps);

  std::string error;
  auto session = sim::Session::fromScene(scene, &error);
  if (!session) throw UsageError{error};
  if (!scene.view) session->view = sim::fitted(session->landscape().view, w, h);
  if (output.drawnByCairo()) return writeCairoOutput(output, *session);

  platform::GlContextOptions options;
  options.width = 64;
  options.height = 64;
  options.visible = false;
  options.vsync = false;
  auto context = platform::GlContext::create(options, &error);
  if (!context) {
    std::fprintf(stderr, "lossviz render: %s\n", error.c_str());
    return 2;
  }
  // Whatever context creation left in the GL error queue is not ours to report.
  render::checkGlErrors("context creation");
  std::vector<std::uint8_t> rgba;
  std::string glError;
  {
    gui::ImGuiHost host(nullptr, 1.0f);
    gui::CanvasRenderer renderer;
    ui::UiState state;
    state.showArrows = false;
    auto renderFrame = [&](sim::Session& frameSession, std::vector<std::uint8_t>& pixels,
                           std::string* frameError) {
      return gui::renderOffscreen(frameSession, state, renderer, static_cast<int>(w), static_cast<int>(h),
                                  output.scale, false, pixels, frameError);
    };
    if (exports::isAnimation(output.format)
            ? !writeAnimationOutput(output, *session, scene.steps, renderFrame, &error)
            : !renderFrame(*session, rgba, &error)) {
      std::fprintf(stderr, "lossviz render: %s\n", error.c_str());
      return 2;
    }
    render::checkGlErrors("drawing", &glError);
  }
  if (!exports::isAnimation(output.format) && !writePngOutput(output, rgba, &error)) {
    std::fprintf(stderr, "lossviz render: %s\n", error.c_str());
    return 2;
  }
  // A bug, not bad input: the picture is written, but say so (tests assert this never appears).
  if (!glError.empty()) std::fprintf(stderr, "lossviz render: internal OpenGL error %s\n", glError.c_str());
  // A diverged run is a result, not an error: exit 0, one line each, as the legend and label say.
  for (size_t i = 0; i < session->runs.size(); ++i) {
    const std::string note = ui::divergenceNote(i, session->runs[i].run);
    if (!note.empty()) std::fprintf(stderr, "%s\n", note.c_str());
  }
  return 0;
}

}  // namespace lv::cli
