// The browser entry point: a GLFW window on the page's canvas, WebGL2, Dear ImGui, and a loop that
// draws only after input or a change (it pauses when idle, so an open tab costs no CPU).
#include "bridge_guard.hpp"
#include "browser.hpp"
#include "fonts.hpp"
#include "page.hpp"
#include "test_bridge.hpp"
#include "theme.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace evb::web {
namespace {

constexpr int kFramesAfterInput = 30;  // ImGui needs a few frames to settle hover, tooltips, animations
constexpr const char* kCanvas = "#canvas";

struct Loop {
    GLFWwindow* window = nullptr;
    int width = 0, height = 0;  // canvas size in device pixels
    bool paused = false;
    bool frame_open = false;  // between ImGui::NewFrame and ImGui::Render
};

Loop g_loop;
Page* g_page = nullptr;

// sync_style applies the theme and rebuilds the fonts when the pixel ratio, UI scale or theme changed.
void sync_style(float ratio) {
    static float applied_scale = 0.0f;
    static bool applied_dark = false;
    const Settings& settings = g_page->app.settings();
    const float scale = ratio * settings.ui_scale;
    g_page->pixel_ratio = ratio;
    if (scale == applied_scale && settings.dark() == applied_dark) return;
    apply_theme(settings.dark(), scale);
    applied_dark = settings.dark();
    if (scale == applied_scale) return;
    applied_scale = scale;
    load_fonts(scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

// sync_canvas_size follows the canvas's CSS size and the pixel ratio.
void sync_canvas_size() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    int w = std::max(1, static_cast<int>(std::lround(css_w * ratio)));
    int h = std::max(1, static_cast<int>(std::lround(css_h * ratio)));
    sync_style(ratio);
    if (w != g_loop.width || h != g_loop.height) {
        g_loop.width = w;
        g_loop.height = h;
        // Not glfwSetWindowSize: Emscripten's GLFW asks for fullscreen when the size equals the screen's.
        emscripten_set_canvas_element_size(kCanvas, w, h);
    }
}

// sync_cursor shows ImGui's wanted mouse cursor as the canvas's CSS cursor (GLFW's would lock the pointer).
void sync_cursor() {
    static ImGuiMouseCursor shown = ImGuiMouseCursor_Arrow;
    ImGuiMouseCursor wanted = ImGui::GetMouseCursor();
    if (wanted == shown) return;
    shown = wanted;
    static const char* const kCss[ImGuiMouseCursor_COUNT] = {"default",     "text",      "move",
                                                             "ns-resize",   "ew-resize", "nesw-resize",
                                                             "nwse-resize", "pointer",   "not-allowed"};
    const char* css = wanted >= 0 && wanted < ImGuiMouseCursor_COUNT ? kCss[wanted] : "none";
    EM_ASM({ Module.canvas.style.cursor = UTF8ToString($0); }, css);
}

// end_interrupted_frame closes a frame an error cut short (a C++ exception, or a JavaScript error that
// unwound the loop without running destructors), so the next frame starts from a clean ImGui state.
void end_interrupted_frame() {
    if (!g_loop.frame_open) return;
    g_loop.frame_open = false;
    ImGui::ErrorCheckEndFrameRecover(nullptr);
    ImGui::EndFrame();
}

void draw_frame() {
    end_interrupted_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_loop.width), static_cast<float>(g_loop.height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);  // ImGui draws in device pixels; mouse is in them too
    ImGui::NewFrame();
    g_loop.frame_open = true;
    g_page->app.draw(static_cast<float>(g_loop.width), static_cast<float>(g_loop.height));
    ImGui::Render();
    g_loop.frame_open = false;
    browser_sync_text_input(io.WantTextInput, g_page->pixel_ratio);
    glViewport(0, 0, g_loop.width, g_loop.height);
    ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    sync_cursor();
    bridge_end_frame();
    ++g_page->frames_drawn;
}

void loop_iteration() {
    if (g_page->frames_left <= 0) {
        g_loop.paused = true;
        emscripten_pause_main_loop();
        return;
    }
    --g_page->frames_left;
    const double start = emscripten_get_now();
    guarded(
        "drawing the page",
        [] {
            sync_canvas_size();
            draw_frame();
        },
        [](const char*) {
            end_interrupted_frame();
            ++g_page->frames_drawn;
        });
    g_page->frame_ms[(g_page->frames_drawn - 1) % g_page->frame_ms.size()] =
        static_cast<float>(emscripten_get_now() - start);
    if (g_page->app.take_changed()) g_page->frames_left = std::max(g_page->frames_left, 2);
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    request_frames(kFramesAfterInput);
    return EM_FALSE;
}

// on_wheel feeds the mouse wheel to ImGui as its backend does (100 pixels, 3 lines or 1/80 page a step),
// but from the canvas: the backend listens on the document, where Chrome makes wheel listeners passive,
// so its preventDefault logged an error on every wheel turn and the page under the canvas could scroll.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* event, void*) {
    float step = 0.0f;
    if (event->deltaMode == DOM_DELTA_PIXEL) step = 1.0f / 100.0f;
    if (event->deltaMode == DOM_DELTA_LINE) step = 1.0f / 3.0f;
    if (event->deltaMode == DOM_DELTA_PAGE) step = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-event->deltaX) * step,
                                      static_cast<float>(-event->deltaY) * step);
    request_frames(kFramesAfterInput);
    return EM_TRUE;
}

bool init_window() {
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    g_loop.window = glfwCreateWindow(1280, 800, "EventBridge Playground", nullptr, nullptr);
    if (!g_loop.window) return false;
    glfwMakeContextCurrent(g_loop.window);
    return true;
}

void init_imgui() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;                   // blinking would need frames forever
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // sync_cursor sets the CSS cursor instead
    bridge_enable();
    ImGui_ImplGlfw_InitForOpenGL(g_loop.window, true);
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback(kCanvas, nullptr, false, on_wheel);
    glfwSetCharCallback(g_loop.window, nullptr);  // text arrives through the hidden field (browser.cpp)
    ImGui_ImplOpenGL3_Init("#version 300 es");
    browser_init_input();
}

}  // namespace

Page& page() {
    return *g_page;
}

void request_frames(int n) {
    g_page->frames_left = std::max(g_page->frames_left, n);
    if (g_loop.paused) {
        g_loop.paused = false;
        emscripten_resume_main_loop();
    }
}

}  // namespace evb::web

int main() {
    using namespace evb::web;
    g_page = new Page();  // lives as long as the page
    if (!init_window()) {
        EM_ASM({ Module.evbFail&& Module.evbFail("WebGL2 could not be started in this browser."); });
        return 1;
    }
    init_imgui();
    g_page->app.start();
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    g_page->frames_left = kFramesAfterInput;
    emscripten_set_main_loop(loop_iteration, 0, false);
    EM_ASM({ Module.evbStarted&& Module.evbStarted(); });
    return 0;
}
