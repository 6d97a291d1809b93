// `lossviz render` as a script sees it: diverged runs named on stderr with exit 0, huge values
// drawn without OpenGL errors, scenes from files (round trip; bad files exit 2 naming the field),
// and exit 2 with one line and no file for a missing display or an unwritable --out.
#include "app/sim/scene_json.h"
#include "tests/app/ui/render_cli.h"

#include <algorithm>
#include <filesystem>

namespace lv::test {
namespace {

namespace fs = std::filesystem;

TEST(Render, DivergingRunsExitZeroAndAreNamedOnStderr) {
  const std::string dir = tempPath("dir");
  fs::create_directories(dir);
  const std::string out = dir + "/diverged.png";
  const Result r = renderCli(
      "--landscape rosenbrock --optimizer sgd --set lr=0.1 --optimizer adam --set lr=0.05 "
      "--optimizer sgd --set lr=0.2 --start -1.5,2 --steps 300 --size 320x200 --out " +
      out);
  expectCleanRender(r, "diverging");
  const size_t k0 = *simulate("rosenbrock", "sgd", 0.1, {-1.5, 2}, 300).divergedAt();
  const size_t k2 = *simulate("rosenbrock", "sgd", 0.2, {-1.5, 2}, 300).divergedAt();
  EXPECT_FALSE(simulate("rosenbrock", "adam", 0.05, {-1.5, 2}, 300).diverged());
  EXPECT_EQ(r.err, "run 0 (sgd): diverged at step " + std::to_string(k0) +
                       "\nrun 2 (sgd): diverged at step " + std::to_string(k2) + "\n");
  const Image image = load(out);
  EXPECT_EQ(image.width, 320);
  EXPECT_EQ(image.height, 200);
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir))
    files += entry.path().filename() == "diverged.png" ? 1 : 100;
  EXPECT_EQ(files, 1u);  // the PNG and no temporary file
  fs::remove_all(dir);
}

TEST(Render, HugeButFiniteValuesRenderCleanly) {
  Result r = renderCli(
      "--landscape '1e300*(x^2+y^2)' --optimizer adam --start 1,1 --steps 50 --size 320x200 --out " +
      tempPath("steep.png"));
  expectCleanRender(r, "1e300 surface");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(load(tempPath("steep.png")).width, 320);
  // A trail starting at 1e300 (beyond float: never uploaded) next to one in view.
  r = renderCli("--landscape 'x + y' --optimizer sgd --start 1e300,-1e300 --steps 50 --size 320x200 --out " +
                tempPath("far.png"));
  expectCleanRender(r, "1e300 start");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(load(tempPath("far.png")).width, 320);
}

