// See video_probe.h.
#include "tests/app/export/video_probe.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace lv::test {

bool haveTool(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

std::string shell(const std::string& command) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  std::string out;
  char buffer[4096];
  for (std::size_t n; pipe && (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  if (pipe) pclose(pipe);
  return out;
}

double psnr(const Image& a, const Image& b) {
  if (a.width != b.width || a.height != b.height || a.rgb.empty()) return 0;
  double squared = 0;
  for (std::size_t i = 0; i < a.rgb.size(); ++i) squared += std::pow(double(a.rgb[i]) - b.rgb[i], 2);
  const double mse = squared / a.rgb.size();
  return mse == 0 ? 99 : 10 * std::log10(255.0 * 255.0 / mse);
}

Probe probe(const std::string& video) {
  return {
      shell("ffprobe -v error -count_frames -select_streams v:0 -show_entries "
            "stream=width,height,r_frame_rate,nb_read_frames -of default=noprint_wrappers=1 " +
            video)};
}

Image frameOf(const std::string& video, int index) {
  const std::string png = tempPath("frame" + std::to_string(index) + ".png");
  shell("ffmpeg -v error -y -i " + video + " -vf 'select=eq(n\\," + std::to_string(index) +
        ")' -frames:v 1 " + png);
  return load(png);
}

}  // namespace lv::test
