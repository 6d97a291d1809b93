// GPU/CPU parity of exact derivatives: the emitted GLSL jets (Formula::glslDerivatives: f_grad and
// f_hess) of every catalog landscape and of every function in the table, evaluated by the GPU into
// RGBA32F targets, agree with Formula::derivatives at the same points to float32 tolerance; so do
// a finite sum's surface and derivatives read from a data texture (FiniteSum::glsl's contract).
#include "app/render/gl_check.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/shader_library.h"
#include "app/render/texture_target.h"
#include "landscapes/catalog.h"
#include "landscapes/finite_sum.h"
#include "landscapes/functions.h"
#include "tests/app/render/gl_test_context.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <vector>

namespace lv::render {
namespace {

// Part 0 writes (f, ∂x f, ∂y f) from f_grad and f from glsl()'s f, part 1 the Hessian (xx, xy,
// yy) from f_hess.
constexpr const char* kDerivativeFragment = R"(
uniform vec2 u_viewMin;
uniform vec2 u_pixelSize;
uniform int u_part;
out vec4 o_value;
void main() {
  vec2 p = u_viewMin + gl_FragCoord.xy * u_pixelSize;
  if (u_part == 0) {
    o_value = vec4(f_grad(p), f(p));
  } else {
    mat2 h = f_hess(p);
    o_value = vec4(h[0][0], h[1][0], h[1][1], 0.0);
  }
}
)";

constexpr int kSize = 32;

// The seven numbers (f, gx, gy, hxx, hxy, hyy, f from glsl()) of every pixel, bottom row first.
// `glsl` defines f_grad and f_hess; `bind` sets what else it reads (textures, uniforms).
bool renderDerivatives(const std::string& glsl, const landscapes::Rect& view,
                       std::vector<std::array<float, 7>>* out, std::string* error,
                       const std::function<void(const GlProgram&)>& bind = {}) {
  GlProgram program = GlProgram::build(
      {assembleShader({shaderText("fullscreen.vert.glsl")}), assembleShader({glsl, kDerivativeFragment}), ""},
      error);
  if (!program) return false;
  GlTexture texture;
  GlFramebuffer framebuffer;
  allocateColorTarget(texture, framebuffer, kSize, kSize, GL_RGBA32F, GL_RGBA, GL_FLOAT);
  GlVertexArray vao = GlVertexArray::generate();
  glViewport(0, 0, kSize, kSize);
  glDisable(GL_BLEND);
  program.use();
  glUniform2f(program.uniform("u_viewMin"), float(view.xmin), float(view.ymin));
  glUniform2f(program.uniform("u_pixelSize"), float((view.xmax - view.xmin) / kSize),
              float((view.ymax - view.ymin) / kSize));
  if (bind) bind(program);
  glBindVertexArray(vao.id());
  out->assign(std::size_t(kSize * kSize), {});
  std::vector<float> rgba(std::size_t(kSize * kSize * 4));
  for (int part = 0; part < 2; ++part) {
    glUniform1i(program.uniform("u_part"), part);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer.id());
    glReadPixels(0, 0, kSize, kSize, GL_RGBA, GL_FLOAT, rgba.data());
    for (std::size_t i = 0; i < out->size(); ++i)
      for (std::size_t k = 0; k < 3; ++k) (*out)[i][std::size_t(part * 3) + k] = rgba[i * 4 + k];
    if (part == 0)
      for (std::size_t i = 0; i < out->size(); ++i) (*out)[i][6] = rgba[i * 4 + 3];
  }
  glBindVertexArray(0);
  glUseProgram(0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return checkGlErrors("derivative parity", error);
}

using Exact = std::function<landscapes::Derivatives(const Eigen::Vector2d&)>;

// Compares the GPU's numbers with `exact` at the same (float) points of `view`.
void expectParity(const std::vector<std::array<float, 7>>& gpu, const landscapes::Rect& v,
                  const Exact& exact) {
  // The shader computes p in float: mirror that so the comparison is about the derivatives.
  const float x0 = float(v.xmin), y0 = float(v.ymin);
  const float dx = float((v.xmax - v.xmin) / kSize), dy = float((v.ymax - v.ymin) / kSize);
  std::vector<std::array<double, 7>> cpu(gpu.size());
  std::array<double, 7> largest{};  // per quantity over the view: the scale of float rounding
  for (int j = 0; j < kSize; ++j) {
    for (int i = 0; i < kSize; ++i) {
      const Eigen::Vector2d p(double(x0 + (float(i) + 0.5f) * dx), double(y0 + (float(j) + 0.5f) * dy));
      const landscapes::Derivatives d = exact(p);
      const std::array<double, 7> values = {d.value,         d.gradient.x(),  d.gradient.y(), d.hessian(0, 0),
                                            d.hessian(0, 1), d.hessian(1, 1), d.value};
      cpu[std::size_t(j * kSize + i)] = values;
      for (std::size_t k = 0; k < 7; ++k)
        if (std::isfinite(values[k])) largest[k] = std::max(largest[k], std::abs(values[k]));
    }
  }
  // float32: a relative 1e-4 of the value itself plus 1e-5 of the quantity's largest magnitude in
  // the view (terms of that size cancel in sums like Rastrigin's 2x + 20π·sin(2πx)).
  static const char* const kNames[7] = {"f_jet value", "df/dx",   "df/dy", "d2f/dx2",
                                        "d2f/dxdy",    "d2f/dy2", "f"};
  int compared = 0, mismatches = 0;
  for (std::size_t n = 0; n < gpu.size(); ++n) {
    for (std::size_t k = 0; k < 7; ++k) {
      const double expected = cpu[n][k], g = gpu[n][k];
      if (!std::isfinite(expected) || std::abs(expected) > 1e30) continue;
      ++compared;
      const double tolerance = 1e-4 * std::abs(expected) + 1e-5 * largest[k] + 1e-6;
      if (!(std::abs(g - expected) <= tolerance) && mismatches++ < 5)
        ADD_FAILURE() << kNames[k] << " at pixel " << n % kSize << "," << n / kSize << ": gpu " << g
                      << " cpu " << expected << " (tolerance " << tolerance << ")";
    }
  }
  EXPECT_GE(compared, kSize * kSize * 7 / 2);
  EXPECT_EQ(mismatches, 0);
}

void expectFormulaParity(const std::string& text, const landscapes::Rect& view) {
  SCOPED_TRACE(text);
  const auto formula = landscapes::Formula::parse(text);
  ASSERT_TRUE(formula.has_value());
  std::vector<std::array<float, 7>> gpu;
  std::string error;
  // glsl() beside glslDerivatives(): both may need the same helpers (guarded against repeats).
  ASSERT_TRUE(renderDerivatives(formula->glsl() + formula->glslDerivatives(), view, &gpu, &error)) << error;
  expectParity(gpu, view, [&](const Eigen::Vector2d& p) { return formula->derivatives(p); });
}

TEST(DerivativeParity, EveryCatalogLandscapeMatchesTheCpu) {
  LV_REQUIRE_GL();
  for (const landscapes::CatalogEntry& entry : landscapes::catalog())
    expectFormulaParity(entry.formula, entry.view);
}

// Each function of the table on an argument inside its domain over the view (u in (0.05, 0.95)),
// composed so that gradient and Hessian both exercise the chain rule.
TEST(DerivativeParity, EveryFunctionMatchesTheCpu) {
  LV_REQUIRE_GL();
  const landscapes::Rect view{-0.9, 0.9, -0.9, 0.9};
  for (const landscapes::FunctionSpec& f : landscapes::kFunctions) {
    const std::string name = f.name;
    expectFormulaParity(f.arity == 1 ? name + "(0.3*x + 0.2*y + 0.5) * (1 + x*y)"
                                     : name + "(0.3*x*y + 1.5, 0.2*y - 0.4*x + 0.5) * (1 + x*y)",
                        view);
  }
  // softplus far from 0 on both sides (margins up to ±100).
  expectFormulaParity("softplus(3*x - 2*y) + 0.5*softplus(-x*y)", {-20, 20, -20, 20});
}

}  // namespace
}  // namespace lv::render

