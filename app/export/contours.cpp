// See contours.h. Each crossing is keyed by the grid edge it lies on, so the two segments of
// neighbouring cells that meet there chain into one polyline.
#include "app/export/contours.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace lv::exports {
namespace {

// Fade buckets: a piece changes colour only in these steps, so chains are not cut at every cell.
constexpr double kFadeSteps = 4;

double smoothstep(double e0, double e1, double x) {
  const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
  return t * t * (3 - 2 * t);
}

struct Segment {
  std::uint64_t a, b;  // edge keys
  double fade;
};

class LevelTracer {
 public:
  LevelTracer(const ContourGrid& grid, double level) : grid_(grid), level_(level) {}

  void trace(std::vector<ContourLine>& out, int levelIndex) {
    collectSegments();
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> byEdge;
    for (std::size_t s = 0; s < segments_.size(); ++s) {
      byEdge[segments_[s].a].push_back(s);
      byEdge[segments_[s].b].push_back(s);
    }
    std::vector<bool> used(segments_.size(), false);
    auto nextAt = [&](std::uint64_t edge, double fade) -> std::ptrdiff_t {
      for (std::size_t s : byEdge[edge])
        if (!used[s] && segments_[s].fade == fade) return static_cast<std::ptrdiff_t>(s);
      return -1;
    };
    for (std::size_t start = 0; start < segments_.size(); ++start) {
      if (used[start]) continue;
      used[start] = true;
      const double fade = segments_[start].fade;
      std::vector<std::uint64_t> chain{segments_[start].a, segments_[start].b};
      for (int direction = 0; direction < 2; ++direction) {  // forward from b, then back from a
        for (std::ptrdiff_t s = nextAt(chain.back(), fade); s >= 0; s = nextAt(chain.back(), fade)) {
          used[s] = true;
          chain.push_back(segments_[s].a == chain.back() ? segments_[s].b : segments_[s].a);
        }
        std::reverse(chain.begin(), chain.end());
      }
      ContourLine line;
      line.level = levelIndex;
      line.fade = fade;
      for (std::uint64_t edge : chain) line.points.push_back(crossings_.at(edge));
      out.push_back(std::move(line));
    }
  }

 private:
  // Key of the edge from node (i, j) rightwards (horizontal) or downwards.
  static std::uint64_t edgeKey(int i, int j, bool horizontal) {
    return (static_cast<std::uint64_t>(j) << 33) | (static_cast<std::uint64_t>(i) << 1) |
           (horizontal ? 1 : 0);
  }

  std::uint64_t crossing(int i0, int j0, int i1, int j1) {
    const bool horizontal = j0 == j1;
    const std::uint64_t key = edgeKey(std::min(i0, i1), std::min(j0, j1), horizontal);
    if (!crossings_.count(key)) {
      const double v0 = grid_.at(i0, j0), v1 = grid_.at(i1, j1);
      const double u = v1 != v0 ? std::clamp((level_ - v0) / (v1 - v0), 0.0, 1.0) : 0.5;
      crossings_[key] =
          optim::Vec2((i0 + u * (i1 - i0)) * grid_.spacing, (j0 + u * (j1 - j0)) * grid_.spacing);
    }
    return key;
  }

  void collectSegments() {
    for (int j = 0; j < grid_.rows; ++j) {
      for (int i = 0; i < grid_.columns; ++i) {
        const double v[4] = {grid_.at(i, j), grid_.at(i + 1, j), grid_.at(i + 1, j + 1), grid_.at(i, j + 1)};
        if (!std::all_of(v, v + 4, [](double x) { return std::isfinite(x); })) continue;
        const int mask =
            (v[0] >= level_) | (v[1] >= level_) << 1 | (v[2] >= level_) << 2 | (v[3] >= level_) << 3;
        if (mask == 0 || mask == 15) continue;
        // fwidth(c) of the shader, from this cell's differences.
        const double width =
            (std::abs(v[1] - v[0]) + std::abs(v[2] - v[3]) + std::abs(v[3] - v[0]) + std::abs(v[2] - v[1])) /
            (2 * grid_.spacing);
        const double fade = std::round((1 - smoothstep(0.12, 0.4, width)) * kFadeSteps) / kFadeSteps;
        if (fade <= 0) continue;
        // Edges: 0 top (0–1), 1 right (1–2), 2 bottom (3–2), 3 left (0–3).
        auto edge = [&](int e) {
          switch (e) {
            case 0:
              return crossing(i, j, i + 1, j);
            case 1:
              return crossing(i + 1, j, i + 1, j + 1);
            case 2:
              return crossing(i, j + 1, i + 1, j + 1);
            default:
              return crossing(i, j, i, j + 1);
          }
        };
        auto add = [&](int e0, int e1) { segments_.push_back({edge(e0), edge(e1), fade}); };
        const bool centreAbove = (v[0] + v[1] + v[2] + v[3]) / 4 >= level_;
        switch (mask) {
          case 1:
          case 14:
            add(3, 0);
            break;
          case 2:
          case 13:
            add(0, 1);
            break;
          case 3:
          case 12:
            add(3, 1);
            break;
          case 4:
          case 11:
            add(1, 2);
            break;
          case 6:
          case 9:
            add(0, 2);
            break;
          case 7:
          case 8:
            add(3, 2);
            break;
          case 5:  // corners 0 and 2 above: joined through the centre or not
            if (centreAbove) {
              add(3, 2);
              add(0, 1);
            } else {
              add(3, 0);
              add(1, 2);
            }
            break;
          case 10:
            if (centreAbove) {
              add(3, 0);
              add(1, 2);
            } else {
              add(3, 2);
              add(0, 1);
            }
            break;
          default:
            break;
        }
      }
    }
  }

  const ContourGrid& grid_;
  double level_;
  std::vector<Segment> segments_;
  std::unordered_map<std::uint64_t, optim::Vec2> crossings_;
};

}  // namespace

std::vector<ContourLine> contourLines(const ContourGrid& grid, int levels) {
  std::vector<ContourLine> lines;
  for (int k = 1; k <= levels; ++k) LevelTracer(grid, k).trace(lines, k);
  return lines;
}

}  // namespace lv::exports
