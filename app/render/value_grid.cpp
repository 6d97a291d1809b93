// See value_grid.h.
#include "app/render/value_grid.h"

#include "app/render/texture_target.h"

#include <algorithm>
#include <cmath>

namespace lv::render {
namespace {

constexpr double kPanMargin = 0.25;  // of the view's extent, each side: a quarter-screen pan reuses the grid

// The nodes that cover [lo, hi] at `step`, with `margin` nodes more on each side: the interpolation
// reads one node below a point's cell and two above it.
struct NodeSpan {
  std::int64_t first = 0;
  std::int64_t count = 0;
};

NodeSpan nodeSpan(double lo, double hi, double step, double margin) {
  const std::int64_t extra = std::int64_t(std::ceil(margin * (hi - lo) / step));
  const std::int64_t first = std::int64_t(std::floor(lo / step)) - 1 - extra;
  const std::int64_t last = std::int64_t(std::floor(hi / step)) + 2 + extra;
  return {first, last - first + 1};
}

Eigen::Vector2d pixelSize(const View& view, int width, int height) {
  return {std::abs(view.xmax - view.xmin) / width, std::abs(view.ymax - view.ymin) / height};
}

bool samePixel(const Eigen::Vector2d& a, const Eigen::Vector2d& b) {
  return std::abs(a.x() - b.x()) <= 1e-9 * a.x() && std::abs(a.y() - b.y()) <= 1e-9 * a.y();
}

// The view's corners in increasing order (a picture with rows top-down has ymin > ymax).
double low(double a, double b) { return std::min(a, b); }
double high(double a, double b) { return std::max(a, b); }

double nodeCount(const View& view, const Eigen::Vector2d& step, double margin) {
  return double(nodeSpan(low(view.xmin, view.xmax), high(view.xmin, view.xmax), step.x(), margin).count) *
         double(nodeSpan(low(view.ymin, view.ymax), high(view.ymin, view.ymax), step.y(), margin).count);
}

// The finest cell whose grid costs at most `budget` evaluations (else the coarsest).
int cellWithin(const View& view, const Eigen::Vector2d& pixel, std::size_t terms, double budget,
               double margin) {
  int cell = ValueGrid::kFinestCell;
  while (cell < ValueGrid::kCoarsestCell && nodeCount(view, cell * pixel, margin) * double(terms) > budget)
    cell *= 2;
  return cell;
}

}  // namespace

void evaluateValues(const GlProgram& values, const DataRows& rows, GLuint vao, const Eigen::Vector2d& viewMin,
                    const Eigen::Vector2d& pixelSize) {
  glDisable(GL_BLEND);
  values.use();
  glUniform2f(values.uniform("u_viewMin"), float(viewMin.x()), float(viewMin.y()));
  glUniform2f(values.uniform("u_pixelSize"), float(pixelSize.x()), float(pixelSize.y()));
  glUniform2f(values.uniform("u_viewportOrigin"), 0.0f, 0.0f);
  rows.bind(values);
  glBindVertexArray(vao);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  DataRows::unbind();
  glUseProgram(0);
}

ValueGrid::ValueGrid() : emptyVao_(GlVertexArray::generate()) {}

void ValueGrid::clear() {
  active_ = Grid();
  pending_ = Grid();
}

bool ValueGrid::covers(const View& view, int width, int height) const {
  if (!active_.texture || width <= 0 || height <= 0 ||
      !samePixel(pixelSize(view, width, height), active_.pixel))
    return false;
  const NodeSpan x = nodeSpan(low(view.xmin, view.xmax), high(view.xmin, view.xmax), active_.step.x(), 0);
  const NodeSpan y = nodeSpan(low(view.ymin, view.ymax), high(view.ymin, view.ymax), active_.step.y(), 0);
  return x.first >= active_.firstX && x.first + x.count <= active_.firstX + active_.width &&
         y.first >= active_.firstY && y.first + y.count <= active_.firstY + active_.height;
}

bool ValueGrid::prepare(const View& view, int width, int height, std::size_t terms, bool interactive,
                        const GlProgram& values, const DataRows& rows) {
  const Eigen::Vector2d pixel = pixelSize(view, width, height);
  if (width <= 0 || height <= 0 || !(pixel.allFinite() && pixel.x() > 0 && pixel.y() > 0)) return false;
  GLint framebuffer = 0, scissor[4] = {0, 0, 0, 0};
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &framebuffer);
  const bool scissored = glIsEnabled(GL_SCISSOR_TEST);
  glGetIntegerv(GL_SCISSOR_BOX, scissor);

