#include "system_clock.h"

#include <ctime>

namespace potro::cli {

Moment system_now() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return {static_cast<int64_t>(t), static_cast<int>(local.tm_gmtoff / 60)};
}

}  // namespace potro::cli
