// Ping-pong passes of the GPU convergence map. Start points, swept hyperparameter values and the
// start's divergence are computed on the CPU in double and uploaded, so both engines see the same
// inputs rounded once.
#include "app/maps/gpu_map_job.h"

#include "app/maps/gpu_map.h"
#include "app/maps/map_inputs.h"
#include "app/maps/map_schedule.h"
#include "app/render/data_texture.h"
#include "app/render/gl_check.h"
#include "app/render/shader_library.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace lv::maps {
namespace {

constexpr int kTargets = 4;     // point, state0, state1, loss (see map_step.frag.glsl)
constexpr int kMaxParams = 16;  // u_params[16]
constexpr GLint kAxisUnitX = kTargets, kAxisUnitY = kTargets + 1, kScheduleUnit = kTargets + 2,
                kDataUnit = kTargets + 3;
constexpr GLenum kDrawBuffers[kTargets] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1, GL_COLOR_ATTACHMENT2,
                                           GL_COLOR_ATTACHMENT3};
constexpr GLenum kCaps[3] = {GL_BLEND, GL_DEPTH_TEST, GL_SCISSOR_TEST};

render::GlTexture floatTexture(GLenum format, int width, int height, GLenum dataFormat, const float* data) {
  render::GlTexture texture = render::GlTexture::generate();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(format), width, height, 0, dataFormat, GL_FLOAT, data);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  return texture;
}

