// The formats `render` writes, chosen by the output file's extension (case-insensitive).
#pragma once

#include <optional>
#include <string>

namespace lv::exports {

enum class OutputFormat { Png, Svg, Pdf, Mp4, Webm, Gif };

/// The format of `path` by its extension (PNG when the file name has none); nullopt (with `*error`
/// naming the path and the extensions that work) for any other extension.
std::optional<OutputFormat> outputFormatOf(const std::string& path, std::string* error);

/// True for the formats made of frames (MP4, WebM, GIF).
bool isAnimation(OutputFormat format);

/// "png", "svg", ... for messages.
const char* formatName(OutputFormat format);

/// A layout pixel is a CSS pixel, 1/96 inch: `--size` is the figure's size in these pixels.
constexpr double kLayoutDpi = 96;

/// The largest picture side any format is drawn at, in pixels (as `render`'s --size limit).
constexpr int kMaxImageSide = 8192;

}  // namespace lv::exports
