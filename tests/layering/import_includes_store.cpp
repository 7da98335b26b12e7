// Must NOT compile: import/ parsers are pure and cannot see the project file's headers.
#include "import/parsed_document.h"
#include "store/sqlite.h"

int layeringProbe() {
    return 0;
}
