#include "common/progress.h"

#include "common/error.h"

namespace cairn {

void CancelToken::throwIfCancelled() const {
    if (isCancelled()) throw Cancelled();
}

} // namespace cairn
