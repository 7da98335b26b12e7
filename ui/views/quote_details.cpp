#include "views/quote_details.h"

#include "models/quote_table_model.h"

#include <QDateTime>
#include <QLocale>

namespace cairn::gui {

namespace {
QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The core's UTC timestamps ("2026-11-23T16:38:03.614Z") in the reader's time zone and locale.
QString when(const std::string& iso) {
    const auto at = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    if (!at.isValid()) return escaped(iso);
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped();
}

QString row(const QString& label, const QString& value) {
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

QString QuoteDetails::actionLabel(const std::string& action) {
    if (action == "propose") return tr("proposed");
    if (action == "approve") return tr("approved");
    if (action == "reject") return tr("rejected");
    if (action == "request-change") return tr("requested a change");
    return QString::fromStdString(action);
}

QString QuoteDetails::html(const project::QuoteView& quote, const project::QuoteContext& context) {
    QString out;
    const auto status = QuoteTableModel::displayStatus(quote);
    out += QStringLiteral("<p><b>%1</b></p>").arg(QuoteTableModel::statusLabel(status).toHtmlEscaped());
    if (!quote.needsReviewReason.empty())
        out += QStringLiteral("<p style='background:#fff3cd;padding:4px'>%1</p>")
                   .arg(escaped(quote.needsReviewReason));
    if (quote.disclosure == privacy::Disclosure::Withheld) {
        out += QStringLiteral("<p style='background:#f8d7da;padding:4px'>%1</p>")
                   .arg(tr("Withheld by consent (%1): the text is not shown and cannot be published.")
                            .arg(QString::fromStdString(quote.withheldReason))
                            .toHtmlEscaped());
    } else {
        // The quote in its passage: the surrounding text is lighter, as a reviewer reads it in context.
        out += QStringLiteral("<p style='font-size:large'><span style='color:#777'>%1</span><b>%2</b>"
                              "<span style='color:#777'>%3</span></p>")
                   .arg(escaped(context.before), escaped(quote.text), escaped(context.after));
    }
    out += QStringLiteral("<table>");
    out += row(tr("Code"), escaped(quote.codePath));
    out += row(tr("Source"), escaped(quote.source));
    out += row(tr("Attribution"), escaped(project::quoteAttribution(quote)));
    out += row(tr("Disclosure"), escaped(project::disclosureName(quote.disclosure)));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("History").toHtmlEscaped());
    out += QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>")
               .arg(when(quote.quote.createdAt),
                    tr("%1 proposed it")
                        .arg(escaped(quote.quote.proposedBy.empty() ? "—" : quote.quote.proposedBy)));
    for (const auto& event : quote.comments) {
        auto who = escaped(event.reviewer);
        if (!event.role.empty()) who += QStringLiteral(" (%1)").arg(escaped(event.role));
        auto what = QStringLiteral("%1 %2").arg(who, actionLabel(event.action).toHtmlEscaped());
        if (!event.comment.empty()) what += QStringLiteral(": <i>%1</i>").arg(escaped(event.comment));
        out += QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>")
                   .arg(when(event.at), what);
    }
    out += QStringLiteral("</table>");
    return out;
}

} // namespace cairn::gui
