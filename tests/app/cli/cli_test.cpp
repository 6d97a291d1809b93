// The headless CLI as a user drives it: output format, exit codes and one-line errors.
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
#include <vector>

namespace {

using Result = lv::test::ProcessResult;
using lv::test::lineCount;

Result lossviz(const std::string& args) { return lv::test::runLossviz(args); }

std::vector<std::vector<std::string>> csvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::stringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> cells;
    std::stringstream cellStream(line);
    std::string cell;
    while (std::getline(cellStream, cell, ',')) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

TEST(Cli, TraceCsvFormatAndValues) {
  // SGD lr=0.1 on x^2 + y^2 from (1, -2): p_k = 0.8^k p_0.
  Result r = lossviz("trace --landscape 'x^2 + y^2' --optimizer sgd --set lr=0.1 --start 1,-2 --steps 5");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto rows = csvRows(r.out);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "step,x,y,loss,grad_x,grad_y,lr");
  for (size_t k = 0; k <= 5; ++k) {
    ASSERT_EQ(rows[k + 1].size(), 7u);
    EXPECT_EQ(rows[k + 1][6], "0.10000000000000001");
    EXPECT_EQ(rows[k + 1][0], std::to_string(k));
    const double s = std::pow(0.8, static_cast<double>(k));
    EXPECT_NEAR(std::stod(rows[k + 1][1]), s, 1e-15);
    EXPECT_NEAR(std::stod(rows[k + 1][2]), -2 * s, 1e-15);
    EXPECT_NEAR(std::stod(rows[k + 1][3]), 5 * s * s, 1e-14);
    EXPECT_NEAR(std::stod(rows[k + 1][5]), -4 * s, 1e-14);
  }
  EXPECT_EQ(rows[2][1], "0.80000000000000004");  // 17 significant digits
}

TEST(Cli, TraceScheduleStateAndGeometryColumns) {
  // SGD with momentum 0.5, lr 0.1, StepLR(step_size=2, gamma=0.5) on f = x^2 + 5 y^2 from (1, 0):
  // g0 = 2; b1 = g0 = 2, x1 = 1 - 0.1*2 = 0.8; g1 = 1.6, b2 = 0.5*2 + 1.6 = 2.6, x2 = 0.8 - 0.26 = 0.54;
  // update 2 uses lr 0.05. H = diag(2, 10) everywhere: eigenvalues 2 and 10, 2/λ_max = 0.2.
  Result r = lossviz(
      "trace --landscape 'x^2 + 5*y^2' --optimizer momentum --set momentum=0.5 --set lr=0.1 "
      "--start 1,0 --steps 3 --schedule step:step_size=2,gamma=0.5 --state --geometry");
  ASSERT_EQ(r.status, 0) << r.err;
  auto rows = csvRows(r.out);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "step,x,y,loss,grad_x,grad_y,lr,momentum_buffer_x,momentum_buffer_y,hess_min_eig,hess_max_eig,"
            "max_stable_lr");
  const std::vector<double> lrs = {0.1, 0.1, 0.1, 0.05}, xs = {1, 0.8, 0.54}, buffers = {0, 2, 2.6};
  for (size_t k = 0; k <= 3; ++k) {
    ASSERT_EQ(rows[k + 1].size(), 12u);
    EXPECT_NEAR(std::stod(rows[k + 1][6]), lrs[k], 1e-16);
    if (k < 3) {
      EXPECT_NEAR(std::stod(rows[k + 1][1]), xs[k], 1e-15);
      EXPECT_NEAR(std::stod(rows[k + 1][7]), buffers[k], 1e-15);
    }
    EXPECT_EQ(std::stod(rows[k + 1][9]), 2.0);
    EXPECT_EQ(std::stod(rows[k + 1][10]), 10.0);
    EXPECT_NEAR(std::stod(rows[k + 1][11]), 0.2, 1e-16);
  }
  // Scalars are one column; max_exp_avg_sq only with amsgrad (torch); nothing curving up leaves
  // max_stable_lr empty.
  r = lossviz("trace --landscape '-x^2' --optimizer adam --start 1,0 --steps 1 --state --geometry");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "step,x,y,loss,grad_x,grad_y,lr,step,exp_avg_x,exp_avg_y,exp_avg_sq_x,exp_avg_sq_y,hess_min_eig,"
            "hess_max_eig,max_stable_lr");
  rows = csvRows(r.out);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][7], "0");  // step, before any update
  EXPECT_EQ(rows[2][7], "1");
  EXPECT_EQ(rows[2].size(), 14u);  // λ_max = 0: the last cell is empty
  EXPECT_EQ(r.out.substr(r.out.size() - 2), ",\n");
}

