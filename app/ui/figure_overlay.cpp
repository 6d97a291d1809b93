// See figure_overlay.h.
#include "app/ui/figure_overlay.h"

#include "app/figure/dash.h"

#include <algorithm>
#include <cmath>

namespace lv::ui {
namespace {

constexpr float kMaxCoordinate = 1e5f;  // keeps far-off points out of float trouble in ImDrawList

struct Painter {
  ImDrawList* draw;
  ImVec2 origin;
  float scale;  // the UI scale: line widths

  ImVec2 at(double x, double y) const {
    return ImVec2(std::clamp(origin.x + static_cast<float>(x), -kMaxCoordinate, kMaxCoordinate),
                  std::clamp(origin.y + static_cast<float>(y), -kMaxCoordinate, kMaxCoordinate));
  }
  ImVec2 at(const figure::Vec2& p) const { return at(p.x(), p.y()); }
  void text(const figure::Text& t, float alphaScale = 1) const {
    if (!t.text.empty()) draw->AddText(at(t.at), toImColor(t.color, alphaScale), t.text.c_str());
  }
  void plate(const figure::Box& b, const sim::Rgba& fill, float rounding) const {
    draw->AddRectFilled(at(b.x0, b.y0), at(b.x1, b.y1), toImColor(fill), rounding * scale);
  }
};

// A line sample across `box` in `dash`, as the trail is drawn (ImGui lines have butt ends).
void dashedLine(const Painter& p, const figure::Box& box, figure::DashPattern dash, ImU32 color) {
  const double y = 0.5 * (box.y0 + box.y1), x0 = box.x0 + 1, x1 = box.x1 - 1;
  const float width = 2.5f * p.scale;
  figure::forEachDash(dash, figure::LineCap::Butt, x0, x1, width,
                      [&](double a, double b) { p.draw->AddLine(p.at(a, y), p.at(b, y), color, width); });
}

void markerShape(const Painter& p, ImVec2 c, float r, figure::MarkerShape shape, ImU32 color) {
  const ImU32 outline = IM_COL32(0, 0, 0, 200);
  switch (shape) {
    case figure::MarkerShape::Disc:
      p.draw->AddCircleFilled(c, r, color);
      p.draw->AddCircle(c, r, outline, 0, p.scale);
      break;
    case figure::MarkerShape::Square:
      p.draw->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), color);
      p.draw->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), outline, 0, 0, p.scale);
      break;
    case figure::MarkerShape::Triangle:
      p.draw->AddTriangleFilled(ImVec2(c.x, c.y - r * 1.15f), ImVec2(c.x + r, c.y + r * 0.85f),
                                ImVec2(c.x - r, c.y + r * 0.85f), color);
      break;
    case figure::MarkerShape::Diamond:
      p.draw->AddQuadFilled(ImVec2(c.x, c.y - r * 1.2f), ImVec2(c.x + r * 1.2f, c.y),
                            ImVec2(c.x, c.y + r * 1.2f), ImVec2(c.x - r * 1.2f, c.y), color);
      break;
    case figure::MarkerShape::Cross: {  // the heads' plus sign: bars 0.7 r wide, arms 1.1 r long
      const float a = 0.35f * r, b = 1.1f * r;
      // Three rectangles that do not overlap, so that a faded (hidden) run's centre is not darker.
      p.draw->AddRectFilled(ImVec2(c.x - a, c.y - b), ImVec2(c.x + a, c.y + b), color);
      p.draw->AddRectFilled(ImVec2(c.x - b, c.y - a), ImVec2(c.x - a, c.y + a), color);
      p.draw->AddRectFilled(ImVec2(c.x + a, c.y - a), ImVec2(c.x + b, c.y + a), color);
      break;
    }
  }
}

void arrowGlyph(const Painter& p, const figure::Box& box, ImU32 color) {
  const float y = p.at(0, 0.5 * (box.y0 + box.y1)).y;
  const float x0 = p.at(box.x0 + 2, 0).x, x1 = p.at(box.x1 - 2, 0).x, head = 5 * p.scale;
  p.draw->AddLine(ImVec2(x0, y), ImVec2(x1 - head, y), color, 2 * p.scale);
  p.draw->AddTriangleFilled(ImVec2(x1, y), ImVec2(x1 - head * 1.6f, y - head),
                            ImVec2(x1 - head * 1.6f, y + head), color);
}

