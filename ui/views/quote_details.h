#pragma once
// The details pane of the quote review panel: the quote as it would be published inside the
// published text around it, who it is attributed to, why an approval lapsed, and every decision on
// it (who, in what role, when, with what comment), as HTML for a QTextBrowser.

#include "project/quote_context.h"

#include <QCoreApplication>
#include <QString>

namespace cairn::gui {

class QuoteDetails {
    Q_DECLARE_TR_FUNCTIONS(QuoteDetails)
public:
    static QString html(const project::QuoteView& quote, const project::QuoteContext& context);

private:
    static QString actionLabel(const std::string& action);
};

} // namespace cairn::gui