TEST(Cli, TraceDivergenceStopsAtLastFinitePoint) {
  Result r = lossviz("trace --landscape rosenbrock --optimizer sgd --set lr=0.1 --start -1.5,2 --steps 500");
  EXPECT_EQ(r.status, 0);
  ASSERT_NE(r.err.find("diverged at step "), std::string::npos) << r.err;
  const size_t k = std::stoul(r.err.substr(r.err.find("step ") + 5));
  EXPECT_EQ(lineCount(r.out), k + 1);  // header + rows 0..k-1
  EXPECT_EQ(r.out.find("nan"), std::string::npos);
  EXPECT_EQ(r.out.find("inf"), std::string::npos);
}

TEST(Cli, TraceOfAPoleAtTheStartIsHeaderOnlyAndDivergedAtZero) {
  for (const char* args : {"--landscape '1/x' --start 0,0", "--landscape 'log(x)' --start 0,1",
                           "--landscape 'x^2' --start 1e300,0"}) {
    Result r = lossviz(std::string("trace --optimizer adam --steps 10 ") + args);
    EXPECT_EQ(r.status, 0) << args;
    EXPECT_EQ(r.out, "step,x,y,loss,grad_x,grad_y,lr\n") << args;
    EXPECT_EQ(r.err, "diverged at step 0\n") << args;
  }
}

TEST(Cli, TraceOfHugeButFiniteValuesPrintsThemExactly) {
  // f = 1e300 (x^2 + y^2): 2e300 at the start, then the first step overflows the loss.
  Result r = lossviz("trace --landscape '1e300*(x^2+y^2)' --optimizer sgd --start 1,1 --steps 5");
  EXPECT_EQ(r.status, 0);
  auto rows = csvRows(r.out);
  ASSERT_EQ(rows.size(), 2u) << r.out;
  EXPECT_EQ(std::stod(rows[1][3]), 2e300);
  EXPECT_EQ(r.err, "diverged at step 1\n");
  // A slope at 1e300 never overflows: every row is there.
  r = lossviz("trace --landscape 'x + y' --optimizer sgd --start 1e300,-1e300 --steps 5");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(csvRows(r.out).size(), 7u);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.find("inf"), std::string::npos);
}

TEST(Cli, TraceThatCannotWriteItsOutputFails) {
  if (access("/dev/full", W_OK) != 0) GTEST_SKIP() << "no /dev/full";
  lv::test::expectRefused("trace --optimizer adam --start 0,0 --steps 100 >/dev/full",
                          "lossviz trace: cannot write the CSV to stdout: No space left on device");
}

TEST(Cli, BadInputIsOneLineAndExitTwo) {
  struct Case {
    std::string args, expected;
  };
  const std::vector<Case> cases = {
      {"trace --landscape rosenbrok --optimizer adam --start 0,0", "column"},
      {"trace --landscape 'x^2 + * y' --optimizer adam --start 0,0", "column 7"},
      {"trace --optimizer adamm --start 0,0", "unknown optimizer 'adamm' (valid: sgd"},
      {"trace --optimizer adam --set lrr=1 --start 0,0", "lrr"},
      {"trace --optimizer adam --set beta1=1.5 --start 0,0", "beta1"},
      {"trace --optimizer adam --set lr=abc --start 0,0", "'abc' is not a finite number"},
      {"trace --optimizer adam --set lr --start 0,0", "expected key=value"},
      {"trace --optimizer adam --start 0", "--start"},
      {"trace --optimizer adam", "missing --start"},
      {"trace --optimizer adam --start 0,0 --steps -3", "--steps"},
      {"trace --optimizer adam --start 0,0 --steps 10000001", "--steps: 10000001 out of range [0, 10000000]"},
      {"trace --optimizer adam --start 0,0 --steps 1.5", "--steps: '1.5' is not a whole number"},
      {"trace --optimizer adam --start 1e999,0", "--start: '1e999' is not a finite number"},
      {"trace --optimizer adam --start nan,0", "--start: 'nan' is not a finite number"},
      {"trace --optimizer adam --start 0,inf", "--start: 'inf' is not a finite number"},
      {"trace --optimizer adam --set lr=nan --start 0,0", "--set lr: 'nan' is not a finite number"},
      {"trace --optimizer adam --set lr=0 --start 0,0", "lr"},
      {"trace --landscape '1/' --optimizer adam --start 0,0", "column 3"},
      {"trace --landscape 'foo(x)' --optimizer adam --start 0,0", "column 1"},
      {"trace --optimizer adam --optimizer sgd --start 0,0", "trace takes one --optimizer"},
      {"trace --optimizer", "option --optimizer needs a value"},
      {"trace --optimizer sgd --start 0,0 --schedule cosine:T_max=0",
       "--schedule cosine:T_max=0: schedule 'cosine': T_max"},
      {"trace --optimizer sgd --start 0,0 --schedule step:gama=0.5", "gama"},
      {"trace --optimizer sgd --start 0,0 --schedule bogus", "unknown schedule 'bogus'"},
      {"trace --optimizer sgd --start 0,0 --schedule step --schedule cosine", "trace takes one --schedule"},
      {"render --out /tmp/x.png --schedule step --optimizer sgd",
       "--schedule step must follow an --optimizer"},
      {"render --out /tmp/x.png --optimizer sgd --schedule step --schedule cosine",
       "one --schedule per --optimizer"},
      {"render --out /tmp/x.png --optimizer sgd --schedule linear:start_factor=2", "start_factor"},
      {"trace --optimizer adam --start 0,0 --bogus 1", "unknown option '--bogus'"},
      {"frobnicate", "unknown command 'frobnicate'"},
  };
  for (const Case& c : cases) lv::test::expectRefused(c.args, c.expected);
}

