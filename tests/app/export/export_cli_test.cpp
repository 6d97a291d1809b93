// `lossviz render` to SVG, PDF, PNG and videos, judged by independent tools: rsvg-convert and
// pdftoppm rasterise the figures, which must look like the PNG render of the same scene (mean
// absolute difference of 4×4-averaged pixels); ffprobe counts frames, size and rate; frame i of a
// video matches `render --steps k_i` (PSNR above 30 dB). Errors are one line, exit 2, no file left.
#include "tests/app/export/video_probe.h"
#include "tests/app/ui/render_cli.h"

#include <stb_image.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace lv::test {
namespace {

const std::string kScene =
    "--landscape rosenbrock --optimizer adam --set lr=0.05 --optimizer sgd --set lr=0.001 --start -1.5,2";

// Mean over channels of |a − b| after averaging 4×4 blocks (0..255): small for pictures that look
// alike though anti-aliasing and font rasterisation differ pixel by pixel.
double blockDifference(const Image& a, const Image& b) {
  if (a.width != b.width || a.height != b.height || a.width < 4) return 255;
  double total = 0;
  int count = 0;
  for (int by = 0; by + 4 <= a.height; by += 4)
    for (int bx = 0; bx + 4 <= a.width; bx += 4)
      for (int c = 0; c < 3; ++c) {
        double sa = 0, sb = 0;
        for (int y = by; y < by + 4; ++y)
          for (int x = bx; x < bx + 4; ++x) {
            sa += a.at(x, y)[c];
            sb += b.at(x, y)[c];
          }
        total += std::abs(sa - sb) / 16;
        ++count;
      }
  return total / count;
}

std::string freshFolder(const std::string& name) {
  const std::string folder = tempPath(name);
  std::filesystem::create_directories(folder);
  return folder;
}

std::size_t entries(const std::string& folder) {
  return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}

TEST(ExportCli, SvgAndPdfLookLikeThePng) {
  REQUIRE_TOOL("rsvg-convert");
  REQUIRE_TOOL("pdftoppm");
  const std::string flags = kScene + " --steps 300 --size 480x300";
  const std::string png = tempPath("fig.png"), svg = tempPath("fig.svg"), pdf = tempPath("fig.pdf");
  expectCleanRender(renderCli(flags + " --out " + png), "png");
  expectCleanRender(renderCli(flags + " --out " + svg), "svg");
  expectCleanRender(renderCli(flags + " --out " + pdf), "pdf");
  const std::string svgPng = tempPath("svg.png"), pdfPng = tempPath("pdf");
  ASSERT_EQ(shell("rsvg-convert " + svg + " -o " + svgPng), "");
  ASSERT_EQ(shell("pdftoppm -r 96 -png -singlefile " + pdf + " " + pdfPng), "");
  const Image reference = load(png), fromSvg = load(svgPng), fromPdf = load(pdfPng + ".png");
  ASSERT_EQ(fromSvg.width, 480);
  ASSERT_EQ(fromSvg.height, 300);
  ASSERT_EQ(fromPdf.width, 480);
  EXPECT_LT(blockDifference(reference, fromSvg), 8);
  EXPECT_LT(blockDifference(reference, fromPdf), 8);
  // The measure tells different pictures apart: another colormap is far off.
  const std::string magma = tempPath("magma.png");
  expectCleanRender(renderCli(flags + " --colormap magma --out " + magma), "magma");
  EXPECT_GT(blockDifference(reference, load(magma)), 20);
}

// The pHYs chunk's pixels per metre (0 when absent).
long pixelsPerMetre(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), {});
  const std::size_t at = bytes.find("pHYs");
  if (at == std::string::npos || at + 8 > bytes.size()) return 0;
  long v = 0;
  for (int i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(bytes[at + 4 + i]);
  return v;
}

TEST(ExportCli, PngRecordsItsDpiAndCanBeTransparent) {
  const std::string sharp = tempPath("sharp.png"), clear = tempPath("clear.png");
  expectCleanRender(renderCli(kScene + " --steps 50 --size 200x120 --dpi 192 --out " + sharp), "dpi");
  EXPECT_EQ(load(sharp).width, 400);
  EXPECT_EQ(pixelsPerMetre(sharp), 7559);  // 192 / 0.0254
  expectCleanRender(renderCli(kScene + " --steps 50 --size 200x120 --transparent --out " + clear), "clear");
  EXPECT_EQ(pixelsPerMetre(clear), 3780);  // 96 / 0.0254
  int w = 0, h = 0, n = 0;
  unsigned char* rgba = stbi_load(clear.c_str(), &w, &h, &n, 4);
  ASSERT_TRUE(rgba);
  EXPECT_EQ(w, 200);
  int transparent = 0;
  for (int i = 0; i < w * h; ++i) transparent += rgba[i * 4 + 3] == 0;
  stbi_image_free(rgba);
  EXPECT_GT(transparent, w * h / 4) << "most of the surface area shows through";
}

