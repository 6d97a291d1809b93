// lossviz: opens the window on a scene, or runs a headless verb (list, trace, render, bench).
#include "app/cli/verbs.h"
#include "app/gui/window.h"

#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

const char* kUsage =
    "usage: lossviz [--scene FILE]        open the window (default scene: Rosenbrock race)\n"
    "       lossviz list [--json]         landscapes and optimizers\n"
    "       lossviz trace ...             one trajectory as CSV\n"
    "       lossviz render ...            draw a scene into a PNG (no window shown)\n"
    "       lossviz bench [--json] ...    frame times, recompute time and steps/s\n"
    "       lossviz map ...               convergence map (basins, hyperparameters) as PNG/CSV\n"
    "       lossviz data ...              a data landscape's data set as CSV\n"
    "       lossviz --version\n"
    "Every verb has --help.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const std::string verb = args.empty() ? "" : args[0];
  if (verb.empty() || verb == "--scene") return lv::gui::runWindow(args);
  if (verb == "--version") {
    std::printf("lossviz %s\n", LV_VERSION);
    return 0;
  }
  if (verb == "--help" || verb == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  const std::vector<std::pair<const char*, std::function<int(const std::vector<std::string>&)>>> verbs = {
      {"list", lv::cli::runList},
      {"trace", lv::cli::runTrace},
      {"render", lv::cli::runRender},
      {"bench", lv::cli::runBench},
      {"map", lv::cli::runMap},
      {"data", lv::cli::runData}};
  for (const auto& [name, run] : verbs) {
    if (verb != name) continue;
    try {
      return run(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const lv::cli::UsageError& e) {
      std::fprintf(stderr, "lossviz %s: %s\n", name, e.message.c_str());
      return 2;
    }
  }
  std::fprintf(stderr,
               "lossviz: unknown command '%s' (valid: list, trace, render, bench, map, data, --scene FILE, --version)\n",
               verb.c_str());
  return 2;
}
