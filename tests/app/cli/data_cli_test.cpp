// The data flags of `lossviz trace` and the `lossviz data` verb, as a user drives them.
#include "tests/app/lossviz_process.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Result = lv::test::ProcessResult;
Result lossviz(const std::string& args) { return lv::test::runLossviz(args); }

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> cells;
  std::stringstream stream(text);
  std::string cell;
  while (std::getline(stream, cell, separator)) cells.push_back(cell);
  if (!text.empty() && text.back() == separator) cells.push_back("");
  return cells;
}

std::string tempPath(const std::string& name) {
  return ::testing::TempDir() + "lv_data_" + std::to_string(::getpid()) + "_" + name;
}

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool exists(const std::string& path) { return std::ifstream(path).good(); }

TEST(CliData, WritesTheCatalogDataReproducibly) {
  const std::string a = tempPath("a.csv"), b = tempPath("b.csv"), c = tempPath("c.csv");
  ASSERT_EQ(lossviz("data --landscape linear_regression --out " + a).status, 0);
  ASSERT_EQ(lossviz("data --landscape linear_regression --out " + b).status, 0);
  ASSERT_EQ(lossviz("data --landscape linear_regression --seed 1 --rows 7 --out " + c).status, 0);
  const std::vector<std::string> lines = split(readAll(a), '\n');
  EXPECT_EQ(lines[0], "u,t");
  EXPECT_EQ(lines.size(), 102u);  // header, 100 rows, the empty piece after the last '\n'
  EXPECT_EQ(readAll(a), readAll(b));
  EXPECT_EQ(split(readAll(c), '\n').size(), 9u);
}

TEST(CliData, BadInputIsOneLineExit2AndWritesNothing) {
  const std::string out = tempPath("bad.csv");
  for (const std::string flags :
       {"--landscape rosenbrock", "--landscape linear_regression --rows 0",
        "--landscape linear_regression --seed -1", "--landscape linear_regression --noise nan",
        "--landscape linear_regression --standardize 2", "--out-missing"}) {
    lv::test::expectRefused("data " + flags + " --out " + out);
    EXPECT_FALSE(exists(out)) << flags;
  }
  const Result r = lossviz("data --landscape linear_regression --out /nonexistent-dir/x.csv");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("/nonexistent-dir/x.csv"), std::string::npos);
}

TEST(CliData, FullBatchTraceIsGradientDescentOnTheMean) {
  // Rows (u, t) = (1, 1), (2, 3); ℓ = (x·u + y − t)²; from (0, 0) the residuals are −1, −3:
  // f = (1 + 9)/2 = 5, ∇f = mean of 2r·(u, 1) = ((−2 − 12)/2, (−2 − 6)/2) = (−7, −4);
  // SGD lr 0.1 moves to (0.7, 0.4).
  const std::string data = tempPath("two.csv");
  std::ofstream(data) << "u,t\n1,1\n2,3\n";
  const Result r = lossviz("trace --data " + data +
                           " --loss '(x*u + y - t)^2' --optimizer sgd --set lr=0.1 --start 0,0 --steps 1");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto lines = split(r.out, '\n');
  EXPECT_EQ(lines[0], "step,x,y,loss,grad_x,grad_y,lr");  // full batch: nothing stochastic
  EXPECT_EQ(lines[1], "0,0,0,5,-7,-4,0.10000000000000001");
  const auto row1 = split(lines[2], ',');
  EXPECT_NEAR(std::stod(row1[1]), 0.7, 1e-15);
  EXPECT_NEAR(std::stod(row1[2]), 0.4, 1e-15);
}

TEST(CliData, GeometryAndNewtonUseTheDataMeanNotTheFormula) {
  // Rows (u, t) = (0, 1), (1, 3), (2, 2); ℓ = (x·u + y − t)². The Hessian of the mean is constant,
  // 2·[[mean u², mean u], [mean u, 1]] = [[10/3, 2], [2, 2]]: trace 16/3, determinant 8/3, so
  // λ = (16 ± √160)/6 and the least-squares minimum (normal equations) is (1/2, 3/2).
  const std::string data = tempPath("three.csv");
  std::ofstream(data) << "u,t\n0,1\n1,3\n2,2\n";
  const std::string loss = " --loss '(x*u + y - t)^2' --start 0,0 --steps 1";
  const Result r = lossviz("trace --data " + data + loss + " --optimizer sgd --set lr=0.1 --geometry");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto row = split(split(r.out, '\n')[1], ',');
  ASSERT_EQ(row.size(), 10u) << r.out;
  EXPECT_NEAR(std::stod(row[7]), (16 - std::sqrt(160.0)) / 6, 1e-12);
  EXPECT_NEAR(std::stod(row[8]), (16 + std::sqrt(160.0)) / 6, 1e-12);
  // Newton's (damped) step on a quadratic lands next to its minimum in one update; with the
  // formula's zero Hessian it would not move there.
  const Result newton = lossviz("trace --data " + data + loss + " --optimizer newton --state");
  ASSERT_EQ(newton.status, 0) << newton.err;
  const auto after = split(split(newton.out, '\n')[2], ',');
  EXPECT_NEAR(std::stod(after[1]), 0.5, 1e-2);
  EXPECT_NEAR(std::stod(after[2]), 1.5, 1e-2);
}

