// A HarfBuzz object owned for a scope: destroyed with its own destroy function, never copied.
#pragma once

namespace potro {

template <class T, void (*Destroy)(T*)>
struct HbPtr {
    T* p;
    explicit HbPtr(T* q) : p(q) {}
    ~HbPtr() {
        if (p) Destroy(p);
    }
    HbPtr(const HbPtr&) = delete;
    HbPtr& operator=(const HbPtr&) = delete;
};

}  // namespace potro
