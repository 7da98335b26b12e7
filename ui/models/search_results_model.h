#pragma once
// Search hits for the list under the query box: the source, and the snippet as HTML with the
// matched words in bold. Each answer is tagged with the request token it answers; the panel drops
// stale ones before they get here.

#include "search/search.h"

#include <QAbstractListModel>
#include <vector>

namespace cairn::gui {

/// The snippet of `hit` as HTML: escaped text with each highlight in <b>…</b>.
QString snippetHtml(const search::Hit& hit);

class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int HtmlRole = Qt::UserRole + 1;
    static constexpr int SourceGuidRole = Qt::UserRole + 2;
    static constexpr int StartRole = Qt::UserRole + 3; // code points: the first highlight, or the passage
    static constexpr int EndRole = Qt::UserRole + 4;

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(std::vector<search::Hit> hits);
    void clear();
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<search::Hit> m_hits;
    std::vector<QString> m_html; // rendered once per answer, not once per paint
};

} // namespace cairn::gui
