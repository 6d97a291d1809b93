// The 3D view's model space, GL-free: the landscape over a view rectangle becomes a height field in
// a box about 2 wide around the origin, z up. Heights come from the colour scale's position t (the
// value the colours show: log or linear), so a log surface such as Rosenbrock's shows its valley
// as a shape and not only its 2500-high walls. The surface shader applies the same mapping
// (shaders/surface3d.vert.glsl); trails and markers are lifted with this one.
#pragma once

#include "app/sim/camera.h"
#include "app/sim/color_scale.h"
#include "landscapes/catalog.h"
#include "optim/types.h"

#include <string>

namespace lv::sim {

/// What the canvas shows: the 2D map, the 3D surface, or both side by side.
enum class ViewMode { Flat, Surface, Split };
/// 2D → 3D → split → 2D (the `3` key).
ViewMode nextViewMode(ViewMode mode);
/// "2d", "3d", "split".
const char* viewModeName(ViewMode mode);
/// The mode named `name`, false when it is none of viewModeName()'s.
bool viewModeFromName(const std::string& name, ViewMode* mode);

/// Vertical exaggeration: model height of the colour scale's whole range.
constexpr double kHeightScaleMin = 0.05, kHeightScaleMax = 3.0;

/// How a scene is seen in 3D (stored in scenes; all defaults: the 2D view).
struct View3d {
  ViewMode mode = ViewMode::Flat;
  Camera camera;
  double heightScale = 0.8;  ///< [kHeightScaleMin, kHeightScaleMax]
  bool operator==(const View3d& o) const {
    return mode == o.mode && camera == o.camera && heightScale == o.heightScale;
  }
};

/// The mapping world (x, y, f) → model (X, Y, Z).
/// Cells per side of the 3D view's full mesh (render::Surface3dPass draws it; picks and lifted
/// trails stand on it).
inline constexpr int kFullMeshCells = 256;

struct HeightField {
  landscapes::Rect view;  ///< the world rectangle shown; its longer side spans 2 model units
  ColorScale scale;       ///< heights follow scale.position(f), clamped to [0, 1]
  double heightScale = 0.8;

  /// Model units per world unit on x and y.
  double modelPerWorld() const;
  /// Model x, y of the world point `p`.
  optim::Vec2 modelXY(const optim::Vec2& p) const;
  /// The world point at model x, y (modelXY's inverse).
  optim::Vec2 worldXY(const optim::Vec2& model) const;
  /// Model height of value `f`: heightScale × (clamped t − 0.5); the bottom (−heightScale/2) for a
  /// non-finite f.
  double height(double f) const;
  /// The model point of `p` with value `f`, raised by `lift` model units.
  Vec3 toModel(const optim::Vec2& p, double f, double lift = 0) const;
  /// The same mapping: every height (and so every lifted point) is the same.
  bool operator==(const HeightField& o) const {
    return view == o.view && scale == o.scale && heightScale == o.heightScale;
  }
};

}  // namespace lv::sim
