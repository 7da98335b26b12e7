#include "models/case_table_model.h"

#include <QLocale>

namespace cairn::gui {

CaseTableModel::CaseTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CaseTableModel::setCases(std::vector<store::CaseRow> cases,
                              std::vector<store::AttributeRow> attributes) {
    beginResetModel();
    m_cases = std::move(cases);
    m_attributes = std::move(attributes);
    endResetModel();
}

int CaseTableModel::rowOf(const QString& name) const {
    const auto wanted = name.toStdString();
    for (std::size_t i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].name == wanted) return static_cast<int>(i);
    return -1;
}

const store::AttributeRow* CaseTableModel::attributeAt(int column) const {
    const auto at = column - FirstAttributeColumn;
    return at >= 0 && at < static_cast<int>(m_attributes.size()) ? &m_attributes[static_cast<std::size_t>(at)]
                                                                 : nullptr;
}

int CaseTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

int CaseTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstAttributeColumn + static_cast<int>(m_attributes.size());
}

QString CaseTableModel::consentLabel(const std::string& state) {
    if (state == "quote") return tr("May be quoted");
    if (state == "anonymous") return tr("Anonymous only");
    if (state == "none") return tr("No consent");
    return tr("Unknown");
}

QString CaseTableModel::valueText(const store::CaseRow& row, const store::AttributeRow& attribute) const {
    const auto found = row.attributes.find(attribute.name);
    if (found == row.attributes.end()) return {};
    const auto& value = found->second;
    if (const auto* number = std::get_if<std::int64_t>(&value))
        return attribute.type == "boolean" ? (*number != 0 ? QStringLiteral("true") : QStringLiteral("false"))
                                           : QString::number(*number);
    if (const auto* decimal = std::get_if<double>(&value)) return QString::number(*decimal);
    if (const auto* text = std::get_if<std::string>(&value)) return QString::fromStdString(*text);
    return {};
}

QVariant CaseTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto& row = caseAt(index.row());
    const auto* attribute = attributeAt(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(row.name);
        case KindColumn:
            return QString::fromStdString(row.kind);
        case ConsentColumn:
            return role == SortRole ? QVariant(QString::fromStdString(row.consent))
                                    : QVariant(consentLabel(row.consent));
        case SourcesColumn:
            return QVariant::fromValue(row.sources);
        default:
            break;
        }
        if (!attribute) return {};
        const auto text = valueText(row, *attribute);
        if (role == SortRole && (attribute->type == "integer" || attribute->type == "decimal") &&
            !text.isEmpty())
            return text.toDouble();
        return text;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ConsentColumn) {
            auto tip = consentLabel(row.consent);
            if (!row.consentDate.empty())
                tip += tr(", recorded %1").arg(QString::fromStdString(row.consentDate));
            if (!row.consentNote.empty())
                tip += QStringLiteral("\n") + QString::fromStdString(row.consentNote);
            return tip + QStringLiteral("\n") + tr("Double-click to change.");
        }
        if (index.column() == NameColumn) return tr("Double-click to open this case's sources.");
        if (attribute)
            return tr("%1 (%2)").arg(QString::fromStdString(attribute->name),
                                     QString::fromStdString(attribute->type));
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == SourcesColumn ||
         (attribute && (attribute->type == "integer" || attribute->type == "decimal"))))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Case");
    case KindColumn:
        return tr("Kind");
    case ConsentColumn:
        return tr("Consent");
    case SourcesColumn:
        return tr("Sources");
    default:
        break;
    }
    const auto* attribute = attributeAt(section);
    return attribute ? QString::fromStdString(attribute->name) : QVariant();
}

Qt::ItemFlags CaseTableModel::flags(const QModelIndex& index) const {
    auto flags = QAbstractTableModel::flags(index);
    if (attributeAt(index.column())) flags |= Qt::ItemIsEditable;
    return flags;
}

bool CaseTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const auto* attribute = attributeAt(index.column());
    if (role != Qt::EditRole || !attribute || index.row() >= rowCount()) return false;
    const auto text = value.toString().trimmed();
    if (text == data(index, Qt::EditRole).toString()) return false;
    emit attributeEdited(QString::fromStdString(caseAt(index.row()).name),
                         QString::fromStdString(attribute->name), text);
    return false;
}

} // namespace cairn::gui
