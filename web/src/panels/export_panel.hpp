// Export & import page: the world as an AWS CLI script or a CloudFormation template (JSON or YAML) to
// copy or download, and a CloudFormation template (or a playground world file) pasted or opened from a
// file, imported all or nothing as one undoable step, each created resource echoed as its aws line;
// unsupported resources and properties are named in the error.
#pragma once

#include "evb/common/json.hpp"

#include <cstdint>

#include <string>

namespace evb::web {

class App;

enum class ExportFormat { CliScript, CloudFormationJson, CloudFormationYaml };

struct ExportPanel {
    ExportFormat format = ExportFormat::CliScript;
    std::string text;  // the export shown (remade when the world or the format changes)
    std::uint64_t text_revision = ~std::uint64_t{0};
    int text_format = -1;
    std::string import_text;  // the template to import
    bool fresh_account = false;
    Json outcome;  // the last import's outcome: {ok, error, warnings, resources}
};

// draw_export_panel shows the export and the import forms.
void draw_export_panel(ExportPanel& panel, App& app);

// import_text_into imports a template or world file into the app; shared by the form and the file picker.
void import_text_into(ExportPanel& panel, App& app, const std::string& text);

}  // namespace evb::web
