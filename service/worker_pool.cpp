#include "worker_pool.h"

namespace potro::service {

WorkerPool::WorkerPool(const Source& source, size_t workers, size_t queue) : queue_(queue) {
    for (size_t i = 0; i < std::max<size_t>(workers, 1); ++i) {
        renderers_.push_back(std::make_unique<Renderer>(source));
        free_.push_back(i);
    }
}

WorkerPool::Lease::~Lease() {
    if (pool_) pool_->release(index_);
}

std::optional<WorkerPool::Lease> WorkerPool::acquire(std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    if (free_.empty()) {
        if (waiting_ >= queue_) return std::nullopt;
        ++waiting_;
        const bool got = freed_.wait_for(lock, wait, [&] { return !free_.empty(); });
        --waiting_;
        if (!got) return std::nullopt;
    }
    const size_t index = free_.back();
    free_.pop_back();
    return std::optional<Lease>(std::in_place, *this, index);
}

void WorkerPool::release(size_t index) {
    {
        std::lock_guard lock(mutex_);
        free_.push_back(index);
    }
    freed_.notify_one();
}

size_t WorkerPool::busy() const {
    std::lock_guard lock(mutex_);
    return renderers_.size() - free_.size();
}

size_t WorkerPool::waiting() const {
    std::lock_guard lock(mutex_);
    return waiting_;
}

}  // namespace potro::service
