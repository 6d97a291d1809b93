// See surface3d.h.
#include "app/render/surface3d.h"

#include "app/render/shader_library.h"

#include <Eigen/Core>

#include <algorithm>
#include <vector>

namespace lv::render {
namespace {

constexpr int kGridUnit = 2;  // unit 0 is the colormap's, 1 the data rows'

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
  dataRows_.clear();
  grid_.clear();
  terms_ = 1;
  return true;
}

bool Surface3dPass::setFormula(const landscapes::Formula& formula, std::string* error) {
  return build(formula.glsl(), formula.glslDerivatives(), error);
}

bool Surface3dPass::setFiniteSum(const landscapes::FiniteSum& sum, std::string* error) {
  if (!build(sum.glsl(), sum.glslDerivatives(), error)) return false;
  dataRows_.upload(sum.data(), nullptr, 0);
  terms_ = sum.termsPerValue();
  if (terms_ <= SurfacePass::kExactTerms) return true;
  const std::string_view shading = shaderText("colormap_shading.glsl");
  valueProgram_ = GlProgram::build(
      {assembleShader({shaderText("fullscreen.vert.glsl")}),
       assembleShader({shaderText("view.glsl"), sum.glsl(), shaderText("surface_value.frag.glsl")}), ""},
      nullptr);
  if (!gridProgram_) {
    const std::string_view grid = shaderText("value_grid.glsl");
    gridProgram_ = GlProgram::build({assembleShader({grid, shading, shaderText("surface3d.vert.glsl")}),
                                     assembleShader({grid, shading, shaderText("surface3d.frag.glsl")}), ""},
                                    nullptr);
  }
  return true;
}

void Surface3dPass::draw(const sim::Camera& camera, const sim::HeightField& field, const SurfaceStyle& style,
                         const Viewport& viewport, int gridSize) {
  if (!program_ || viewport.width <= 0 || viewport.height <= 0) return;
  gridSize = std::max(gridSize, 1);
  const Grid& cells = grid(gridSize);
  // Nodes every 4 "pixels" of a 4·kFullGrid-pixel square: as far apart as the full mesh's vertices.
  const int gridPixels = ValueGrid::kFinestCell * kFullGridCells;
  const bool fromGrid = terms_ > SurfacePass::kExactTerms && gridProgram_ && valueProgram_;
  if (fromGrid) grid_.prepare(field.view, gridPixels, gridPixels, terms_, false, valueProgram_, dataRows_);
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
  if (fromGrid)
    grid_.bind(p, kGridUnit);
  else
    dataRows_.bind(p);
  glBindVertexArray(cells.vao.id());
  glDrawElements(GL_TRIANGLES, cells.indexCount, GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
  DataRows::unbind();
  ValueGrid::unbind(kGridUnit);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
}

}  // namespace lv::render
