// `lossviz bench` as a script drives it: one-line errors with exit 2, --help, and the --json keys
// on a tiny run. No timing assertions: this machine's speed is not the test's business.
#include "tests/app/lossviz_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using Result = lv::test::ProcessResult;

Result lossviz(const std::string& args, const std::string& environment = "") {
  return lv::test::runLossviz(args, environment);
}

TEST(Bench, BadInputIsOneLineAndExitTwo) {
  struct Case {
    const char* args;
    const char* expected;
  };
  const Case cases[] = {
      {"bench --frames 0", "--frames"},
      {"bench --frames many", "'many' is not a whole number"},
      {"bench --frames", "needs a value"},
      {"bench --size 320", "--size"},
      {"bench --size 10x10", "--size"},
      {"bench --size 320.5x200", "--size"},
      {"bench --json=1", "takes no value"},
      {"bench --bogus", "unknown option '--bogus'"},
      {"bench extra", "unexpected argument 'extra'"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(lv::test::expectRefused(c.args, c.expected).err.rfind("lossviz bench: ", 0), 0u) << c.args;
}

TEST(Bench, Help) {
  Result r = lossviz("bench --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("usage: lossviz bench"), std::string::npos);
  for (const char* flag : {"--json", "--size WxH", "--frames N"})
    EXPECT_NE(r.out.find(flag), std::string::npos) << flag;
}

TEST(Bench, NoDisplayIsOneLineAndExitTwo) {
  lv::test::expectRefused("bench --frames 3 --size 320x200", "no display",
                          "env -u DISPLAY -u WAYLAND_DISPLAY");
}

TEST(Bench, JsonHasEveryKey) {
  Result r = lossviz("bench --json --frames 3 --size 320x200");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto root = nlohmann::json::parse(r.out);
  ASSERT_TRUE(root.is_object());
  for (const char* key :
       {"baseline_ms_median",    "baseline_ms_p95",    "scene_ms_median",     "scene_ms_p95",
        "pan_ms_median",         "pan_ms_p95",         "drag_ms_median",      "drag_ms_p95",
        "zoom_ms_median",        "zoom_ms_p95",        "orbit_ms_median",     "orbit_ms_p95",
        "scene3d_ms_median",     "scene3d_ms_p95",     "recompute_ms",        "data_pan_ms_median",
        "data_zoom_ms_median",   "data_first_seconds", "data_settle_seconds", "data3d_first_seconds",
        "data3d_settle_seconds", "data_updates_per_s"}) {
    ASSERT_TRUE(root.contains(key)) << key;
    const double value = root[key].get<double>();
    EXPECT_TRUE(std::isfinite(value) && value > 0) << key << " = " << value;
  }
  EXPECT_LE(root["baseline_ms_median"].get<double>(), root["baseline_ms_p95"].get<double>());
  // CPU seconds per wall second: at least 0, and no more than the machine's cores could give.
  ASSERT_TRUE(root.contains("idle_cpu_fraction"));
  const double idle = root["idle_cpu_fraction"].get<double>();
  EXPECT_TRUE(idle >= 0 && idle <= 64) << idle;
  ASSERT_TRUE(root["steps_per_s"].is_object());
  const auto list = nlohmann::json::parse(lossviz("list --json").out);
  EXPECT_EQ(root["steps_per_s"].size(), list["optimizers"].size());
  for (const auto& optimizer : list["optimizers"]) {
    const std::string name = optimizer["name"];
    ASSERT_TRUE(root["steps_per_s"].contains(name)) << name;
    EXPECT_GT(root["steps_per_s"][name].get<double>(), 0) << name;
  }
}

TEST(Bench, TextNamesEveryPhase) {
  Result r = lossviz("bench --frames 2 --size 320x200");
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* phase :
       {"baseline", "scene", "pan", "drag", "zoom", "idle", "recompute", "stepping", "adam"})
    EXPECT_NE(r.out.find(phase), std::string::npos) << phase << "\n" << r.out;
}

}  // namespace
