// The GPU engine's shader and its one-shot entry point: the progressive job (gpu_map_job.h) run
// to completion, so the CLI and the window compute maps the same way.
#include "app/maps/gpu_map.h"

#include "app/maps/gpu_map_job.h"
#include "app/maps/map_inputs.h"
#include "app/render/shader_library.h"

#include <variant>

namespace lv::maps {
namespace {

// The unit's kName ("sgd" for momentum and nesterov too): the GLSL file and function it uses.
std::string unitName(const optim::Optimizer& optimizer) {
  const auto& infos = optim::optimizerInfos();
  for (size_t i = 0; i < infos.size(); ++i) {
    if (infos[i].name != optimizer.name()) continue;
    return std::visit([](const auto& unit) { return std::string(std::decay_t<decltype(unit)>::Type::kName); },
                      optim::registryPrototype(i));
  }
  return optimizer.name();
}

}  // namespace

std::string mapStepShader(const MapSpec& spec) {
  const std::string unit = unitName(spec.optimizer);
  std::string define = "#define LV_UPDATE lv_update_" + unit;
  if (scheduleApplies(spec)) define += "\n#define LV_SCHEDULE";
  if (gpuChecksStarts(spec)) define += "\n#define LV_CHECK_START";
  // A data landscape: the full-data mean's f_jet, reading the rows from t_data (bound by the job).
  const std::string derivatives =
      spec.data ? spec.data->glsl() + spec.data->glslDerivatives() : spec.landscape.formula.glslDerivatives();
  // AdamW reuses Adam's moments.
  const std::string_view adam = unit == "adamw" ? render::shaderText("adam.glsl") : std::string_view();
  return render::assembleShader({define, derivatives, render::shaderText("unit_support.glsl"), adam,
                                 render::shaderText(unit + ".glsl"),
                                 render::shaderText("map_step.frag.glsl")});
}

std::optional<ConvergenceMap> computeMapGpu(const MapSpec& spec, std::string* error, long stepsPerPass) {
  const std::unique_ptr<GpuMapJob> job = GpuMapJob::create(spec, error, stepsPerPass);
  if (!job) return std::nullopt;
  job->advanceSteps(spec.steps);
  return job->result(error);
}

}  // namespace lv::maps
