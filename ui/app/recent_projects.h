#pragma once
// The recently opened projects, newest first, kept in QSettings.

#include <QStringList>

namespace cairn::gui {

class RecentProjects {
public:
    static constexpr int kMax = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace cairn::gui