// Frame i of `video` against `render --steps k` of the same scene and size.
void expectFrameMatches(const std::string& video, int index, int steps) {
  const std::string still = tempPath("still" + std::to_string(steps) + ".png");
  expectCleanRender(
      renderCli(kScene + " --size 320x200 --steps " + std::to_string(steps) + " --out " + still), "still");
  EXPECT_GT(psnr(frameOf(video, index), load(still)), 30) << video << " frame " << index;
}

TEST(ExportCli, Mp4HasTheFramesAndEachIsTheStateAfterItsSteps) {
  REQUIRE_TOOL("ffmpeg");
  REQUIRE_TOOL("ffprobe");
  const std::string video = tempPath("race.mp4");
  expectCleanRender(
      renderCli(kScene + " --steps 40 --size 320x200 --animate --fps 10 --frames 5 --out " + video), "mp4");
  const Probe p = probe(video);
  EXPECT_TRUE(p.has("width=320") && p.has("height=200") && p.has("r_frame_rate=10/1") &&
              p.has("nb_read_frames=5"))
      << p.text;
  for (int i = 0; i < 5; ++i) expectFrameMatches(video, i, 10 * i);  // round(i·40/4)
}

TEST(ExportCli, WebmAndGifToo) {
  REQUIRE_TOOL("ffmpeg");
  REQUIRE_TOOL("ffprobe");
  const std::string webm = tempPath("race.webm"), gif = tempPath("race.gif");
  expectCleanRender(
      renderCli(kScene + " --steps 40 --size 320x200 --animate --fps 10 --frames 3 --out " + webm), "webm");
  // GIF delays are hundredths of a second: 25 fps is 4 exactly.
  expectCleanRender(
      renderCli(kScene + " --steps 40 --size 320x200 --animate --fps 25 --seconds 0.12 --out " + gif), "gif");
  const Probe w = probe(webm), g = probe(gif);
  EXPECT_TRUE(w.has("width=320") && w.has("r_frame_rate=10/1") && w.has("nb_read_frames=3")) << w.text;
  EXPECT_TRUE(g.has("width=320") && g.has("r_frame_rate=25/1") && g.has("nb_read_frames=3")) << g.text;
  expectFrameMatches(webm, 1, 20);
  expectFrameMatches(gif, 2, 40);
}

void expectRefused(const std::string& flags, const std::string& folder, const std::string& words,
                   const std::string& env = "") {
  const Result r = renderCli(kScene + " --steps 5 --size 64x48 " + flags, env);
  EXPECT_EQ(r.status, 2) << flags << "\n" << r.err;
  EXPECT_EQ(lineCount(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find(words), std::string::npos) << r.err;
  EXPECT_EQ(entries(folder), 0u) << flags << ": something was left behind";
}

TEST(ExportCli, BadOutputsAreOneLineExitTwoAndLeaveNothing) {
  const std::string folder = freshFolder("out");
  expectRefused("--out " + folder + "/fig.bmp", folder, "unsupported extension");
  expectRefused("--out " + folder + "/missing/fig.svg", folder, folder + "/missing/fig.svg");
  expectRefused("--out " + folder + "/missing/race.mp4 --animate", folder, "missing/race.mp4");
  expectRefused("--out " + folder + "/race.mp4", folder, "--animate");
  expectRefused("--out " + folder + "/fig.svg --animate", folder, "--animate");
  expectRefused("--out " + folder + "/race.mp4 --animate --size 65x48", folder, "even");
  expectRefused("--out " + folder + "/fig.png --dpi 100", folder, "--dpi");
}

TEST(ExportCli, MissingOrFailingFfmpegIsOneLine) {
  const std::string folder = freshFolder("video");
  expectRefused("--out " + folder + "/race.mp4 --animate --frames 2", folder, "ffmpeg", "PATH=/nonexistent");
  // An ffmpeg without the encoder: its complaint is passed on and the partial video removed.
  const std::string fake = tempPath("ffmpeg");
  std::ofstream(fake) << "#!/bin/sh\ncat >/dev/null\necho \"Unknown encoder 'libx264'\" >&2\nexit 1\n";
  std::filesystem::permissions(fake, std::filesystem::perms::owner_all);
  expectRefused("--out " + folder + "/race.mp4 --animate --frames 2", folder, "Unknown encoder 'libx264'",
                "LOSSVIZ_FFMPEG=" + fake);
}

}  // namespace
}  // namespace lv::test
