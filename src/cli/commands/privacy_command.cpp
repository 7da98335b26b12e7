// `cairn privacy P pseudonym add|list|rm|suggest|apply|export`, `privacy P log`, `privacy P scan`,
// `privacy P sensitive ATTR [--off]`: the pseudonym registry, the anonymisation log, the identifier
// scan and sensitive attributes. Listings never print a real name beside where it occurs except in
// `pseudonym list` and `pseudonym export`, which are the registry itself.

#include "cli_support.h"
#include "commands/commands.h"

#include <iostream>

namespace cairn::cli {

namespace {

nlohmann::json matchJson(const project::PseudonymMatchView& m) {
    return {{"id", m.match.id},         {"source", m.match.sourceName},
            {"start", m.match.cpStart}, {"end", m.match.cpEnd},
            {"text", m.text},           {"replacement", m.match.replacement},
            {"status", m.match.status}};
}

void printMatches(const std::vector<project::PseudonymMatchView>& matches, bool json) {
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& m : matches)
            out.push_back(matchJson(m));
        printJson(out);
        return;
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& m : matches)
        rows.push_back({std::to_string(m.match.id), m.match.sourceName, std::to_string(m.match.cpStart),
                        std::to_string(m.match.cpEnd), m.text, privacy::bracketed(m.match.replacement),
                        m.match.status});
    printTable({"id", "source", "start", "end", "text", "replacement", "status"}, rows);
}

void addPseudonymActions(CLI::App& parent) {
    auto* cmd =
        parent.add_subcommand("pseudonym", "The pseudonym registry: real names and their replacements");
    cmd->require_subcommand(1);
    static std::string path, real, replacement, kind = "term", key, file, status;
    static std::vector<std::int64_t> ids;
    static bool json = false;

    auto* add = cmd->add_subcommand("add", "Register a real name or identifying term and its replacement");
    addProjectArgument(*add, path);
    add->add_option("real", real, "The text that must not be published, e.g. Amira or Caerdydd")->required();
    add->add_option("replacement", replacement, "Shown instead, in brackets, e.g. \"Participant 7\"")
        ->required();
    add->add_option("--kind", kind,
                    "case (a case's name), speaker (a speaker's name) or term (anything else)")
        ->check(CLI::IsMember({"case", "speaker", "term"}))
        ->capture_default_str();
    add->callback([] {
        const auto row = openProject(path, false)->addPseudonym(real, replacement, kind);
        std::cout << "pseudonym " << row.guid << ": " << row.kind << " → "
                  << privacy::bracketed(row.replacement)
                  << " (`cairn privacy P pseudonym suggest` finds where it occurs)\n";
    });

    auto* list = cmd->add_subcommand("list", "List the registry (real names: keep this output private)");
    addProjectArgument(*list, path);
    list->add_flag("--json", json, "JSON array of {guid, kind, real, replacement, applied, suggested}");
    list->callback([] {
        const auto rows = openProject(path, true)->pseudonyms();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& p : rows)
                out.push_back({{"guid", p.guid},
                               {"kind", p.kind},
                               {"real", p.realText},
                               {"replacement", p.replacement},
                               {"applied", p.applied},
                               {"suggested", p.suggested}});
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& p : rows)
            table.push_back({p.kind, p.realText, privacy::bracketed(p.replacement), std::to_string(p.applied),
                             std::to_string(p.suggested)});
        printTable({"kind", "real", "replacement", "applied", "suggested"}, table);
    });

    auto* rm = cmd->add_subcommand("rm", "Remove a registry entry and its matches");
    addProjectArgument(*rm, path);
    rm->add_option("entry", key, "Its GUID, real text or replacement")->required();
    rm->callback([] {
        openProject(path, false)->removePseudonym(key);
        std::cout << "pseudonym removed (`cairn undo` brings it back)\n";
    });

    auto* suggest = cmd->add_subcommand(
        "suggest", "Find every registered name in the sources (folded, mutated and inflected forms too)");
    addProjectArgument(*suggest, path);
    suggest->add_flag("--json", json, "JSON array of {id, source, start, end, text, replacement, status}");
    suggest->callback([] { printMatches(openProject(path, false)->suggestPseudonyms(), json); });

    auto* apply = cmd->add_subcommand("apply", "Accept suggested matches: exports replace them");
    addProjectArgument(*apply, path);
    apply->add_option("ids", ids, "Match ids from `suggest` (default: every suggestion)");
    apply->callback([] {
        const auto count = openProject(path, false)->applyPseudonyms(ids);
        std::cout << count << " matches applied: exports show their replacements\n";
    });

    auto* matches = cmd->add_subcommand("matches", "List matches, suggested and applied");
    addProjectArgument(*matches, path);
    matches->add_option("--status", status, "suggested or applied")
        ->check(CLI::IsMember({"suggested", "applied"}));
    matches->add_flag("--json", json, "JSON array of {id, source, start, end, text, replacement, status}");
    matches->callback([] { printMatches(openProject(path, true)->pseudonymMatches(status), json); });

    auto* exp = cmd->add_subcommand("export", "Write the registry as CSV, on its own (it is the key)");
    addProjectArgument(*exp, path);
    exp->add_option("file", file, "The CSV file to write")->required();
    exp->callback([] {
        openProject(path, true)->exportPseudonyms(file);
        std::cout << "wrote the pseudonym registry to " << file << ": it holds the real names, keep it apart "
                  << "from anonymised exports\n";
    });
}

} // namespace

