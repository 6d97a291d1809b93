// FNV-1a 64 against the test vectors published with the algorithm (draft-eastlake-fnv, fnv test suite).
#include "landscapes/checksum.h"

#include <gtest/gtest.h>

namespace lv::landscapes {
namespace {

TEST(Checksum, Fnv1a64MatchesThePublishedVectors) {
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(Checksum, HexIsSixteenLowercaseDigits) {
  EXPECT_EQ(fnv1a64Hex(""), "cbf29ce484222325");
  EXPECT_EQ(fnv1a64Hex("a"), "af63dc4c8601ec8c");
  // Bytes above 0x7f count as unsigned: one changed byte changes the checksum.
  EXPECT_NE(fnv1a64Hex("u,t\n1,2\n"), fnv1a64Hex("u,t\n1,3\n"));
  EXPECT_NE(fnv1a64("\xff"), fnv1a64("\x7f"));
}

}  // namespace
}  // namespace lv::landscapes
