#include "project/demo.h"

#include "common/error.h"
#include "project/project.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace cairn::project {

namespace fs = std::filesystem;

namespace {

// Which kind of source each demo folder holds; workshop notes share the interviews folder and are
// named ws*.
std::string kindFor(const fs::path& file) {
    const auto folder = file.parent_path().filename().string();
    const auto name = file.filename().string();
    if (folder == "submissions") return "submission";
    if (folder == "fieldnotes") return "field-notes";
    if (name.rfind("ws", 0) == 0) return "workshop-notes";
    return "interview";
}

// The demo's files are named after their participants (int01-cardiff-amira.txt): a speaker is a
// participant when the first word of their name is in the file name. Interviewers, interpreters and
// facilitators are not cases.
bool isNamedParticipant(const std::string& speaker, const std::string& fileStem) {
    std::string first = speaker.substr(0, speaker.find(' '));
    std::transform(first.begin(), first.end(), first.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return first.size() > 1 && fileStem.find(first) != std::string::npos;
}

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) return files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

fs::path findDemoCorpus(const fs::path& executable, const std::string& builtFromSourceDir) {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("CAIRN_CORPUS_DIR")) candidates.emplace_back(env);
    std::error_code ec;
    const auto exe = fs::weakly_canonical(executable, ec);
    if (!ec) candidates.push_back(exe.parent_path().parent_path().parent_path() / "corpora" / "demo");
    candidates.push_back(fs::path(builtFromSourceDir) / "corpora" / "demo");
    for (const auto& c : candidates)
        if (fs::is_directory(c / "interviews")) return c;
    throw NotFound("cannot find the demo corpus (corpora/demo); set CAIRN_CORPUS_DIR to its folder");
}

namespace {

// A review under way: a quote from an interview for each of a few codes, two reviewers, and their
// decisions so far (approved, a change asked for, one rejected, some waiting). A quote consent
// withholds is rejected rather than approved, as the core requires.
void proposeDemoQuotes(Project& project, DemoReport& report) {
    project.addReviewer("Rhian Evans", "researcher");
    project.addReviewer("Community panel", "community researcher");
    struct Decision {
        const char* code;
        const char* action; // empty: still waiting for review
        const char* reviewer;
        const char* comment;
    };
    const Decision decisions[] = {
        {"Barriers/Language/ESOL waiting list", "approve", "Rhian Evans", ""},
        {"Enablers/Volunteering", "approve", "Community panel", "Reads well; the pseudonyms hold"},
        {"Barriers/Housing", "request-change", "Community panel",
         "Stop before the son's school: with the area it could identify them"},
        {"Barriers/Recognition of qualifications", "reject", "Rhian Evans",
         "Town and profession together could identify the speaker"},
        {"Barriers/Isolation", "approve", "Rhian Evans", "Short and anonymous; fine as it stands"},
        {"Enablers/Faith groups", "", "", ""},
    };
    std::int64_t proposed = 0;
    std::set<std::int64_t> withheldSources; // one withheld quote shows the rule; more would crowd the rest
    for (const auto& decision : decisions) {
        CodingQuery query;
        query.code = decision.code;
        query.kind = "interview";
        query.limit = 12;
        const auto codings = project.codings(query);
        // The n-th usable coding of the n-th code, so the quotes come from more than one interview.
        std::vector<std::string> usable;
        for (const auto& c : codings)
            if (!withheldSources.contains(c.coding.sourceId)) usable.push_back(c.coding.guid);
        if (usable.empty()) continue;
        const auto quote =
            project.proposeQuote(usable[std::min(usable.size() - 1, static_cast<std::size_t>(proposed))]);
        ++proposed;
        const bool withheld = quote.disclosure == privacy::Disclosure::Withheld;
        if (withheld) withheldSources.insert(quote.quote.sourceId);
        if (*decision.action == '\0') continue;
        const std::string action =
            withheld && std::string(decision.action) == "approve" ? "reject" : decision.action;
        project.reviewQuote(quote.quote.guid, action, decision.reviewer,
                            withheld ? "Consent does not allow quoting" : decision.comment);
    }
    report.lines.push_back("proposed " + std::to_string(proposed) + " quotes for review by 2 reviewers");
}

} // namespace

