#pragma once
// Saving what an analysis view shows: the chart (or heat map) as a picture, PNG or SVG by the file
// name's suffix, and the table behind it as CSV written by the core's own writer, so the file is
// the same as `cairn analyse … --csv` prints.

#include "analysis/table.h"

#include <QString>

class QWidget;

namespace cairn::gui {

/// Renders `widget` into `path`: SVG when the name ends in .svg, PNG otherwise. False when the file
/// could not be written.
bool saveWidgetPicture(QWidget* widget, const QString& path);

/// Writes the table as CSV (analysis::toCsv) atomically. False when the file could not be written.
bool saveTableCsv(const analysis::Table& table, const QString& path);

} // namespace cairn::gui
