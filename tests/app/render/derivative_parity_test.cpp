// GPU/CPU parity of exact derivatives: every catalog landscape's emitted GLSL jets
// (Formula::glslDerivatives: f_grad and f_hess) evaluated by the GPU into RGBA32F targets agree
// with Formula::derivatives at the same points to float32 tolerance.
#include "app/render/gl_check.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/shader_library.h"
#include "app/render/texture_target.h"
#include "landscapes/catalog.h"
#include "tests/app/render/gl_test_context.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace lv::render {
namespace {

// Part 0 writes (f, ∂x f, ∂y f) from f_grad, part 1 the Hessian (xx, xy, yy) from f_hess.
constexpr const char* kDerivativeFragment = R"(
uniform vec2 u_viewMin;
uniform vec2 u_pixelSize;
uniform int u_part;
out vec4 o_value;
void main() {
  vec2 p = u_viewMin + gl_FragCoord.xy * u_pixelSize;
  if (u_part == 0) {
    o_value = vec4(f_grad(p), 0.0);
  } else {
    mat2 h = f_hess(p);
    o_value = vec4(h[0][0], h[1][0], h[1][1], 0.0);
  }
}
)";

constexpr int kSize = 32;

// The six numbers (f, gx, gy, hxx, hxy, hyy) of every pixel, bottom row first.
bool renderDerivatives(const landscapes::Formula& formula, const landscapes::Rect& view,
                       std::vector<std::array<float, 6>>* out, std::string* error) {
  GlProgram program = GlProgram::build({assembleShader({shaderText("fullscreen.vert.glsl")}),
                                        assembleShader({formula.glslDerivatives(), kDerivativeFragment}), ""},
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
  }
  glBindVertexArray(0);
  glUseProgram(0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return checkGlErrors("derivative parity", error);
}

TEST(DerivativeParity, EveryCatalogLandscapeMatchesTheCpu) {
  LV_REQUIRE_GL();
  for (const landscapes::CatalogEntry& entry : landscapes::catalog()) {
    SCOPED_TRACE(entry.name);
    const auto formula = landscapes::Formula::parse(entry.formula);
    ASSERT_TRUE(formula.has_value());
    std::vector<std::array<float, 6>> gpu;
    std::string error;
    ASSERT_TRUE(renderDerivatives(*formula, entry.view, &gpu, &error)) << error;

    // The shader computes p in float: mirror that so the comparison is about the derivatives.
    const landscapes::Rect& v = entry.view;
    const float x0 = float(v.xmin), y0 = float(v.ymin);
    const float dx = float((v.xmax - v.xmin) / kSize), dy = float((v.ymax - v.ymin) / kSize);
    std::vector<std::array<double, 6>> cpu(gpu.size());
    std::array<double, 6> largest{};  // per quantity over the view: the scale of float rounding
    for (int j = 0; j < kSize; ++j) {
      for (int i = 0; i < kSize; ++i) {
        const Eigen::Vector2d p(double(x0 + (float(i) + 0.5f) * dx), double(y0 + (float(j) + 0.5f) * dy));
        const landscapes::Derivatives d = formula->derivatives(p);
        const std::array<double, 6> exact = {d.value,         d.gradient.x(),  d.gradient.y(),
                                             d.hessian(0, 0), d.hessian(0, 1), d.hessian(1, 1)};
        cpu[std::size_t(j * kSize + i)] = exact;
        for (std::size_t k = 0; k < 6; ++k)
          if (std::isfinite(exact[k])) largest[k] = std::max(largest[k], std::abs(exact[k]));
      }
    }
    // float32: a relative 1e-4 of the value itself plus 1e-5 of the quantity's largest magnitude
    // in the view (terms of that size cancel in sums like Rastrigin's 2x + 20π·sin(2πx)).
    static const char* const kNames[6] = {"f", "df/dx", "df/dy", "d2f/dx2", "d2f/dxdy", "d2f/dy2"};
    int compared = 0, mismatches = 0;
    for (std::size_t n = 0; n < gpu.size(); ++n) {
      for (std::size_t k = 0; k < 6; ++k) {
        const double exact = cpu[n][k], g = gpu[n][k];
        if (!std::isfinite(exact) || std::abs(exact) > 1e30) continue;
        ++compared;
        const double tolerance = 1e-4 * std::abs(exact) + 1e-5 * largest[k] + 1e-6;
        if (!(std::abs(g - exact) <= tolerance) && mismatches++ < 5)
          ADD_FAILURE() << kNames[k] << " at pixel " << n % kSize << "," << n / kSize << ": gpu " << g
                        << " cpu " << exact << " (tolerance " << tolerance << ")";
      }
    }
    EXPECT_GE(compared, kSize * kSize * 6 / 2);
    EXPECT_EQ(mismatches, 0);
  }
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
  std::vector<std::array<float, 6>> gpu;
  std::string error;
  ASSERT_TRUE(renderDerivatives(*cone, view, &gpu, &error)) << error;
  const std::array<float, 6>& tip = gpu[std::size_t(16 * kSize + 16)];
  EXPECT_EQ(tip[0], 0.0f);
  EXPECT_EQ(tip[1], 0.0f);
  EXPECT_EQ(tip[2], 0.0f);
  EXPECT_FALSE(std::isnan(tip[4]));
}

}  // namespace
}  // namespace lv::render
