#pragma once
// From a file's bytes to a store::NewSource: parse (decode, NFC, passages), then a language for the
// document and each passage. Shared by importFile and by .qdpx import, so a source arrives the same
// way whichever door it came through.

#include "project/project.h"
#include "store/source_store.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn::project {

struct BuiltSource {
    store::NewSource source;
    std::vector<std::string> warnings;
};

/// Throws InvalidInput for an unknown kind, a bad language tag, or bytes the parser refuses.
/// `fileName` names the file in errors and chooses the format by its extension; `request.path`,
/// `caseName` and `allowDuplicate` are not used here.
BuiltSource buildSource(std::string_view bytes, const std::string& fileName, const ImportRequest& request,
                        const CancelToken* cancel = nullptr);

} // namespace cairn::project
