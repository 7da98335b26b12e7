#include "cli_support.h"

#include <algorithm>
#include <iostream>

namespace cairn::cli {

std::unique_ptr<project::Project> openProject(const std::string& path, bool readOnly) {
    project::OpenOptions options;
    options.readOnly = readOnly;
    if (const char* coder = std::getenv("CAIRN_CODER")) options.coder = coder;
    auto project = project::Project::open(path, options);
    if (const auto& stale = project->file().staleLockHolder())
        std::cerr << "note: took over the lock of " << stale->user << "@" << stale->host << " (process "
                  << stale->pid << "), which had stopped without closing the project\n";
    return project;
}

void printJson(const nlohmann::json& value) {
    std::cout << value.dump(2) << '\n';
}

void printTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
    // Widths in code points, so Welsh and Arabic names line up as well as a terminal allows.
    auto width = [](const std::string& s) {
        return static_cast<std::size_t>(std::count_if(
            s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    };
    std::vector<std::size_t> widths(header.size());
    for (std::size_t i = 0; i < header.size(); ++i)
        widths[i] = width(header[i]);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], width(row[i]));
    auto printRow = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - width(row[i]) + 2, ' ');
        }
        std::cout << line << '\n';
    };
    printRow(header);
    for (const auto& row : rows)
        printRow(row);
}

nlohmann::json sourceJson(const store::SourceRow& s) {
    return {{"guid", s.guid},     {"name", s.name},           {"kind", s.kind},
            {"lang", s.lang},     {"chars", s.chars},         {"passages", s.passages},
            {"format", s.format}, {"layout", s.layout},       {"encoding", s.encoding},
            {"sha256", s.sha256}, {"created_at", s.createdAt}};
}

nlohmann::json passageJson(const store::PassageRow& p) {
    nlohmann::json j = {{"guid", p.guid},
                        {"index", p.index},
                        {"start", p.cpStart},
                        {"end", p.cpEnd},
                        {"speaker", p.speaker.empty() ? nlohmann::json() : nlohmann::json(p.speaker)},
                        {"lang", p.lang},
                        {"text", p.text}};
    if (p.timeStartMs) j["time_start_ms"] = *p.timeStartMs;
    if (p.timeEndMs) j["time_end_ms"] = *p.timeEndMs;
    return j;
}

nlohmann::json caseJson(const store::CaseRow& c, const std::vector<store::AttributeRow>& attributes) {
    nlohmann::json attrs = nlohmann::json::object();
    for (const auto& a : attributes) {
        const auto it = c.attributes.find(a.name);
        if (it == c.attributes.end()) continue;
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::monostate>)
                    attrs[a.name] = nullptr;
                else if constexpr (std::is_same_v<T, std::int64_t>)
                    attrs[a.name] = a.type == "boolean" ? nlohmann::json(v != 0) : nlohmann::json(v);
                else
                    attrs[a.name] = v;
            },
            it->second);
    }
    return {{"guid", c.guid},
            {"name", c.name},
            {"kind", c.kind},
            {"consent", c.consent},
            {"consent_date", c.consentDate.empty() ? nlohmann::json() : nlohmann::json(c.consentDate)},
            {"consent_note", c.consentNote},
            {"sources", c.sources},
            {"attributes", attrs}};
}

CLI::Option* addProjectArgument(CLI::App& command, std::string& path) {
    return command.add_option("project", path, "The project file (NAME.cairn)")->required();
}

std::vector<char*> projectFirstToActionFirst(const CLI::App& app, std::vector<char*> args) {
    if (args.size() < 4) return args;
    const CLI::App* verb = nullptr;
    try {
        verb = app.get_subcommand(args[1]);
    } catch (const CLI::OptionNotFound&) {
        return args;
    }
    const auto actionOf = [](const CLI::App* parent, const char* word) -> const CLI::App* {
        try {
            return parent->get_subcommand(word);
        } catch (const CLI::OptionNotFound&) {
            return nullptr;
        }
    };
    if (verb->get_subcommands({}).empty() || actionOf(verb, args[2]) || !actionOf(verb, args[3]) ||
        args[2][0] == '-')
        return args;
    // Actions may nest (`privacy P pseudonym add`): the project moves after the whole chain of them.
    std::size_t last = 3;
    for (const CLI::App* action = actionOf(verb, args[3]); last + 1 < args.size();) {
        action = actionOf(action, args[last + 1]);
        if (!action) break;
        ++last;
    }
    std::rotate(args.begin() + 2, args.begin() + 3, args.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    return args;
}

nlohmann::json identifierCounts(const std::vector<privacy::IdentifierFinding>& findings) {
    nlohmann::json counts = nlohmann::json::object();
    for (const auto& f : findings) {
        const std::string kind(privacy::identifierKindName(f.kind));
        counts[kind] = counts.value(kind, 0) + 1;
    }
    return counts;
}

std::string describeIdentifiers(const std::vector<privacy::IdentifierFinding>& findings) {
    std::string out;
    const auto counts = identifierCounts(findings);
    for (const auto& [kind, count] : counts.items())
        out += (out.empty() ? "" : ", ") + std::to_string(count.get<int>()) + " " + kind;
    return "looks like it holds identifiers: " + out;
}

nlohmann::json codingJson(const project::CodingView& v) {
    const auto& c = v.coding;
    return {{"guid", c.guid},
            {"code", v.codePath},
            {"source", c.sourceName},
            {"start", c.start},
            {"end", c.end},
            {"coder", c.coder},
            {"text", v.text},
            {"memo", c.memo},
            {"code_guid", c.codeGuid},
            {"source_guid", c.sourceGuid},
            {"source_kind", c.sourceKind},
            {"weight", c.weight ? nlohmann::json(*c.weight) : nlohmann::json()},
            {"selection", c.selectionGuid},
            {"created_at", c.createdAt},
            {"before", v.before},
            {"after", v.after}};
}

} // namespace cairn::cli
