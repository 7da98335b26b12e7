// The analyses as Project operations: names from the command line or the GUI (attributes, coders,
// source kinds, dates) are checked and turned into ids here, so analysis/ works on ids only and
// every analysis reports an unknown name the same way.

#include "analysis/cooccurrence.h"
#include "analysis/crosstab.h"
#include "analysis/framework_matrix.h"
#include "analysis/frequencies.h"
#include "analysis/survey_summary.h"
#include "common/error.h"
#include "project/project.h"
#include "project/user_input.h"
#include "store/source_store.h"

#include <cctype>

namespace cairn::project {

namespace {

void requireDate(const std::string& option, const std::string& date) {
    const bool ok = date.size() == 10 && date[4] == '-' && date[7] == '-' &&
                    std::isdigit(static_cast<unsigned char>(date[0])) &&
                    std::isdigit(static_cast<unsigned char>(date[5])) &&
                    std::isdigit(static_cast<unsigned char>(date[8]));
    if (!ok) throw InvalidInput(option + " takes a date as YYYY-MM-DD; got '" + date + "'");
}

analysis::CodingScope resolveScope(store::Database& db, const AnalysisScope& scope) {
    analysis::CodingScope out;
    if (!scope.kind.empty()) {
        if (!store::isSourceKind(scope.kind)) throw InvalidInput("'" + scope.kind + "' is not a source kind");
        out.sourceKind = scope.kind;
    }
    if (!scope.attribute.empty()) {
        const auto attribute = requireAttribute(db, scope.attribute);
        out.attributeId = attribute.id;
        out.attributeValue = store::typedValue(attribute.name, attribute.type, scope.attributeValue);
    }
    if (!scope.coder.empty()) {
        const auto id = store::coderIdByName(db, scope.coder);
        if (!id) throw NotFound("no coder named '" + scope.coder + "' has worked on this project");
        out.coderId = id;
    }
    if (!scope.from.empty()) requireDate("--from", scope.from);
    if (!scope.to.empty()) requireDate("--to", scope.to);
    out.from = scope.from;
    out.to = scope.to;
    if (scope.excludeWithdrawn)
        for (const auto& c : store::listCases(db))
            if (c.consent == "withdrawn") out.excludedCases.insert(c.id);
    return out;
}

} // namespace

analysis::CodingScope Project::resolveAnalysisScope(const AnalysisScope& scope) {
    return resolveScope(m_file->db(), scope);
}

analysis::Table Project::frequencies(const AnalysisScope& scope) {
    return analysis::frequencies(m_file->db(), resolveScope(m_file->db(), scope));
}

analysis::Table Project::crosstab(const CrosstabRequest& request) {
    analysis::CrosstabOptions options;
    options.attribute = requireExportableAttribute(m_file->db(), request.attribute);
    options.unit = request.bySource ? analysis::CrosstabUnit::Sources : analysis::CrosstabUnit::Cases;
    options.scope = resolveScope(m_file->db(), request.scope);
    return analysis::crosstab(m_file->db(), options);
}

analysis::Table Project::cooccurrence(const CooccurrenceRequest& request) {
    analysis::CooccurrenceOptions options;
    options.unit = request.spans ? analysis::CooccurrenceUnit::Spans : analysis::CooccurrenceUnit::Passages;
    options.jaccard = request.jaccard;
    options.scope = resolveScope(m_file->db(), request.scope);
    return analysis::cooccurrence(m_file->db(), options);
}

analysis::Table Project::frameworkMatrix(const MatrixRequest& request) {
    analysis::MatrixOptions options;
    options.cell = request.text ? analysis::MatrixCell::Text : analysis::MatrixCell::Count;
    if (request.maxChars < 1) throw InvalidInput("the text limit must be at least 1 character");
    options.maxChars = request.maxChars;
    options.scope = resolveScope(m_file->db(), request.scope);
    options.includeIdentifying = request.includeIdentifying;
    if (request.text && request.includeIdentifying) logRawOutput("analysis matrix --text");
    return analysis::frameworkMatrix(m_file->db(), options);
}

analysis::Table Project::surveySummary(const SummaryRequest& request) {
    analysis::SummaryOptions options;
    options.attribute = requireExportableAttribute(m_file->db(), request.attribute);
    if (!request.by.empty()) options.by = requireExportableAttribute(m_file->db(), request.by);
    if (!request.paired.empty()) options.paired = requireExportableAttribute(m_file->db(), request.paired);
    return analysis::surveySummary(m_file->db(), options);
}

} // namespace cairn::project
