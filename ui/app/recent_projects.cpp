#include "app/recent_projects.h"

#include <QFileInfo>
#include <QSettings>

namespace cairn::gui {

namespace {
const QString kKey = QStringLiteral("recentProjects");
}

QStringList RecentProjects::list() {
    return QSettings().value(kKey).toStringList();
}

void RecentProjects::add(const QString& path) {
    const auto absolute = QFileInfo(path).absoluteFilePath();
    auto paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMax)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void RecentProjects::remove(const QString& path) {
    auto paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

} // namespace cairn::gui
