// Playback section: play/pause, single step, reset, the step scrubber, speed, step limit, arrows,
// UI scale; and the scrubber's rules, which the keys (←/→, Home/End) share.
#include "app/ui/panels.h"
#include "app/ui/presentation.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace lv::ui {
namespace {

/// "keys: Space, S, R, ... (? says what each does)" from the one list of keys: short enough for a
/// projector's UI scale.
std::string keysLine() {
  std::string line = "keys:";
  for (const KeyHelp& key : kKeyHelp)
    if (std::isupper(static_cast<unsigned char>(key.keys[0])) &&
        std::string(key.keys).find(' ') == std::string::npos)
      line += std::string(line.size() > 5 ? ", " : " ") + key.keys;
  return line + " (? says what each does)";
}

/// The scrubber: a slider over the inspected run's steps, and the way back to live.
void drawScrubber(const sim::Session& session, UiState& state) {
  const int run = inspectedRun(session, state);
  if (run < 0) return;
  const size_t last = session.runs[static_cast<size_t>(run)].run.stepCount();
  int k = static_cast<int>(shownStep(session, state, static_cast<size_t>(run)));
  // Short enough to read whole in the field at UI scale 2 on a 1280-pixel-wide window.
  const char* format = state.inspectedStep ? "%d" : "%d (live)";
  if (ImGui::SliderInt("inspect step", &k, 0, static_cast<int>(last), format, ImGuiSliderFlags_AlwaysClamp))
    scrubTo(session, state, static_cast<size_t>(std::max(k, 0)));
  if (state.inspectedStep) {
    ImGui::SameLine();
    if (ImGui::SmallButton("live")) state.inspectedStep.reset();
  }
}

}  // namespace

int inspectedRun(const sim::Session& session, const UiState& state) {
  if (session.runs.empty()) return -1;
  return std::clamp(state.selectedRun, 0, static_cast<int>(session.runs.size()) - 1);
}

size_t shownStep(const sim::Session& session, const UiState& state, size_t index) {
  const size_t last = session.runs[index].run.stepCount();
  return state.inspectedStep ? std::min(*state.inspectedStep, last) : last;
}

void scrubTo(const sim::Session& session, UiState& state, size_t k) {
  const int run = inspectedRun(session, state);
  if (run < 0) return;
  state.inspectedStep = std::min(k, session.runs[static_cast<size_t>(run)].run.stepCount());
  state.playing = false;
}

void scrubBy(const sim::Session& session, UiState& state, long delta) {
  const int run = inspectedRun(session, state);
  if (run < 0) return;
  const long k = static_cast<long>(shownStep(session, state, static_cast<size_t>(run))) + delta;
  scrubTo(session, state, static_cast<size_t>(std::max(k, 0L)));
}

void drawPlaybackSection(sim::Session& session, UiState& state) {
  if (ImGui::Button(state.playing ? "Pause" : "Play")) {
    state.playing = !state.playing;
    if (state.playing) state.inspectedStep.reset();
  }
  ImGui::SameLine();
  if (ImGui::Button("Step")) session.step();
  ImGui::SameLine();
  if (ImGui::Button("Reset")) session.restart();
  const std::string stepText = "step " + std::to_string(session.stepCount());
  sameLineIfFits(ImGui::CalcTextSize(stepText.c_str()).x);
  ImGui::TextUnformatted(stepText.c_str());
  drawScrubber(session, state);

  const sim::Range& rate = sim::kStepsPerSecondRange;
  float speed = static_cast<float>(session.stepsPerSecond);
  if (ImGui::SliderFloat("steps/s", &speed, static_cast<float>(rate.min), static_cast<float>(rate.max),
                         "%.0f", ImGuiSliderFlags_Logarithmic))
    session.stepsPerSecond = std::clamp(static_cast<double>(speed), rate.min, rate.max);
  int limit = static_cast<int>(session.stepLimit);
  // The − and + buttons only where they leave room for a seven-digit limit.
  const int buttonStep = ImGui::CalcItemWidth() > 9 * ImGui::GetFontSize() ? 100 : 0;
  if (ImGui::InputInt("step limit", &limit, buttonStep, 10 * buttonStep))
    session.stepLimit = static_cast<size_t>(
        std::clamp(static_cast<double>(limit), sim::kStepLimitRange.min, sim::kStepLimitRange.max));
  if (const std::string note = session.stepLimitNote(); !note.empty()) ImGui::TextWrapped("%s", note.c_str());
  ImGui::Checkbox("arrows at heads", &state.showArrows);
  sameLineIfFits(checkboxWidth("restart on change"));
  ImGui::Checkbox("restart on change", &session.restartOnChange);
  if (state.ghosts.any() && ImGui::SmallButton("dismiss ghost paths")) state.ghosts.dismiss();
  float uiScale = state.uiScale / static_cast<float>(state.pixelScale);
  if (ImGui::SliderFloat("UI scale", &uiScale, 0.75f, 3.0f, "%.2f"))
    state.uiScale = uiScale * static_cast<float>(state.pixelScale);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", keysLine().c_str());
  ImGui::PopStyleColor();
}

}  // namespace lv::ui
