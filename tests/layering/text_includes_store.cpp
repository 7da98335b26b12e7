// Must NOT compile: text/ sits below store/ and cannot see its headers. The layering test builds
// this file against cairn::text alone and expects the build to fail.
#include "store/project_file.h"
#include "text/utf.h"

int layeringProbe() {
    return 0;
}