// Index of hyperparameter `name` in visitParams order (u_params), −1 when the unit has none.
GLint paramIndex(const optim::Optimizer& optimizer, std::string_view name) {
  const auto& params = optimizer.info().params;
  for (size_t i = 0; i < params.size(); ++i)
    if (params[i].name == name) return static_cast<GLint>(i);
  return -1;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

std::shared_ptr<render::GlProgram> MapProgramCache::program(const std::string& fragment, std::string* error) {
  if (program_ && fragment == fragment_) return program_;
  std::string buildError;
  auto built = std::make_shared<render::GlProgram>(render::GlProgram::build(
      {render::assembleShader({render::shaderText("fullscreen.vert.glsl")}), fragment, {}}, &buildError));
  if (!*built) {
    if (error) *error = buildError;
    return nullptr;
  }
  fragment_ = fragment;
  program_ = built;
  return built;
}

struct GpuMapJob::Side {
  std::array<render::GlTexture, kTargets> textures;
  render::GlFramebuffer framebuffer;
};

GpuMapJob::GpuMapJob(const MapSpec& spec, long maxStepsPerPass)
    : spec_(spec),
      passes_(spec.width, spec.height, spec.steps, std::max(1L, maxStepsPerPass),
              evaluationsPerUpdate(spec)) {}

GpuMapJob::~GpuMapJob() = default;

std::unique_ptr<GpuMapJob> GpuMapJob::create(const MapSpec& spec, std::string* error, long maxStepsPerPass,
                                             MapProgramCache* cache) {
  std::unique_ptr<GpuMapJob> job(new GpuMapJob(spec, maxStepsPerPass));
  auto fail = [&](const std::string& message) -> std::unique_ptr<GpuMapJob> {
    if (error) *error = message;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
    return nullptr;
  };
  render::checkGlErrors("before the map");  // earlier errors are not ours
  std::string buildError;
  MapProgramCache ownCache;
  job->program_ = (cache ? *cache : ownCache).program(mapStepShader(spec), &buildError);
  if (!job->program_) return fail("GPU map shader for " + spec.optimizer.name() + ": " + buildError);

  const MapStartTexels starts = mapStartTexels(spec);
  const std::vector<float> zeros(starts.point.size(), 0.0f);
  const std::array<const float*, kTargets> data = {starts.point.data(), zeros.data(), zeros.data(),
                                                   starts.loss.data()};
  const std::vector<float> xValues = mapAxisValues(spec, true), yValues = mapAxisValues(spec, false);
  job->xValues_ = floatTexture(GL_R32F, spec.width, 1, GL_RED, xValues.data());
  job->yValues_ = floatTexture(GL_R32F, spec.height, 1, GL_RED, yValues.data());
  const std::vector<float> schedule = scheduleTable(spec);
  if (!schedule.empty())
    job->schedule_ =
        floatTexture(GL_RGBA32F, kScheduleTableWidth,
                     static_cast<int>(schedule.size() / (4 * kScheduleTableWidth)), GL_RGBA, schedule.data());
  // The rows as the surface binds them (render::DataRows): every row in order, so that a
  // closed form may stand for the loop (u_allRows).
  if (spec.data) job->data_.upload(spec.data->data(), nullptr, 0);
  job->sides_ = std::make_unique<std::array<Side, 2>>();
  for (int s = 0; s < 2; ++s) {
    Side& side = (*job->sides_)[s];
    side.framebuffer = render::GlFramebuffer::generate();
    glBindFramebuffer(GL_FRAMEBUFFER, side.framebuffer.id());
    for (int t = 0; t < kTargets; ++t) {
      side.textures[t] =
          floatTexture(GL_RGBA32F, spec.width, spec.height, GL_RGBA, s == 0 ? data[t] : nullptr);
      glFramebufferTexture2D(GL_FRAMEBUFFER, kDrawBuffers[t], GL_TEXTURE_2D, side.textures[t].id(), 0);
    }
    glDrawBuffers(kTargets, kDrawBuffers);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
      return fail("GPU map: this GL cannot render to RGBA32F textures (use --cpu)");
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glBindTexture(GL_TEXTURE_2D, 0);
  job->vertexArray_ = render::GlVertexArray::generate();

  std::string glError;
  if (!render::checkGlErrors("setting up the GPU map", &glError)) return fail(glError);
  return job;
}

void GpuMapJob::bindForPasses() {
  for (int c = 0; c < 3; ++c) savedCaps_[c] = glIsEnabled(kCaps[c]);
  for (GLenum cap : kCaps) glDisable(cap);
  // Uniforms here rather than once: jobs share a program through the cache.
  program_->use();
  float params[kMaxParams] = {};
  for (size_t i = 0; i < spec_.optimizer.paramCount() && i < kMaxParams; ++i)
    params[i] = static_cast<float>(spec_.optimizer.param(i));
  const bool hyper = spec_.mode == MapMode::Hyperparameters;
  const render::GlProgram& program = *program_;
  glUniform1fv(program.uniform("u_params"), kMaxParams, params);
  glUniform1i(program.uniform("u_xParam"), hyper ? static_cast<GLint>(spec_.xAxis.paramIndex) : -1);
  glUniform1i(program.uniform("u_yParam"), hyper ? static_cast<GLint>(spec_.yAxis.paramIndex) : -1);
  glUniform1f(program.uniform("u_tolerance"), static_cast<float>(spec_.tolerance));
  const char* samplers[kTargets] = {"t_point", "t_state0", "t_state1", "t_loss"};
  for (int t = 0; t < kTargets; ++t) glUniform1i(program.uniform(samplers[t]), t);
  glUniform1i(program.uniform("t_xValues"), kAxisUnitX);
  glUniform1i(program.uniform("t_yValues"), kAxisUnitY);
  glActiveTexture(GL_TEXTURE0 + kAxisUnitX);
  glBindTexture(GL_TEXTURE_2D, xValues_.id());
  glActiveTexture(GL_TEXTURE0 + kAxisUnitY);
  glBindTexture(GL_TEXTURE_2D, yValues_.id());
  if (schedule_) {
    glUniform1i(program.uniform("t_schedule"), kScheduleUnit);
    glUniform1i(program.uniform("u_lrParam"), paramIndex(spec_.optimizer, "lr"));
    glUniform1i(program.uniform("u_momentumParam"), paramIndex(spec_.optimizer, "momentum"));
    glUniform1i(program.uniform("u_beta1Param"), paramIndex(spec_.optimizer, "beta1"));
    glActiveTexture(GL_TEXTURE0 + kScheduleUnit);
    glBindTexture(GL_TEXTURE_2D, schedule_.id());
  }
  data_.bind(program, kDataUnit);
  glBindVertexArray(vertexArray_.id());
}

void GpuMapJob::unbindAfterPasses() {
  for (int t = 0; t <= kDataUnit; ++t) {
    glActiveTexture(GL_TEXTURE0 + t);
    glBindTexture(GL_TEXTURE_2D, 0);
  }
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glUseProgram(0);
  for (int c = 0; c < 3; ++c)
    if (savedCaps_[c]) glEnable(kCaps[c]);
}

void GpuMapJob::runPass(const MapPass& pass) {
  const Side& from = (*sides_)[source_];
  for (int t = 0; t < kTargets; ++t) {
    glActiveTexture(GL_TEXTURE0 + t);
    glBindTexture(GL_TEXTURE_2D, from.textures[t].id());
  }
  glBindFramebuffer(GL_FRAMEBUFFER, (*sides_)[1 - source_].framebuffer.id());
  // Only the band's texels: gl_FragCoord stays in whole-texture coordinates, the other texels of
  // the target keep what they hold until their own band of this round is drawn.
  glViewport(pass.firstColumn, pass.firstRow, pass.columns, pass.rows);
  glUniform1f(program_->uniform("u_firstStep"), static_cast<float>(passes_.stepsDone() + 1));
  glUniform1i(program_->uniform("u_stepCount"), static_cast<GLint>(pass.steps));
  glDrawArrays(GL_TRIANGLES, 0, 3);
  if (pass.endsRound) source_ = 1 - source_;
}

void GpuMapJob::advanceSteps(long steps) {
  if (cancelled_ || passes_.finished() || steps <= 0) return;
  const long target = std::min(spec_.steps, passes_.stepsBegun() + steps);
  bindForPasses();
  while (passes_.roundOpen() || passes_.stepsDone() < target) {
    const MapPass pass = passes_.nextByWork(std::max(1L, target - passes_.stepsDone()));
    runPass(pass);
    passes_.record(pass, -1);
  }
  unbindAfterPasses();
}

void GpuMapJob::advanceFor(double seconds) {
  if (cancelled_ || passes_.finished()) return;
  glFinish();  // work queued earlier in the frame is not the map's: keep it out of the measurement
  const auto start = std::chrono::steady_clock::now();
  bindForPasses();
  for (;;) {
    const MapPass pass = passes_.nextByTime(seconds - secondsSince(start));
    const auto passStart = std::chrono::steady_clock::now();
    runPass(pass);
    glFinish();  // the time a pass really takes, not the time to queue it
    passes_.record(pass, secondsSince(passStart));
    if (passes_.finished() || secondsSince(start) + passes_.rowSeconds() > seconds) break;
  }
  unbindAfterPasses();
}

double GpuMapJob::progress() const { return passes_.progress(); }

void GpuMapJob::cancel() {
  cancelled_ = true;
  sides_.reset();
  xValues_.reset();
  yValues_.reset();
  schedule_.reset();
  data_.clear();
  program_.reset();
  vertexArray_.reset();
}

std::optional<ConvergenceMap> GpuMapJob::result(std::string* error) const {
  if (!finished()) {
    if (error) *error = cancelled_ ? "the map was cancelled" : "the map is not finished";
    return std::nullopt;
  }
  const MapSpec& spec = spec_;
  const size_t count = static_cast<size_t>(spec.width) * spec.height;
  std::vector<float> point(count * 4), loss(count * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, (*sides_)[source_].framebuffer.id());
  glReadBuffer(GL_COLOR_ATTACHMENT0);
  glReadPixels(0, 0, spec.width, spec.height, GL_RGBA, GL_FLOAT, point.data());
  glReadBuffer(GL_COLOR_ATTACHMENT3);
  glReadPixels(0, 0, spec.width, spec.height, GL_RGBA, GL_FLOAT, loss.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  std::string glError;
  if (!render::checkGlErrors("after the GPU map", &glError)) {
    if (error) *error = glError;
    return std::nullopt;
  }
  ConvergenceMap map;
  map.width = spec.width;
  map.height = spec.height;
  map.steps = spec.steps;
  map.pixels.resize(count);
  for (size_t i = 0; i < count; ++i) {
    PixelResult& p = map.pixels[i];
    const float* texel = &point[i * 4];
    p.finalPoint = Vec2(texel[0], texel[1]);
    if (texel[2] >= 0) p.convergedStep = std::lround(texel[2]);
    if (texel[3] >= 0) p.divergedStep = std::lround(texel[3]);
    if (p.divergedStep != 0L && std::isfinite(loss[i * 4])) p.finalLoss = loss[i * 4];
    if (!p.divergedStep && p.finalPoint.allFinite()) p.basin = basinOf(p.finalPoint, spec);
  }
  return map;
}

}  // namespace lv::maps