void drawAxes(const Painter& p, const figure::Figure& f) {
  const figure::Axes& axes = f.axes;
  const ImU32 grid = toImColor(axes.gridColor), tick = toImColor(axes.tickColor);
  const float width = static_cast<float>(axes.gridWidth);
  const double w = f.transform.width, h = f.transform.height;
  for (const figure::Tick& t : axes.x) {
    p.draw->AddLine(p.at(t.pixel, 0), p.at(t.pixel, h), grid, width);
    p.draw->AddLine(p.at(t.pixel, h), p.at(t.pixel, h - axes.tickLength), tick, width);
    p.text(t.label);
  }
  for (const figure::Tick& t : axes.y) {
    p.draw->AddLine(p.at(0, t.pixel), p.at(w, t.pixel), grid, width);
    p.draw->AddLine(p.at(0, t.pixel), p.at(axes.tickLength, t.pixel), tick, width);
    p.text(t.label);
  }
}

// The inspected step's marks that ImGui draws (the GL canvas draws the arrows' shafts and heads).
void drawInspection(const Painter& p, const figure::Figure& f) {
  const ImU32 outline = IM_COL32(0, 0, 0, 200);
  for (const figure::GhostFigure& ghost : f.ghosts)
    drawGhost(p.draw, ghost, [&](const figure::Vec2& w) {
      const figure::Vec2 q = f.transform.toScreen(w);
      return std::optional(
          ImVec2(p.origin.x + static_cast<float>(q.x()), p.origin.y + static_cast<float>(q.y())));
    });
  for (const figure::AxisFigure& axis : f.eigenAxes) {
    const ImVec2 a = p.at(f.transform.toScreen(axis.from)), b = p.at(f.transform.toScreen(axis.to));
    p.draw->AddLine(a, b, outline, static_cast<float>(2 * axis.width));
    p.draw->AddLine(a, b, toImColor(axis.color), static_cast<float>(axis.width));
  }
  for (const figure::PointMarker& m : f.markers) {
    if (m.kind != figure::MarkerKind::Inspected) continue;
    const ImVec2 c = p.at(f.transform.toScreen(m.at));
    p.draw->AddCircle(c, static_cast<float>(m.radius), outline, 0, 5 * p.scale);
    p.draw->AddCircle(c, static_cast<float>(m.radius), toImColor(m.color), 0, 2.5f * p.scale);
  }
  for (const figure::ArrowFigure& arrow : f.arrows) {
    if (arrow.label.text.empty()) continue;
    figure::Text shadow = arrow.label;
    shadow.at += figure::Vec2(1, 1);
    shadow.color = {0, 0, 0, 0.8f};
    p.text(shadow);
    p.text(arrow.label);
  }
}

void drawInspectionKey(const Painter& p, const figure::InspectionKey& key) {
  if (key.box.empty()) return;
  p.plate(key.box, key.background, 4);
  for (const figure::KeyEntry& row : key.rows) {
    if (row.line) {
      const double y = 0.5 * (row.swatch.y0 + row.swatch.y1);
      p.draw->AddLine(p.at(row.swatch.x0, y), p.at(row.swatch.x1, y), toImColor(row.color), 3 * p.scale);
    } else {
      arrowGlyph(p, row.swatch, toImColor(row.color));
    }
    p.text(row.text);
  }
}

void drawLegend(const Painter& p, const figure::Legend& legend) {
  if (!legend.box.empty()) {
    p.plate(legend.box, legend.background, 4);
    p.draw->AddRect(p.at(legend.box.x0, legend.box.y0), p.at(legend.box.x1, legend.box.y1),
                    toImColor(legend.border), 4 * p.scale, 0, p.scale);
  }
  for (const figure::LegendEntry& e : legend.entries) {
    const float alpha = e.visible ? 1.0f : 0.35f;
    const ImU32 color = toImColor(e.color, alpha);
    dashedLine(p, e.swatch, e.dash, color);
    const float r = static_cast<float>(std::min(e.swatch.height() * 0.28, e.swatch.width() * 0.2));
    markerShape(p, p.at(0.5 * (e.swatch.x0 + e.swatch.x1), 0.5 * (e.swatch.y0 + e.swatch.y1)), r, e.shape,
                color);
    p.text(e.name);
    p.text(e.detail);
  }
  p.text(legend.more);
  for (const figure::KeyEntry& k : legend.arrowKey) {
    arrowGlyph(p, k.swatch, toImColor(k.color));
    p.text(k.text);
  }
  if (!legend.toggle.empty()) {
    if (legend.box.empty()) p.plate(legend.toggle, legend.background, 4);
    p.text(legend.toggleText);
  }
}

