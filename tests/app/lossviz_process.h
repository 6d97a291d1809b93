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

/// Runs `environment LOSSVIZ_EXE args` once (args are shell words: quote formulas).
inline ProcessResult runLossvizOnce(const std::string& args, const std::string& environment) {
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

/// Runs `environment LOSSVIZ_EXE args` (args are shell words: quote formulas). Under the
/// sanitizers, LeakSanitizer's own tracer now and then crashes while it stops a short-lived
/// process's threads at exit (seen with `lossviz render`; cause not found. "LeakSanitizer has
/// encountered a fatal error", not a leak report): such a run says nothing about lossviz and is run again, at
/// most twice. A leak report ("detected memory leaks") still fails the test.
inline ProcessResult runLossviz(const std::string& args, const std::string& environment = "") {
  ProcessResult r = runLossvizOnce(args, environment);
  for (int retry = 0;
       retry < 2 && r.err.find("LeakSanitizer has encountered a fatal error") != std::string::npos; ++retry)
    r = runLossvizOnce(args, environment);
  return r;
}

inline size_t lineCount(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace lv::test
