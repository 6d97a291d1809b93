// xoshiro256** and its distributions. Every floating-point step is a single IEEE operation in a
// fixed order (this file is compiled with -ffp-contract=off, so no fused multiply-add changes bits).
#include "landscapes/random.h"

#include "landscapes/lv_assert.h"

#include <cmath>

namespace lv::landscapes {
namespace {

constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ull;

std::uint64_t rotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

std::uint64_t splitMixOutput(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

std::uint64_t splitMix64(std::uint64_t& state) {
  state += kGoldenGamma;
  return splitMixOutput(state);
}

Random::Random(std::uint64_t seed) {
  std::uint64_t sm = seed;
  // Four consecutive SplitMix64 outputs are distinct (its output function is a bijection), so the
  // state is never all zero.
  for (auto& word : state_) word = splitMix64(sm);
}

Random::Random(std::uint64_t seed, std::uint64_t key) : Random(splitMixOutput(seed + kGoldenGamma) ^ key) {}

Random Random::fromState(const std::array<std::uint64_t, 4>& state) {
  LV_ASSERT(state[0] | state[1] | state[2] | state[3], "xoshiro256** state must not be all zero");
  Random r;
  r.state_ = state;
  return r;
}

std::uint64_t Random::next() {
  auto& s = state_;
  const std::uint64_t result = rotateLeft(s[1] * 5, 7) * 9;
  const std::uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotateLeft(s[3], 45);
  return result;
}

double Random::uniform() { return double(next() >> 11) * 0x1.0p-53; }

std::uint32_t Random::below(std::uint32_t bound) {
  LV_ASSERT(bound >= 1, "Random::below needs a bound of at least 1");
  std::uint64_t product = (next() >> 32) * std::uint64_t(bound);
  auto low = std::uint32_t(product);
  if (low < bound) {
    // 2^32 mod bound: the number of low products that would over-represent some results.
    const std::uint32_t threshold = std::uint32_t(-bound) % bound;
    while (low < threshold) {
      product = (next() >> 32) * std::uint64_t(bound);
      low = std::uint32_t(product);
    }
  }
  return std::uint32_t(product >> 32);
}

double Random::normal() {
  if (hasSpareNormal_) {
    hasSpareNormal_ = false;
    return spareNormal_;
  }
  double u, v, s;
  do {
    // 2·[0,1) − 1 is exact: every value is a multiple of 2^-52 in [-1, 1).
    u = 2 * uniform() - 1;
    v = 2 * uniform() - 1;
    const double uu = u * u;
    const double vv = v * v;
    s = uu + vv;
  } while (s >= 1 || s == 0);
  const double minusTwoLog = -2 * detail::logUnit(s);
  const double r = std::sqrt(minusTwoLog / s);
  spareNormal_ = v * r;
  hasSpareNormal_ = true;
  return u * r;
}

namespace detail {

double logUnit(double s) {
  LV_ASSERT(s > 0 && s <= 1, "logUnit needs s in (0, 1]");
  // s = m·2^k with m in [√½, √2), then ln m = 2·atanh(f), f = (m−1)/(m+1), |f| ≤ 0.1716, summed as
  // 2f·(1 + f²/3 + f⁴/5 + … + f²²/23): the next term is below 2^-57 of the sum.
  int k = 0;
  double m = std::frexp(s, &k);  // exact: m in [0.5, 1)
  if (m < 0.70710678118654752440) {
    m = m * 2;
    k = k - 1;
  }
  const double f = (m - 1) / (m + 1);
  const double f2 = f * f;
  double series = 1.0 / 23;
  for (int odd = 21; odd >= 1; odd -= 2) {
    const double scaled = series * f2;
    series = scaled + 1.0 / odd;
  }
  const double logM = (2 * f) * series;
  // ln 2 split so that k·ln2Hi is exact for |k| < 2^11 (fdlibm's constants).
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  const double kLo = k * kLn2Lo;
  const double kHi = k * kLn2Hi;
  const double low = logM + kLo;
  return kHi + low;
}

}  // namespace detail
}  // namespace lv::landscapes
