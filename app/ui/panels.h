// The window's ImGui panels, one per file. Each draws itself for the current frame (between
// ImGui::NewFrame and ImGui::Render), edits the session in place and never calls GL.
#pragma once

#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <string>

namespace lv::ui {

/// The largest share of the window's width the side panel takes (unless that is below its usable
/// minimum), and of its height the loss plot takes.
constexpr float kSidePanelMaxFraction = 0.33f;
constexpr float kLossPlotMaxFraction = 0.3f;
/// Width of the left side panel in pixels at `uiScale` in a window `displayWidth` pixels wide:
/// 330 × uiScale, at most kSidePanelMaxFraction of the window, at least min(200 × uiScale, half
/// the window).
float sidePanelWidth(float uiScale, float displayWidth);
/// Height of the bottom loss plot in pixels at `uiScale` in a window `displayHeight` pixels high:
/// 190 × uiScale, at most kLossPlotMaxFraction of the window, at least min(120 × uiScale, 0.45 ×
/// the window).
float lossPlotHeight(float uiScale, float displayHeight);

/// ImGui::SameLine() when an item `width` pixels wide still fits on the current line of the window;
/// otherwise the next item starts a new line, so a narrow panel wraps rather than cuts a label.
void sameLineIfFits(float width);
/// The width of a checkbox or radio button labelled `label`, for sameLineIfFits.
float checkboxWidth(const char* label);
/// The width of a button labelled `label`, for sameLineIfFits.
float buttonWidth(const char* label);

/// The left side panel with every collapsing section below, docked at the window's left edge.
void drawSidePanel(sim::Session& session, UiState& state);

/// Catalog picker, live formula field with inline errors, colormap, log/linear, contours, and the
/// colour scale: lock, refit to the view, a typed range (sim::setColorRange; errors shown inline).
void drawLandscapeSection(sim::Session& session, UiState& state);
/// 2D / 3D / split, the 3D height scale and camera reset (view3d_controls.cpp).
void drawViewControls(sim::Session& session);
/// Add/remove/duplicate runs; per-run colour, optimizer, hyperparameters, start, visibility.
void drawRunsSection(sim::Session& session, UiState& state);
/// Data landscapes: data set (catalog or CSV + loss), standardize, the selected run's batch, seed
/// and sampling, the full-data/batch surface switch, and a scatter of the data with the model at
/// the selected run's head (data_panel.cpp).
void drawDataSection(sim::Session& session, UiState& state);
/// Play/pause, step, reset, steps per second, step limit, arrows, UI scale.
void drawPlaybackSection(sim::Session& session, UiState& state);
/// The optimizer's update at the inspected (or latest) step of the inspected run: its rule, the
/// numbers inside it from the unit's own state, the lr schedule and the local geometry.
void drawExplainerSection(sim::Session& session, UiState& state);
/// Screenshot request, CSV export, scene save/open.
void drawExportSection(sim::Session& session, UiState& state);
/// Convergence map of the selected run: mode, axes, steps, tolerance, colours, opacity,
/// Compute/Cancel, progress, legend (map_panel.cpp).
void drawMapSection(sim::Session& session, UiState& state);

/// The export folder field: Tab completes a unique folder (or the common start of several), the
/// matching subfolders are listed under it while typing (a click takes one), and a folder that does
/// not exist is said in red at once.
void drawFolderField(UiState& state);
/// A "Browse..." button opening a popup of the export folder's subfolders and .json files: a click
/// on a folder enters it, on "../" goes up, on a file picks it. Returns the picked file's absolute
/// path, or "" (nothing picked this frame).
std::string drawSceneChooser(UiState& state);

/// Loss-vs-step plot and the runs table, docked at the bottom right of the side panel; its toolbar
/// edits state.lossPlot (quantity, log/linear, folded, plot or table when narrow).
void drawLossPlot(const sim::Session& session, UiState& state);
/// Height of the loss window: lossPlotHeight, or one toolbar line when folded.
float lossWindowHeight(const UiState& state);

/// The run the scrubber, the explainer and the state arrows follow: the selected one (run 0 under
/// "all"); -1 when there are no runs.
int inspectedRun(const sim::Session& session, const UiState& state);
/// The step shown for run `index`: the inspected step clamped to its path, or its latest.
size_t shownStep(const sim::Session& session, const UiState& state, size_t index);
/// Inspects step `k` of the inspected run (clamped to its path) and pauses play.
void scrubTo(const sim::Session& session, UiState& state, size_t k);
/// Moves the inspected step by `delta` (from the latest when live), clamped; pauses play.
void scrubBy(const sim::Session& session, UiState& state, long delta);

/// Where an export named `name` goes: `name` itself when absolute, else inside state.exportFolder
/// ("~/" is the home folder); absolute and normalised, so the status line says exactly where.
std::string exportPath(const UiState& state, const std::string& name);

}  // namespace lv::ui
