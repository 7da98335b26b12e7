#pragma once
// Which way a passage runs. The passage's language decides when it is a right-to-left one, so an
// Arabic turn that opens with an English word ("NHS …") still reads right to left; otherwise the
// first strong character decides, as the Unicode bidi algorithm's paragraph rule does.

#include <QString>

namespace cairn::gui {

/// True for BCP 47 tags of right-to-left languages (ar, fa, ps, ur, he, yi, ckb, dv, sd, ug, prs).
bool isRightToLeftLanguage(const QString& bcp47);

/// The direction for a passage: the language's when it is right-to-left, else the text's own.
Qt::LayoutDirection passageDirection(const QString& bcp47, const QString& text);

} // namespace cairn::gui
