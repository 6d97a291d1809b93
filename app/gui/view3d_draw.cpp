// See view3d_draw.h.
#include "app/gui/view3d_draw.h"

#include <functional>
#include <string>

namespace lv::gui {

void drawView3d(render::Canvas3d& canvas3d, const sim::Session& session, const render::View& view,
                const render::Viewport& viewport, const render::CanvasStyle& style,
                const std::vector<render::TrailStyle>& trailStyles) {
  const landscapes::Formula& formula = session.landscape().formula;
  canvas3d.setLandscape(formula, std::hash<std::string>{}(formula.text()));
  sim::HeightField field;
  field.view = view;
  field.scale = style.colorScale;
  field.heightScale = session.view3d.heightScale;
  for (std::size_t i = 0; i < session.runs.size(); ++i) {
    const sim::Run& run = session.runs[i].run;
    canvas3d.syncTrail(i, run.trajectory(), run.generation(), field);
  }
  canvas3d.removeTrailsFrom(session.runs.size());
  canvas3d.draw(viewport, session.view3d.camera, field, style, trailStyles, session.landscape().minima);
}

}  // namespace lv::gui
