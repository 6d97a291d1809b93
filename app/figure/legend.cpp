// See legend.h.
#include "app/figure/legend.h"

#include <algorithm>
#include <cmath>

namespace lv::figure {
namespace {

constexpr double kMaxWidthFraction = 0.45, kMaxHeightFraction = 0.6;

Box placed(const Box& area, Corner corner, double width, double height) {
  const bool right = corner == Corner::TopRight || corner == Corner::BottomRight;
  const bool top = corner == Corner::TopRight || corner == Corner::TopLeft;
  const double x0 = right ? area.x1 - width : area.x0, y0 = top ? area.y0 : area.y1 - height;
  return {x0, y0, x0 + width, y0 + height};
}

}  // namespace

std::string ellipsized(const std::string& text, double width, const TextMetrics& metrics) {
  if (metrics.width(text) <= width) return text;
  std::string cut = text;
  while (!cut.empty()) {
    // One whole UTF-8 code point: continuation bytes (10xxxxxx), then the byte that leads them.
    while (!cut.empty()) {
      const unsigned char last = static_cast<unsigned char>(cut.back());
      cut.pop_back();
      if ((last & 0xC0) != 0x80) break;
    }
    if (metrics.width(cut + "…") <= width) return cut + "…";
  }
  return "…";
}

Legend layoutLegend(const std::vector<LegendRow>& rows, const std::vector<KeyRow>& key,
                    const LegendOptions& options, const Box& area, const TextMetrics& metrics,
                    bool interactive) {
  Legend legend;
  legend.open = options.open;
  legend.corner = options.corner;
  const double font = metrics.fontSize, pad = 0.5 * font, rowHeight = 1.3 * font;
  const double swatchWidth = 2.2 * font, gap = 0.5 * font, detailGap = 1.0 * font;
  const double toggleWidth = interactive ? rowHeight : 0;
  if (rows.empty() && key.empty()) return legend;
  if (!options.open) {
    if (!interactive) return legend;
    legend.toggleText.text = "legend";
    legend.toggle = placed(area, options.corner, metrics.width("legend") + 2 * pad, rowHeight);
    legend.toggleText.at = {legend.toggle.x0 + pad, legend.toggle.y0 + (rowHeight - font) / 2};
    return legend;
  }

  double nameWidth = 0, detailWidth = 0, keyWidth = 0;
  for (const LegendRow& row : rows) {
    nameWidth = std::max(nameWidth, metrics.width(row.name));
    detailWidth = std::max(detailWidth, metrics.width(row.detail));
  }
  for (const KeyRow& k : key) keyWidth = std::max(keyWidth, metrics.width(k.text));
  const double fixed = pad + swatchWidth + gap + pad + toggleWidth;
  const double maxWidth = std::clamp(area.width() * kMaxWidthFraction, std::min(area.width(), 8 * font),
                                     std::max(area.width(), 1.0));
  bool withDetail = detailWidth > 0 && fixed + nameWidth + detailGap + detailWidth <= maxWidth;
  double textWidth = std::max(withDetail ? nameWidth + detailGap + detailWidth : nameWidth, keyWidth);
  textWidth = std::min(textWidth, maxWidth - fixed);
  // With the detail, every name fits whole (that is the test above); the difference alone can round
  // below the widest name and cut it.
  const double nameRoom = withDetail ? std::max(nameWidth, textWidth - detailGap - detailWidth) : textWidth;

  // Rows that fit in the height allowed: runs first (the rest say "+N more"), then the key.
  const double maxHeight = area.height() * kMaxHeightFraction;
  const std::size_t fitting =
      static_cast<std::size_t>(std::max(0.0, std::floor((maxHeight - 2 * pad) / rowHeight)));
  std::size_t runRows = std::min(rows.size(), fitting);
  const bool overflow = runRows < rows.size();
  if (overflow && runRows > 0) --runRows;  // room for the "+N more" row
  const std::size_t keyRows = std::min(key.size(), fitting - runRows - (overflow ? 1 : 0));
  const std::size_t totalRows = runRows + (overflow ? 1 : 0) + keyRows;

  legend.box = placed(area, options.corner, fixed + std::max(textWidth, 0.0),
                      2 * pad + rowHeight * static_cast<double>(std::max<std::size_t>(totalRows, 1)));
  const double textX = legend.box.x0 + pad + swatchWidth + gap;
  const double textOffset = (rowHeight - font) / 2;
  double y = legend.box.y0 + pad;
  for (std::size_t i = 0; i < runRows; ++i, y += rowHeight) {
    const LegendRow& row = rows[i];
    LegendEntry entry;
    entry.run = row.run;
    entry.row = {legend.box.x0, y, legend.box.x1 - toggleWidth, y + rowHeight};
    entry.swatch = {legend.box.x0 + pad, y, legend.box.x0 + pad + swatchWidth, y + rowHeight};
    entry.color = row.color;
    entry.dash = row.dash;
    entry.shape = row.shape;
    entry.visible = row.visible;
    const Rgba textColor{1, 1, 1, row.visible ? 1.0f : 0.4f};
    entry.name = {ellipsized(row.name, nameRoom, metrics), {textX, y + textOffset}, textColor};
    if (withDetail) entry.detail = {row.detail, {textX + nameRoom + detailGap, y + textOffset}, textColor};
    legend.entries.push_back(entry);
  }
  if (overflow) {
    legend.more = {
        "+" + std::to_string(rows.size() - runRows) + " more", {textX, y + textOffset}, {1, 1, 1, 0.7f}};
    y += rowHeight;
  }
  for (std::size_t i = 0; i < keyRows; ++i, y += rowHeight) {
    KeyEntry entry;
    entry.kind = key[i].kind;
    entry.swatch = {legend.box.x0 + pad, y, legend.box.x0 + pad + swatchWidth, y + rowHeight};
    entry.color = key[i].color;
    entry.text = {ellipsized(key[i].text, textWidth, metrics), {textX, y + textOffset}, {1, 1, 1, 0.85f}};
    legend.arrowKey.push_back(entry);
  }
  if (interactive) {
    legend.toggle = {legend.box.x1 - toggleWidth, legend.box.y0, legend.box.x1, legend.box.y0 + rowHeight};
    legend.toggleText = {
        "×", {legend.toggle.x0 + toggleWidth * 0.3, legend.toggle.y0 + textOffset}, {1, 1, 1, 0.8f}};
  }
  return legend;
}

std::optional<std::size_t> legendRunAt(const Legend& legend, const Vec2& pixel) {
  for (const LegendEntry& entry : legend.entries)
    if (entry.row.contains(pixel)) return entry.run;
  return std::nullopt;
}

Corner nearestCorner(const Box& area, const Vec2& pixel) {
  const bool right = pixel.x() >= 0.5 * (area.x0 + area.x1);
  const bool top = pixel.y() < 0.5 * (area.y0 + area.y1);
  if (top) return right ? Corner::TopRight : Corner::TopLeft;
  return right ? Corner::BottomRight : Corner::BottomLeft;
}

}  // namespace lv::figure
