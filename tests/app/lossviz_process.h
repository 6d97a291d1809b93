// Running the lossviz executable (LOSSVIZ_EXE) as a user would, for the CLI, bench and render
// tests: through the shell, with stdout and stderr captured and the exit status decoded.
#pragma once

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace lv::test {

struct ProcessResult {
  int status = -1;  ///< exit status, -1 when killed by a signal
  std::string out, err;
};

/// Runs `environment LOSSVIZ_EXE args` (args are shell words: quote formulas).
inline ProcessResult runLossviz(const std::string& args, const std::string& environment = "") {
  // CTest runs each test in its own process, in parallel: one stderr file per process.
  const std::string errPath = testing::TempDir() + "lossviz_stderr_" + std::to_string(getpid()) + ".txt";
  const std::string command = environment + " " + std::string(LOSSVIZ_EXE) + " " + args + " 2>" + errPath;
  ProcessResult r;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::ifstream err(errPath);
  std::stringstream ss;
  ss << err.rdbuf();
  r.err = ss.str();
  std::remove(errPath.c_str());
  return r;
}

inline size_t lineCount(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

/// Runs `environment LOSSVIZ_EXE args` expecting bad input refused as the CLI promises: exit status
/// 2, nothing on stdout, one line on stderr that contains `expected` (any line when empty). Returns
/// the result for further checks.
inline ProcessResult expectRefused(const std::string& args, const std::string& expected = "",
                                   const std::string& environment = "") {
  SCOPED_TRACE("lossviz " + args);
  ProcessResult r = runLossviz(args, environment);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(expected), std::string::npos) << "expected: " << expected << "\n  got: " << r.err;
  EXPECT_EQ(lineCount(r.err), 1u) << r.err;
  EXPECT_EQ(r.out, "");
  return r;
}

}  // namespace lv::test
