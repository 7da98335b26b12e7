#pragma once
// A piece of SQL with its parameters in the order of their '?', so pieces can be joined without
// counting placeholders by hand.

#include "store/sqlite.h"

#include <string>
#include <vector>

namespace cairn::search {

struct SqlFragment {
    std::string sql;
    std::vector<store::SqlValue> params;

    SqlFragment& operator+=(const SqlFragment& other) {
        sql += other.sql;
        params.insert(params.end(), other.params.begin(), other.params.end());
        return *this;
    }
    SqlFragment& operator+=(const std::string& text) {
        sql += text;
        return *this;
    }
};

/// Binds a fragment's parameters from `first` on; returns the next free index.
inline int bindAll(store::Statement& stmt, const SqlFragment& fragment, int first) {
    for (const auto& value : fragment.params)
        stmt.bind(first++, value);
    return first;
}

} // namespace cairn::search