TEST(Cli, WindowRefusesABadSceneOrAMissingDisplayWithOneLine) {
  // Checked before any window opens; `timeout` guards against one opening anyway.
  const std::string scene =
      testing::TempDir() + "lossviz_cli_bad_scene_" + std::to_string(getpid()) + ".json";
  std::ofstream(scene) << R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 0]},
                            {"optimizer": "sgd", "params": {"lr": 0}, "start": [0, 0]}]})";
  Result r = lossviz("--scene " + scene);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("lossviz: " + scene + ": runs[1].params.lr: "), std::string::npos) << r.err;
  EXPECT_EQ(lineCount(r.err), 1u) << r.err;
  std::remove(scene.c_str());
  r = lossviz("--scene");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--scene needs a FILE"), std::string::npos) << r.err;
  const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY timeout 30 " + std::string(LOSSVIZ_EXE);
  const std::string errPath =
      testing::TempDir() + "lossviz_cli_nodisplay_" + std::to_string(getpid()) + ".txt";
  const int raw = std::system((command + " 2>" + errPath).c_str());
  EXPECT_TRUE(WIFEXITED(raw));
  EXPECT_EQ(WEXITSTATUS(raw), 2);
  std::ifstream err(errPath);
  std::stringstream ss;
  ss << err.rdbuf();
  EXPECT_EQ(lineCount(ss.str()), 1u) << ss.str();
  EXPECT_EQ(ss.str().rfind("lossviz: ", 0), 0u) << ss.str();
  std::remove(errPath.c_str());
}

TEST(Cli, ListJsonHasEveryLandscapeAndOptimizer) {
  Result r = lossviz("list --json");
  ASSERT_EQ(r.status, 0);
  const auto root = nlohmann::json::parse(r.out);
  std::vector<std::string> landscapes, optimizers;
  for (const auto& l : root["landscapes"]) landscapes.push_back(l["name"]);
  for (const auto& o : root["optimizers"]) optimizers.push_back(o["name"]);
  for (const char* name :
       {"rosenbrock", "beale", "himmelblau", "booth", "matyas", "three_hump_camel", "six_hump_camel",
        "rastrigin", "ackley", "goldstein_price", "styblinski_tang", "saddle", "monkey_saddle", "ravine"})
    EXPECT_NE(std::find(landscapes.begin(), landscapes.end(), name), landscapes.end()) << name;
  for (const char* name : {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "amsgrad",
                           "adamw", "adamax", "nadam", "radam", "lion", "newton"})
    EXPECT_NE(std::find(optimizers.begin(), optimizers.end(), name), optimizers.end()) << name;
  const auto& adam = *std::find_if(root["optimizers"].begin(), root["optimizers"].end(),
                                   [](const auto& o) { return o["name"] == "adam"; });
  bool sawLr = false;
  for (const auto& p : adam["params"])
    if (p["name"] == "lr") {
      sawLr = true;
      EXPECT_EQ(p["default"].get<double>(), 1e-3);
      EXPECT_TRUE(p["log_scale"].get<bool>());
    }
  EXPECT_TRUE(sawLr);
  EXPECT_EQ(root["landscapes"][0]["minima"].size(), 1u);
}

TEST(Cli, OutputThatCannotBeWrittenIsAnError) {
  for (const char* verb : {"list", "list --json", "trace --optimizer adam --start 0,0 --steps 10"}) {
    Result r = lossviz(std::string(verb) + " >/dev/full");
    EXPECT_EQ(r.status, 2) << verb;
    EXPECT_NE(r.err.find("cannot write"), std::string::npos) << verb << "\n  got: " << r.err;
  }
}

TEST(Cli, HelpAndVersion) {
  for (const char* verb : {"list", "trace", "render"}) {
    Result r = lossviz(std::string(verb) + " --help");
    EXPECT_EQ(r.status, 0) << verb;
    EXPECT_NE(r.out.find(std::string("usage: lossviz ") + verb), std::string::npos) << verb;
  }
  Result v = lossviz("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_EQ(v.out.rfind("lossviz ", 0), 0u);
}

}  // namespace
