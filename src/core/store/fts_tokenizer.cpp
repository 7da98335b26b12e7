#include "store/fts_tokenizer.h"

#include "common/error.h"
#include "store/sqlite.h"
#include "text/analyser.h"

#include <memory>
#include <new>
#include <sqlite3.h>

namespace cairn::store {

namespace {

constexpr const char* kTokenizerName = "cairn";

// One per connection (the pContext of xCreateTokenizer). Connections are used by one thread at a
// time (SQLITE_OPEN_NOMUTEX), so the query analyser needs no lock; it is swapped, never edited, so an
// instance holding the old one while a MATCH runs keeps a valid object.
struct QueryContext {
    std::shared_ptr<const text::Analyser> query = std::make_shared<const text::Analyser>();
};

// One per FTS5 table and connection (xCreate). Analysers are immutable; their stemmers are per thread.
struct Instance {
    QueryContext* context = nullptr;
    text::Analyser document;
    text::Analyser prefix{text::AnalyserOptions{.expand = false, .exact = false, .queryLanguages = {}}};
};

// Splits "\x02cy\x03text" into ("cy", prefix length); a value without a well-formed prefix is "und".
std::pair<std::string_view, std::size_t> languagePrefix(std::string_view value) {
    if (value.empty() || value.front() != kFtsLanguageStart) return {"und", 0};
    const auto end = value.find(kFtsLanguageEnd, 1);
    if (end == std::string_view::npos || end > kFtsMaxLanguageBytes) return {"und", 0};
    const auto language = value.substr(1, end - 1);
    return {language.empty() ? std::string_view("und") : language, end + 1};
}

int xCreate(void* context, const char** /*arguments*/, int argumentCount, Fts5Tokenizer** out) {
    if (argumentCount != 0) return SQLITE_ERROR; // tokenize='cairn' takes no options
    auto* instance = new (std::nothrow) Instance;
    if (!instance) return SQLITE_NOMEM;
    instance->context = static_cast<QueryContext*>(context);
    *out = reinterpret_cast<Fts5Tokenizer*>(instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer* tokenizer) {
    delete reinterpret_cast<Instance*>(tokenizer);
}

int xTokenize(Fts5Tokenizer* tokenizer, void* ftsContext, int flags, const char* textData, int textSize,
              int (*xToken)(void*, int, const char*, int, int, int)) {
    const auto& instance = *reinterpret_cast<Instance*>(tokenizer);
    const std::string_view value(textData ? textData : "", textData ? static_cast<std::size_t>(textSize) : 0);
    int rc = SQLITE_OK;
    std::int64_t shift = 0;
    const text::TokenSink sink = [&](const text::Token& t) {
        rc = xToken(ftsContext, t.expansion ? FTS5_TOKEN_COLOCATED : 0, t.term.data(),
                    static_cast<int>(t.term.size()), static_cast<int>(t.byteStart + shift),
                    static_cast<int>(t.byteEnd + shift));
        return rc == SQLITE_OK;
    };
    // No exception may cross into SQLite's C code: each becomes a result code.
    try {
        if (flags & FTS5_TOKENIZE_QUERY) {
            if (flags & FTS5_TOKENIZE_PREFIX) {
                instance.prefix.analyseQuery(value, sink);
            } else {
                const std::shared_ptr<const text::Analyser> query = instance.context->query;
                query->analyseQuery(value, sink);
            }
            return rc;
        }
        const auto [language, prefixBytes] = languagePrefix(value);
        shift = static_cast<std::int64_t>(prefixBytes);
        instance.document.analyse(value.substr(prefixBytes), language, sink);
        return rc;
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM;
    } catch (const std::exception&) {
        return SQLITE_ERROR; // ill-formed UTF-8 in a query, or a text of 2 GiB
    }
}

void destroyContext(void* context) {
    delete static_cast<QueryContext*>(context);
}

// fts5_api of a connection, the documented way: SELECT fts5(?1) with a pointer bound to ?1. Returns
// the SQLite result code of preparing it (which reads the schema, so a damaged file fails here).
int ftsApi(sqlite3* db, fts5_api** api) {
    *api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (const int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr); rc != SQLITE_OK)
        return rc;
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(api), "fts5_api_ptr", nullptr);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) return rc == SQLITE_DONE ? SQLITE_ERROR : rc;
    return *api ? SQLITE_OK : SQLITE_ERROR;
}

} // namespace

int registerFtsTokenizer(sqlite3* db) noexcept {
    fts5_api* api = nullptr;
    if (const int rc = ftsApi(db, &api); rc != SQLITE_OK) return rc;
    if (api->iVersion < 2) return SQLITE_ERROR;
    auto* context = new (std::nothrow) QueryContext;
    if (!context) return SQLITE_NOMEM;
    fts5_tokenizer methods{xCreate, xDelete, xTokenize};
    const int rc = api->xCreateTokenizer(api, kTokenizerName, context, &methods, destroyContext);
    if (rc != SQLITE_OK) delete context;
    return rc;
}

void setQueryLanguages(Database& db, const std::vector<std::string>& languages) {
    fts5_api* api = nullptr;
    if (const int rc = ftsApi(db.handle(), &api); rc != SQLITE_OK)
        db.fail(rc, "finding the search tokenizer");
    void* context = nullptr;
    fts5_tokenizer methods{};
    if (api->xFindTokenizer(api, kTokenizerName, &context, &methods) != SQLITE_OK || !context)
        throw Error("the connection to " + db.path() + " has no search tokenizer");
    static_cast<QueryContext*>(context)->query = std::make_shared<const text::Analyser>(
        text::AnalyserOptions{.expand = true, .exact = false, .queryLanguages = languages});
}

std::string ftsColumnValue(std::string_view language, std::string_view text) {
    std::string value;
    value.reserve(language.size() + text.size() + 2);
    value += kFtsLanguageStart;
    value += language;
    value += kFtsLanguageEnd;
    value += text;
    return value;
}

} // namespace cairn::store
