#pragma once
// The codebook as a tree: each code with its colour, the codings of it and its sub-codes, and the
// keyboard shortcut that applies it (Ctrl+1 … Ctrl+9 for the first nine codable codes in tree order).

#include "project/project.h"

#include <QColor>
#include <QStandardItemModel>
#include <vector>

namespace cairn::gui {

/// A code's colour: its own, or one derived from its GUID so that it stays the same across sessions.
QColor codeColor(const std::string& hex, const std::string& guid);

class CodebookModel : public QStandardItemModel {
    Q_OBJECT
public:
    static constexpr int GuidRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2;
    static constexpr int CodableRole = Qt::UserRole + 3;
    static constexpr int TreeCodingsRole = Qt::UserRole + 4; // codings of the code and its sub-codes
    static constexpr int ShortcutCount = 9;

    explicit CodebookModel(QObject* parent = nullptr);

    /// Shows `codes` (in the core's tree order). When only the counts changed, the rows stay and only
    /// their numbers change, so expansion and selection in the view survive a coding or an undo.
    /// Returns true when the tree was built anew.
    bool setCodebook(const std::vector<project::CodeInfo>& codes);
    /// The GUID of the code behind shortcut `number` (1-based), or empty.
    QString shortcutCode(int number) const;
    QColor colorOf(const QString& guid) const;
    QString pathOf(const QString& guid) const;
    QModelIndex findCode(const QString& guidOrPath) const;
    /// The core's record of a code (definition, colour …) as last shown.
    const project::CodeInfo* info(const QString& guid) const;
    /// Every code's path, in tree order.
    QStringList paths() const;

    /// An edit of a name in the tree does not change the model: it asks for the rename, and the
    /// codebook read back afterwards shows the outcome.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Dragging a code onto the document codes the selection there.
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

signals:
    void renameRequested(const QString& guid, const QString& name);

private:
    void rebuild(const std::vector<project::CodeInfo>& codes);

    std::vector<std::string> m_shape; // per code in tree order: what the rows show besides counts
    std::vector<project::CodeInfo> m_codes;
    QList<QString> m_shortcuts;
    QHash<QString, QStandardItem*> m_items; // by GUID: the name column
    QHash<QString, QColor> m_colors;
};

} // namespace cairn::gui
