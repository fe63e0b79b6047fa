// The wall clock, read here in the shell and handed to the library as a Clock: only signing
// asks for the time.
#pragma once

#include "potro/source.h"

namespace potro::cli {

// Now, with the local time zone's offset.
Moment system_now();

}  // namespace potro::cli
