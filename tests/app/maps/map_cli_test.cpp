// `lossviz map` as a user runs it: files written, one-line errors with exit status 2 and nothing
// written; maps of data landscapes end at the minimum computed by hand from `lossviz data`'s rows.
#include "tests/app/lossviz_process.h"
#include "tests/app/maps/least_squares_by_hand.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace lv::test {
namespace {

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(MapCli, WritesPngAndCsv) {
  const std::string png = testing::TempDir() + "map_cli_test.png";
  const std::string csv = testing::TempDir() + "map_cli_test.csv";
  const ProcessResult r = runLossviz(
      "map --mode hyper --landscape 'x^2+y^2' --optimizer momentum --start 1,1 "
      "--x-param lr:1e-3:1:log --y-param momentum:0:0.9 --steps 20 --size 8x4 "
      "--cpu --out " +
      png + " --csv " + csv);
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = readText(csv);
  EXPECT_EQ(
      text.substr(0, text.find('\n')),
      "px,py,start_x,start_y,lr,momentum,final_x,final_y,final_loss,converged_step,diverged_step,basin");
  EXPECT_EQ(lineCount(text), 33u);
  EXPECT_EQ(readText(png).substr(1, 3), "PNG");
  std::remove(png.c_str());
  std::remove(csv.c_str());
}

TEST(MapCli, BadInputIsOneLineAndExitTwo) {
  const std::pair<const char*, const char*> cases[] = {
      {"map --optimizer adam --mode hyper --start 0,0 --x-param bogus:0:1 --y-param lr:0.1:1 --csv x.csv",
       "--x-param bogus:0:1: adam has no hyperparameter 'bogus'"},
      {"map --optimizer adam --mode hyper --x-param lr:0.1:1 --y-param beta1:0:0.9 --csv x.csv",
       "--mode hyper needs --start"},
      {"map --optimizer adam --start 0,0 --csv x.csv", "--start only applies to --mode hyper"},
      {"map --optimizer adam --mode ridge --csv x.csv", "--mode: 'ridge'"},
      {"map --optimizer adam --size 0x3 --csv x.csv", "--size"},
      {"map --optimizer adam", "missing --out"},
      {"map --optimizer adam --schedule cosine:T_max=0 --csv x.csv", "--schedule cosine:T_max=0: "},
      {"map --optimizer adam --cpu --csv /nonexistent-folder/m.csv --size 2x2 --steps 1",
       "/nonexistent-folder/m.csv"},
  };
  for (const auto& [args, expected] : cases) expectRefused(args, expected);
}

// A CSV's lines after the header, split at commas (empty fields kept).
std::vector<std::vector<std::string>> csvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::stringstream lines(text);
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    std::stringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, ',')) fields.push_back(cell);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    rows.push_back(fields);
  }
  return rows;
}

// Gradient descent (lr 0.3 against curvatures of about 2 and 2.7) on linear_regression's mean
// squared error reaches the least-squares minimum from every start, also standardized.
TEST(MapCli, DataLandscapeMapEndsAtTheHandComputedMinimum) {
  for (const char* standardize : {"0", "1"}) {
    const std::string rowsCsv = testing::TempDir() + "map_cli_rows.csv";
    const std::string mapCsv = testing::TempDir() + "map_cli_data.csv";
    ASSERT_EQ(runLossviz("data --landscape linear_regression --standardize " + std::string(standardize) +
                         " --out " + rowsCsv)
                  .status,
              0);
    const std::string text = readText(rowsCsv);
    ASSERT_EQ(text.substr(0, text.find('\n')), "u,t");
    std::vector<std::array<double, 2>> data;
    for (const auto& row : csvRows(text)) data.push_back({std::stod(row.at(0)), std::stod(row.at(1))});
    ASSERT_EQ(data.size(), 100u);
    const auto minimum = leastSquaresByHand(data);
    const ProcessResult r =
        runLossviz("map --data linear_regression --standardize " + std::string(standardize) +
                   " --optimizer sgd --set lr=0.3 --steps 200 --size 4x3 --cpu --csv " + mapCsv);
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string map = readText(mapCsv);
    ASSERT_EQ(map.substr(0, map.find('\n')),
              "px,py,start_x,start_y,final_x,final_y,final_loss,converged_step,diverged_step,basin");
    const auto rows = csvRows(map);
    ASSERT_EQ(rows.size(), 12u);
    for (const auto& row : rows) {
      ASSERT_EQ(row.size(), 10u);
      EXPECT_NEAR(std::stod(row[4]), minimum[0], 1e-9) << standardize;
      EXPECT_NEAR(std::stod(row[5]), minimum[1], 1e-9) << standardize;
      EXPECT_EQ(row[8], "");   // not diverged
      EXPECT_EQ(row[9], "0");  // in the basin of the data landscape's minimum
    }
    std::remove(rowsCsv.c_str());
    std::remove(mapCsv.c_str());
  }
}

TEST(MapCli, BadDataIsOneLineExitTwoAndNothingWritten) {
  const std::string out = testing::TempDir() + "map_cli_bad.csv";
  const std::string ragged = testing::TempDir() + "map_cli_ragged.csv";
  std::ofstream(ragged) << "u,t\n1,2\n3\n";
  const std::string tail = " --optimizer sgd --cpu --size 2x2 --steps 1 --csv " + out;
  const std::pair<std::string, std::string> cases[] = {
      {"map --data nope" + tail, "--data 'nope' is neither a data landscape"},
      {"map --data " + ragged + tail, ragged + ":3"},
      {"map --data linear_regression --loss 'x*w'" + tail, "--loss 'x*w'"},
      {"map --data linear_regression --landscape himmelblau" + tail, "give --landscape or --data, not both"},
      {"map --data linear_regression --batch 5" + tail, "a map uses the exact full-data gradient"},
      {"map --data linear_regression --sampling replace" + tail, "a map uses the exact full-data gradient"},
      {"map --landscape himmelblau --noise 0.1" + tail, "a map uses the exact full-data gradient"},
      {"map --data linear_regression --batch 101" + tail, "--batch"},
  };
  for (const auto& [args, expected] : cases) {
    expectRefused(args, expected);
    EXPECT_FALSE(std::ifstream(out).good()) << args;
  }
  std::remove(ragged.c_str());
}

}  // namespace
}  // namespace lv::test
