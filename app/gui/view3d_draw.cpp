// See view3d_draw.h.
#include "app/gui/view3d_draw.h"

#include <string>

namespace lv::gui {

void drawView3d(render::Canvas3d& canvas3d, const sim::Session& session, const sim::HeightField& field,
                render::CanvasTarget target, const render::Viewport& viewport,
                const render::CanvasStyle& style, const std::vector<render::TrailStyle>& trailStyles) {
  // The full-data mean for a data landscape (the 3D view does not follow the mini-batch surface).
  if (const sim::ResolvedData* data = session.data())
    canvas3d.setLandscape(data->sum(), session.landscapeRevision());
  else
    canvas3d.setLandscape(session.landscape().formula, session.landscapeRevision());
  for (std::size_t i = 0; i < session.runs.size(); ++i) {
    const sim::Run& run = session.runs[i].run;
    canvas3d.syncTrail(i, run.trajectory(), run.generation(), field);
  }
  canvas3d.removeTrailsFrom(session.runs.size());
  canvas3d.draw(target, viewport, session.view3d.camera, field, style, trailStyles,
                session.landscape().minima);
}

}  // namespace lv::gui
