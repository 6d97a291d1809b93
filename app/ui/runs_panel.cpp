// Runs section: add, remove, duplicate; per run colour, optimizer, hyperparameter sliders generated
// from the registry's ParamInfo, start point and visibility; the selected run's update rule.
#include "app/sim/run_label.h"
#include "app/ui/error_text.h"
#include "app/ui/panels.h"
#include "app/ui/param_slider.h"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace lv::ui {
namespace {

/// The slider (or checkbox) of hyperparameter `index` of run `run`; an edit is one session call.
bool drawParam(sim::Session& session, size_t run, size_t index, TypedValue& typed) {
  const optim::Optimizer& optimizer = session.runs[run].run.optimizer();
  const optim::ParamInfo& info = optimizer.info().params[index];
  bool changed = false;
  if (info.isBool) {
    bool on = optimizer.param(index) != 0.0;
    changed = ImGui::Checkbox(info.name, &on);
    if (changed) session.setParam(run, index, on ? 1.0 : 0.0);
  } else {
    double value = optimizer.param(index);
    changed =
        paramSlider(info, value, typed,
                    std::string(info.name) == "lr" ? stableLrMark(session.runs[run].run) : std::nullopt);
    if (changed) session.setParam(run, index, value);
  }
  // Asked of the widget just drawn, whether or not it changed (an early return hid every tooltip).
  if (ImGui::IsItemHovered() && info.meaning && *info.meaning)
    ImGui::SetTooltip("%s (Ctrl+click to type a value)", info.meaning);
  return changed;
}

/// "Remove" the selected run, or "Remove all" with "all" selected; says what it did and how to undo.
void drawRemoveButton(sim::Session& session, UiState& state) {
  const int count = static_cast<int>(session.runs.size());
  const bool all = state.selectedRun == -1;
  const bool one = state.selectedRun >= 0 && state.selectedRun < count;
  const std::string name = one ? session.runs[state.selectedRun].run.optimizer().name() : "";
  const std::string what = all ? "all " + std::to_string(count) + " runs"
                               : "run " + std::to_string(state.selectedRun) + " (" + name + ")" +
                                     (count == 1 ? ", the only one" : "");
  if (ImGui::Button(all ? "Remove all" : "Remove") && count > 0 && (all || one)) {
    if (all)
      while (!session.runs.empty()) session.removeRun(session.runs.size() - 1);
    else
      session.removeRun(static_cast<size_t>(state.selectedRun));
    state.editStatus = {"removed " + what + "; Ctrl+Z brings " + (all ? "them" : "it") + " back", false};
    state.selectedRun = all ? -1 : std::min(state.selectedRun, static_cast<int>(session.runs.size()) - 1);
  }
  if (ImGui::IsItemHovered() && count > 0 && (all || one))
    ImGui::SetTooltip("removes %s (Ctrl+Z undoes)", what.c_str());
}

/// The lr schedule as text (`NAME[:KEY=VALUE,...]`, empty for none), applied on Enter.
void drawScheduleField(sim::Session& session, size_t run, UiState& state) {
  const auto spec = session.runs[run].run.schedule();
  const std::string current = spec ? optim::formatSchedule(*spec) : "";
  if (state.scheduleRun != static_cast<int>(run) || state.scheduleLoaded != current) {
    state.scheduleRun = static_cast<int>(run);
    state.scheduleLoaded = current;
    state.scheduleText = current;
    state.scheduleError.clear();
  }
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, "%s", state.scheduleText.c_str());
  const bool entered =
      ImGui::InputText("schedule", buffer, sizeof buffer, ImGuiInputTextFlags_EnterReturnsTrue);
  state.scheduleText = buffer;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("lr schedule, e.g. cosine:T_max=200,eta_min=1e-4 (%s); empty for none; Enter applies",
                      optim::scheduleNames().c_str());
  if (entered) {
    std::string error;
    std::optional<optim::ScheduleSpec> parsed;
    if (!state.scheduleText.empty()) parsed = optim::parseSchedule(state.scheduleText, &error);
    if (state.scheduleText.empty() || parsed) {
      session.setSchedule(run, parsed);
      state.scheduleError.clear();
    } else {
      state.scheduleError = error;  // the run keeps its schedule
    }
  }
  drawErrorText(state.scheduleError);
}

}  // namespace

void drawRunsSection(sim::Session& session, UiState& state) {
  const optim::Vec2 defaultStart =
      session.runs.empty() ? optim::Vec2(-1.5, 2.0) : session.runs.back().run.start();
  if (ImGui::Button("Add")) state.selectedRun = static_cast<int>(session.addRun("adam", defaultStart));
  const bool haveSelection =
      state.selectedRun >= 0 && state.selectedRun < static_cast<int>(session.runs.size());
  ImGui::SameLine();
  if (ImGui::Button("Duplicate") && haveSelection)
    state.selectedRun = static_cast<int>(session.duplicateRun(static_cast<size_t>(state.selectedRun)));
  ImGui::SameLine();
  drawRemoveButton(session, state);
  ImGui::RadioButton("all", &state.selectedRun, -1);
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped(
      "click the canvas to move the selected run's start (all runs' with \"all\"); drag a start ring to move "
      "one");
  ImGui::PopStyleColor();
  if (!state.editStatus.text.empty()) ImGui::TextWrapped("%s", state.editStatus.text.c_str());

  for (size_t i = 0; i < session.runs.size(); ++i) {
    sim::LiveRun& live = session.runs[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::ColorEdit4("##color", live.color.data(),
                      ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel);
    ImGui::SameLine();
    ImGui::Checkbox("##visible", &live.visible);
    ImGui::SameLine();
    const std::string label = std::to_string(i) + " " + sim::runLabel(session, i);
    if (ImGui::RadioButton(label.c_str(), state.selectedRun == static_cast<int>(i)))
      state.selectedRun = static_cast<int>(i);
    if (state.selectedRun == static_cast<int>(i) &&
        ImGui::TreeNodeEx("settings", ImGuiTreeNodeFlags_DefaultOpen)) {
      if (ImGui::BeginCombo("optimizer", live.run.optimizer().name().c_str())) {
        for (const auto& info : optim::optimizerInfos())
          if (ImGui::Selectable(info.name.c_str(), info.name == live.run.optimizer().name()))
            session.setOptimizer(i, info.name);
        ImGui::EndCombo();
      }
      for (size_t p = 0; p < live.run.optimizer().paramCount(); ++p)
        drawParam(session, i, p, state.typedValue);
      drawScheduleField(session, i, state);
      double start[2] = {live.run.start().x(), live.run.start().y()};
      // ImGui parses "nan" and "inf" as numbers; a start must be a point on the plane.
      if (ImGui::InputScalarN("start", ImGuiDataType_Double, start, 2, nullptr, nullptr, "%.3f") &&
          std::isfinite(start[0]) && std::isfinite(start[1]))
        session.moveStart(i, optim::Vec2(start[0], start[1]));
      ImGui::TextWrapped("%s", live.run.optimizer().info().updateRule.c_str());
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
}

}  // namespace lv::ui
