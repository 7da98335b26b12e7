// Must NOT compile: indicators/ reads and writes files' formats only and cannot see the project file's
// headers (store/indicator_store keeps indicators in the project).
#include "indicators/values_csv.h"
#include "store/sqlite.h"

int layeringProbe() {
    return 0;
}