DemoReport buildDemoProject(const fs::path& corpusDir, const fs::path& projectPath,
                            const ProgressFn& progress) {
    DemoReport report;
    report.projectPath = projectPath;
    for (const auto* suffix : {"", "-wal", "-shm", ".lock"})
        fs::remove(projectPath.string() + suffix);
    // A named researcher rather than whoever runs the demo, so its history reads like a real project's.
    OpenOptions options;
    options.coder = "Demo researcher";
    auto project = Project::create(projectPath.string(),
                                   "Cairn demo: integration in Wales, the Midlands and Scotland", options);

    std::vector<fs::path> files;
    for (const auto* folder : {"interviews", "submissions", "fieldnotes"})
        for (auto& f : filesIn(corpusDir / folder))
            files.push_back(f);
    std::int64_t done = 0;
    for (const auto& file : files) {
        ImportRequest request;
        request.path = file.string();
        request.kind = kindFor(file);
        try {
            const auto result = project->importFile(request);
            ++report.sources;
            report.passages += result.source.passages;
            report.lines.push_back("imported " + file.filename().string() + " as " + result.source.kind +
                                   " (" + std::to_string(result.source.passages) + " passages, " +
                                   result.source.lang + (result.layout.empty() ? "" : ", " + result.layout) +
                                   ")");
            if (request.kind == "interview") {
                for (const auto& speaker : store::listSpeakers(project->file().db(), result.source.id)) {
                    if (!isNamedParticipant(speaker.name, file.stem().string())) continue;
                    project->linkSpeaker(result.source.guid, speaker.name, speaker.name);
                }
            }
        } catch (const InvalidInput& e) {
            report.failures.push_back(file.filename().string() + ": " + e.what());
        }
        if (progress) progress(++done, static_cast<std::int64_t>(files.size()), file.filename().string());
    }

    for (const auto& csv : filesIn(corpusDir / "survey")) {
        if (csv.extension() != ".csv") continue;
        SurveyRequest request;
        request.path = csv.string();
        request.idColumn = "respondent_id";
        request.textColumns = {"what_helped", "what_was_hard"};
        const auto result = project->importSurvey(request);
        report.surveyRespondents += result.cases;
        report.sources += result.sources;
        report.lines.push_back("imported survey " + csv.filename().string() + ": " +
                               std::to_string(result.cases) + " respondents, " +
                               std::to_string(result.values) + " values, " + std::to_string(result.sources) +
                               " open answers");
    }

    // Consent as a real project would hold it: most participants agreed to be quoted anonymously,
    // some by name, some not at all.
    const char* consents[] = {"anonymous", "quote", "anonymous", "none"};
    std::size_t i = 0;
    for (const auto& c : project->cases()) {
        if (c.consent != "unknown") continue;
        project->setConsent(c.name, consents[i++ % 4], "2026-03-01",
                            "recorded on the consent form at interview");
    }
    report.cases = static_cast<std::int64_t>(project->cases().size());
    report.lines.push_back("recorded consent for " + std::to_string(report.cases) + " cases");

    // A first pass of coding, as a researcher would start one: two shipped codebooks, then searches
    // auto-coded by sentence with the codes they evidence, by a coder named for what did it.
    for (const char* codebook : {"home-office-2019", "barriers-enablers"}) {
        const auto loaded = project->loadCodebook(codebook);
        report.lines.push_back("loaded the " + std::string(codebook) +
                               " codebook: " + std::to_string(loaded.added) + " codes");
    }
    const std::pair<const char*, const char*> rules[] = {
        {"ESOL OR \"English classes\" OR \"waiting list\"", "Barriers/Language/ESOL waiting list"},
        {"interpreter OR interpreting", "Barriers/Language/Interpreting"},
        {"volunteer*", "Enablers/Volunteering"},
        {"mosque OR church OR faith", "Enablers/Faith groups"},
        {"landlord OR damp OR \"move on\" OR hostel", "Barriers/Housing"},
        {"lonely OR isolated OR isolation", "Barriers/Isolation"},
        {"football OR sport OR swimming OR running", "Enablers/Sport and physical activity"},
        {"qualification* OR degree OR engineer OR nurse", "Barriers/Recognition of qualifications"},
    };
    std::int64_t coded = 0;
    for (const auto& [query, code] : rules) {
        AutocodeRequest request;
        request.search.query = query;
        request.code = code;
        request.unit = AutocodeUnit::Sentence;
        request.coder = "demo auto-coding";
        const auto result = project->autocode(request);
        coded += result.added;
        report.lines.push_back("auto-coded " + std::to_string(result.added) + " sentences in " +
                               std::to_string(result.sources) + " sources with " + code);
    }
    report.codings = coded;
    project->addMemo("First pass", "Auto-coded by keyword; every coding still needs reading in context.",
                     MemoTarget{});

    // The numbers beside the codes: two shipped frameworks (whose default links reach the codebooks
    // loaded above), the survey's own measures, and the survey's scales as values per respondent.
    for (const auto& framework : {std::string("home-office-2019"), std::string("wales-nwi-2021"),
                                  (corpusDir / "indicators" / "demo-survey.csv").string()}) {
        const auto loaded = project->loadFrameworks(framework);
        report.lines.push_back("loaded indicator framework " + loaded.frameworks.front() + ": " +
                               std::to_string(loaded.added) + " indicators, " + std::to_string(loaded.links) +
                               " default links to codes");
    }
    const std::tuple<const char*, const char*, const char*> survey[] = {
        {"friends_at_arrival", "demo-survey:friends", "arrival"},
        {"friends_now", "demo-survey:friends", "now"},
        {"english_confidence", "demo-survey:english_confidence", "2026"},
    };
    for (const auto& [attribute, indicator, period] : survey) {
        const auto values = project->valuesFromAttribute({attribute, indicator, period, {}});
        report.lines.push_back("recorded " + std::to_string(values.values) + " values of " + indicator +
                               " (" + period + ") from " + attribute);
    }
    project->linkIndicator("Barriers/Isolation", "demo-survey:friends",
                           "Isolation is the lack of friendships");
    project->linkIndicator("Enablers/Volunteering", "demo-survey:friends",
                           "Volunteering is a route to friendships");
    project->linkIndicator("Barriers/Language/ESOL waiting list", "demo-survey:english_confidence",
                           "Waiting for classes holds back confidence in English");
    proposeDemoQuotes(*project, report);
    return report;
}

} // namespace cairn::project