TEST(Render, SceneFileRoundTripDrawsTheSamePicture) {
  // Flags → scene saved to a file → loaded back (same JSON) → rendered: the same pixels.
  sim::Scene scene;
  scene.steps = 300;  // on rosenbrock, the default landscape
  sim::RunSpec run;
  run.optimizer = *optim::Optimizer::create("adam");
  ASSERT_TRUE(run.optimizer.set("lr", 0.05));
  run.start = sim::Vec2(-1.5, 2);
  run.color = sim::paletteColor(0);
  scene.runs = {run};
  const std::string path = tempPath("scene.json");
  std::string error;
  ASSERT_TRUE(sim::saveScene(path, scene, &error)) << error;
  auto loaded = sim::loadScene(path, &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(sim::sceneToJson(*loaded), sim::sceneToJson(scene));
  const std::string fromFlags = tempPath("flags.png"), fromScene = tempPath("scene.png");
  expectCleanRender(renderCli(kAdam + " --size 320x200 --out " + fromFlags), "flags");
  expectCleanRender(renderCli("--scene " + path + " --size 320x200 --out " + fromScene), "scene");
  const Image a = load(fromFlags), b = load(fromScene);
  ASSERT_EQ(a.rgb.size(), 320u * 200u * 3u);
  ASSERT_EQ(b.rgb.size(), a.rgb.size());
  // A scene stores colours as "#rrggbb": the run's colour may move by one level.
  int worst = 0;
  for (size_t i = 0; i < a.rgb.size(); ++i) worst = std::max(worst, std::abs(a.rgb[i] - b.rgb[i]));
  EXPECT_LE(worst, 2);
}

TEST(Render, BadScenesExitTwoNamingTheField) {
  struct Case {
    std::string text, expected;
  };
  const std::vector<Case> cases = {
      {R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 0]},
          {"optimizer": "sgd", "params": {"lr": 50}, "start": [0, 0]}]})",
       "runs[1].params.lr: hyperparameter 'lr' = 50 out of range"},
      {R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [1e999, 0]}]})",
       "runs[0].start[0]: not a finite number"},
      {R"({"landscape": "booth", "runs": [{"optimizer": "adamm", "start": [0, 0]}]})",
       "runs[0].optimizer: unknown optimizer 'adamm'"},
      {R"({"landscape": "booth", "runs": [{"optimizer": "adam", "params": {"momentum": 0.9}, "start": [0, 0]}]})",
       "runs[0].params.momentum: unknown hyperparameter"},
      {R"({"landscape": "booth", "runs": [{"optimizer": "adam"}]})", "runs[0].start: missing field"},
      {R"({"landscape": "booth", "steps": "ten", "runs": []})", "steps: expected a number, got string"},
      {"{\n\"landscape\": booth}", "not valid JSON at line 2, column 14"},
      {R"({"landscape": "x +", "runs": []})", "landscape: formula error at column"},
      {"{" + std::string(1100000, ' ') + "}", "file too large (1100002 bytes, limit 1048576)"},
  };
  const std::string out = tempPath("never.png");
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string scene = writeText("bad" + std::to_string(i) + ".json", cases[i].text);
    const Result r = renderCli("--scene " + scene + " --out " + out);
    EXPECT_EQ(r.status, 2) << cases[i].expected;
    EXPECT_NE(r.err.find("lossviz render: " + scene + ": " + cases[i].expected), std::string::npos)
        << "expected: " << cases[i].expected << "\n  got: " << r.err;
    EXPECT_EQ(lineCount(r.err), 1u) << r.err;
    EXPECT_FALSE(fs::exists(out));
  }
  Result r = renderCli("--scene " + tempPath("missing.json") + " --out " + out);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(tempPath("missing.json") + ": No such file"), std::string::npos) << r.err;
  r = renderCli("--scene " + writeText("ok.json", sim::sceneToJson(sim::defaultScene())) +
                " --optimizer adam --out " + out);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--scene cannot be combined with --optimizer"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(Render, NoDisplayExitsTwoWithOneLine) {
  const std::string out = tempPath("nodisplay.png");
  const Result r = renderCli(kAdam + " --out " + out, "env -u DISPLAY -u WAYLAND_DISPLAY ");
  EXPECT_EQ(r.status, 2);
  EXPECT_FALSE(r.err.empty());
  EXPECT_EQ(lineCount(r.err), 1u) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(Render, UnwritableOutExitsTwoNamingThePathAndLeavesNothing) {
  const std::string dir = tempPath("outdir");
  fs::create_directories(dir);
  for (const std::string& out :
       {dir + "/no_such_dir/x.png", dir, std::string("/sys/lossviz_render_test.png")}) {
    const Result r = renderCli(kAdam + " --size 64x64 --out " + out);
    EXPECT_EQ(r.status, 2) << out;
    EXPECT_NE(r.err.find("lossviz render: cannot write " + out + ":"), std::string::npos) << r.err;
    EXPECT_EQ(lineCount(r.err), 1u) << r.err;
  }
  EXPECT_TRUE(fs::is_directory(dir));
  EXPECT_TRUE(fs::is_empty(dir));  // no partial or temporary file
  EXPECT_FALSE(fs::exists(dir + ".tmp"));
  EXPECT_EQ(renderCli("--optimizer nope --out " + tempPath("x.png")).status, 2);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace lv::test
