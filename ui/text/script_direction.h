#pragma once
// Which way a passage runs. A passage in a right-to-left language whose letters are mostly
// right-to-left runs right to left, so an Arabic turn that opens with an English word ("NHS …")
// still reads from the right; any other passage, an English turn quoting an Arabic sentence among
// them, takes the Unicode bidi algorithm's paragraph rule (its first strong character).

#include <QString>

namespace cairn::gui {

/// True for BCP 47 tags of right-to-left languages (ar, fa, ps, ur, he, yi, ckb, dv, sd, ug, prs).
bool isRightToLeftLanguage(const QString& bcp47);

/// The direction for a passage, as above.
Qt::LayoutDirection passageDirection(const QString& bcp47, const QString& text);

} // namespace cairn::gui
