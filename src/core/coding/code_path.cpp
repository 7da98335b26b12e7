#include "coding/code_path.h"

#include "common/error.h"
#include "common/guid.h"

namespace cairn::coding {

std::vector<std::string> splitCodePath(std::string_view path) {
    std::vector<std::string> names;
    std::string current;
    bool escaped = false;
    const auto finish = [&] {
        if (current.empty())
            throw InvalidInput("the code path \"" + std::string(path) +
                               "\" has an empty name (write a \"/\" inside a name as \"\\/\")");
        names.push_back(std::move(current));
        current.clear();
    };
    for (const char c : path) {
        if (escaped) {
            current += c;
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '/') {
            finish();
        } else {
            current += c;
        }
    }
    if (escaped) current += '\\'; // a trailing backslash stands for itself
    finish();
    return names;
}

std::string joinCodePath(const std::vector<std::string>& names) {
    std::string path;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i) path += '/';
        for (const char c : names[i]) {
            if (c == '/' || c == '\\') path += '\\';
            path += c;
        }
    }
    return path;
}

std::string shippedCodeGuid(std::string_view codebook, std::string_view path) {
    return guidFromName(kShippedCodeNamespace, std::string(codebook) + ":" + std::string(path));
}

} // namespace cairn::coding
