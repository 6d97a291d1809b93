// See param_slider.h.
#include "app/ui/param_slider.h"

#include "app/sim/exact_number.h"
#include "app/sim/stability.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace lv::ui {
namespace {

constexpr double kZeroDecades = 6;          // LogWithZero: the smallest non-zero value is max·1e-6
constexpr double kSmallestOneMinus = 1e-6;  // OneMinusLog with max = 1: 1 − β down to 1e-6

bool isBetaLike(const char* name) {
  for (const char* beta : {"beta1", "beta2", "alpha", "momentum", "rho"})
    if (std::strcmp(name, beta) == 0) return true;
  return false;
}

double logLow(const optim::ParamInfo& info) {
  return info.min > 0 ? info.min : info.max * std::pow(10.0, -kZeroDecades);
}

/// 1 − value at the slider's two ends: (left, right), left > right.
std::pair<double, double> oneMinusEnds(const optim::ParamInfo& info) {
  return {1 - info.min, std::max(1 - info.max, kSmallestOneMinus)};
}

double roundedTo(double value, int digits) {
  if (value == 0 || !std::isfinite(value)) return value;
  char text[40];
  std::snprintf(text, sizeof text, "%.*g", digits, value);
  return std::strtod(text, nullptr);
}

bool typedEntry(const optim::ParamInfo& info, double& value, TypedValue& typed) {
  if (typed.focus) {
    ImGui::SetKeyboardFocusHere();
    typed.focus = false;
  }
  const std::string label = std::string(info.name) + "###typed";
  const bool enter = ImGui::InputText(
      label.c_str(), &typed.text, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CharsScientific);
  if (!enter && !ImGui::IsItemDeactivated()) return false;
  typed.id = 0;
  char* end = nullptr;
  const double parsed = std::strtod(typed.text.c_str(), &end);
  if (end == typed.text.c_str() || *end != '\0' || !std::isfinite(parsed)) return false;
  const double clamped = std::clamp(parsed, info.min, info.max);
  if (clamped == value) return false;
  value = clamped;
  return true;
}

/// The mark's tick on the slider just drawn (its frame `frameWidth` wide).
void drawMarkTick(const optim::ParamInfo& info, const SliderMark& mark, float frameWidth) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float grab = style.GrabMinSize, padding = 2.0f;  // ImGui's slider grab size and padding
  const float usable = frameWidth - 2 * padding - grab;
  const float x =
      min.x + padding + 0.5f * grab + usable * static_cast<float>(sliderPosition(info, mark.value));
  const ImU32 red = IM_COL32(255, 80, 70, 255);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float size = 0.3f * ImGui::GetFontSize();
  draw->AddLine(ImVec2(x, min.y), ImVec2(x, max.y), red, std::max(2.0f, size / 2));
  draw->AddTriangleFilled(ImVec2(x - size, min.y), ImVec2(x + size, min.y), ImVec2(x, min.y + size), red);
}

}  // namespace

std::optional<SliderMark> stableLrMark(const sim::Run& run) {
  const std::optional<double> bound = sim::maxStableLr(run);
  if (!bound) return std::nullopt;
  const double momentum = run.optimizer().get("momentum").value_or(0);
  return SliderMark{*bound, momentum != 0 ? "(2+2μ)/λmax" : "2/λmax"};
}

SliderScale sliderScale(const optim::ParamInfo& info) {
  if (isBetaLike(info.name) && info.min >= 0 && info.max <= 1) return SliderScale::OneMinusLog;
  if (info.logScale && info.min > 0) return SliderScale::Log;
  if (std::strcmp(info.name, "weight_decay") == 0 && info.min == 0 && info.max > 0)
    return SliderScale::LogWithZero;
  return SliderScale::Linear;
}

