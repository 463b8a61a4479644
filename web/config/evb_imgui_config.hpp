// Dear ImGui build configuration for the page: the test-engine item hooks feed the test bridge
// (web/src/test_bridge.cpp), which records every item's label and rectangle each frame.
#pragma once

#define IMGUI_ENABLE_TEST_ENGINE
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
