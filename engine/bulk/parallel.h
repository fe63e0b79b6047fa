// Work spread over threads, for bulk export.
#pragma once

#include <atomic>
#include <thread>
#include <vector>

namespace potro {

// Runs work(i, worker) for every i in [0, n) on `threads` threads; each worker index is used
// by one thread only, so per-worker state needs no lock.
template <class Work>
void parallel_for(size_t n, size_t threads, Work work) {
    std::atomic<size_t> next{0};
    auto run = [&](size_t worker) {
        for (size_t i; (i = next.fetch_add(1)) < n;) work(i, worker);
    };
    std::vector<std::thread> pool;
    for (size_t w = 1; w < threads; ++w) pool.emplace_back(run, w);
    run(0);
    for (auto& t : pool) t.join();
}

}  // namespace potro
