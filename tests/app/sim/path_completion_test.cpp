// The export folder field's completion and the scene chooser's listing, on a folder tree made for
// the test: what Tab completes, which subfolders are suggested, what a chooser lists and in which
// order, and what a missing folder is called.
#include "app/sim/path_completion.h"
#include "tests/app/temp_folder.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace lv::sim {
namespace {

namespace fs = std::filesystem;

class PathCompletion : public testing::Test {
 protected:
  void SetUp() override {
    for (const char* file : {"b.json", "a.json", "notes.txt", ".secret.json", "figures.json"})
      std::ofstream(folder.path() / file) << "{}";
  }

  const test::TempFolder folder{"paths", {"figures", "figures-old", "fits", "data", ".hidden", "data/run1"}};
  const std::string root = folder.path().string();
};

TEST_F(PathCompletion, TabCompletesAUniqueFolderWithASlash) {
  EXPECT_EQ(completeFolder(root + "/d"), root + "/data/");
  EXPECT_EQ(completeFolder(root + "/data/r"), root + "/data/run1/");
  EXPECT_EQ(completeFolder(root + "/.h"), root + "/.hidden/");  // hidden only when asked for
}

TEST_F(PathCompletion, TabExtendsSeveralMatchesToTheirCommonStart) {
  EXPECT_EQ(completeFolder(root + "/fig"), root + "/figures");  // figures/ and figures-old/
  EXPECT_EQ(completeFolder(root + "/f"), root + "/fi");         // figures, figures-old, fits
  EXPECT_EQ(completeFolder(root + "/"), root + "/");            // nothing in common
  EXPECT_EQ(completeFolder(root + "/zzz"), root + "/zzz");      // no match: unchanged
  EXPECT_EQ(completeFolder(root + "/a.js"), root + "/a.js");    // files are not completed
}

TEST_F(PathCompletion, SuggestionsAreTheMatchingSubfoldersSortedAndCapped) {
  EXPECT_EQ(folderCompletions(root + "/f", 10),
            (std::vector<std::string>{root + "/figures/", root + "/figures-old/", root + "/fits/"}));
  EXPECT_EQ(folderCompletions(root + "/f", 2),
            (std::vector<std::string>{root + "/figures/", root + "/figures-old/"}));
  EXPECT_EQ(folderCompletions(root + "/", 10),
            (std::vector<std::string>{root + "/data/", root + "/figures/", root + "/figures-old/",
                                      root + "/fits/"}));
  EXPECT_TRUE(folderCompletions(root + "/nowhere/x", 10).empty());
}

TEST_F(PathCompletion, TheHomeFolderIsKeptAsTyped) {
  const char* home = std::getenv("HOME");
  ASSERT_EQ(setenv("HOME", root.c_str(), 1), 0);
  EXPECT_EQ(expandHome("~/data"), root + "/data");
  EXPECT_EQ(expandHome("~"), root);
  EXPECT_EQ(expandHome("a/~/b"), "a/~/b");
  EXPECT_EQ(completeFolder("~/da"), "~/data/");
  EXPECT_EQ(folderProblem("~/data"), "");
  if (home) setenv("HOME", home, 1);
}

TEST_F(PathCompletion, AChooserListsFoldersThenFilesOfTheExtension) {
  const std::vector<FolderEntry> entries = listFolder(root, ".json");
  std::vector<std::string> names;
  for (const FolderEntry& e : entries) names.push_back(e.name + (e.isFolder ? "/" : ""));
  EXPECT_EQ(names, (std::vector<std::string>{"data/", "figures/", "figures-old/", "fits/", "a.json", "b.json",
                                             "figures.json"}));
  EXPECT_TRUE(listFolder(root + "/nowhere", ".json").empty());
}

TEST_F(PathCompletion, AMissingFolderIsSaidBeforeAnyExport) {
  EXPECT_EQ(folderProblem(root), "");
  EXPECT_EQ(folderProblem(root + "/figures/"), "");
  EXPECT_EQ(folderProblem(root + "/figurs"), "folder does not exist");
  EXPECT_EQ(folderProblem(root + "/a.json"), "not a folder");
  EXPECT_EQ(folderProblem(""), "");  // the working directory
}

TEST_F(PathCompletion, ParentFolderGoesUpOneLevel) {
  EXPECT_EQ(parentFolder(root + "/data/run1"), root + "/data");
  EXPECT_EQ(parentFolder(root + "/data/"), root);
  EXPECT_EQ(parentFolder("/"), "/");
}

}  // namespace
}  // namespace lv::sim
