#pragma once
// The two margins beside the document view's text: speakers and timestamps on the left, coding
// stripes on the right. Both paint only what is in view, asking the view where its blocks are.

#include <QWidget>

namespace cairn::gui {

class DocumentView;

class SpeakerGutter : public QWidget {
    Q_OBJECT
public:
    explicit SpeakerGutter(DocumentView* view);
    static constexpr int kWidth = 150;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    DocumentView* m_view;
};

class CodingStripes : public QWidget {
    Q_OBJECT
public:
    explicit CodingStripes(DocumentView* view);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    DocumentView* m_view;
};

} // namespace cairn::gui
