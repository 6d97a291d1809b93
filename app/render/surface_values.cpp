// See surface_values.h.
#include "app/render/surface_values.h"

#include "app/render/shader_library.h"

namespace lv::render {
namespace {

constexpr int kGridUnit = 2;  // unit 0 is the colormap's, DataRows::kUnit the rows'

}  // namespace

void SurfaceValues::setFunction(std::string glsl) {
  glsl_ = std::move(glsl);
  valueProgram_ = GlProgram();
  data_.reset();
  rows_.clear();
  terms_ = 1;
  grid_.clear();
}

void SurfaceValues::setFiniteSum(const landscapes::FiniteSum& sum) {
  setFunction(sum.glsl());
  data_ = sum;
  rows_.upload(sum.data(), nullptr, 0);
  terms_ = sum.termsPerValue();
}

void SurfaceValues::setRows(const std::uint32_t* rows, std::size_t count) {
  if (!data_ || (rows && count == 0)) return;
  rows_.upload(data_->data(), rows, rows ? count : data_->data().rows());
  terms_ = rows ? count : data_->termsPerValue();
  grid_.clear();
}

const GlProgram& SurfaceValues::valueProgram() {
  if (!valueProgram_ && !glsl_.empty()) {
    valueProgram_ = GlProgram::build(
        {assembleShader({shaderText("fullscreen.vert.glsl")}),
         assembleShader({shaderText("view.glsl"), glsl_, shaderText("surface_value.frag.glsl")}), ""},
        nullptr);
  }
  return valueProgram_;
}

bool SurfaceValues::prepare(const View& view, int width, int height, bool interactive) {
  if (!sampled() || !valueProgram()) return false;
  return grid_.prepare(view, width, height, terms_, interactive, valueProgram_, rows_);
}

void SurfaceValues::bind(const GlProgram& program, bool fromGrid) const {
  if (fromGrid)
    grid_.bind(program, kGridUnit);
  else
    rows_.bind(program);
}

void SurfaceValues::unbind() {
  DataRows::unbind();
  ValueGrid::unbind(kGridUnit);
}

bool SurfaceValues::evaluate(const View& view, int width, int height) {
  if (!valueProgram() || width <= 0 || height <= 0) return false;
  evaluateValues(valueProgram_, rows_, emptyVao_.id(), {view.xmin, view.ymin},
                 {(view.xmax - view.xmin) / width, (view.ymax - view.ymin) / height});
  return true;
}

}  // namespace lv::render
