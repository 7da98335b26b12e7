#pragma once
// cairn-gui [--open P.cairn] [--screenshot FILE.png [--select SOURCE] [--search QUERY] [--view VIEW]
//            [--size WxH] [--code PATH] [--panel cases|memos|journal]…]

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace cairn::gui {

struct LaunchOptions {
    QString open;
    QString screenshot;
    QString select; // a source's name or GUID
    QString search;
    QString code;       // a code's path or GUID, chosen in the codebook
    QStringList panels; // docks to show: cases, memos, journal
    QString view;       // indicators, frequencies, heat-map, before-after or side-by-side: open that view
    QSize size{1400, 900};
};

/// What --view accepts: "indicators", then the Analysis view's tabs in order.
QStringList viewNames();

/// Parses the arguments; on an error or --help, prints and returns nullopt with `exitCode` set.
std::optional<LaunchOptions> parseCommandLine(const QStringList& arguments, int& exitCode);

} // namespace cairn::gui
