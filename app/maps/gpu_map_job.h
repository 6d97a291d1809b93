// A GPU convergence map computed progressively: the ping-pong passes of gpu_map.h split into
// chunks, so a window can run a few milliseconds of them per frame and stay responsive, show the
// progress, and cancel. The one-shot computeMapGpu runs the same job to completion.
#pragma once

#include "app/maps/convergence_map.h"
#include "app/maps/map_passes.h"
#include "app/render/data_texture.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"

#include <array>
#include <memory>
#include <optional>
#include <string>

namespace lv::maps {

/// Built map shaders by source text, so that jobs for the same optimizer and landscape (a view
/// being panned, a slider being dragged) do not compile again. Needs the GL context for its life.
class MapProgramCache {
 public:
  /// The program for fragment shader `fragment`; null (with `*error`) when it does not build.
  std::shared_ptr<render::GlProgram> program(const std::string& fragment, std::string* error);

 private:
  std::string fragment_;  // one entry: the last shader asked for
  std::shared_ptr<render::GlProgram> program_;
};

/// One map in progress on the current GL context. Needs that context for its whole life (it owns
/// textures and framebuffers). Every call leaves the framebuffer, program, vertex array and
/// texture bindings at 0 and blending, depth and scissor tests as it found them.
class GpuMapJob {
 public:
  /// Uploads the start states and builds the pass's shader. On failure (no float render targets,
  /// a shader the driver rejects) returns null and `*error` is one line. `maxStepsPerPass` caps the
  /// updates a fragment runs in one draw (a long draw can stall the driver's watchdog).
  /// `cache` (may be null) keeps the built shader for the next job.
  static std::unique_ptr<GpuMapJob> create(const MapSpec& spec, std::string* error, long maxStepsPerPass = 64,
                                           MapProgramCache* cache = nullptr);
  ~GpuMapJob();
  GpuMapJob(const GpuMapJob&) = delete;
  GpuMapJob& operator=(const GpuMapJob&) = delete;

  /// Runs passes until `steps` more updates per pixel are done (or all of them), a round that
  /// advanceFor left open first. Each draw holds at most kMaxEvaluationsPerDraw sample evaluations.
  void advanceSteps(long steps);
  /// Runs passes for about `seconds` of wall time (waiting for the GPU after each pass to measure
  /// it; the pass size, in updates and in rows, adapts to the measured time per pixel update), at
  /// least one pass when unfinished: a data landscape's map is drawn in bands of pixels.
  void advanceFor(double seconds);
  /// Updates per pixel done so far / spec().steps, in [0, 1].
  double progress() const;
  bool finished() const { return passes_.finished() && !cancelled_; }
  /// Stops the job for good and frees its GL memory; nothing more runs and there is no result.
  void cancel();
  bool cancelled() const { return cancelled_; }
  /// The map, once finished(); nullopt (with `*error`) when it is not, or on a GL error.
  std::optional<ConvergenceMap> result(std::string* error) const;
  const MapSpec& spec() const { return spec_; }

 private:
  struct Side;
  GpuMapJob(const MapSpec& spec, long maxStepsPerPass);
  void runPass(const MapPass& pass);
  void bindForPasses();
  void unbindAfterPasses();

  MapSpec spec_;
  MapPasses passes_;
  bool cancelled_ = false;
  int source_ = 0;  // the side that holds the state of the finished rounds
  std::shared_ptr<render::GlProgram> program_;
  std::unique_ptr<std::array<Side, 2>> sides_;
  render::GlTexture xValues_, yValues_;
  render::GlTexture schedule_;  // map_schedule.h's table; none without a schedule
  render::DataRows data_;       // a data landscape's rows (t_data); none for a formula
  render::GlVertexArray vertexArray_;
  std::array<bool, 3> savedCaps_{};  // blend, depth test, scissor test while passes run
};

}  // namespace lv::maps
