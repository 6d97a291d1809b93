// What the window remembers beyond the scene: selection, toggles, export settings, messages and
// requests the GL side carries out (screenshots). Plain data; no ImGui, no GL.
#pragma once

#include "app/export/output_format.h"
#include "app/maps/map_window.h"
#include "app/ui/param_slider.h"
#include "app/figure/figure.h"
#include "app/figure/plot_scale.h"
#include "app/sim/ghost_paths.h"
#include "app/sim/mesh_heights.h"
#include "app/sim/step_inspector.h"
#include "app/sim/color_scale.h"

#include <cstddef>
#include <optional>
#include <string>

namespace lv::ui {

/// A message shown under a panel: empty = none.
struct StatusLine {
  std::string text;
  bool isError = false;
};

/// The Export section's "Record animation" group: what to record, the requests the window carries
/// out after the frame (gui::Recording does the work), and the progress it reports back.
struct RecordSettings {
  exports::OutputFormat format = exports::OutputFormat::Mp4;  ///< Mp4, Webm or Gif
  int fps = 30;                                               ///< 1..kMaxAnimationFps
  bool bySeconds = false;                                     ///< length in seconds, not frames
  int frames = 120;                                           ///< 1..kMaxAnimationFrames
  float seconds = 4.0f;                                       ///< frames = round(seconds · fps)
  enum class Size { Window, Hd720, Hd1080 } size = Size::Window;
  bool withUi = false;  ///< the side panel and loss plot in the video too
  bool startRequested = false, cancelRequested = false;
  bool active = false;  ///< a recording is under way (the window is never idle then)
  std::size_t framesWritten = 0, framesTotal = 0;
};

/// A formula being typed is applied once typing has paused this long (or on Enter) and it parses.
constexpr double kFormulaPauseSeconds = 0.6;

struct UiState {
  int selectedRun = 0;  ///< index into Session::runs, or -1 for "all"
  bool playing = true;
  bool showArrows = true;
  bool hideUi = false;       ///< presentation mode: canvas, caption and step count only
  bool showKeyHelp = false;  ///< the keyboard help window ("?")
  float uiScale = 1.0f;      ///< 0.75..3; the window rebuilds the font atlas when it changes
  /// > 1 only in the copy of the state a 2x/4x screenshot is laid out with: uiScale is then the
  /// user's scale times this, and the panel shows uiScale / pixelScale.
  int pixelScale = 1;
  bool fitRequested = false;         ///< F: fit the landscape's suggested rect (done by the canvas)
  figure::LegendOptions legend;      ///< open/closed and corner; the legend itself edits it
  bool showColorBar = true;          ///< the surface's colour bar on the canvas
  figure::LossPlotOptions lossPlot;  ///< quantity, scale, folded; the loss plot edits it

  /// The step the scrubber shows (←/→, Shift ×10, Home/End, the Playback slider); setting it pauses
  /// play. nullopt: live, the latest step. Play and Esc return to live.
  std::optional<size_t> inspectedStep;
  sim::StepInspector stepInspector;  ///< the inspected run's replayed state (explainer, arrows)
  bool showStateArrows = true;       ///< −g, −m and the step taken at the inspected (or latest) step
  bool showEigenAxes = false;        ///< the Hessian's eigen-axes there
  bool csvWithState = false;         ///< the CSV export appends every run's optimizer state
  sim::GhostPaths ghosts;            ///< each run's path before its last hyperparameter edit
  /// The 3D view's mesh heights that the mouse picks on (hover read-out, click to move a start),
  /// kept across frames: each vertex is evaluated once while the view and landscape stay.
  sim::MeshHeights surfaceMesh;

  std::string formulaText;   ///< the landscape field (catalog name or formula)
  std::string formulaError;  ///< the field's parse error ("column 7: ..."), "" when it parses
  int formulaErrorColumn = 0;
  double formulaEditedAt = -1;  ///< ImGui time of a valid edit not yet applied; -1: none pending

  /// The colour range fields: what is typed (reloaded from the range in force until edited) and why
  /// the last "Set range" was refused ("" none).
  sim::ColorRange colorRangeDraft;
  bool colorRangeEdited = false;
  std::string colorRangeError;

  TypedValue typedValue;  ///< a hyperparameter being typed after Ctrl+click

  std::string dataCsvPath;  ///< the data panel's CSV field (relative to the working folder)
  std::string dataLoss;     ///< its per-sample loss field
  std::string dataError;    ///< the last data change's error (file, line, column), "" when fine

  /// The selected run's schedule field: its text, the run and schedule it was loaded from (reloaded
  /// when either changes, e.g. by undo), and the last Enter's parse error.
  std::string scheduleText;
  int scheduleRun = -1;
  std::string scheduleLoaded;
  std::string scheduleError;

  std::string exportFolder = ".";  ///< screenshots, CSVs and relative scene paths go here
  bool folderSuggesting = false;   ///< the folder field lists matching subfolders under it
  std::string chooserFolder;       ///< the folder the scene chooser shows (absolute)
  int screenshotScale = 1;         ///< 1, 2 or 4 × window size
  bool screenshotWithUi = false;
  bool screenshotRequested = false;  ///< carried out by the window after the frame
  StatusLine exportStatus;
  RecordSettings record;

  std::string scenePath = "scene.json";  ///< relative to exportFolder unless absolute
  std::string lastScene;                 ///< absolute path of the last scene saved or opened
  StatusLine sceneStatus;
  StatusLine editStatus;  ///< what Remove, undo and redo did
  maps::MapDisplay map;   ///< the convergence map shown (app/maps/map_driver.h fills it)

  // Canvas interaction in progress.
  int draggingStart = -1;  ///< run whose start marker is being dragged
  bool pressOnCanvas = false;
  bool pressMoved = false;
  bool pressOnLegend = false;  ///< the press began on the legend: it toggles or moves the legend
  float pressX = 0, pressY = 0;
  int orbitButton = -1;  ///< the ImGui mouse button of a drag on the 3D view, -1: none
};

}  // namespace lv::ui
