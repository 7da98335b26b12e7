#include "cli_support.h"
#include "commands/commands.h"
#include "common/error.h"
#include "import/transcript_layout.h"

#include <iostream>

namespace cairn::cli {

void addImportCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand(
        "import",
        "Import files as sources: text in any common encoding, Markdown, HTML, DOCX, ODT, PDF, SRT, "
        "WebVTT and transcripts. Each file is one transaction: a failure leaves the others imported.");
    static std::string path;
    static std::vector<std::string> files;
    static project::ImportRequest request;
    static bool json = false;
    addProjectArgument(*cmd, path);
    cmd->add_option("files", files, "Files to import")->required();
    cmd->add_option(
           "--kind", request.kind,
           "interview, workshop-notes, submission, case-study-notes, survey-response, field-notes or "
           "document")
        ->capture_default_str();
    cmd->add_option("--case", request.caseName, "Link each source to this case (created if missing)");
    cmd->add_option("--lang", request.lang,
                    "Language of every passage (BCP 47, e.g. cy, ar, fa-AF); default: detect");
    cmd->add_option("--encoding", request.encoding,
                    "Text encoding, e.g. windows-1257; default: detect (UTF-8/16, windows-125x, ISO-8859-x)");
    static const std::string layoutHelp = [] {
        std::string help = "Transcript layout: auto (detect), none (prose)";
        for (const auto& layout : import::transcriptLayouts())
            help += ", " + layout;
        return help;
    }();
    cmd->add_option("--layout", request.layout, layoutHelp)->capture_default_str();
    cmd->add_flag("--allow-duplicate", request.allowDuplicate,
                  "Import a file even if the same bytes are already a source");
    cmd->add_flag("--json", json, "Print one JSON object per imported file");
    cmd->callback([] {
        auto project = openProject(path, false);
        int failed = 0;
        nlohmann::json report = nlohmann::json::array();
        for (const auto& file : files) {
            auto one = request;
            one.path = file;
            try {
                const auto result = project->importFile(one);
                if (json) {
                    auto j = sourceJson(result.source);
                    j["file"] = file;
                    j["warnings"] = result.warnings;
                    j["identifiers"] = identifierCounts(result.identifiers);
                    report.push_back(j);
                } else {
                    std::cout << "imported " << file << " as '" << result.source.name << "' ("
                              << result.source.kind << ", " << result.source.passages << " passages, "
                              << result.source.chars << " characters, " << result.source.lang;
                    if (!result.encoding.empty()) std::cout << ", " << result.encoding;
                    if (!result.layout.empty()) std::cout << ", layout " << result.layout;
                    std::cout << ")\n";
                }
                for (const auto& w : result.warnings)
                    std::cerr << "warning: " << file << ": " << w << '\n';
                if (!result.identifiers.empty())
                    std::cerr << "warning: " << file << ": " << describeIdentifiers(result.identifiers)
                              << " (see `cairn privacy " << path << " scan`)\n";
            } catch (const InvalidInput& e) {
                ++failed;
                std::cerr << "cairn: not imported: " << e.what() << '\n';
                if (json) report.push_back({{"file", file}, {"error", e.what()}});
            }
        }
        if (json) printJson(report);
        if (failed > 0) {
            std::cerr << "cairn: " << failed << " of " << files.size()
                      << " files were not imported; the others were\n";
            throw ExitWith{kBadInput};
        }
    });
}

} // namespace cairn::cli
