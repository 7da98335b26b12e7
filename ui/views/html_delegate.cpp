#include "views/html_delegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace cairn::gui {

namespace {
constexpr int kPadding = 4;

void prepare(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html) {
    document.setDefaultFont(option.font);
    document.setDocumentMargin(kPadding);
    document.setHtml(html);
    document.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 300);
}
} // namespace

HtmlDelegate::HtmlDelegate(int htmlRole, QObject* parent) : QStyledItemDelegate(parent), m_role(htmlRole) {}

void HtmlDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    prepare(document, option, index.data(m_role).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QTextDocument document;
    prepare(document, option, index.data(m_role).toString());
    return {static_cast<int>(document.idealWidth()), static_cast<int>(document.size().height())};
}

} // namespace cairn::gui