namespace lv::render {
namespace {

// At the tip of a cone the inner derivative is exactly 0 and sqrt' infinite: the GPU, like the CPU
// (landscapes/autodiff.h), reports the subgradient 0 instead of inf·0 = NaN.
TEST(DerivativeParity, ConeTipHasZeroGradientNotNaN) {
  LV_REQUIRE_GL();
  const auto cone = landscapes::Formula::parse("sqrt(x^2+y^2)");
  ASSERT_TRUE(cone.has_value());
  // Pixel (16, 16)'s centre is the origin: -16.5/32 + 16.5 * (1/32) = 0, exact in float.
  const landscapes::Rect view{-16.5 / kSize, 15.5 / kSize, -16.5 / kSize, 15.5 / kSize};
  std::vector<std::array<float, 7>> gpu;
  std::string error;
  ASSERT_TRUE(renderDerivatives(cone->glsl() + cone->glslDerivatives(), view, &gpu, &error)) << error;
  const std::array<float, 7>& tip = gpu[std::size_t(16 * kSize + 16)];
  EXPECT_EQ(tip[0], 0.0f);
  EXPECT_EQ(tip[1], 0.0f);
  EXPECT_EQ(tip[2], 0.0f);
  EXPECT_FALSE(std::isnan(tip[4]));
}

// The data surface of a finite sum: 37 rows of 3 columns in a texture 7 texels wide, so rows
// straddle texture lines as FiniteSum::glsl()'s contract allows.
TEST(DerivativeParity, FiniteSumReadsTheDataTexture) {
  LV_REQUIRE_GL();
  auto data = std::make_shared<landscapes::DataTable>();
  data->columns = {"a", "u", "v"};
  constexpr int kRows = 37, kWidth = 7;
  for (int i = 0; i < kRows; ++i) {
    const double u = -2 + 0.11 * i;
    data->values.insert(data->values.end(), {0.01 * i, u, 0.5 * u + 1 + 0.1 * std::sin(3.0 * i)});
  }
  landscapes::ParseError parseError;
  const auto perSample =
      landscapes::Formula::parse("0.1*(x*u + y - v)^2 + softplus(x*u - v) + a*y", data->columns, &parseError);
  ASSERT_TRUE(perSample.has_value()) << parseError.describe();
  const landscapes::FiniteSum sum(*perSample, data);

  std::vector<float> texels(std::size_t((kRows * 3 + kWidth - 1) / kWidth * kWidth), 0.0f);
  for (std::size_t k = 0; k < data->values.size(); ++k) texels[k] = float(data->values[k]);
  GlTexture texture = GlTexture::generate();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, kWidth, GLsizei(texels.size() / kWidth), 0, GL_RED, GL_FLOAT,
               texels.data());
  glBindTexture(GL_TEXTURE_2D, 0);

  const landscapes::Rect view{-2, 2, -2, 2};
  std::vector<std::array<float, 7>> gpu;
  std::string error;
  ASSERT_TRUE(renderDerivatives(sum.glsl() + sum.glslDerivatives(), view, &gpu, &error,
                                [&](const GlProgram& program) {
                                  glActiveTexture(GL_TEXTURE0);
                                  glBindTexture(GL_TEXTURE_2D, texture.id());
                                  glUniform1i(program.uniform("t_data"), 0);
                                  glUniform1i(program.uniform("u_rows"), kRows);
                                }))
      << error;
  glBindTexture(GL_TEXTURE_2D, 0);
  expectParity(gpu, view, [&](const Eigen::Vector2d& p) { return sum.derivatives(p); });
}

}  // namespace
}  // namespace lv::render