TEST(CliData, MiniBatchTraceListsEachUpdatesBatch) {
  const std::string flags =
      "trace --data linear_regression --batch 8 --optimizer sgd --set lr=0.05 --start 0,0 --steps 26";
  const Result r = lossviz(flags + " --seed 4");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto lines = split(r.out, '\n');
  EXPECT_EQ(lines[0], "step,x,y,loss,grad_x,grad_y,lr,sample_loss,sample_grad_x,sample_grad_y,batch");
  EXPECT_EQ(split(lines[1], ',').size(), 11u);
  EXPECT_EQ(lines[1].substr(lines[1].size() - 4), ",,,,");
  // 100 rows in batches of 8 without drop_last: 12 batches of 8 and one of 4 per epoch, each epoch
  // using every row exactly once.
  for (int epoch = 0; epoch < 2; ++epoch) {
    std::multiset<int> seen;
    for (int k = 1 + 13 * epoch; k <= 13 * (epoch + 1); ++k) {
      const auto rows = split(split(lines[k + 1], ',')[10], ';');
      EXPECT_EQ(rows.size(), k % 13 == 0 ? 4u : 8u) << "update " << k;
      for (const auto& row : rows) seen.insert(std::stoi(row));
    }
    EXPECT_EQ(seen.size(), 100u);
    EXPECT_EQ(std::set<int>(seen.begin(), seen.end()).size(), 100u);
    EXPECT_EQ(*seen.begin(), 0);
    EXPECT_EQ(*seen.rbegin(), 99);
  }
  EXPECT_EQ(lossviz(flags + " --seed 4").out, r.out);
  EXPECT_NE(lossviz(flags + " --seed 5").out, r.out);
}

TEST(CliData, NoiseWorksOnFormulaLandscapes) {
  const Result r =
      lossviz("trace --landscape 'x^2 + y^2' --noise 0.5 --seed 2 --optimizer sgd --start 1,1 --steps 3");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto lines = split(r.out, '\n');
  EXPECT_EQ(split(lines[0], ',').size(), 11u);
  EXPECT_EQ(split(lines[2], ',').back(), "");  // no data: no batch
  EXPECT_NE(split(lines[2], ',')[8], "2");     // the noisy gradient is not the exact 2x
}

TEST(CliData, BadRenderDataFlagsAreOneLineExit2BeforeAnyWindow) {
  const std::string out = tempPath("render.png");
  for (const std::string& flags : std::vector<std::string>{
           "--data nope", "--data linear_regression --batch 101", "--data linear_regression --loss 'x*q'",
           "--data linear_regression --landscape himmelblau", "--seed 3", "--noise 0.1",
           "--data linear_regression --standardize 2", "--data linear_regression --scene x.json"}) {
    const Result r = lv::test::expectRefused("render --optimizer sgd --out " + out + " " + flags);
    EXPECT_EQ(r.err.find("display"), std::string::npos) << flags << ": " << r.err;
  }
  EXPECT_FALSE(exists(out));
}

TEST(CliData, ListShowsDataLandscapesAndColumns) {
  const Result text = lossviz("list");
  ASSERT_EQ(text.status, 0);
  EXPECT_NE(text.out.find("linear_regression"), std::string::npos);
  EXPECT_NE(text.out.find("columns u, t"), std::string::npos);
  const Result json = lossviz("list --json");
  ASSERT_EQ(json.status, 0);
  EXPECT_NE(json.out.find("\"data_landscapes\""), std::string::npos);
  EXPECT_NE(json.out.find("\"unscaled_features\""), std::string::npos);
}

TEST(CliData, BadTraceFlagsAreOneLineExit2) {
  const std::string bad = tempPath("ragged.csv");
  std::ofstream(bad) << "u,t\n1,2\n3\n";
  for (const std::string& flags : std::vector<std::string>{
           "--data nope", "--data /nonexistent.csv --loss x", "--data " + bad + " --loss 'x*u'",
           "--data linear_regression --batch 0", "--data linear_regression --batch 101",
           "--data linear_regression --sampling sometimes", "--data linear_regression --drop-last 2",
           "--data linear_regression --loss 'x*q'", "--data linear_regression --seed x", "--batch 3",
           "--noise -1", "--noise inf", "--data linear_regression --landscape himmelblau"}) {
    lv::test::expectRefused("trace --optimizer sgd --start 0,0 " + flags);
  }
  const Result ragged = lossviz("trace --optimizer sgd --start 0,0 --data " + bad + " --loss 'x*u'");
  EXPECT_NE(ragged.err.find(bad + ":3"), std::string::npos) << ragged.err;
}

}  // namespace
