// The renderers a service shares among its requests: one per worker (a Renderer keeps its
// fonts, templates and shaping cache between documents, and serves one thread at a time).
// A request takes one for as long as it renders; when all are busy it waits, unless `queue`
// requests wait already or the wait would pass its limit: then it is refused (503), so an
// overloaded server answers at once instead of piling up work it cannot finish.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "potro/potro.h"

namespace potro::service {

class WorkerPool {
  public:
    WorkerPool(const Source& source, size_t workers, size_t queue);

    class Lease {
      public:
        Lease(WorkerPool& pool, size_t index) : pool_(&pool), index_(index) {}
        Lease(Lease&& other) noexcept : pool_(other.pool_), index_(other.index_) {
            other.pool_ = nullptr;
        }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        Renderer& renderer() const { return *pool_->renderers_[index_]; }

      private:
        WorkerPool* pool_;
        size_t index_;
    };

    // A worker, or nothing when the queue is full or none came free within `wait`.
    std::optional<Lease> acquire(std::chrono::milliseconds wait);

    size_t workers() const { return renderers_.size(); }
    size_t busy() const;
    size_t waiting() const;

  private:
    void release(size_t index);

    std::vector<std::unique_ptr<Renderer>> renderers_;
    const size_t queue_;
    mutable std::mutex mutex_;
    std::condition_variable freed_;
    std::vector<size_t> free_;
    size_t waiting_ = 0;
};

}  // namespace potro::service
