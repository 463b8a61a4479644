// What the page asks of the browser beyond GLFW and WebGL: the system clipboard, a hidden text field that
// receives IME, mobile-keyboard and pasted text for ImGui, localStorage, file downloads and the system
// colour scheme. The JavaScript half is site/evb-host.js (Module.evbHost). Only web/ uses this.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace evb::web {

// browser_init_input routes ImGui's clipboard through the system clipboard and hands GLFW's keyboard
// listeners to the canvas and the hidden text field, so keys typed elsewhere (a host page) stay there.
void browser_init_input();

// browser_sync_text_input focuses the hidden text field, placed at the ImGui text cursor, while ImGui
// wants text (so IME and on-screen keyboards work), and gives focus back to the canvas afterwards.
void browser_sync_text_input(bool want_text, float pixel_ratio);

// storage_read returns a localStorage value, or nothing when it is absent or storage is unavailable.
std::optional<std::string> storage_read(std::string_view key);

// storage_write stores a value; false when the browser refuses (quota, private mode).
bool storage_write(std::string_view key, std::string_view value);

// storage_remove deletes a value.
void storage_remove(std::string_view key);

// offer_download lets the user save bytes (text or a binary file) as a file.
void offer_download(std::string_view filename, std::string_view bytes);

// system_prefers_dark tells the browser's prefers-color-scheme.
bool system_prefers_dark();

// page_is_embedded tells whether the page runs inside another page's iframe.
bool page_is_embedded();

}  // namespace evb::web
