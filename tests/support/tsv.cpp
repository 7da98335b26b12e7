#include "support/tsv.h"

#include <sstream>

namespace cairn::test {

std::vector<std::vector<std::string>> readTsv(const std::string& content) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(content);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string> fields;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, '\t');)
            fields.push_back(cell);
        if (line.back() == '\t') fields.emplace_back();
        rows.push_back(fields);
    }
    return rows;
}

std::vector<std::string> splitIds(const std::string& ids) {
    std::vector<std::string> out;
    std::istringstream in(ids);
    for (std::string id; std::getline(in, id, ',');)
        if (!id.empty()) out.push_back(id);
    return out;
}

} // namespace cairn::test
