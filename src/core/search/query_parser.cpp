// Recursive descent over the lexer's tokens:
//   query   := or End
//   or      := and ( OR and )*
//   and     := unary ( [AND] unary )*          (AND implied between neighbours)
//   unary   := ( NOT | - ) unary | near
//   near    := primary ( NEAR/n term )*        (a chain keeps one distance)
//   primary := ( or ) | term | filter | NEAR( term term+ [, n] )
// Errors name the token where the query stopped making sense.

#include "search/query_parser.h"

#include "search/query_lexer.h"
#include "text/utf.h"

#include <utility>

namespace cairn::search {

namespace {

using detail::QueryToken;
using detail::TokenKind;

class Parser {
public:
    Parser(std::string_view query, std::vector<QueryToken> tokens)
        : m_q(query), m_tokens(std::move(tokens)), m_offsets(query) {}

    Node parse() {
        if (peek().kind == TokenKind::End) fail(peek(), "the query is empty; type a word to search for {at}");
        Node root = parseOr(0);
        if (peek().kind != TokenKind::End) fail(peek(), "unexpected ) {at}: no ( opens it");
        return root;
    }

private:
    [[noreturn]] void fail(const QueryToken& at, const std::string& reason) const {
        throw QueryError(m_q, at.byte, reason);
    }

    const QueryToken& peek() const { return m_tokens[m_next]; }
    const QueryToken& take() { return m_tokens[m_next++]; }
    std::int64_t character(const QueryToken& t) const { return m_offsets.byteToCodePoint(t.byte); }

    static bool startsUnary(TokenKind kind) {
        return kind == TokenKind::LeftParen || kind == TokenKind::Word || kind == TokenKind::Phrase ||
               kind == TokenKind::Filter || kind == TokenKind::NearOpen || kind == TokenKind::Not ||
               kind == TokenKind::Minus;
    }
    static bool isTerm(TokenKind kind) { return kind == TokenKind::Word || kind == TokenKind::Phrase; }

    std::string spelling(const QueryToken& t) const {
        switch (t.kind) {
        case TokenKind::And:
            return "AND";
        case TokenKind::Or:
            return "OR";
        case TokenKind::Not:
            return "NOT";
        case TokenKind::Minus:
            return "-";
        case TokenKind::NearOp:
            return "NEAR/" + std::to_string(t.distance);
        default:
            return "this";
        }
    }

    // Says why no operand starts at the next token, `after` being the operator that wanted one.
    [[noreturn]] void missingOperand(const QueryToken* after) const {
        const QueryToken& t = peek();
        if (after) fail(*after, spelling(*after) + " {at} needs something to search for after it");
        if (t.kind == TokenKind::And || t.kind == TokenKind::Or || t.kind == TokenKind::NearOp)
            fail(t, spelling(t) + " {at} needs something to search for before it");
        if (t.kind == TokenKind::RightParen) fail(t, "unexpected ) {at}: no ( opens it");
        fail(t, "the query ends {at} where a word was expected");
    }

    static Node group(NodeKind kind, std::vector<Node> items) {
        if (items.size() == 1) return std::move(items.front());
        Node node;
        node.kind = kind;
        node.position = items.front().position;
        for (auto& item : items) {
            if (item.kind == kind) { // (a AND b) AND c is a AND b AND c
                for (auto& child : item.children)
                    node.children.push_back(std::move(child));
            } else {
                node.children.push_back(std::move(item));
            }
        }
        return node;
    }

    Node parseOr(int depth) {
        std::vector<Node> items;
        items.push_back(parseAnd(depth));
        while (peek().kind == TokenKind::Or) {
            const QueryToken& op = take();
            if (!startsUnary(peek().kind)) missingOperand(&op);
            items.push_back(parseAnd(depth));
        }
        return group(NodeKind::Or, std::move(items));
    }

    Node parseAnd(int depth) {
        if (!startsUnary(peek().kind)) missingOperand(nullptr);
        std::vector<Node> items;
        items.push_back(parseUnary(depth));
        while (true) {
            if (peek().kind == TokenKind::And) {
                const QueryToken& op = take();
                if (!startsUnary(peek().kind)) missingOperand(&op);
            } else if (!startsUnary(peek().kind)) {
                break;
            }
            items.push_back(parseUnary(depth));
        }
        return group(NodeKind::And, std::move(items));
    }

