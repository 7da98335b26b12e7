#include "analysis/publication_notes.h"

namespace cairn::analysis {

void addPublicationNotes(Table& table, const privacy::PublicationTally& tally, bool includeIdentifying) {
    if (includeIdentifying) {
        table.notes.push_back("Identifying output: consent, pseudonyms and redactions were not applied "
                              "(--include-identifying); the anonymisation log records it.");
        return;
    }
    if (tally.withheldNoConsent > 0)
        table.notes.push_back(std::to_string(tally.withheldNoConsent) +
                              " quotes were withheld because a participant has not consented to be quoted.");
    if (tally.withheldUnrecorded > 0)
        table.notes.push_back(std::to_string(tally.withheldUnrecorded) +
                              " quotes were withheld because no consent is recorded for a participant.");
    if (tally.withheldWithdrawn > 0)
        table.notes.push_back(std::to_string(tally.withheldWithdrawn) +
                              " quotes were withheld because a participant withdrew from the study.");
    if (tally.pseudonyms + tally.redactions > 0)
        table.notes.push_back(
            "Names and identifying details are shown in brackets: " + std::to_string(tally.pseudonyms) +
            " pseudonyms and " + std::to_string(tally.redactions) + " redactions.");
}

} // namespace cairn::analysis
