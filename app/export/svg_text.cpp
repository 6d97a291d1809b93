// See svg_text.h.
#include "app/export/svg_text.h"

#include "app/export/cairo_figure.h"

#include <cstdio>

namespace lv::exports {
namespace {

const cairo_user_data_key_t kCollectorKey{};

std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", v);
  return text;
}

}  // namespace

void collectTextInto(cairo_t* cr, SvgText& text) { cairo_set_user_data(cr, &kCollectorKey, &text, nullptr); }

SvgText* collectedText(cairo_t* cr) { return static_cast<SvgText*>(cairo_get_user_data(cr, &kCollectorKey)); }

std::string xmlEscaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void insertSvgText(std::string& svg, const SvgText& text) {
  const std::size_t end = svg.rfind("</svg>");
  if (end == std::string::npos || text.lines.empty()) return;
  std::string group = std::string("<g font-family=\"") + kFontFamily + "\" xml:space=\"preserve\">\n";
  for (const SvgText::Line& line : text.lines) {
    char color[64];
    std::snprintf(color, sizeof color, "rgb(%d,%d,%d)", static_cast<int>(line.color[0] * 255 + 0.5f),
                  static_cast<int>(line.color[1] * 255 + 0.5f), static_cast<int>(line.color[2] * 255 + 0.5f));
    group += "<text x=\"" + number(line.x) + "\" y=\"" + number(line.baseline) + "\" font-size=\"" +
             number(line.fontSize) + "\" fill=\"" + color + "\"";
    if (line.color[3] < 1) group += " fill-opacity=\"" + number(line.color[3]) + "\"";
    group += ">" + xmlEscaped(line.text) + "</text>\n";
  }
  group += "</g>\n";
  svg.insert(end, group);
}

}  // namespace lv::exports
