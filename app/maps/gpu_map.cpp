// Ping-pong passes of the GPU convergence map. Start points, swept hyperparameter values and the
// start's divergence are computed on the CPU in double and uploaded, so both engines see the same
// inputs rounded once.
#include "app/maps/gpu_map.h"

#include "app/render/gl_check.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/shader_library.h"

#include <array>
#include <cmath>
#include <variant>

namespace lv::maps {
namespace {

constexpr int kTargets = 4;     // point, state0, state1, loss (see map_step.frag.glsl)
constexpr int kMaxParams = 16;  // u_params[16]
constexpr GLint kAxisUnitX = kTargets, kAxisUnitY = kTargets + 1;

// The unit's kName ("sgd" for momentum and nesterov too): the GLSL file and function it uses.
std::string unitName(const optim::Optimizer& optimizer) {
  const auto& infos = optim::optimizerInfos();
  for (size_t i = 0; i < infos.size(); ++i) {
    if (infos[i].name != optimizer.name()) continue;
    return std::visit([](const auto& unit) { return std::string(std::decay_t<decltype(unit)>::Type::kName); },
                      optim::registryPrototype(i));
  }
  return optimizer.name();
}

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

struct PingPongSide {
  std::array<render::GlTexture, kTargets> textures;
  render::GlFramebuffer framebuffer;
};

// Initial textures: the start point and its loss; state zero; steps −1 (or diverged at step 0).
std::array<std::vector<float>, kTargets> initialData(const MapSpec& spec) {
  const size_t count = static_cast<size_t>(spec.width) * spec.height * 4;
  std::array<std::vector<float>, kTargets> data;
  for (auto& d : data) d.assign(count, 0.0f);
  for (int py = 0; py < spec.height; ++py) {
    for (int px = 0; px < spec.width; ++px) {
      const Vec2 start = pixelStart(spec, px, py);
      Vec2 gradient;
      const double loss = spec.landscape.formula.valueAndGradient(start, gradient);
      const bool finite = start.allFinite() && std::isfinite(loss) && gradient.allFinite();
      const size_t at = (static_cast<size_t>(py) * spec.width + px) * 4;
      data[0][at] = static_cast<float>(start.x());
      data[0][at + 1] = static_cast<float>(start.y());
      data[0][at + 2] = -1.0f;
      data[0][at + 3] = finite ? -1.0f : 0.0f;
      data[3][at] = finite ? static_cast<float>(loss) : 0.0f;
    }
  }
  return data;
}

std::vector<float> axisValues(const MapSpec& spec, bool horizontal) {
  std::vector<float> values(static_cast<size_t>(horizontal ? spec.width : spec.height), 0.0f);
  if (spec.mode != MapMode::Hyperparameters) return values;
  for (size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i);
    const auto pair = horizontal ? pixelParams(spec, index, 0) : pixelParams(spec, 0, index);
    values[i] = static_cast<float>(horizontal ? pair.first : pair.second);
  }
  return values;
}

ConvergenceMap readBack(const MapSpec& spec, const PingPongSide& side) {
  const size_t count = static_cast<size_t>(spec.width) * spec.height;
  std::vector<float> point(count * 4), loss(count * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, side.framebuffer.id());
  glReadBuffer(GL_COLOR_ATTACHMENT0);
  glReadPixels(0, 0, spec.width, spec.height, GL_RGBA, GL_FLOAT, point.data());
  glReadBuffer(GL_COLOR_ATTACHMENT3);
  glReadPixels(0, 0, spec.width, spec.height, GL_RGBA, GL_FLOAT, loss.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
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

}  // namespace

std::string mapStepShader(const MapSpec& spec) {
  const std::string unit = unitName(spec.optimizer);
  const std::string define = "#define LV_UPDATE lv_update_" + unit;
  const std::string derivatives = spec.landscape.formula.glslDerivatives();
  // AdamW reuses Adam's moments.
  const std::string_view adam = unit == "adamw" ? render::shaderText("adam.glsl") : std::string_view();
  return render::assembleShader({define, derivatives, render::shaderText("unit_support.glsl"), adam,
                                 render::shaderText(unit + ".glsl"),
                                 render::shaderText("map_step.frag.glsl")});
}

std::optional<ConvergenceMap> computeMapGpu(const MapSpec& spec, std::string* error, long stepsPerPass) {
  auto fail = [&](const std::string& message) -> std::optional<ConvergenceMap> {
    if (error) *error = message;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glUseProgram(0);
    return std::nullopt;
  };
  render::checkGlErrors("before the map");  // earlier errors are not ours
  std::string buildError;
  const render::GlProgram program = render::GlProgram::build(
      {render::assembleShader({render::shaderText("fullscreen.vert.glsl")}), mapStepShader(spec), {}},
      &buildError);
  if (!program) return fail("GPU map shader for " + spec.optimizer.name() + ": " + buildError);

  const auto data = initialData(spec);
  const std::vector<float> xValues = axisValues(spec, true), yValues = axisValues(spec, false);
  const render::GlTexture xTexture = floatTexture(GL_R32F, spec.width, 1, GL_RED, xValues.data());
  const render::GlTexture yTexture = floatTexture(GL_R32F, spec.height, 1, GL_RED, yValues.data());
  std::array<PingPongSide, 2> sides;
  const GLenum drawBuffers[kTargets] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1, GL_COLOR_ATTACHMENT2,
                                        GL_COLOR_ATTACHMENT3};
  for (int s = 0; s < 2; ++s) {
    sides[s].framebuffer = render::GlFramebuffer::generate();
    glBindFramebuffer(GL_FRAMEBUFFER, sides[s].framebuffer.id());
    for (int t = 0; t < kTargets; ++t) {
      sides[s].textures[t] =
          floatTexture(GL_RGBA32F, spec.width, spec.height, GL_RGBA, s == 0 ? data[t].data() : nullptr);
      glFramebufferTexture2D(GL_FRAMEBUFFER, drawBuffers[t], GL_TEXTURE_2D, sides[s].textures[t].id(), 0);
    }
    glDrawBuffers(kTargets, drawBuffers);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
      return fail("GPU map: this GL cannot render to RGBA32F textures (use --cpu)");
  }
  glBindTexture(GL_TEXTURE_2D, 0);

  float params[kMaxParams] = {};
  for (size_t i = 0; i < spec.optimizer.paramCount() && i < kMaxParams; ++i)
    params[i] = static_cast<float>(spec.optimizer.param(i));
  const bool hyper = spec.mode == MapMode::Hyperparameters;
  program.use();
  glUniform1fv(program.uniform("u_params"), kMaxParams, params);
  glUniform1i(program.uniform("u_xParam"), hyper ? static_cast<GLint>(spec.xAxis.paramIndex) : -1);
  glUniform1i(program.uniform("u_yParam"), hyper ? static_cast<GLint>(spec.yAxis.paramIndex) : -1);
  glUniform1f(program.uniform("u_tolerance"), static_cast<float>(spec.tolerance));
  const char* samplers[kTargets] = {"t_point", "t_state0", "t_state1", "t_loss"};
  for (int t = 0; t < kTargets; ++t) glUniform1i(program.uniform(samplers[t]), t);
  glUniform1i(program.uniform("t_xValues"), kAxisUnitX);
  glUniform1i(program.uniform("t_yValues"), kAxisUnitY);
  glActiveTexture(GL_TEXTURE0 + kAxisUnitX);
  glBindTexture(GL_TEXTURE_2D, xTexture.id());
  glActiveTexture(GL_TEXTURE0 + kAxisUnitY);
  glBindTexture(GL_TEXTURE_2D, yTexture.id());

  const render::GlVertexArray vertexArray = render::GlVertexArray::generate();
  glBindVertexArray(vertexArray.id());
  glViewport(0, 0, spec.width, spec.height);
  glDisable(GL_BLEND);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_SCISSOR_TEST);
  int source = 0;
  for (long done = 0; done < spec.steps;) {
    const long count = std::min(std::max(1L, stepsPerPass), spec.steps - done);
    for (int t = 0; t < kTargets; ++t) {
      glActiveTexture(GL_TEXTURE0 + t);
      glBindTexture(GL_TEXTURE_2D, sides[source].textures[t].id());
    }
    glBindFramebuffer(GL_FRAMEBUFFER, sides[1 - source].framebuffer.id());
    glUniform1f(program.uniform("u_firstStep"), static_cast<float>(done + 1));
    glUniform1i(program.uniform("u_stepCount"), static_cast<GLint>(count));
    glDrawArrays(GL_TRIANGLES, 0, 3);
    source = 1 - source;
    done += count;
  }
  for (int t = 0; t < kTargets + 2; ++t) {
    glActiveTexture(GL_TEXTURE0 + t);
    glBindTexture(GL_TEXTURE_2D, 0);
  }
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  ConvergenceMap map = readBack(spec, sides[source]);
  glUseProgram(0);
  std::string glError;
  if (!render::checkGlErrors("after the GPU map", &glError)) return fail(glError);
  return map;
}

}  // namespace lv::maps
