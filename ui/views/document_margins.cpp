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
    // One line per passage: the speaker on the left, the timestamp on the right, so that a one-line
    // turn never pushes its label into the next turn's.
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    for (const auto& block : m_view->visibleBlocks()) {
        const auto& passage = passages[static_cast<std::size_t>(block.passage)];
        const QRect line(6, block.top + 1, textWidth, boldMetrics.height());
        int speakerWidth = textWidth;
        if (passage.timeStartMs) {
            const auto time = formatTimestamp(*passage.timeStartMs);
            painter.setFont(small);
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, time);
            speakerWidth -= smallMetrics.horizontalAdvance(time) + 6;
        }
        if (!passage.speaker.isEmpty()) {
            painter.setFont(bold);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                             boldMetrics.elidedText(passage.speaker, Qt::ElideRight, speakerWidth));
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
    menu.addAction(tr("Write a Memo on This Coding…"), this,
                   [this, guid] { emit m_view->memoRequested(guid); });
    menu.addAction(tr("Remove Coding “%1”").arg(mark->codePath), this,
                   [this, guid] { emit m_view->removeCodingRequested(guid); });
    menu.exec(event->globalPos());
}

} // namespace cairn::gui
