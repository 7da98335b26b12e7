// Must NOT compile: privacy/ rules are pure and cannot see the project file's headers.
#include "privacy/publication.h"
#include "store/sqlite.h"

int layeringProbe() {
    return 0;
}
