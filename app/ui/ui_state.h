// What the window remembers beyond the scene: selection, toggles, export settings, messages and
// requests the GL side carries out (screenshots). Plain data; no ImGui, no GL.
#pragma once

#include "app/figure/figure.h"
#include "app/figure/plot_scale.h"

#include <string>

namespace lv::ui {

/// A message shown under a panel: empty = none.
struct StatusLine {
  std::string text;
  bool isError = false;
};

struct UiState {
  int selectedRun = 0;  ///< index into Session::runs, or -1 for "all"
  bool playing = true;
  bool showArrows = true;
  bool hideUi = false;               ///< presentation mode: canvas only
  float uiScale = 1.0f;              ///< 0.75..3; the window rebuilds the font atlas when it changes
  bool fitRequested = false;         ///< F: fit the landscape's suggested rect (done by the canvas)
  figure::LegendOptions legend;      ///< open/closed and corner; the legend itself edits it
  bool showColorBar = true;          ///< the surface's colour bar on the canvas
  figure::LossPlotOptions lossPlot;  ///< quantity, scale, folded; the loss plot edits it

  std::string formulaText;   ///< the landscape field (catalog name or formula)
  std::string formulaError;  ///< last parse error, "" when the field is valid
  int formulaErrorColumn = 0;

  std::string exportFolder = ".";
  int screenshotScale = 1;  ///< 1, 2 or 4 × window size
  bool screenshotWithUi = false;
  bool screenshotRequested = false;  ///< carried out by the window after the frame
  StatusLine exportStatus;

  std::string scenePath = "scene.json";
  StatusLine sceneStatus;

  // Canvas interaction in progress.
  int draggingStart = -1;  ///< run whose start marker is being dragged
  bool pressOnCanvas = false;
  bool pressMoved = false;
  bool pressOnLegend = false;  ///< the press began on the legend: it toggles or moves the legend
  float pressX = 0, pressY = 0;
};

}  // namespace lv::ui