void drawColorBar(const Painter& p, const figure::ColorBar& bar) {
  p.plate(bar.plate, bar.background, 4);
  p.text(bar.title);
  for (size_t i = 1; i < bar.stops.size(); ++i) {
    const double x0 = bar.bar.x0 + bar.stops[i - 1].t * bar.bar.width();
    const double x1 = bar.bar.x0 + bar.stops[i].t * bar.bar.width();
    const ImU32 a = toImColor(bar.stops[i - 1].color), b = toImColor(bar.stops[i].color);
    p.draw->AddRectFilledMultiColor(p.at(x0, bar.bar.y0), p.at(x1, bar.bar.y1), a, b, b, a);
  }
  for (const figure::Tick& t : bar.ticks) {
    p.draw->AddLine(p.at(t.pixel, bar.bar.y0 - 3 * p.scale), p.at(t.pixel, bar.bar.y1),
                    IM_COL32(255, 255, 255, 220), p.scale);
    p.text(t.label);
  }
}

}  // namespace

figure::TextMetrics imguiTextMetrics() {
  figure::TextMetrics metrics;
  metrics.fontSize = ImGui::GetFontSize();
  metrics.measure = [](std::string_view text) {
    return static_cast<double>(ImGui::CalcTextSize(text.data(), text.data() + text.size()).x);
  };
  return metrics;
}

ImU32 toImColor(const sim::Rgba& c, float alphaScale) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c[0], c[1], c[2], c[3] * alphaScale));
}

void drawFigureOverlay(ImDrawList* draw, const figure::Figure& figure, ImVec2 origin) {
  const Painter p{draw, origin, static_cast<float>(figure.uiScale)};
  draw->PushClipRect(origin, p.at(figure.transform.width, figure.transform.height), true);
  drawAxes(p, figure);
  drawInspection(p, figure);
  for (const figure::CanvasLabel& label : figure.labels) {
    p.plate(label.box, label.background, 3);
    p.text(label.text);
  }
  if (figure.colorBar) drawColorBar(p, *figure.colorBar);
  drawLegend(p, figure.legend);
  drawInspectionKey(p, figure.inspectionKey);
  draw->PopClipRect();
}

void drawGhost(ImDrawList* draw, const figure::GhostFigure& ghost, const ScreenOf& screenOf) {
  if (ghost.points.size() < 2) return;
  const ImU32 color = toImColor(ghost.color);
  const float width = static_cast<float>(ghost.width);
  const double dash = std::max(1.0, ghost.dashPixels);
  std::optional<ImVec2> previous = screenOf(ghost.points.front());
  double phase = 0;  // distance into the current dash-and-gap period
  for (size_t k = 1; k < ghost.points.size(); ++k) {
    const std::optional<ImVec2> next = screenOf(ghost.points[k]);
    if (!previous || !next) {  // behind the 3D view's eye: the path breaks there
      previous = next;
      continue;
    }
    const ImVec2 a = *previous, d(next->x - a.x, next->y - a.y);
    const double length = std::hypot(d.x, d.y);
    // Far-off segments (a diverged ghost) are not cut into millions of dashes.
    if (!(length < 1e5)) {
      previous = next;
      continue;
    }
    auto along = [&](double t) {
      const float u = static_cast<float>(t / length);
      return ImVec2(std::clamp(a.x + d.x * u, -kMaxCoordinate, kMaxCoordinate),
                    std::clamp(a.y + d.y * u, -kMaxCoordinate, kMaxCoordinate));
    };
    for (double t = 0; t < length;) {
      const bool on = phase < dash;
      const double piece = std::min(length - t, (on ? dash : 2 * dash) - phase);
      if (on) draw->AddLine(along(t), along(t + piece), color, width);
      t += piece;
      phase = std::fmod(phase + piece, 2 * dash);
    }
    previous = next;
  }
}

}  // namespace lv::ui
