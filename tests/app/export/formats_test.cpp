// Output formats by extension, the PNG density chunk (bytes worked out by hand from the PNG 1.2
// specification) and XML escaping of SVG text.
#include "app/export/output_format.h"
#include "app/export/png_density.h"
#include "app/export/svg_text.h"

#include <gtest/gtest.h>

namespace lv::exports {
namespace {

TEST(OutputFormat, FollowsTheExtensionCaseInsensitively) {
  std::string error;
  EXPECT_EQ(outputFormatOf("fig.SVG", &error), OutputFormat::Svg);
  EXPECT_EQ(outputFormatOf("a.b/fig.pdf", &error), OutputFormat::Pdf);
  EXPECT_EQ(outputFormatOf("race.webm", &error), OutputFormat::Webm);
  EXPECT_TRUE(isAnimation(OutputFormat::Gif));
  EXPECT_FALSE(isAnimation(OutputFormat::Png));
  EXPECT_FALSE(outputFormatOf("fig.bmp", &error));
  EXPECT_EQ(error, "--out 'fig.bmp': unsupported extension (expected .png, .svg, .pdf, .mp4, .webm or .gif)");
  EXPECT_EQ(outputFormatOf("dir.svg/fig", &error), OutputFormat::Png);  // no extension: as render always did
}

// Signature, IHDR of a 1×1 RGBA image (CRC not checked by the function), IEND.
std::string tinyPng() {
  std::string png("\x89PNG\r\n\x1a\n", 8);
  png += std::string("\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89", 25);
  png += std::string("\0\0\0\0IEND\xae\x42\x60\x82", 12);
  return png;
}

TEST(PngDensity, InsertsPhysAfterIhdr) {
  std::string png = tinyPng();
  ASSERT_TRUE(setPngDensity(png, 96));
  // 96 / 0.0254 = 3779.5 → 3780 = 0x0EC4 pixels per metre on both axes, unit 1 (metre); the CRC-32
  // of "pHYs" and those 9 bytes is 0x952B0E1B (zlib.crc32).
  const std::string phys("\0\0\0\x09pHYs\0\0\x0e\xc4\0\0\x0e\xc4\x01\x95\x2b\x0e\x1b", 21);
  EXPECT_EQ(png.substr(33, 21), phys);
  EXPECT_EQ(png.size(), tinyPng().size() + 21);
  ASSERT_TRUE(setPngDensity(png, 300));  // replaced, not added
  EXPECT_EQ(png.size(), tinyPng().size() + 21);
  EXPECT_EQ(png.substr(41, 8), std::string("\0\0\x2e\x23\0\0\x2e\x23", 8));  // 11811 = 300 / 0.0254
  std::string notPng = "hello";
  EXPECT_FALSE(setPngDensity(notPng, 96));
  EXPECT_FALSE(setPngDensity(png, 0));
}

TEST(SvgText, EscapesMarkup) { EXPECT_EQ(xmlEscaped("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;"); }

}  // namespace
}  // namespace lv::exports
