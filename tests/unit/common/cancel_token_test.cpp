// CancelToken: the flag a job checks between units, and the hooks that reach into a unit in progress.

#include "common/error.h"
#include "common/progress.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace cairn;

TEST_CASE("cancel sets the flag and runs each hook once", "[cancel]") {
    CancelToken token;
    int ran = 0;
    token.addHook([&] { ++ran; });
    token.addHook([&] { ran += 10; });
    CHECK_FALSE(token.isCancelled());
    CHECK_NOTHROW(token.throwIfCancelled());
    CHECK(ran == 0);
    token.cancel();
    CHECK(token.isCancelled());
    CHECK_THROWS_AS(token.throwIfCancelled(), Cancelled);
    CHECK(ran == 11);
    token.cancel(); // a second click on Cancel
    CHECK(ran == 11);
}

TEST_CASE("a hook added after cancel runs at once, a removed hook never", "[cancel]") {
    CancelToken token;
    int removedRan = 0;
    const auto key = token.addHook([&] { ++removedRan; });
    token.removeHook(key);
    token.cancel();
    CHECK(removedRan == 0);
    int lateRan = 0;
    token.addHook([&] { ++lateRan; });
    CHECK(lateRan == 1);
}

TEST_CASE("cancel from another thread reaches the hook", "[cancel]") {
    CancelToken token;
    std::atomic<int> ran{0};
    const auto key = token.addHook([&] { ran.fetch_add(1); });
    std::thread other([&] { token.cancel(); });
    other.join();
    token.removeHook(key);
    CHECK(ran.load() == 1);
}
