// Analyses at scale, through Project (project/project.h), next to plain SQL computing the same counts
// on the same project file, the same connection and the same data in the same run:
//   frequencies (rolled up: codings, sources, passages, cases, coders per code), a crosstab of cases by
//   status, co-occurrence by passages and by overlapping spans, and the framework matrix as counts and
//   as coded text. Each baseline is one or a few GROUP BY queries (recursive CTEs for the code tree,
//   the case rule of store::codingCaseLinks written out in SQL) reading ids and counts only: the floor
//   under each analysis, which also builds a table of paths and names.
// Every Cairn count the baseline also computes is compared with it, and each table's CSV is hashed so
// a change to an analysis can be checked to leave its results as they were.
// Projects: 1,000 / 5,000 / 10,000 sources with 20,000 / 100,000 / 200,000 codings of 300 codes.
// Usage: bench_analysis [WORKDIR] [--quick] [--keep]
//   --quick: the two smaller sizes, fewer runs; --keep: leave the projects in WORKDIR (for profiling
//   `cairn analyse` on them).

#include "analysis/table_writers.h"
#include "analysis_bench_project.h"
#include "bench_support.h"
#include "coding/code_tree.h"
#include "store/case_store.h"
#include "store/sqlite.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace cairn;
namespace fs = std::filesystem;

