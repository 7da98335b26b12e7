// The words of a report: counts become sentences here ("Coded in 30 of 46 submissions and 14 of 45
// interviews."), so every format says the same thing.

#include "export/report_layout.h"

namespace cairn::exporting {

namespace {

// "a, b and c".
std::string joined(const std::vector<ReportCount>& counts) {
    std::string out;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (i > 0) out += i + 1 == counts.size() ? " and " : ", ";
        out += countPhrase(counts[i]);
    }
    return out;
}

ReportBlock block(ReportBlock::Kind kind, std::string text) {
    ReportBlock b;
    b.kind = kind;
    b.text = std::move(text);
    return b;
}

void addTheme(const ReportTheme& theme, std::vector<ReportBlock>& out) {
    using K = ReportBlock::Kind;
    out.push_back(block(K::Heading1, theme.title));
    if (theme.path != theme.title) out.push_back(block(K::Paragraph, "Code: " + theme.path));
    if (theme.byKind.empty())
        out.push_back(block(K::Paragraph, "No source has a coding of this theme."));
    else
        out.push_back(block(K::Paragraph, "Coded in " + joined(theme.byKind) + "."));
    if (!theme.attribute.empty() && !theme.byAttribute.empty())
        out.push_back(block(K::Paragraph, "By " + theme.attribute + ": " + joined(theme.byAttribute) + "."));
    ReportBlock table;
    table.kind = K::Table;
    table.table = frequencyTable(theme);
    if (!table.table.rows.empty()) out.push_back(std::move(table));
    if (!theme.subcodes.empty()) {
        out.push_back(block(K::Heading2, "Within " + theme.title));
        for (const auto& sub : theme.subcodes) {
            // Only the kinds a sub-code reaches: the theme's sentence already gave every total.
            std::vector<ReportCount> reached;
            for (const auto& c : sub.byKind)
                if (c.count > 0) reached.push_back(c);
            out.push_back(block(
                K::Paragraph,
                sub.name + ": " +
                    (reached.empty() ? std::string("not coded") : "coded in " + joined(reached)) + "."));
        }
    }
    out.push_back(block(K::Heading2, "Quotes"));
    if (theme.quotes.empty()) out.push_back(block(K::Paragraph, "No quote for this theme may be published."));
    for (const auto& q : theme.quotes) {
        auto quote = block(K::Quote, q.text);
        quote.attribution = q.attribution;
        out.push_back(std::move(quote));
    }
}

} // namespace

std::vector<ReportBlock> layoutReport(const Report& report) {
    using K = ReportBlock::Kind;
    std::vector<ReportBlock> out;
    out.push_back(block(K::Title, report.title));
    out.push_back(block(K::Subtitle, report.date));
    for (const auto& theme : report.themes)
        addTheme(theme, out);
    if (!report.indicators.empty()) {
        out.push_back(block(K::Heading1, "Indicators side by side"));
        for (const auto& t : report.indicators) {
            ReportBlock table;
            table.kind = K::Table;
            table.table = t;
            out.push_back(std::move(table));
        }
    }
    out.push_back(block(K::Heading1, "Methods"));
    for (const auto& p : report.methods)
        out.push_back(block(K::Paragraph, p));
    return out;
}

} // namespace cairn::exporting
