#include "models/codebook_model.h"

#include "views/document_view.h"

#include <QKeySequence>
#include <QMimeData>
#include <QPixmap>
#include <map>

namespace cairn::gui {

QColor codeColor(const std::string& hex, const std::string& guid) {
    QColor color(QString::fromStdString(hex));
    if (!hex.empty() && color.isValid()) return color;
    const auto hue = static_cast<int>(qHash(QString::fromStdString(guid)) % 360U);
    return QColor::fromHsv(hue, 150, 210);
}

namespace {
QIcon swatch(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}
} // namespace

CodebookModel::CodebookModel(QObject* parent) : QStandardItemModel(parent) {
    setHorizontalHeaderLabels({tr("Code"), tr("Codings"), tr("Key")});
}

bool CodebookModel::setCodebook(const std::vector<project::CodeInfo>& codes) {
    m_codes = codes;
    std::vector<std::string> shape;
    shape.reserve(codes.size());
    for (const auto& info : codes)
        shape.push_back(info.code.guid + '\n' + info.path + '\n' + info.code.color + '\n' +
                        (info.code.codable ? "1" : "0") + '\n' + info.code.definition);
    if (shape != m_shape) {
        rebuild(codes);
        m_shape = std::move(shape);
        return true;
    }
    for (const auto& info : codes) {
        auto* name = m_items.value(QString::fromStdString(info.code.guid));
        auto* count = itemFromIndex(name->index().siblingAtColumn(1));
        count->setText(QString::number(info.codingsInTree));
        name->setData(QVariant::fromValue(info.codingsInTree), TreeCodingsRole);
        count->setToolTip(tr("%1 codings of this code, %2 with its sub-codes, in %3 sources")
                              .arg(info.codings)
                              .arg(info.codingsInTree)
                              .arg(info.sources));
    }
    return false;
}

void CodebookModel::rebuild(const std::vector<project::CodeInfo>& codes) {
    removeRows(0, rowCount());
    setHorizontalHeaderLabels({tr("Code"), tr("Codings"), tr("Key")});
    m_items.clear();
    m_colors.clear();
    m_shortcuts.clear();
    std::map<std::int64_t, QStandardItem*> byId;
    for (const auto& info : codes) {
        const auto guid = QString::fromStdString(info.code.guid);
        const auto color = codeColor(info.code.color, info.code.guid);
        auto* name = new QStandardItem(swatch(color), QString::fromStdString(info.code.name));
        name->setData(guid, GuidRole);
        name->setData(QString::fromStdString(info.path), PathRole);
        name->setData(info.code.codable, CodableRole);
        name->setData(QVariant::fromValue(info.codingsInTree), TreeCodingsRole);
        name->setToolTip(info.code.definition.empty() ? QString::fromStdString(info.path)
                                                      : QString::fromStdString(info.code.definition));
        if (!info.code.codable) {
            auto font = name->font();
            font.setItalic(true);
            name->setFont(font);
        }
        auto* count = new QStandardItem(QString::number(info.codingsInTree));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setToolTip(tr("%1 codings of this code, %2 with its sub-codes, in %3 sources")
                              .arg(info.codings)
                              .arg(info.codingsInTree)
                              .arg(info.sources));
        auto* key = new QStandardItem();
        if (info.code.codable && m_shortcuts.size() < ShortcutCount) {
            m_shortcuts.append(guid);
            key->setText(
                QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + m_shortcuts.size())))
                    .toString(QKeySequence::NativeText));
        }
        for (auto* item : {count, key})
            item->setEditable(false);
        const auto parent = info.code.parentId ? byId.find(*info.code.parentId) : byId.end();
        if (parent != byId.end())
            parent->second->appendRow({name, count, key});
        else
            appendRow({name, count, key});
        byId[info.code.id] = name;
        m_items.insert(guid, name);
        m_colors.insert(guid, color);
    }
}

bool CodebookModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != 0) return QStandardItemModel::setData(index, value, role);
    const auto name = value.toString().trimmed();
    if (!name.isEmpty() && name != index.data().toString())
        emit renameRequested(index.data(GuidRole).toString(), name);
    return false;
}

const project::CodeInfo* CodebookModel::info(const QString& guid) const {
    const auto wanted = guid.toStdString();
    for (const auto& code : m_codes)
        if (code.code.guid == wanted) return &code;
    return nullptr;
}

QStringList CodebookModel::paths() const {
    QStringList out;
    for (const auto& code : m_codes)
        out << QString::fromStdString(code.path);
    return out;
}

QString CodebookModel::shortcutCode(int number) const {
    return number >= 1 && number <= m_shortcuts.size() ? m_shortcuts.at(number - 1) : QString();
}

QColor CodebookModel::colorOf(const QString& guid) const {
    return m_colors.value(guid, QColor(Qt::gray));
}

QString CodebookModel::pathOf(const QString& guid) const {
    const auto* item = m_items.value(guid);
    return item ? item->data(PathRole).toString() : QString();
}

QModelIndex CodebookModel::findCode(const QString& guidOrPath) const {
    if (const auto* item = m_items.value(guidOrPath)) return item->index();
    for (const auto* item : m_items)
        if (item->data(PathRole).toString() == guidOrPath) return item->index();
    return {};
}

} // namespace cairn::gui

namespace cairn::gui {

QStringList CodebookModel::mimeTypes() const {
    return {DocumentView::codeMimeType()};
}

QMimeData* CodebookModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty()) return nullptr;
    const auto guid = indexes.front().siblingAtColumn(0).data(GuidRole).toString();
    if (guid.isEmpty()) return nullptr;
    auto* data = new QMimeData;
    data->setData(DocumentView::codeMimeType(), guid.toUtf8());
    data->setText(pathOf(guid));
    return data;
}

} // namespace cairn::gui
