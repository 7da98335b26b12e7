#pragma once
// One function per verb, each in its own file: it declares the verb's options and calls project/.

namespace CLI {
class App;
}

namespace cairn::cli {

void addInitCommand(CLI::App& app);
void addImportCommand(CLI::App& app);
void addImportSurveyCommand(CLI::App& app);
void addSourcesCommand(CLI::App& app);
void addPassagesCommand(CLI::App& app);
void addCasesCommand(CLI::App& app);
void addCaseCommand(CLI::App& app);
void addConsentCommand(CLI::App& app);
void addMemoCommand(CLI::App& app);
void addHistoryCommand(CLI::App& app);
void addCheckCommand(CLI::App& app);
void addDemoCommand(CLI::App& app);
void addSearchCommand(CLI::App& app);
void addSimilarCommand(CLI::App& app);
void addSuggestCommand(CLI::App& app);
void addThesaurusCommand(CLI::App& app);
void addCodebookCommand(CLI::App& app);
void addCodeCommand(CLI::App& app);
void addUncodeCommand(CLI::App& app);
void addCodingsCommand(CLI::App& app);
void addAutocodeCommand(CLI::App& app);
void addUndoCommand(CLI::App& app);
void addRedoCommand(CLI::App& app);
void addExportQdpxCommand(CLI::App& app);
void addImportQdpxCommand(CLI::App& app);
void addReindexCommand(CLI::App& app);
void addAnalyseCommand(CLI::App& app);
void addIndicatorsCommand(CLI::App& app);
void addValuesCommand(CLI::App& app);
void addPrivacyCommand(CLI::App& app);
void addRedactCommand(CLI::App& app);
void addReportCommand(CLI::App& app);
void addQuotesCommand(CLI::App& app);
void addReviewCommand(CLI::App& app);

} // namespace cairn::cli
