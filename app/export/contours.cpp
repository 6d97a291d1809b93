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

// Marching squares. Corner k of cell (i, j) is node (i, j) + kCorners[k]; edge e joins corners
// kEdgeCorners[e]: 0 top (0–1), 1 right (1–2), 2 bottom (3–2), 3 left (0–3).
constexpr int kCorners[4][2] = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
constexpr int kEdgeCorners[4][2] = {{0, 1}, {1, 2}, {3, 2}, {0, 3}};

struct EdgePair {
  int from, to;  // edges; -1: no segment
};
// The segments a level draws across a cell, by its mask (bit k: corner k at or above the level).
// Masks 5 and 10 are saddles, listed for a centre above the level (the corners above are joined
// through it); with the centre below they take the complementary mask's segments.
struct CellCase {
  EdgePair segments[2];
};
constexpr EdgePair kNone{-1, -1};
constexpr CellCase kCellCases[16] = {
    {{kNone, kNone}},  {{{3, 0}, kNone}},  {{{0, 1}, kNone}},  {{{3, 1}, kNone}},
    {{{1, 2}, kNone}}, {{{3, 2}, {0, 1}}}, {{{0, 2}, kNone}},  {{{3, 2}, kNone}},
    {{{3, 2}, kNone}}, {{{0, 2}, kNone}},  {{{3, 0}, {1, 2}}}, {{{1, 2}, kNone}},
    {{{3, 1}, kNone}}, {{{0, 1}, kNone}},  {{{3, 0}, kNone}},  {{kNone, kNone}},
};

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

  std::uint64_t edgeCrossing(int i, int j, int edge) {
    const int* a = kCorners[kEdgeCorners[edge][0]];
    const int* b = kCorners[kEdgeCorners[edge][1]];
    return crossing(i + a[0], j + a[1], i + b[0], j + b[1]);
  }

  bool centreAbove(const double (&v)[4]) const { return (v[0] + v[1] + v[2] + v[3]) / 4 >= level_; }

  void collectSegments() {
    for (int j = 0; j < grid_.rows; ++j) {
      for (int i = 0; i < grid_.columns; ++i) {
        double v[4];
        for (int k = 0; k < 4; ++k) v[k] = grid_.at(i + kCorners[k][0], j + kCorners[k][1]);
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
        const CellCase& cell = kCellCases[(mask == 5 || mask == 10) && !centreAbove(v) ? 15 - mask : mask];
        for (const auto& [e0, e1] : cell.segments)
          if (e0 >= 0) segments_.push_back({edgeCrossing(i, j, e0), edgeCrossing(i, j, e1), fade});
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
