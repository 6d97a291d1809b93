// The canvas's share of seeded ensembles (sim/ensemble.h): an ensemble's members, the run itself
// included, drawn as faint thin lines without markers, and its mean path drawn boldly above every
// trail with the run's head and start markers, so the typical path stands out of the spread.
#pragma once

#include "app/render/canvas.h"
#include "app/sim/session.h"

#include <cstddef>
#include <vector>

namespace lv::gui {

/// The style of an ensemble member drawn from its run's `style`: the run's colour at a third of
/// its opacity, 40 % of its width, no halo, solid, no markers.
render::TrailStyle memberStyle(const render::TrailStyle& style);
/// The style of an ensemble's mean path: the run's style 1.5x as wide.
render::TrailStyle meanStyle(const render::TrailStyle& style);

/// After trails [0, runs) were synced with `styles` (one per run): restyles each ensemble run's own
/// trail as a member, syncs its other members, then every ensemble's mean path, as trails
/// [runs, n), appending their styles. Returns n, the number of trails now in use.
std::size_t syncEnsembleTrails(render::Canvas& canvas, const sim::Session& session, const render::View& view,
                               const render::Viewport& viewport, render::CanvasTarget target,
                               std::vector<render::TrailStyle>& styles);

}  // namespace lv::gui