double sliderPosition(const optim::ParamInfo& info, double value) {
  value = std::clamp(value, info.min, info.max);
  if (value == info.min) return 0;
  if (value == info.max) return 1;
  switch (sliderScale(info)) {
    case SliderScale::Linear:
      return (value - info.min) / (info.max - info.min);
    case SliderScale::Log:
    case SliderScale::LogWithZero: {
      const double low = logLow(info);
      return std::clamp(std::log(value / low) / std::log(info.max / low), 1e-9, 1.0);
    }
    case SliderScale::OneMinusLog: {
      const auto [left, right] = oneMinusEnds(info);
      return std::clamp(std::log((1 - value) / left) / std::log(right / left), 0.0, 1.0);
    }
  }
  return 0;
}

double sliderValue(const optim::ParamInfo& info, double position) {
  if (!(position > 0)) return info.min;
  if (position >= 1) return info.max;
  switch (sliderScale(info)) {
    case SliderScale::Linear:
      return info.min + position * (info.max - info.min);
    case SliderScale::Log:
    case SliderScale::LogWithZero: {
      const double low = logLow(info);
      return std::clamp(low * std::pow(info.max / low, position), info.min, info.max);
    }
    case SliderScale::OneMinusLog: {
      const auto [left, right] = oneMinusEnds(info);
      return std::clamp(1 - left * std::pow(right / left, position), info.min, info.max);
    }
  }
  return info.min;
}

bool paramSlider(const optim::ParamInfo& info, double& value, TypedValue& typed,
                 const std::optional<SliderMark>& mark) {
  const ImGuiID id = ImGui::GetID(info.name);
  if (typed.id == id) return typedEntry(info, value, typed);
  const bool marked = mark && mark->value >= info.min && mark->value <= info.max;
  const bool above = marked && value > mark->value;
  const float frameWidth = ImGui::CalcItemWidth();
  double position = sliderPosition(info, value);
  // Above the mark the frame says so in red, in place of a line of its own (panels stay short);
  // where the frame is too narrow to hold it whole, the value stays in red and a wrapped red line
  // below says the rest.
  char number[32], warning[128] = "";
  std::snprintf(number, sizeof number, "%.4g", value);
  const char* shown = number;
  bool warningLine = false;
  if (above) {
    std::snprintf(warning, sizeof warning, "%s > %s %.3g", number, mark->note.c_str(), mark->value);
    if (ImGui::CalcTextSize(warning).x <= frameWidth - 2 * ImGui::GetStyle().FramePadding.x) {
      shown = warning;
    } else {
      std::snprintf(warning, sizeof warning, "above %s = %.3g", mark->note.c_str(), mark->value);
      warningLine = true;
    }
  }
  const ImVec4 red(1, 0.45f, 0.4f, 1);
  if (above) ImGui::PushStyleColor(ImGuiCol_Text, red);
  static const double zero = 0, one = 1;
  // The slider moves a position; ImGui must neither round it to the shown text nor type into it.
  const bool moved = ImGui::SliderScalar(info.name, ImGuiDataType_Double, &position, &zero, &one, shown,
                                         ImGuiSliderFlags_NoInput | ImGuiSliderFlags_NoRoundToFormat);
  if (above) ImGui::PopStyleColor();
  if (marked) drawMarkTick(info, *mark, frameWidth);
  const bool activated = ImGui::IsItemActivated();
  if (warningLine) {
    // The caller asks the slider, not this line, about hovering (tooltips).
    const ImGuiLastItemData slider = GImGui->LastItemData;
    ImGui::PushStyleColor(ImGuiCol_Text, red);
    ImGui::TextWrapped("%s", warning);
    ImGui::PopStyleColor();
    GImGui->LastItemData = slider;
  }
  if (activated && ImGui::GetIO().KeyCtrl) {
    ImGui::ClearActiveID();
    typed = {id, sim::exactNumber(value), true};
    return false;
  }
  if (!moved) return false;
  double next = sliderValue(info, position);
  if (next != info.min && next != info.max)
    next = sliderScale(info) == SliderScale::OneMinusLog ? 1 - roundedTo(1 - next, 3) : roundedTo(next, 4);
  next = std::clamp(next, info.min, info.max);
  if (next == value) return false;
  value = next;
  return true;
}

}  // namespace lv::ui
