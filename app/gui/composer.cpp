#include "app/gui/composer.h"

#include "app/gui/surface_image.h"
#include "app/sim/atomic_file.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/panels.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <cstdio>
#include <fstream>

namespace lv::gui {

SurfaceTexture::~SurfaceTexture() {
  if (texture_) glDeleteTextures(1, &texture_);
}

GLuint SurfaceTexture::update(const sim::Session& session, const landscapes::Rect& view, int width, int height) {
  char key[512];
  std::snprintf(key, sizeof key, "%.17g %.17g %.17g %.17g %d %d %s %d %d|", view.xmin, view.xmax, view.ymin, view.ymax,
                width, height, session.colors.colormap.c_str(), session.colors.logScale ? 1 : 0,
                session.colors.contourCount);
  const std::string fullKey = key + session.landscape().formula.text();
  if (texture_ && fullKey == key_) return texture_;
  key_ = fullKey;
  const auto pixels = surfaceImage(session.landscape().formula, view, width, height, session.colors);
  if (!texture_) glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture_;
}

void applyUiScale(float uiScale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  // Latin, Greek, sub/superscripts, arrows and math operators: the update rules use ∇, β, ←, √, ⊙.
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0370, 0x03FF, 0x2000, 0x22FF, 0};
  if (!std::ifstream(kFont).good() || !io.Fonts->AddFontFromFileTTF(kFont, 16.0f * uiScale, nullptr, kRanges)) {
    ImFontConfig config;
    config.SizePixels = 13.0f * uiScale;
    io.Fonts->AddFontDefault(&config);
  }
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 4;
  style.Colors[ImGuiCol_WindowBg].w = 0.92f;
  style.ScaleAllSizes(uiScale);
  ImGui::GetStyle() = style;
}

void buildFrame(sim::Session& session, ui::UiState& state, SurfaceTexture& surface, const FrameOptions& options) {
  const ImGuiIO& io = ImGui::GetIO();
  ImVec2 min(0, 0), max = io.DisplaySize;
  if (options.withUi) {
    min.x = ui::sidePanelWidth(state.uiScale);
    max.y -= ui::lossPlotHeight(state.uiScale);
  }
  max.x = std::max(max.x, min.x + 1);
  max.y = std::max(max.y, min.y + 1);
  ui::CanvasFrame frame = ui::canvasFrame(session, min, max);
  if (options.interactive) {
    ui::handleCanvasInput(session, state, frame);
    frame = ui::canvasFrame(session, min, max);
  }
  ImDrawList* background = ImGui::GetBackgroundDrawList();
  const float scale = options.surfaceScale;
  const GLuint texture = surface.update(session, frame.transform.view, static_cast<int>((max.x - min.x) * scale),
                                        static_cast<int>((max.y - min.y) * scale));
  background->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture)), min, max);
  ui::drawCanvasOverlay(background, session, frame, state.showArrows);
  ui::drawLegend(background, session, frame);
  if (options.interactive) ui::drawHoverReadout(ImGui::GetForegroundDrawList(), session, frame);
  if (options.withUi) {
    ui::drawSidePanel(session, state);
    ui::drawLossPlot(session, state);
  }
}

bool renderOffscreen(sim::Session& session, ui::UiState& state, SurfaceTexture& surface, int width, int height,
                     int scale, bool withUi, std::vector<std::uint8_t>& rgba, std::string* error) {
  const int pixelWidth = width * scale, pixelHeight = height * scale;
  GLint maxSize = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
  if (pixelWidth <= 0 || pixelHeight <= 0 || pixelWidth > maxSize || pixelHeight > maxSize) {
    if (error) *error = "image size " + std::to_string(pixelWidth) + "x" + std::to_string(pixelHeight) +
                        " is beyond this GPU's limit " + std::to_string(maxSize);
    return false;
  }
  GLuint framebuffer = 0, color = 0;
  glGenFramebuffers(1, &framebuffer);
  glGenRenderbuffers(1, &color);
  glBindRenderbuffer(GL_RENDERBUFFER, color);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, pixelWidth, pixelHeight);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  if (complete) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 savedSize = io.DisplaySize, savedScale = io.DisplayFramebufferScale;
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(scale), static_cast<float>(scale));
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    buildFrame(session, state, surface, {withUi, false, static_cast<float>(scale)});
    ImGui::Render();
    glViewport(0, 0, pixelWidth, pixelHeight);
    glClearColor(0.08f, 0.08f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    std::vector<std::uint8_t> flipped(static_cast<size_t>(pixelWidth) * pixelHeight * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, pixelWidth, pixelHeight, GL_RGBA, GL_UNSIGNED_BYTE, flipped.data());
    rgba.resize(flipped.size());
    const size_t row = static_cast<size_t>(pixelWidth) * 4;
    for (int y = 0; y < pixelHeight; ++y)
      std::copy_n(flipped.data() + static_cast<size_t>(pixelHeight - 1 - y) * row, row, rgba.data() + y * row);
    io.DisplaySize = savedSize;
    io.DisplayFramebufferScale = savedScale;
  } else if (error) {
    *error = "offscreen framebuffer incomplete";
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteRenderbuffers(1, &color);
  glDeleteFramebuffers(1, &framebuffer);
  return complete;
}

bool writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba, std::string* error) {
  std::string bytes;
  auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
  };
  if (!stbi_write_png_to_func(append, &bytes, width, height, 4, rgba.data(), width * 4)) {
    if (error) *error = path + ": PNG encoding failed";
    return false;
  }
  return sim::writeFileAtomic(path, bytes, error);
}

}  // namespace lv::gui
