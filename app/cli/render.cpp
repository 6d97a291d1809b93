// `lossviz render`: draws what the window's canvas shows after N steps into a PNG, with no window
// shown (hidden GL context, ImGui, offscreen framebuffer; the composition is app/gui's).
#include "app/cli/map_render.h"
#include "app/cli/render_inspect.h"
#include "app/cli/render_output.h"
#include "app/cli/verbs.h"
#include "app/gui/imgui_host.h"
#include "app/gui/offscreen.h"
#include "app/platform/gl_context.h"
#include "app/render/gl_check.h"
#include "app/render/png_writer.h"
#include "app/sim/session.h"
#include "app/sim/view.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/csv_export.h"

#include <cstdio>

namespace lv::cli {
namespace {

const VerbSpec kSpec{
    "render",
    "Draw a scene (surface, contours, trails, minima, axes, legend) into a PNG, SVG, PDF or video, no "
    "window shown.",
    {{"scene", "FILE", "scene JSON (instead of --landscape/--optimizer)"},
     kLandscapeFlag,
     {"optimizer", "NAME", "add a run (repeatable; each followed by its own --set)"},
     kSetFlag,
     kScheduleFlag,
     {"start", "X,Y", "start point of every run (default -1.5,2)"},
     {"steps", "N", "updates per run (default: the scene's, or 200)"},
     {"seeds", "K", "repeat every run over seeds S..S+K-1: faint paths, bold mean (1 to 64, default 1)"},
     {"size", "WxH", "image size in pixels (default 1280x720, at most 8192 per side)"},
     {"colormap", "NAME", "surface colormap"},
     {"log", "0|1", "logarithmic colour scale"},
     {"view", "2d|3d|split", "the map, the 3D surface, or both side by side (default: the scene's, or 2d)"},
     {"camera", "YAW,PITCH[,DISTANCE]",
      "3D camera: azimuth and elevation in degrees, distance (default -60,35,3.4)"},
     {"height-scale", "H", "3D height of the colour range, in model units (0.05..3, default 0.8)"},
     {"color-range", "MIN:MAX[:EPS]", "fixed colour range (EPS: log offset)"}}};  // and renderOutputFlags()

/// Draws `session` offscreen at width × height into `rgba` (or, for a video, every frame of
/// `output` over `steps`) with a hidden GL context. False with
/// `*error` when there is no context (no display) or drawing fails; `*glError` names a GL error
/// left behind by drawing (a bug, not bad input).
bool drawOffscreen(sim::Session& session, ui::UiState& state, const RenderOutput& output, std::size_t steps,
                   std::vector<std::uint8_t>& rgba, std::string* glError, std::string* error) {
  auto context = platform::GlContext::create(platform::GlContextOptions::hidden(64, 64), error);
  if (!context) return false;
  // Whatever context creation left in the GL error queue is not ours to report.
  render::checkGlErrors("context creation");
  gui::ImGuiHost host(nullptr, 1.0f);
  gui::CanvasRenderer renderer;
  if (!prepareSceneMap(session, output.width, output.height, renderer.canvas().mapOverlay(), error))
    return false;
  auto renderFrame = [&](sim::Session& frameSession, std::vector<std::uint8_t>& pixels,
                         std::string* frameError) {
    return gui::renderOffscreen(frameSession, state, renderer, output.width, output.height, output.scale,
                                false, pixels, frameError);
  };
  if (exports::isAnimation(output.format) ? !writeAnimationOutput(output, session, steps, renderFrame, error)
                                          : !renderFrame(session, rgba, error))
    return false;
  render::checkGlErrors("drawing", glError);
  return true;
}

}  // namespace

int runRender(const std::vector<std::string>& args) {
  VerbSpec spec = kSpec;
  for (const FlagSpec& flag : dataFlagSpecs()) spec.flags.push_back(flag);
  for (const FlagSpec& flag : renderOutputFlags()) spec.flags.push_back(flag);
  for (const FlagSpec& flag : renderInspectFlags()) spec.flags.push_back(flag);
  const auto parsed = parseFlagsOrHelp(args, spec);
  if (!parsed) return 0;
  const Flags& flags = *parsed;
  const RenderRequest request = renderRequestFromFlags(flags);
  const RenderOutput output = renderOutputFromFlags(flags, request.width, request.height);
  sim::Session session = sim::Session::fromScene(request.scene);
  if (!request.scene.view)
    session.view = sim::fitted(session.landscape().view, request.width, request.height);
  ui::UiState state;
  state.showArrows = false;
  applyInspectFlags(flags, request.scene, session, state);
  if (output.drawnByCairo()) {
    exports::FigureOptions marks;
    marks.inspection = ui::inspectionOptions(session, state);
    marks.ghosts = &state.ghosts;
    return writeCairoOutput(output, session, marks);
  }

  std::vector<std::uint8_t> rgba;
  std::string error, glError;
  if (!drawOffscreen(session, state, output, request.scene.steps, rgba, &glError, &error) ||
      (!exports::isAnimation(output.format) && !writePngOutput(output, rgba, &error))) {
    std::fprintf(stderr, "lossviz render: %s\n", error.c_str());
    return 2;
  }
  // A bug, not bad input: the picture is written, but say so (tests assert this never appears).
  if (!glError.empty()) std::fprintf(stderr, "lossviz render: internal OpenGL error %s\n", glError.c_str());
  // A diverged run is a result, not an error: exit 0, one line each, as the legend and label say.
  for (size_t i = 0; i < session.runs.size(); ++i) {
    const std::string note = ui::divergenceNote(i, session.runs[i].run);
    if (!note.empty()) std::fprintf(stderr, "%s\n", note.c_str());
  }
  return 0;
}

}  // namespace lv::cli
