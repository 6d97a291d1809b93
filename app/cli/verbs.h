// The headless verbs of `lossviz`. Each takes the arguments after its name, writes its result to
// stdout, and returns the exit status; bad input throws UsageError (exit 2, one line on stderr).
#pragma once

#include "app/cli/args.h"
#include "app/sim/gradient_source.h"
#include "app/sim/scene.h"
#include "landscapes/catalog.h"
#include "optim/optimizer.h"

#include <string>
#include <vector>

namespace lv::cli {

int runList(const std::vector<std::string>& args);
int runTrace(const std::vector<std::string>& args);
int runRender(const std::vector<std::string>& args);
int runBench(const std::vector<std::string>& args);
int runMap(const std::vector<std::string>& args);
int runData(const std::vector<std::string>& args);

/// --landscape NAME|FORMULA as trace, render and map take it.
inline constexpr FlagSpec kLandscapeFlag{"landscape", "NAME|FORMULA",
                                         "catalog landscape or a formula in x and y (default rosenbrock)"};
/// --optimizer NAME as trace and map take it: one optimizer (render's repeatable groups differ).
inline constexpr FlagSpec kOptimizerFlag{"optimizer", "NAME", "optimizer from `lossviz list` (required)"};
/// --set KEY=VALUE and --schedule SPEC as trace, render and map take them: each applies to the
/// --optimizer before it (trace and map have one).
inline constexpr FlagSpec kSetFlag{
    "set", "KEY=VALUE", "a hyperparameter of the preceding --optimizer (repeatable), e.g. lr=0.01"};
inline constexpr FlagSpec kScheduleFlag{
    "schedule", "NAME[:KEY=VALUE,...]",
    "lr schedule (torch's) of the preceding --optimizer, stepped per update, "
    "e.g. cosine:T_max=200,eta_min=1e-4"};
/// Resolves --landscape; a formula error names its column.
landscapes::Landscape landscapeFromFlag(const std::string& text);
/// Creates `name` and applies "key=value" assignments; errors name the optimizer and key.
optim::Optimizer optimizerFromFlags(const std::string& name, const std::vector<std::string>& assignments);
/// --schedule NAME[:KEY=VALUE,...]; errors name the schedule and the key.
optim::ScheduleSpec scheduleFromFlag(const std::string& text);
/// Runs described by "--optimizer O [--set k=v]... [--schedule S]" groups in command-line order, all from
/// `start`, with palette colours; at most sim::kMaxRuns.
std::vector<sim::RunSpec> runSpecsFromFlags(const Flags& flags, const optim::Vec2& start);
/// The data flags trace and render take (--data, --loss, --standardize, --batch, --sampling,
/// --drop-last, --seed, --noise).
std::vector<FlagSpec> dataFlagSpecs();
/// Resolves trace's data flags (--data, --loss, --batch, --sampling, --drop-last, --seed, --noise)
/// into a gradient source: exact unless --data or --noise is given. Throws UsageError naming the
/// flag (or the CSV's file, line and column).
sim::GradientSource gradientSourceFromFlags(const Flags& flags);
/// The same flags (and --standardize 0|1 for a data landscape) as a scene's resolved data, or
/// nullopt without --data (render: --noise then acts on no run).
std::optional<sim::ResolvedData> dataFromFlags(const Flags& flags);
/// "X,Y" as a finite point.
optim::Vec2 startFromFlag(const std::string& text);
/// --steps as a whole number in sim::kStepsRange.
size_t stepsFromFlag(const std::string& text);

/// What `lossviz render` is asked for: the scene (from --scene or the flags), output and size.
struct RenderRequest {
  sim::Scene scene;
  std::string out;
  int width = 1280, height = 720;
};
/// --view, --camera and --height-scale (render's 3D flags) applied to `view3d`; throws UsageError
/// naming the flag.
void applyViewFlags(const Flags& flags, sim::View3d& view3d);
/// Resolves render's flags (see its --help); throws UsageError naming the flag.
RenderRequest renderRequestFromFlags(const Flags& flags);

}  // namespace lv::cli
