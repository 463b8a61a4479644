// The site's examples and exercises (site/examples/*.json, site/exercises/*.json), compiled into the page
// by tools/embed_texts.py: the gallery and the Exercises panel need no network, and the single-file build
// carries them inside the wasm.
#pragma once

#include <cstddef>

namespace evb::web {

// EmbeddedText is one file: its path under site/ ("examples/cidr.json") and its text.
struct EmbeddedText {
    const char* name;
    const char* text;
};

extern const EmbeddedText kScenarioFiles[];
extern const std::size_t kScenarioFileCount;

}  // namespace evb::web