  const double margin = interactive ? kPanMargin : 0.0;
  const int wanted = cellWithin(view, pixel, terms, interactive ? kFrameTerms : kImageTerms, margin);
  bool finished = false;
  if (!covers(view, width, height) || (!interactive && active_.cellPixels > wanted)) {
    pending_ = Grid();
    int finest = wanted;
    while (interactive && finest > kFinestCell &&
           nodeCount(view, finest / 2 * pixel, margin) * double(terms) <= kRefineTerms)
      finest /= 2;
    active_ = layOut(view, pixel, wanted, margin, finest);
    fill(active_, active_.height, values, rows);
  } else if (interactive && refining()) {
    if (!pending_.texture) pending_ = halved(active_);
    const int band =
        std::max(1, int(kFrameTerms / (double(pending_.width) * double(std::max<std::size_t>(terms, 1)))));
    fill(pending_, std::min(pending_.height, pending_.filledRows + band), values, rows);
    if (pending_.filledRows == pending_.height) {
      active_ = std::move(pending_);
      pending_ = Grid();
      finished = true;
    }
  }

  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(framebuffer));
  glScissor(scissor[0], scissor[1], scissor[2], scissor[3]);
  if (!scissored) glDisable(GL_SCISSOR_TEST);
  return finished;
}

ValueGrid::Grid ValueGrid::layOut(const View& view, const Eigen::Vector2d& pixel, int cellPixels,
                                  double margin, int finestCell) {
  Grid grid;
  grid.finestCell = finestCell;
  grid.pixel = pixel;
  grid.cellPixels = cellPixels;
  grid.step = cellPixels * pixel;
  const NodeSpan x = nodeSpan(low(view.xmin, view.xmax), high(view.xmin, view.xmax), grid.step.x(), margin);
  const NodeSpan y = nodeSpan(low(view.ymin, view.ymax), high(view.ymin, view.ymax), grid.step.y(), margin);
  grid.firstX = x.first;
  grid.firstY = y.first;
  grid.width = int(x.count);
  grid.height = int(y.count);
  allocateColorTarget(grid.texture, grid.framebuffer, grid.width, grid.height, GL_R32F, GL_RED, GL_FLOAT);
  return grid;
}

ValueGrid::Grid ValueGrid::halved(const Grid& coarse) {
  Grid grid;
  grid.pixel = coarse.pixel;
  grid.cellPixels = coarse.cellPixels / 2;
  grid.finestCell = coarse.finestCell;
  grid.step = coarse.step / 2;
  grid.firstX = 2 * coarse.firstX;
  grid.firstY = 2 * coarse.firstY;
  grid.width = 2 * coarse.width - 1;
  grid.height = 2 * coarse.height - 1;
  allocateColorTarget(grid.texture, grid.framebuffer, grid.width, grid.height, GL_R32F, GL_RED, GL_FLOAT);
  return grid;
}

void ValueGrid::fill(Grid& grid, int rowEnd, const GlProgram& values, const DataRows& rows) const {
  if (rowEnd <= grid.filledRows) return;
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, grid.framebuffer.id());
  glViewport(0, 0, grid.width, grid.height);
  glEnable(GL_SCISSOR_TEST);
  glScissor(0, grid.filledRows, grid.width, rowEnd - grid.filledRows);
  // Fragment (a, b) is node (firstX + a, firstY + b).
  const Eigen::Vector2d origin(double(grid.firstX) * grid.step.x(), double(grid.firstY) * grid.step.y());
  evaluateValues(values, rows, emptyVao_.id(), origin - 0.5 * grid.step, grid.step);
  grid.filledRows = rowEnd;
}

void ValueGrid::bind(const GlProgram& program, int unit) const {
  glActiveTexture(GLenum(GL_TEXTURE0 + unit));
  glBindTexture(GL_TEXTURE_2D, active_.texture.id());
  glActiveTexture(GL_TEXTURE0);
  glUniform1i(program.uniform("t_values"), unit);
  glUniform2f(program.uniform("u_gridOrigin"), float(double(active_.firstX) * active_.step.x()),
              float(double(active_.firstY) * active_.step.y()));
  glUniform2f(program.uniform("u_gridStep"), float(active_.step.x()), float(active_.step.y()));
}

void ValueGrid::unbind(int unit) {
  glActiveTexture(GLenum(GL_TEXTURE0 + unit));
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE0);
}

}  // namespace lv::render
