// The window's ImGui panels, one per file. Each draws itself for the current frame (between
// ImGui::NewFrame and ImGui::Render), edits the session in place and never calls GL.
#pragma once

#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <string>

namespace lv::ui {

/// Width of the left side panel in pixels at `uiScale`.
float sidePanelWidth(float uiScale);
/// Height of the bottom loss plot in pixels at `uiScale`.
float lossPlotHeight(float uiScale);

/// The left side panel with every collapsing section below, docked at the window's left edge.
void drawSidePanel(sim::Session& session, UiState& state);

/// Catalog picker, live formula field with inline errors, colormap, log/linear, contours.
void drawLandscapeSection(sim::Session& session, UiState& state);
/// Add/remove/duplicate runs; per-run colour, optimizer, hyperparameters, start, visibility.
void drawRunsSection(sim::Session& session, UiState& state);
/// Data landscapes: data set (catalog or CSV + loss), standardize, the selected run's batch, seed
/// and sampling, the full-data/batch surface switch, and a scatter of the data with the model at
/// the selected run's head (data_panel.cpp).
void drawDataSection(sim::Session& session, UiState& state);
/// Play/pause, step, reset, steps per second, step limit, arrows, UI scale.
void drawPlaybackSection(sim::Session& session, UiState& state);
/// Screenshot request, CSV export, scene save/open.
void drawExportSection(sim::Session& session, UiState& state);

/// Loss-vs-step plot and the runs table, docked at the bottom right of the side panel; its toolbar
/// edits state.lossPlot (quantity, log/linear, folded, plot or table when narrow).
void drawLossPlot(const sim::Session& session, UiState& state);
/// Height of the loss window: lossPlotHeight, or one toolbar line when folded.
float lossWindowHeight(const UiState& state);

/// Where an export named `name` goes: `name` itself when absolute, else inside state.exportFolder
/// ("~/" is the home folder); absolute and normalised, so the status line says exactly where.
std::string exportPath(const UiState& state, const std::string& name);

}  // namespace lv::ui
