// See surface3d.h.
#include "app/render/surface3d.h"

#include "app/render/shader_library.h"

#include <Eigen/Core>

#include <algorithm>
#include <vector>

namespace lv::render {
namespace {

// The value grid is laid out as for a picture of this many pixels a side: nodes every
// ValueGrid::kFinestCell of them are as far apart as the full mesh's vertices.
constexpr int kGridPixels = ValueGrid::kFinestCell * Surface3dPass::kFullGridCells;

}  // namespace

sim::Vec3 surfaceLight() { return sim::Vec3(-0.45, 0.35, 1.0).normalized(); }

const Surface3dPass::Grid& Surface3dPass::grid(int size) {
  for (const Grid& g : grids_)
    if (g.size == size) return g;
  Grid g{size, GlVertexArray::generate(), GlBuffer::generate(), 0};
  const int n = size + 1;
  std::vector<GLuint> indices;
  indices.reserve(std::size_t(size) * std::size_t(size) * 6);
  for (int j = 0; j < size; ++j)
    for (int i = 0; i < size; ++i) {
      const GLuint a = GLuint(j * n + i), b = a + 1, c = a + GLuint(n), d = c + 1;
      for (GLuint k : {a, b, d, a, d, c}) indices.push_back(k);
    }
  g.indexCount = GLsizei(indices.size());
  glBindVertexArray(g.vao.id());
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indices.id());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(indices.size() * sizeof(GLuint)), indices.data(),
               GL_STATIC_DRAW);
  glBindVertexArray(0);
  grids_.push_back(std::move(g));
  return grids_.back();
}

bool Surface3dPass::build(const std::string& f, const std::string& derivatives, std::string* error) {
  const std::string_view shading = shaderText("colormap_shading.glsl");
  GlProgram program =
      GlProgram::build({assembleShader({f, shading, shaderText("surface3d.vert.glsl")}),
                        assembleShader({f, derivatives, shading, shaderText("surface3d.frag.glsl")}), ""},
                       error);
  if (!program) return false;
  program_ = std::move(program);
  values_.setFunction(f);
  return true;
}

bool Surface3dPass::setFormula(const landscapes::Formula& formula, std::string* error) {
  return build(formula.glsl(), formula.glslDerivatives(), error);
}

bool Surface3dPass::setFiniteSum(const landscapes::FiniteSum& sum, std::string* error) {
  if (!build(sum.glsl(), sum.glslDerivatives(), error)) return false;
  values_.setFiniteSum(sum);
  if (!gridProgram_) {
    // Independent of the landscape: the grid stands in for its f. Without it, every vertex is exact.
    const std::string_view shading = shaderText("colormap_shading.glsl");
    const std::string_view grid = shaderText("value_grid.glsl");
    gridProgram_ = GlProgram::build({assembleShader({grid, shading, shaderText("surface3d.vert.glsl")}),
                                     assembleShader({grid, shading, shaderText("surface3d.frag.glsl")}), ""},
                                    nullptr);
  }
  return true;
}

bool Surface3dPass::prepare(const landscapes::Rect& view, bool interactive) {
  return gridProgram_ && values_.prepare(view, kGridPixels, kGridPixels, interactive);
}

int Surface3dPass::gridCells(const landscapes::Rect& view) const {
  return gridProgram_ ? values_.gridCellPixels(view, kGridPixels, kGridPixels) / ValueGrid::kFinestCell : 0;
}

void Surface3dPass::draw(const sim::Camera& camera, const sim::HeightField& field, const SurfaceStyle& style,
                         const Viewport& viewport, int gridSize) {
  if (!program_ || viewport.width <= 0 || viewport.height <= 0) return;
  gridSize = std::max(gridSize, 1);
  const Grid& cells = grid(gridSize);
  const bool fromGrid = gridCells(field.view) > 0;
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_BLEND);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  const GlProgram& p = fromGrid ? gridProgram_ : program_;
  p.use();
  const Eigen::Matrix4f viewProjection =
      camera.viewProjection(double(viewport.width) / viewport.height).cast<float>();
  glUniformMatrix4fv(p.uniform("u_viewProjection"), 1, GL_FALSE, viewProjection.data());
  const landscapes::Rect& v = field.view;
  glUniform2f(p.uniform("u_worldMin"), float(v.xmin), float(v.ymin));
  glUniform2f(p.uniform("u_worldMax"), float(v.xmax), float(v.ymax));
  glUniform2f(p.uniform("u_worldCentre"), float(0.5 * (v.xmin + v.xmax)), float(0.5 * (v.ymin + v.ymax)));
  glUniform1i(p.uniform("u_gridSize"), gridSize);
  glUniform1f(p.uniform("u_modelPerWorld"), float(field.modelPerWorld()));
  glUniform1f(p.uniform("u_heightScale"), float(field.heightScale));
  const sim::Vec3 light = surfaceLight();
  glUniform3f(p.uniform("u_light"), float(light.x()), float(light.y()), float(light.z()));
  setColorScaleUniforms(p, field.scale, style.contourOpacity, colormap_.texture(style.colormap));
  values_.bind(p, fromGrid);
  glBindVertexArray(cells.vao.id());
  glDrawElements(GL_TRIANGLES, cells.indexCount, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
  SurfaceValues::unbind();
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
}

}  // namespace lv::render
