// See output_format.h.
#include "app/export/output_format.h"

#include <algorithm>
#include <cctype>

namespace lv::exports {
namespace {

struct Extension {
  const char* suffix;
  OutputFormat format;
};
constexpr Extension kExtensions[] = {{"png", OutputFormat::Png},   {"svg", OutputFormat::Svg},
                                     {"pdf", OutputFormat::Pdf},   {"mp4", OutputFormat::Mp4},
                                     {"webm", OutputFormat::Webm}, {"gif", OutputFormat::Gif}};

}  // namespace

std::optional<OutputFormat> outputFormatOf(const std::string& path, std::string* error) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
    std::string suffix = path.substr(dot + 1);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const Extension& e : kExtensions)
      if (suffix == e.suffix) return e.format;
  } else {
    return OutputFormat::Png;  // no extension: a PNG, as `render` always wrote
  }
  if (error)
    *error = "--out '" + path + "': unsupported extension (expected .png, .svg, .pdf, .mp4, .webm or .gif)";
  return std::nullopt;
}

bool isAnimation(OutputFormat format) {
  return format == OutputFormat::Mp4 || format == OutputFormat::Webm || format == OutputFormat::Gif;
}

const char* formatName(OutputFormat format) {
  for (const Extension& e : kExtensions)
    if (e.format == format) return e.suffix;
  return "?";
}

}  // namespace lv::exports
