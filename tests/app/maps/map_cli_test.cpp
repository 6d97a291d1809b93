// `lossviz map` as a user runs it: files written, one-line errors with exit status 2.
#include "tests/app/lossviz_process.h"

#include <fstream>
#include <sstream>

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

}  // namespace
}  // namespace lv::test