    Node parseUnary(int depth) {
        if (depth >= kMaxQueryDepth) fail(peek(), "the query nests too deeply {at}");
        if (peek().kind != TokenKind::Not && peek().kind != TokenKind::Minus) return parseNear(depth);
        const QueryToken& op = take();
        if (!startsUnary(peek().kind)) missingOperand(&op);
        Node node;
        node.kind = NodeKind::Not;
        node.position = character(op);
        node.children.push_back(parseUnary(depth + 1));
        return node;
    }

    Node term(const QueryToken& t) const {
        Node node;
        node.kind = NodeKind::Term;
        node.position = character(t);
        node.text = t.text;
        node.quoted = t.kind == TokenKind::Phrase;
        node.prefix = t.prefix;
        return node;
    }

    Node parseNear(int depth) {
        const bool startsWithTerm = isTerm(peek().kind);
        Node left = parsePrimary(depth);
        bool chain = false;
        while (peek().kind == TokenKind::NearOp) {
            const QueryToken& op = take();
            if (!startsWithTerm)
                fail(op, spelling(op) + " {at} joins words or \"phrases\", not what comes before it");
            if (!isTerm(peek().kind)) fail(op, spelling(op) + " {at} needs a word or \"phrase\" after it");
            if (chain && left.distance != op.distance)
                fail(op, spelling(op) + " {at} changes the distance of a NEAR chain; write NEAR(a b c, " +
                             std::to_string(left.distance) + ") or use one distance");
            Node right = term(take());
            if (!chain) {
                Node near;
                near.kind = NodeKind::Near;
                near.position = left.position;
                near.distance = op.distance;
                near.children.push_back(std::move(left));
                left = std::move(near);
                chain = true;
            }
            left.children.push_back(std::move(right));
        }
        return left;
    }

    Node parsePrimary(int depth) {
        const QueryToken& t = take();
        switch (t.kind) {
        case TokenKind::Word:
        case TokenKind::Phrase:
            return term(t);
        case TokenKind::Filter: {
            Node node;
            node.kind = NodeKind::Filter;
            node.position = character(t);
            node.filter = t.filter;
            node.filter.valuePosition = m_offsets.byteToCodePoint(t.filter.valuePosition);
            return node;
        }
        case TokenKind::NearOpen:
            return parseNearGroup(t);
        case TokenKind::LeftParen: {
            if (peek().kind == TokenKind::End) fail(t, "( {at} is never closed");
            if (peek().kind == TokenKind::RightParen) fail(t, "empty parentheses {at}");
            Node inner = parseOr(depth + 1);
            if (peek().kind != TokenKind::RightParen) fail(t, "( {at} is never closed");
            take();
            return inner;
        }
        default:
            --m_next;
            missingOperand(nullptr);
        }
    }

    Node parseNearGroup(const QueryToken& open) {
        Node near;
        near.kind = NodeKind::Near;
        near.position = character(open);
        while (isTerm(peek().kind))
            near.children.push_back(term(take()));
        if (peek().kind == TokenKind::Comma) {
            take();
            const QueryToken& n = peek();
            if (n.kind != TokenKind::Word || n.prefix || n.text.empty() ||
                n.text.find_first_not_of("0123456789") != std::string::npos)
                fail(n, "the distance of NEAR( … , N) {at} must be a number of words, as in NEAR(a b, 5)");
            if (n.text.size() > 6 || std::stoi(n.text) > detail::kMaxNearDistance)
                fail(n, "the NEAR distance {at} is too large; use at most " +
                            std::to_string(detail::kMaxNearDistance));
            near.distance = std::stoi(take().text);
        }
        if (peek().kind == TokenKind::End) fail(open, "NEAR( {at} is never closed");
        if (peek().kind != TokenKind::RightParen)
            fail(peek(), "NEAR( takes words and \"phrases\", then an optional distance, as in NEAR(a b, 5); "
                         "not what comes {at}");
        if (near.children.size() < 2) fail(open, "NEAR( {at} needs at least two words or \"phrases\"");
        take();
        return near;
    }

    std::string_view m_q;
    std::vector<QueryToken> m_tokens;
    std::size_t m_next = 0;
    text::OffsetIndex m_offsets;
};

} // namespace

Node parseQuery(std::string_view query) {
    auto tokens = detail::lexQuery(query);
    return Parser(query, std::move(tokens)).parse();
}

} // namespace cairn::search
