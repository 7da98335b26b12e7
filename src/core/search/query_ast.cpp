#include "search/query_ast.h"

namespace cairn::search {

namespace {

std::string quote(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

const char* comparisonText(Comparison comparison) {
    switch (comparison) {
    case Comparison::Equal:
        return "=";
    case Comparison::NotEqual:
        return "!=";
    case Comparison::Less:
        return "<";
    case Comparison::LessEqual:
        return "<=";
    case Comparison::Greater:
        return ">";
    case Comparison::GreaterEqual:
        return ">=";
    }
    return "=";
}

const char* filterKey(FilterKind kind) {
    switch (kind) {
    case FilterKind::Kind:
        return "kind";
    case FilterKind::Case:
        return "case";
    case FilterKind::Speaker:
        return "speaker";
    case FilterKind::Lang:
        return "lang";
    case FilterKind::Source:
        return "source";
    case FilterKind::Attr:
        return "attr";
    case FilterKind::Code:
        return "code";
    }
    return "";
}

std::string describe(const Node& node) {
    switch (node.kind) {
    case NodeKind::Term:
        return quote(node.text) + (node.prefix ? "*" : "");
    case NodeKind::Filter: {
        const Filter& f = node.filter;
        if (f.kind == FilterKind::Attr)
            return std::string("attr:") + quote(f.attribute) + comparisonText(f.comparison) + quote(f.value);
        return std::string(filterKey(f.kind)) + ":" + quote(f.value);
    }
    case NodeKind::Near:
    case NodeKind::And:
    case NodeKind::Or:
    case NodeKind::Not:
        break;
    }
    std::string out = "(";
    if (node.kind == NodeKind::Near) out.append("NEAR/").append(std::to_string(node.distance));
    if (node.kind == NodeKind::And) out += "AND";
    if (node.kind == NodeKind::Or) out += "OR";
    if (node.kind == NodeKind::Not) out += "NOT";
    for (const auto& child : node.children)
        out.append(" ").append(describe(child));
    return out + ")";
}

} // namespace cairn::search
