#include "views/chart_export.h"

#include "analysis/table_writers.h"

#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace cairn::gui {

namespace {
bool saveSvg(QWidget* widget, const QString& path) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
    svg.setTitle(widget->accessibleName());
    QPainter painter;
    if (!painter.begin(&svg)) return false;
    widget->render(&painter);
    return painter.end();
}
} // namespace

bool saveWidgetPicture(QWidget* widget, const QString& path) {
    if (!widget || path.isEmpty()) return false;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) return saveSvg(widget, path);
    return widget->grab().save(path, "PNG");
}

bool saveTableCsv(const analysis::Table& table, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    const auto csv = analysis::toCsv(table);
    file.write(csv.data(), static_cast<qint64>(csv.size()));
    return file.commit();
}

} // namespace cairn::gui
