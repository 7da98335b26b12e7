#include "views/document_margins.h"

#include "views/document_view.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace cairn::gui {

SpeakerGutter::SpeakerGutter(DocumentView* view) : QWidget(view), m_view(view) {}

void SpeakerGutter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const auto& passages = m_view->content().passages();
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const int textWidth = width() - 12;
    QString previousSpeaker;
    for (const auto& block : m_view->visibleBlocks()) {
        const auto& passage = passages[static_cast<std::size_t>(block.passage)];
        int y = block.top + 1;
        if (!passage.speaker.isEmpty()) {
            painter.setFont(bold);
            painter.setPen(palette().color(QPalette::Text));
            const QFontMetrics metrics(bold);
            painter.drawText(QRect(6, y, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(passage.speaker, Qt::ElideRight, textWidth));
            y += metrics.height();
        }
        if (passage.timeStartMs) {
            painter.setFont(small);
            painter.setPen(palette().color(QPalette::PlaceholderText));
            const QFontMetrics metrics(small);
            painter.drawText(QRect(6, y, textWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             formatTimestamp(*passage.timeStartMs));
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(width() - 1, 0, width() - 1, height());
}

CodingStripes::CodingStripes(DocumentView* view) : QWidget(view), m_view(view) {
    setMouseTracking(true);
}

void CodingStripes::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    m_view->forVisibleCodings([&](const CodingMark& mark, int top, int bottom) {
        painter.fillRect(QRect(m_view->laneX(mark.lane), top, DocumentView::kStripeWidth, bottom - top + 1),
                         mark.color);
    });
}

bool CodingStripes::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto* mark = m_view->codingAt(help->pos())) {
            QString text = tr("<b>%1</b><br>coded by %2")
                               .arg(mark->codePath.toHtmlEscaped(), mark->coder.toHtmlEscaped());
            if (!mark->memo.isEmpty())
                text += QStringLiteral("<br><i>%1</i>").arg(mark->memo.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void CodingStripes::mousePressEvent(QMouseEvent* event) {
    if (const auto* mark = m_view->codingAt(event->position().toPoint())) {
        m_view->selectCodePoints(mark->cpStart, mark->cpEnd);
        emit m_view->codingClicked(mark->guid);
    }
}

void CodingStripes::contextMenuEvent(QContextMenuEvent* event) {
    const auto* mark = m_view->codingAt(event->pos());
    if (!mark) return;
    const QString guid = mark->guid;
    QMenu menu(this);
    menu.addAction(tr("Remove coding “%1”").arg(mark->codePath), this,
                   [this, guid] { emit m_view->removeCodingRequested(guid); });
    menu.exec(event->globalPos());
}

} // namespace cairn::gui