void addPrivacyCommand(CLI::App& app) {
    auto* cmd = app.add_subcommand("privacy", "Pseudonyms, the anonymisation log, identifier scan, sensitive "
                                              "attributes");
    cmd->require_subcommand(1);
    static std::string path, attribute;
    static bool json = false, off = false;
    addPseudonymActions(*cmd);

    auto* log = cmd->add_subcommand("log", "The anonymisation log: replacements, redactions, withholdings");
    addProjectArgument(*log, path);
    log->add_flag("--json", json, "JSON array of {id, at, coder, action, target, detail}");
    log->callback([] {
        const auto rows = openProject(path, true)->privacyLog();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& r : rows)
                out.push_back({{"id", r.id},
                               {"at", r.at},
                               {"coder", r.coder},
                               {"action", r.action},
                               {"target", r.target},
                               {"detail", r.detail}});
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& r : rows)
            table.push_back({r.at, r.coder, r.action, r.target, r.detail});
        printTable({"at", "coder", "action", "target", "detail"}, table);
    });

    auto* scan = cmd->add_subcommand("scan", "Find what looks like NHS, NI or Home Office numbers, phones, "
                                             "emails and postcodes in sources and attribute values");
    addProjectArgument(*scan, path);
    scan->add_flag("--json", json, "JSON array of {kind, source, start, end, case, attribute, masked}");
    scan->callback([] {
        const auto found = openProject(path, true)->scanIdentifiers();
        if (json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& f : found)
                out.push_back({{"kind", privacy::identifierKindName(f.kind)},
                               {"source", f.source},
                               {"start", f.start},
                               {"end", f.end},
                               {"case", f.caseName},
                               {"attribute", f.attribute},
                               {"masked", f.masked}});
            printJson(out);
            return;
        }
        std::vector<std::vector<std::string>> table;
        for (const auto& f : found)
            table.push_back({std::string(privacy::identifierKindName(f.kind)),
                             f.source.empty() ? "case " + f.caseName + ", " + f.attribute : f.source,
                             std::to_string(f.start), std::to_string(f.end), f.masked});
        printTable({"kind", "where", "start", "end", "masked"}, table);
        std::cout << found.size() << " possible identifiers\n";
    });

    auto* sensitive = cmd->add_subcommand("sensitive", "Mark a case attribute sensitive: never exported");
    addProjectArgument(*sensitive, path);
    sensitive->add_option("attribute", attribute, "The attribute")->required();
    sensitive->add_flag("--off", off, "Unmark it");
    sensitive->callback([] {
        openProject(path, false)->setAttributeSensitive(attribute, !off);
        std::cout << attribute << (off ? ": no longer sensitive\n" : ": sensitive, never exported\n");
    });
}

} // namespace cairn::cli
