// See view3d_draw.h.
#include "app/gui/view3d_draw.h"

#include "app/figure/trails.h"

#include <string>

namespace lv::gui {

void drawView3d(render::Canvas3d& canvas3d, const sim::Session& session, const sim::HeightField& field,
                render::CanvasTarget target, const render::Viewport& viewport,
                const render::CanvasStyle& style, const std::vector<figure::TrailFigure>& trails,
                const std::vector<render::TrailStyle>& trailStyles) {
  // The full-data mean for a data landscape (the 3D view does not follow the mini-batch surface).
  if (const sim::ResolvedData* data = session.data())
    canvas3d.setLandscape(data->sum(), session.landscapeRevision());
  else
    canvas3d.setLandscape(session.landscape().formula, session.landscapeRevision());
  for (std::size_t i = 0; i < trails.size(); ++i) {
    const figure::TrailSource source = figure::trailSource(session, trails[i]);
    canvas3d.syncTrail(i, source.points, source.generation, field);
  }
  canvas3d.removeTrailsFrom(trails.size());
  canvas3d.draw(target, viewport, session.view3d.camera, field, style, trailStyles,
                session.landscape().minima);
}

}  // namespace lv::gui
