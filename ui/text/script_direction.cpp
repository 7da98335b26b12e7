#include "text/script_direction.h"

#include <QStringList>

namespace cairn::gui {

bool isRightToLeftLanguage(const QString& bcp47) {
    static const QStringList rtl = {QStringLiteral("ar"),  QStringLiteral("fa"), QStringLiteral("ps"),
                                    QStringLiteral("ur"),  QStringLiteral("he"), QStringLiteral("yi"),
                                    QStringLiteral("ckb"), QStringLiteral("dv"), QStringLiteral("sd"),
                                    QStringLiteral("ug"),  QStringLiteral("prs")};
    const QString primary = bcp47.section(QLatin1Char('-'), 0, 0).toLower();
    return rtl.contains(primary);
}

Qt::LayoutDirection passageDirection(const QString& bcp47, const QString& text) {
    if (isRightToLeftLanguage(bcp47)) {
        qsizetype rtl = 0;
        qsizetype ltr = 0;
        for (const QChar c : text) {
            const auto direction = c.direction();
            if (direction == QChar::DirR || direction == QChar::DirAL)
                ++rtl;
            else if (direction == QChar::DirL)
                ++ltr;
        }
        if (rtl >= ltr) return Qt::RightToLeft;
    }
    return text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace cairn::gui