namespace {

// Codes with every code above them (rolled-up counts), and coding → case by the rule of
// store::codingCaseLinks: the linked speakers whose turns a coding overlaps, else its source's cases.
constexpr const char* kWith =
    "WITH RECURSIVE up(code, anc) AS (SELECT id, id FROM codes UNION ALL SELECT up.code, c.parent_id "
    "FROM up JOIN codes c ON c.id = up.anc WHERE c.parent_id IS NOT NULL), "
    "links(coding, case_id) AS (SELECT g.id, sp.case_id FROM codings g JOIN passages p ON p.source_id = "
    "g.source_id AND p.cp_start < g.cp_end AND p.cp_end > g.cp_start JOIN speakers sp ON sp.id = "
    "p.speaker_id WHERE sp.case_id IS NOT NULL UNION SELECT g.id, cs.case_id FROM codings g JOIN "
    "case_sources cs ON cs.source_id = g.source_id WHERE NOT EXISTS (SELECT 1 FROM passages p JOIN "
    "speakers sp ON sp.id = p.speaker_id WHERE p.source_id = g.source_id AND p.cp_start < g.cp_end AND "
    "p.cp_end > g.cp_start AND sp.case_id IS NOT NULL)), "
    "coded(code, passage) AS (SELECT DISTINCT g.code_id, p.id FROM codings g JOIN passages p ON "
    "p.source_id = g.source_id AND p.cp_start < g.cp_end AND p.cp_end > g.cp_start AND p.cp_end > "
    "p.cp_start) ";

// What a baseline computed: (row id, column) → count; the row is a code or case id, the column a
// name (frequencies, crosstab) or an id written out (co-occurrence, matrix).
using Counts = std::map<std::pair<std::int64_t, std::string>, std::int64_t>;

void collect(store::Database& db, const std::string& sql, Counts& out, const std::string& column = {}) {
    auto stmt = db.prepare(std::string(kWith) + sql);
    while (stmt.step())
        out[{stmt.getInt(0), column.empty() ? stmt.getText(1) : column}] =
            stmt.getInt(column.empty() ? 2 : 1);
}

Counts baseFrequencies(store::Database& db) {
    Counts out;
    auto stmt = db.prepare(std::string(kWith) +
                           "SELECT up.anc, COUNT(*), COUNT(DISTINCT g.source_id), COUNT(DISTINCT "
                           "g.coder_id) FROM codings g JOIN up ON up.code = g.code_id GROUP BY up.anc");
    while (stmt.step()) {
        out[{stmt.getInt(0), "codings"}] = stmt.getInt(1);
        out[{stmt.getInt(0), "sources"}] = stmt.getInt(2);
        out[{stmt.getInt(0), "coders"}] = stmt.getInt(3);
    }
    collect(db,
            "SELECT up.anc, COUNT(DISTINCT passage) FROM coded JOIN up ON up.code = coded.code GROUP BY 1",
            out, "passages");
    collect(db,
            "SELECT up.anc, COUNT(DISTINCT l.case_id) FROM links l JOIN codings g ON g.id = l.coding JOIN up "
            "ON up.code = g.code_id GROUP BY 1",
            out, "cases");
    return out;
}

Counts baseCrosstab(store::Database& db) {
    Counts out;
    collect(db,
            "SELECT up.anc, v.value, COUNT(DISTINCT l.case_id) FROM links l JOIN codings g ON g.id = "
            "l.coding JOIN up ON up.code = g.code_id JOIN case_values v ON v.case_id = l.case_id AND "
            "v.attribute_id = (SELECT id FROM attributes WHERE name = 'status') GROUP BY 1, 2",
            out);
    return out;
}

Counts baseCooccurrencePassages(store::Database& db) {
    Counts out;
    collect(db,
            "SELECT a.code, CAST(b.code AS TEXT), COUNT(*) FROM coded a JOIN coded b ON b.passage = "
            "a.passage GROUP BY a.code, b.code",
            out);
    return out;
}

Counts baseCooccurrenceSpans(store::Database& db) {
    Counts out;
    collect(
        db,
        "SELECT a.code_id, CAST(b.code_id AS TEXT), COUNT(*) FROM codings a JOIN codings b ON b.source_id = "
        "a.source_id AND b.cp_start < a.cp_end AND b.cp_end > a.cp_start AND b.id <> a.id AND b.code_id "
        "<> a.code_id GROUP BY 1, 2 UNION ALL SELECT code_id, CAST(code_id AS TEXT), COUNT(*) FROM "
        "codings GROUP BY code_id",
        out);
    return out;
}

Counts baseMatrix(store::Database& db) {
    Counts out;
    collect(db,
            "SELECT l.case_id, CAST(g.code_id AS TEXT), COUNT(*) FROM links l JOIN codings g ON g.id = "
            "l.coding GROUP BY 1, 2",
            out);
    return out;
}

// The coded text per (case, code), joined in source and text order as the matrix does; SQLite's
// substr() is cheap here because the generated sources are short.
Counts baseMatrixText(store::Database& db) {
    Counts out;
    collect(
        db,
        "SELECT case_id, CAST(code_id AS TEXT), length(group_concat('[' || name || '] ' || piece, ' | ')) "
        "FROM (SELECT l.case_id, g.code_id, s.name, substr(t.text, g.cp_start + 1, g.cp_end - "
        "g.cp_start) AS piece FROM links l JOIN codings g ON g.id = l.coding JOIN sources s ON s.id = "
        "g.source_id JOIN source_text t ON t.source_id = g.source_id ORDER BY s.name, s.id, g.cp_start, "
        "g.cp_end, g.id) GROUP BY 1, 2",
        out);
    return out;
}

// Labels for the ids a baseline returns: code paths, case names.
struct Labels {
    std::map<std::int64_t, std::string> codes, cases;
    explicit Labels(store::Database& db) {
        const auto tree = coding::CodeTree::load(db);
        for (const auto& c : tree.codes())
            codes[c.id] = tree.path(c.id);
        for (const auto& c : store::listCases(db))
            cases[c.id] = c.name;
    }
};

// Compares every integer cell of `table` in the checked columns with the baseline (missing there
// means 0), rows named by code path (or case name); crosstab's "(all)" row of denominators is not.
struct Check {
    std::int64_t compared = 0, differ = 0;
};

Check differences(const analysis::Table& table, const Counts& expected, const Labels& labels,
                  bool rowsAreCases, const std::function<bool(const std::string&)>& checked,
                  bool columnsAreCodes) {
    std::map<std::pair<std::string, std::string>, std::int64_t> want;
    for (const auto& [key, n] : expected) {
        const auto& row = (rowsAreCases ? labels.cases : labels.codes).at(key.first);
        const auto column = columnsAreCodes ? labels.codes.at(std::stoll(key.second)) : key.second;
        want[{row, column}] = n;
    }
    Check check;
    for (const auto& row : table.rows) {
        const auto& label = std::get<std::string>(row[0]);
        if (label == "(all)") continue;
        for (std::size_t c = 1; c < table.columns.size(); ++c) {
            if (!checked(table.columns[c].name) || !std::holds_alternative<std::int64_t>(row[c])) continue;
            const auto found = want.find({label, table.columns[c].name});
            ++check.compared;
            if (std::get<std::int64_t>(row[c]) != (found == want.end() ? 0 : found->second)) ++check.differ;
        }
    }
    return check;
}

std::string thousands(std::int64_t n) {
    const auto digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string verdict(const Check& check) {
    if (check.compared == 0) return "not compared";
    if (check.differ == 0) return thousands(check.compared) + " cells = SQL";
    return thousands(check.differ) + " of " + thousands(check.compared) + " cells differ from SQL";
}

std::uint64_t digest(const analysis::Table& table) { // FNV-1a of the CSV
    std::uint64_t h = 1469598103934665603ULL;
    for (const char c : analysis::toCsv(table))
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return h;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Analysis {
    std::string name;
    std::function<analysis::Table(project::Project&)> run;
    std::function<Counts(store::Database&)> baseline;
    bool rowsAreCases = false, columnsAreCodes = false;
    std::function<bool(const std::string&)> checked;
};

std::vector<Analysis> analyses() {
    const auto all = [](const std::string&) { return true; };
    const std::set<std::string> spread{"codings", "sources", "passages", "cases", "coders"};
    return {
        {"frequencies", [](auto& p) { return p.frequencies({}); }, baseFrequencies, false, false,
         [spread](const std::string& c) { return spread.count(c) > 0; }},
        {"crosstab status (cases)",
         [](auto& p) {
             return p.crosstab({"status", false, {}});
         },
         baseCrosstab, false, false, [](const std::string& c) { return c.find('%') == std::string::npos; }},
        {"co-occurrence (passages)",
         [](auto& p) {
             return p.cooccurrence({false, false, {}});
         },
         baseCooccurrencePassages, false, true, all},
        {"co-occurrence (spans)",
         [](auto& p) {
             return p.cooccurrence({true, false, {}});
         },
         baseCooccurrenceSpans, false, true, all},
        {"framework matrix (counts)",
         [](auto& p) {
             return p.frameworkMatrix({false, 200, {}});
         },
         baseMatrix, true, true, all},
        {"framework matrix (text)",
         [](auto& p) {
             return p.frameworkMatrix({true, 200, {}});
         },
         baseMatrixText, true, true, [](const std::string&) { return false; }},
    };
}

struct Figure {
    double cairn = 0, baseline = 0;       // wall time
    double cairnCpu = 0, baselineCpu = 0; // this thread's CPU time: what other work on the cores leaves out
};

double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

std::vector<Figure> measure(const fs::path& work, const bench::ProjectShape& shape, int runs) {
    auto generated =
        bench::generateProject(work / ("analysis-" + std::to_string(shape.sources) + ".cairn"), shape);
    auto& project = *generated.project;
    auto& db = project.file().db();
    std::printf("%s sources (%s passages, %s characters), %s cases, %lld codes, %s codings by %lld coders; "
                "built in %.1f s\n",
                thousands(generated.sources).c_str(), thousands(generated.passages).c_str(),
                thousands(generated.chars).c_str(), thousands(generated.cases).c_str(),
                static_cast<long long>(generated.codes), thousands(generated.codings).c_str(),
                static_cast<long long>(generated.coders), generated.buildSeconds);
    const Labels labels(db);
    std::vector<Figure> figures;
    for (const auto& a : analyses()) {
        const auto table = a.run(project); // warm-up, and the results checked
        const auto check =
            differences(table, a.baseline(db), labels, a.rowsAreCases, a.checked, a.columnsAreCodes);
        std::vector<double> cairn, base, cairnCpu, baseCpu;
        for (int i = 0; i < runs; ++i) { // alternating which side goes first
            const auto cairnSide = [&] {
                const auto cpu = cpuMs();
                bench::Stopwatch clock;
                const auto t = a.run(project);
                cairn.push_back(clock.ms());
                cairnCpu.push_back(cpuMs() - cpu);
            };
            const auto baseSide = [&] {
                const auto cpu = cpuMs();
                bench::Stopwatch clock;
                const auto counts = a.baseline(db);
                base.push_back(clock.ms());
                baseCpu.push_back(cpuMs() - cpu);
            };
            if (i % 2) {
                baseSide();
                cairnSide();
            } else {
                cairnSide();
                baseSide();
            }
        }
        const Figure f{median(cairn), median(base), median(cairnCpu), median(baseCpu)};
        figures.push_back(f);
        std::printf("  %-27s %8.1f %8.1f %10.1f %8.1f   x%5.2f x%5.2f   %zux%zu  %s  csv %016llx\n",
                    a.name.c_str(), f.cairn, f.cairnCpu, f.baseline, f.baselineCpu, f.cairn / f.baseline,
                    f.cairnCpu / f.baselineCpu, table.rows.size(), table.columns.size(),
                    verdict(check).c_str(), static_cast<unsigned long long>(digest(table)));
        std::fflush(stdout);
    }
    // The floor under any of them: one pass over the codings, counted per code.
    std::vector<double> scan;
    for (int i = 0; i < runs; ++i) {
        bench::Stopwatch clock;
        auto stmt = db.prepare("SELECT code_id, COUNT(*) FROM codings GROUP BY code_id");
        std::int64_t total = 0;
        while (stmt.step())
            total += stmt.getInt(1);
        scan.push_back(clock.ms());
        if (total != generated.codings) throw std::runtime_error("the codings do not add up");
    }
    std::printf("  %-27s %8s %8s %10.1f\n", "(SELECT code_id, COUNT(*))", "", "", median(scan));
    return figures;
}

} // namespace

int main(int argc, char** argv) {
    fs::path work = fs::temp_directory_path() / "cairn-bench-analysis";
    bool quick = false, keep = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--keep") == 0)
            keep = true;
        else
            work = argv[i];
    }
    fs::create_directories(work);
    std::printf("analysis benchmark: Cairn through Project, plain SQL on the same connection and data\n%s\n"
                "median ms of the runs, wall and CPU time; baseline = GROUP BY queries computing the same "
                "counts\n\n",
                bench::machineLine().c_str());
    std::vector<bench::ProjectShape> shapes{{1'000, 20'000, 1}, {5'000, 100'000, 1}};
    if (!quick) shapes.push_back({10'000, 200'000, 1});
    std::vector<std::vector<Figure>> bySize;
    for (const auto& shape : shapes) {
        std::printf("%-29s %8s %8s %10s %8s   %6s %6s\n", "", "Cairn", "CPU", "baseline", "CPU", "ratio",
                    "CPU");
        bySize.push_back(measure(work, shape, quick ? 3 : shape.sources >= 10'000 ? 5 : 7));
        std::printf("\n");
    }
    std::printf("growth (median over the median at the size before):\n");
    const auto names = analyses();
    for (std::size_t a = 0; a < names.size(); ++a) {
        std::printf("  %-27s Cairn", names[a].name.c_str());
        for (std::size_t s = 1; s < bySize.size(); ++s)
            std::printf("  x%5.2f", bySize[s][a].cairn / bySize[s - 1][a].cairn);
        std::printf("   CPU");
        for (std::size_t s = 1; s < bySize.size(); ++s)
            std::printf("  x%5.2f", bySize[s][a].cairnCpu / bySize[s - 1][a].cairnCpu);
        std::printf("   baseline");
        for (std::size_t s = 1; s < bySize.size(); ++s)
            std::printf("  x%5.2f", bySize[s][a].baseline / bySize[s - 1][a].baseline);
        std::printf("\n");
    }
    if (!keep) fs::remove_all(work);
    return 0;
}
