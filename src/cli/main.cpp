// cairn: the command line. Every capability of the core is reachable here, for scripts and tests.

#include "cli_support.h"
#include "commands/commands.h"
#include "common/error.h"

#include <iostream>

int main(int argc, char** argv) {
    using namespace cairn::cli;
    CLI::App app{"Cairn: a workbench for qualitative research on migrant integration"};
    app.set_version_flag("--version", std::string("cairn ") + CAIRN_VERSION);
    app.require_subcommand(1);
    addInitCommand(app);
    addImportCommand(app);
    addImportSurveyCommand(app);
    addSourcesCommand(app);
    addPassagesCommand(app);
    addCasesCommand(app);
    addCaseCommand(app);
    addConsentCommand(app);
    addMemoCommand(app);
    addHistoryCommand(app);
    addCheckCommand(app);
    addDemoCommand(app);
    addSearchCommand(app);
    addSimilarCommand(app);
    addSuggestCommand(app);
    addThesaurusCommand(app);
    addCodebookCommand(app);
    addCodeCommand(app);
    addUncodeCommand(app);
    addCodingsCommand(app);
    addAutocodeCommand(app);
    addUndoCommand(app);
    addRedoCommand(app);
    addExportQdpxCommand(app);
    addImportQdpxCommand(app);
    addReindexCommand(app);
    addAnalyseCommand(app);
    addIndicatorsCommand(app);
    addValuesCommand(app);
    addPrivacyCommand(app);
    addRedactCommand(app);
    addReportCommand(app);
    addQuotesCommand(app);
    addReviewCommand(app);
    // `cairn codebook P list` and `cairn codebook list P` both work: a group verb's project may come
    // before its action, as scripts written from the documentation do.
    auto args = projectFirstToActionFirst(app, std::vector<char*>(argv, argv + argc));
    try {
        app.parse(static_cast<int>(args.size()), args.data());
        return kOk;
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsage;
    } catch (const ExitWith& e) {
        return e.code;
    } catch (const cairn::ProjectLocked& e) {
        std::cerr << "cairn: " << e.what() << '\n';
        return kLockedOrTooNew;
    } catch (const cairn::ProjectTooNew& e) {
        std::cerr << "cairn: " << e.what() << '\n';
        return kLockedOrTooNew;
    } catch (const cairn::Corrupt& e) {
        std::cerr << "cairn: " << e.what() << '\n';
        return kDamaged;
    } catch (const cairn::Cancelled&) {
        std::cerr << "cairn: cancelled; nothing was changed\n";
        return kBadInput;
    } catch (const cairn::Error& e) {
        std::cerr << "cairn: " << e.what() << '\n';
        return kBadInput;
    }
}
