#include "models/search_results_model.h"

#include "text/offsets.h"

namespace cairn::gui {

QString snippetHtml(const search::Hit& hit) {
    const auto snippet = QString::fromStdString(hit.snippet);
    const Utf16Offsets offsets(snippet);
    QString html;
    qsizetype at = 0;
    for (const auto& highlight : hit.highlights) {
        if (highlight.end <= hit.snippetSpan.start || highlight.start >= hit.snippetSpan.end) continue;
        const auto from = offsets.toUtf16(highlight.start - hit.snippetSpan.start);
        const auto to = offsets.toUtf16(highlight.end - hit.snippetSpan.start);
        if (from < at) continue;
        html += snippet.mid(at, from - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + snippet.mid(from, to - from).toHtmlEscaped() + QStringLiteral("</b>");
        at = to;
    }
    html += snippet.mid(at).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(std::vector<search::Hit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    m_html.clear();
    for (const auto& hit : m_hits)
        m_html.push_back(QStringLiteral("<div style='color:palette(mid)'><small>%1 · %2</small></div>%3")
                             .arg(QString::fromStdString(hit.sourceName).toHtmlEscaped(),
                                  tr("passage %1").arg(hit.passageIndex + 1), snippetHtml(hit)));
    endResetModel();
}

void SearchResultsModel::clear() {
    setHits({});
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& hit = m_hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(hit.sourceName + ": " + hit.snippet);
    case HtmlRole:
        return m_html[static_cast<std::size_t>(index.row())];
    case SourceGuidRole:
        return QString::fromStdString(hit.sourceGuid);
    case StartRole:
        return static_cast<qlonglong>(hit.highlights.empty() ? hit.start : hit.highlights.front().start);
    case EndRole:
        return static_cast<qlonglong>(hit.highlights.empty() ? hit.end : hit.highlights.front().end);
    default:
        return {};
    }
}

} // namespace cairn::gui
