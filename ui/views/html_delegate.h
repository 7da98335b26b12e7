#pragma once
// Paints an item's HtmlRole text (search snippets with bold matches), wrapped to the view's width.
// Each paragraph takes its direction from its own text, so an Arabic snippet reads right to left.

#include <QStyledItemDelegate>

namespace cairn::gui {

class HtmlDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    HtmlDelegate(int htmlRole, QObject* parent);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace cairn::gui
