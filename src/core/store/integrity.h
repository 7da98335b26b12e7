#pragma once
// `cairn check`: SQLite's own checks and Cairn's invariants, each problem with what to do about it.

#include <string>
#include <vector>

namespace cairn::store {

class ProjectFile;

struct Problem {
    std::string check;  // "integrity_check", "foreign_key_check", "passage-span", …
    std::string detail; // what is wrong, naming the rows
    std::string advice; // what the user can do
};

/// Runs every check; an empty result means the project is sound.
std::vector<Problem> checkProject(ProjectFile& project);

} // namespace cairn::store
