// The generated project. One transaction writes everything: sources through store::insertSource (so
// passages, speakers and the full-text index are as an import leaves them), cases, attributes and
// links through case_store, codes through code_store, and codings as bare rows (they are the data
// under analysis, not edits under test, and Project::code's checks would only slow the build).

#include "analysis_bench_project.h"

#include "bench_support.h"
#include "common/clock.h"
#include "common/guid.h"
#include "store/case_store.h"
#include "store/code_store.h"
#include "store/coding_store.h"
#include "store/project_file.h"
#include "store/source_store.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace cairn::bench {

namespace fs = std::filesystem;

namespace {

std::int64_t codePoints(const std::string& text) {
    return std::count_if(text.begin(), text.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// A source's text built passage by passage, each passage's code-point span recorded as it goes.
class SourceBuilder {
public:
    void add(const std::string& speaker, const std::string& paragraph) {
        const auto line = speaker.empty() ? paragraph : speaker + ": " + paragraph;
        if (!m_source.text.empty()) {
            m_source.text += "\n\n";
            m_chars += 2;
        }
        store::NewPassage p;
        p.cpStart = m_chars;
        m_chars += codePoints(line);
        p.cpEnd = m_chars;
        p.text = line;
        p.speaker = speaker;
        m_source.text += line;
        m_source.passages.push_back(std::move(p));
    }
    store::NewSource take(const std::string& name, const std::string& kind) {
        m_source.name = name;
        m_source.kind = kind;
        m_source.format = "txt";
        m_source.sha256 = newGuid(); // unique; nothing compares it here
        return std::move(m_source);
    }

private:
    store::NewSource m_source;
    std::int64_t m_chars = 0;
};

struct Passage {
    std::int64_t sourceId = 0, start = 0, end = 0;
};

std::string numbered(const char* prefix, std::int64_t n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%05lld", prefix, static_cast<long long>(n));
    return buffer;
}

// Twelve themes (folders) of four topics of five aspects: 12 + 48 + 240 = 300 codes.
std::vector<std::int64_t> addCodes(store::ProjectFile& file, store::Transaction& txn) {
    const char* themes[] = {"Housing", "Language", "Work",   "Education", "Health",      "Safety",
                            "Rights",  "Family",   "Social", "Money",     "Home Office", "Belonging"};
    const char* topics[] = {"Access", "Barriers", "Support", "Experience"};
    const char* aspects[] = {"Delays", "Costs", "Information", "Discrimination", "Positive"};
    std::vector<std::int64_t> codable;
    for (const auto* theme : themes) {
        store::NewCode t;
        t.name = theme;
        t.codable = false;
        const auto themeId = store::insertCode(file, txn, t).id;
        for (const auto* topic : topics) {
            store::NewCode c;
            c.name = topic;
            c.parentId = themeId;
            const auto topicId = store::insertCode(file, txn, c).id;
            codable.push_back(topicId);
            for (const auto* aspect : aspects) {
                store::NewCode a;
                a.name = aspect;
                a.parentId = topicId;
                codable.push_back(store::insertCode(file, txn, a).id);
            }
        }
    }
    return codable;
}

} // namespace

GeneratedProject generateProject(const fs::path& path, const ProjectShape& shape) {
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        fs::remove(path.string() + suffix);
    Stopwatch clock;
    GeneratedProject out;
    out.project = project::Project::create(path.string(), "analysis bench");
    auto& file = out.project->file();
    auto& db = file.db();
    std::mt19937 random(shape.seed);
    TextGenerator gen(shape.seed);
    const auto pick = [&](std::int64_t n) { return static_cast<std::int64_t>(random() % n); };

    store::Transaction txn(db);
    const auto status = store::defineAttribute(file, txn, "status", "text");
    const auto region = store::defineAttribute(file, txn, "region", "text");
    const auto age = store::defineAttribute(file, txn, "age", "integer");
    const auto attribute = [&](std::int64_t id) {
        for (const auto& a : store::listAttributes(db))
            if (a.id == id) return a;
        return store::AttributeRow{};
    };
    const auto statusRow = attribute(status), regionRow = attribute(region), ageRow = attribute(age);
    const char* statuses[] = {"refugee", "asylum seeker", "resettled", "humanitarian protection",
                              "family reunion"};
    const char* regions[] = {"Cardiff", "Swansea", "Newport", "Wrexham", "Glasgow", "Belfast"};

    // A quarter as many participants as sources (each has an interview or survey answers, or both);
    // one in twenty has no status, so crosstabs leave some out. Organisations and sites are fewer.
    const auto participants = std::max<std::int64_t>(1, shape.sources / 4);
    const auto organisations = std::max<std::int64_t>(1, shape.sources / 50);
    const auto sites = std::max<std::int64_t>(1, shape.sources / 100);
    std::vector<std::int64_t> participantIds, organisationIds, siteIds;
    for (std::int64_t i = 0; i < participants; ++i) {
        const auto id = store::ensureCase(file, txn, numbered("P", i), "participant");
        if (i % 20 != 7) store::setCaseValue(file, txn, id, statusRow, std::string(statuses[pick(5)]));
        store::setCaseValue(file, txn, id, regionRow, std::string(regions[pick(6)]));
        store::setCaseValue(file, txn, id, ageRow, std::int64_t{18 + pick(60)});
        participantIds.push_back(id);
    }
    for (std::int64_t i = 0; i < organisations; ++i)
        organisationIds.push_back(store::ensureCase(file, txn, numbered("Org", i), "organisation"));
    for (std::int64_t i = 0; i < sites; ++i)
        siteIds.push_back(store::ensureCase(file, txn, numbered("Site", i), "site"));

    // Of every ten sources: three interviews (one in five a group interview with two participants,
    // linked through their speakers only), two submissions by organisations, four survey answers and
    // one set of field notes at a site.
    std::vector<Passage> passages;
    std::int64_t nextParticipant = 0;
    const auto participant = [&] { return nextParticipant++ % participants; };
    for (std::int64_t i = 0; i < shape.sources; ++i) {
        SourceBuilder builder;
        std::string kind;
        std::vector<std::int64_t> linkedCases;
        std::vector<std::pair<std::string, std::int64_t>> linkedSpeakers;
        switch (i % 10) {
        case 0:
        case 1:
        case 2: {
            kind = "interview";
            const bool group = (i / 10) % 5 == 0;
            const auto first = participant(), second = group ? participant() : first;
            const auto turns = 8 + pick(7);
            for (std::int64_t t = 0; t < turns; ++t) {
                const auto who = t % 2 == 0 ? "Interviewer" : numbered("P", t % 4 == 3 ? second : first);
                builder.add(who, gen.paragraph());
            }
            linkedSpeakers.emplace_back(numbered("P", first), participantIds[first]);
            if (group)
                linkedSpeakers.emplace_back(numbered("P", second), participantIds[second]);
            else
                linkedCases.push_back(participantIds[first]);
            break;
        }
        case 3:
        case 4:
            kind = "submission";
            for (std::int64_t p = 3 + pick(4); p > 0; --p)
                builder.add("", gen.paragraph());
            linkedCases.push_back(organisationIds[pick(organisations)]);
            break;
        case 9:
            kind = "field-notes";
            for (std::int64_t p = 2 + pick(3); p > 0; --p)
                builder.add("", gen.paragraph());
            linkedCases.push_back(siteIds[pick(sites)]);
            break;
        default:
            kind = "survey-response";
            builder.add("", gen.sentence());
            linkedCases.push_back(participantIds[participant()]);
        }
        const auto row = store::insertSource(file, txn, builder.take(numbered("S", i), kind));
        out.chars += row.chars;
        for (const auto caseId : linkedCases)
            store::linkCaseSource(file, txn, caseId, row.id);
        for (const auto& speaker : store::listSpeakers(db, row.id))
            for (const auto& [name, caseId] : linkedSpeakers)
                if (speaker.name == name) store::linkSpeakerCase(file, txn, speaker.id, caseId);
        for (const auto& p : store::listPassages(db, row.id))
            passages.push_back({row.id, p.cpStart, p.cpEnd});
    }

    const auto codes = addCodes(file, txn);
    std::vector<std::int64_t> coders;
    for (const char* name : {"amira", "dawit", "sian", "ewa"})
        coders.push_back(store::ensureCoder(txn, name));

    // Codings land on a random passage (so longer sources get more), on a code drawn with a skew
    // (a few codes are common, most are rare), mostly inside the passage, one in six running into the
    // next. One in ten is double-coded (a second coder, same span and code) and one in ten has an
    // overlapping coding of another code.
    auto insert = db.prepare("INSERT INTO codings(guid, code_id, source_id, cp_start, cp_end, coder_id, "
                             "selection_guid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const auto skewedCode = [&] {
        const auto u = std::uniform_real_distribution<double>(0, 1)(random);
        return codes[static_cast<std::size_t>(u * u * static_cast<double>(codes.size()))];
    };
    std::int64_t written = 0;
    const auto write = [&](std::int64_t code, const Passage& p, std::int64_t start, std::int64_t end,
                           std::int64_t coder) {
        const auto day = pick(300);
        char created[32];
        std::snprintf(created, sizeof created, "2026-%02lld-%02lldT10:00:00.000Z",
                      static_cast<long long>(1 + day / 28 % 12), static_cast<long long>(1 + day % 28));
        insert.bind(1, newGuid())
            .bind(2, code)
            .bind(3, p.sourceId)
            .bind(4, start)
            .bind(5, end)
            .bind(6, coder)
            .bind(7, newGuid())
            .bind(8, std::string(created))
            .run();
        insert.reset();
        ++written;
    };
    while (written < shape.codings) {
        const auto at = static_cast<std::size_t>(pick(static_cast<std::int64_t>(passages.size())));
        const auto& p = passages[at];
        const auto length = p.end - p.start;
        if (length < 2) continue;
        const auto start = p.start + pick(std::max<std::int64_t>(1, length * 7 / 10));
        auto end = std::min(p.end, start + 20 + pick(280));
        if (pick(6) == 0 && at + 1 < passages.size() && passages[at + 1].sourceId == p.sourceId)
            end = passages[at + 1].start + pick(passages[at + 1].end - passages[at + 1].start) + 1;
        const auto code = skewedCode();
        const auto coder = static_cast<std::size_t>(pick(4));
        write(code, p, start, end, coders[coder]);
        const auto extra = pick(10);
        if (extra == 0 && written < shape.codings) write(code, p, start, end, coders[(coder + 1) % 4]);
        if (extra == 1 && written < shape.codings)
            write(skewedCode(), p, start + (end - start) / 2, end, coders[coder]);
    }
    txn.commit();

    out.sources = shape.sources;
    out.passages = static_cast<std::int64_t>(passages.size());
    out.cases = participants + organisations + sites;
    out.codes = db.queryInt("SELECT COUNT(*) FROM codes");
    out.codings = db.queryInt("SELECT COUNT(*) FROM codings");
    out.coders = static_cast<std::int64_t>(coders.size());
    out.buildSeconds = clock.seconds();
    return out;
}

} // namespace cairn::bench
