// The project's random numbers against published reference values and hand-derived ones.
#include "landscapes/random.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lv::landscapes {
namespace {

TEST(Random, SplitMix64MatchesTheReferenceOutputsForSeedZero) {
  // First outputs of Vigna's splitmix64.c started at x = 0, as published with it.
  std::uint64_t state = 0;
  EXPECT_EQ(splitMix64(state), 0xe220a8397b1dcdafull);
  EXPECT_EQ(splitMix64(state), 0x6e789e6aa1b965f4ull);
  EXPECT_EQ(splitMix64(state), 0x06c45d188009454full);
  EXPECT_EQ(splitMix64(state), 0xf88bb8a8724c81ecull);
}

TEST(Random, Xoshiro256StarStarMatchesTheReferenceCodeFromState1234) {
  // xoshiro256starstar.c's next() from s = {1, 2, 3, 4} (the vector rand_xoshiro tests against).
  // By hand: the first output is rotl(2·5, 7)·9 = 1280·9 = 11520.
  Random r = Random::fromState({1, 2, 3, 4});
  const std::uint64_t expected[] = {
      11520ull, 0ull, 1509978240ull, 1215971899390074240ull, 1216172134540287360ull, 607988272756665600ull};
  for (std::uint64_t e : expected) EXPECT_EQ(r.next(), e);
}

TEST(Random, UniformIsTheTop53BitsTimesTwoToTheMinus53) {
  Random r = Random::fromState({1, 2, 3, 4});
  EXPECT_EQ(r.uniform(), 5 * 0x1.0p-53);  // 11520 >> 11 = 5
  EXPECT_EQ(r.uniform(), 0.0);
  EXPECT_EQ(r.uniform(), double(1509978240ull >> 11) * 0x1.0p-53);
}

TEST(Random, BelowFollowsLemiresRejectionDrawForDraw) {
  // bound 4e9: threshold 2^32 mod 4e9 = 294967296. The first four outputs give low words 0, 0, 0, 0
  // (all rejected); the fifth, top word 283162140, gives 283162140·4e9 = 263715293·2^32 + 1109942272.
  Random r = Random::fromState({1, 2, 3, 4});
  EXPECT_EQ(r.below(4000000000u), 263715293u);
  // The sixth output, top word 141558300: 131836440·2^32 + 1778933760, accepted.
  EXPECT_EQ(r.below(4000000000u), 131836440u);
}

TEST(Random, BelowStaysInRangeAndIsUnbiased) {
  Random r(7);
  for (std::uint32_t bound : {1u, 2u, 3u, 1000u, 0xFFFFFFFFu})
    for (int i = 0; i < 1000; ++i) EXPECT_LT(r.below(bound), bound);
  int counts[3] = {0, 0, 0};
  const int n = 300000;
  for (int i = 0; i < n; ++i) ++counts[r.below(3)];
  // Each count is Binomial(n, 1/3): standard deviation sqrt(n·2/9) ≈ 258; allow 5 of them.
  for (int c : counts) EXPECT_NEAR(c, n / 3.0, 5 * 258.0);
}

TEST(Random, SameSeedSameNumbersOtherSeedOrKeyOthers) {
  Random a(42), b(42), c(43), d(42, 1), e(42, 1), f(42, 2);
  bool differsC = false, differsKey = false;
  for (int i = 0; i < 100; ++i) {
    const std::uint64_t va = a.next(), vd = d.next();
    EXPECT_EQ(va, b.next());
    EXPECT_EQ(vd, e.next());
    differsC |= va != c.next();
    differsKey |= vd != f.next();
  }
  EXPECT_TRUE(differsC);
  EXPECT_TRUE(differsKey);
}

TEST(Random, SeedingIsSplitMix64AsTheAuthorsRecommend) {
  // Random(0)'s state is splitmix64's first four outputs from 0 (published above); its first output
  // is then rotl(s1·5, 7)·9 with s1 = 0x6e789e6aa1b965f4.
  Random r(0);
  const std::uint64_t s1 = 0x6e789e6aa1b965f4ull * 5;
  EXPECT_EQ(r.next(), ((s1 << 7) | (s1 >> 57)) * 9);
}

TEST(Random, LogUnitIsWithinFourUlpOfLibm) {
  Random r(3);
  for (int i = 0; i < 100000; ++i) {
    const double s = 1 - r.uniform();  // (0, 1]
    const double exact = std::log(s);
    const double ulp = std::nextafter(std::fabs(exact), INFINITY) - std::fabs(exact);
    EXPECT_LE(std::fabs(detail::logUnit(s) - exact), 4 * ulp + std::numeric_limits<double>::denorm_min())
        << s;
  }
  EXPECT_EQ(detail::logUnit(1.0), 0.0);
  EXPECT_NEAR(detail::logUnit(0.5), -0.69314718055994530942, 1e-16);
  EXPECT_NEAR(detail::logUnit(1e-300), -690.77552789821370521, 1e-12);
}

TEST(Random, NormalsHaveMeanZeroAndVarianceOne) {
  Random r(2024);
  const int n = 100000;
  double sum = 0, sumSquares = 0, sumFourth = 0;
  for (int i = 0; i < n; ++i) {
    const double z = r.normal();
    ASSERT_TRUE(std::isfinite(z));
    sum += z;
    sumSquares += z * z;
    sumFourth += z * z * z * z;
  }
  const double mean = sum / n, variance = sumSquares / n - mean * mean;
  // Standard errors: mean 1/sqrt(n) ≈ 0.0032, variance sqrt(2/n) ≈ 0.0045, E z⁴ = 3 with
  // sqrt(96/n) ≈ 0.031; allow about 4 of each.
  EXPECT_NEAR(mean, 0, 0.013);
  EXPECT_NEAR(variance, 1, 0.018);
  EXPECT_NEAR(sumFourth / n, 3, 0.13);
}

TEST(Random, NormalComesInPolarPairs) {
  // The second normal of a pair is the kept v·r: replaying the polar step by hand gives both.
  Random reference(11), r(11);
  double u, v, s;
  do {
    u = 2 * reference.uniform() - 1;
    v = 2 * reference.uniform() - 1;
    s = u * u + v * v;
  } while (s >= 1 || s == 0);
  const double radius = std::sqrt(-2 * std::log(s) / s);
  EXPECT_NEAR(r.normal(), u * radius, 1e-14);
  EXPECT_NEAR(r.normal(), v * radius, 1e-14);
}

}  // namespace
}  // namespace lv::landscapes
