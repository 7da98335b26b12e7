// Import throughput and growth.
//   1. Plain text into a project (decode, NFC, passages, language detection, one transaction per
//      file) next to a bare SQLite bulk insert of the same passages on the same run: the ratio is
//      the figure.
//   2. Growth: 2,000 files imported one by one, time per 100 files, first vs last block.
//   3. One 1,000,000-character transcript.
//   4. 50,000 survey answers in one export: time per 1,000 rows, first vs last block.
// Usage: bench_import [WORKDIR]

#include "bench_support.h"
#include "project/project.h"
#include "store/sqlite.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

using namespace cairn;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

double bareSqliteInsert(const fs::path& dbPath, const std::vector<std::string>& documents) {
    fs::remove(dbPath);
    store::Database db(dbPath.string(), store::Database::Mode::ReadWriteCreate);
    db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t(id INTEGER PRIMARY KEY, "
            "text TEXT)");
    bench::Stopwatch clock;
    for (const auto& doc : documents) {
        store::Transaction txn(db);
        auto insert = db.prepare("INSERT INTO t(text) VALUES (?)");
        std::size_t start = 0;
        for (std::size_t end; start < doc.size(); start = end + 2) {
            end = doc.find("\n\n", start);
            if (end == std::string::npos) end = doc.size();
            insert.bind(1, std::string_view(doc).substr(start, end - start)).run();
            insert.reset();
        }
        txn.commit();
    }
    return clock.seconds();
}

void throughput(const fs::path& work) {
    bench::TextGenerator gen(1);
    std::vector<std::string> documents;
    std::size_t total = 0;
    fs::create_directories(work / "tp");
    for (int i = 0; i < 200; ++i) {
        documents.push_back(gen.document(50'000));
        total += documents.back().size();
        write(work / "tp" / ("doc" + std::to_string(i) + ".txt"), documents.back());
    }
    const auto projectPath = work / "throughput.cairn";
    fs::remove(projectPath);
    auto project = project::Project::create(projectPath.string(), "bench");
    bench::Stopwatch clock;
    for (int i = 0; i < 200; ++i) {
        project::ImportRequest request;
        request.path = (work / "tp" / ("doc" + std::to_string(i) + ".txt")).string();
        project->importFile(request);
    }
    const double cairnSeconds = clock.seconds();
    const double bareSeconds = bareSqliteInsert(work / "bare.sqlite", documents);
    const double mb = static_cast<double>(total) / 1e6;
    std::printf("import throughput, 200 files, %.1f MB of mixed-language text\n", mb);
    std::printf("  cairn import (decode, NFC, passages, language, ops log): %7.1f MB/s (%.2f s)\n",
                mb / cairnSeconds, cairnSeconds);
    std::printf("  bare SQLite insert of the same passages:                 %7.1f MB/s (%.2f s)\n",
                mb / bareSeconds, bareSeconds);
    std::printf("  ratio cairn / bare: %.2f\n", bareSeconds / cairnSeconds);
}

void growth(const fs::path& work) {
    bench::TextGenerator gen(2);
    fs::create_directories(work / "growth");
    const auto projectPath = work / "growth.cairn";
    fs::remove(projectPath);
    auto project = project::Project::create(projectPath.string(), "bench");
    std::vector<double> blocks;
    bench::Stopwatch block;
    for (int i = 0; i < 2000; ++i) {
        const auto path = work / "growth" / ("g" + std::to_string(i) + ".txt");
        write(path, gen.document(4000));
        project::ImportRequest request;
        request.path = path.string();
        project->importFile(request);
        if (i % 100 == 99) {
            blocks.push_back(block.ms());
            block = bench::Stopwatch();
        }
    }
    std::printf("growth, 2,000 files of 4 KB: first 100 files %.0f ms, last 100 files %.0f ms (x%.2f)\n",
                blocks.front(), blocks.back(), blocks.back() / blocks.front());
}

void longTranscript(const fs::path& work) {
    bench::TextGenerator gen(3);
    std::string text;
    const char* speakers[] = {"Interviewer", "Amira"};
    for (int turn = 0; text.size() < 1'150'000; ++turn)
        text += std::string(speakers[turn % 2]) + ": " + gen.paragraph() + "\n\n";
    const auto path = work / "long-transcript.txt";
    write(path, text);
    const auto projectPath = work / "long.cairn";
    fs::remove(projectPath);
    auto project = project::Project::create(projectPath.string(), "bench");
    bench::Stopwatch clock;
    project::ImportRequest request;
    request.path = path.string();
    const auto result = project->importFile(request);
    std::printf("one transcript of %lld characters, %lld turns: %.0f ms\n",
                static_cast<long long>(result.source.chars), static_cast<long long>(result.source.passages),
                clock.ms());
}

void survey(const fs::path& work) {
    bench::TextGenerator gen(4);
    std::string csv = "id,arrival_year,status,friends_then,friends_now,answer\n";
    const char* statuses[] = {"refugee", "asylum seeker", "resettled", "student"};
    for (int i = 0; i < 50'000; ++i)
        csv += "R" + std::to_string(i) + "," + std::to_string(2010 + i % 15) + "," + statuses[i % 4] + "," +
               std::to_string(1 + i % 5) + "," + std::to_string(4 + i % 6) + ",\"" + gen.sentence() + " " +
               gen.sentence() + "\"\n";
    const auto path = work / "survey.csv";
    write(path, csv);
    const auto projectPath = work / "survey.cairn";
    fs::remove(projectPath);
    auto project = project::Project::create(projectPath.string(), "bench");
    project::SurveyRequest request;
    request.path = path.string();
    request.idColumn = "id";
    request.textColumns = {"answer"};
    std::vector<double> perThousand;
    bench::Stopwatch clock, block;
    std::int64_t lastDone = 0;
    project->importSurvey(request, [&](std::int64_t done, std::int64_t, const std::string&) {
        if (done / 1000 != lastDone / 1000) {
            perThousand.push_back(block.ms());
            block = bench::Stopwatch();
        }
        lastDone = done;
    });
    std::printf("survey of 50,000 answers: %.1f s in all; first 1,000 rows %.0f ms, last 1,000 rows %.0f ms "
                "(x%.2f)\n",
                clock.seconds(), perThousand.front(), perThousand.back(),
                perThousand.back() / perThousand.front());
}

} // namespace

int main(int argc, char** argv) {
    const fs::path work = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "cairn-bench-import";
    fs::create_directories(work);
    std::printf("%s\n", bench::machineLine().c_str());
    throughput(work);
    growth(work);
    longTranscript(work);
    survey(work);
    fs::remove_all(work);
    return 0;
}
