// The file name a bulk export gives a document's outputs: its date and its memo number, in
// ASCII so that every file system, archive and script takes it.
#pragma once

#include <string>

#include "kinds/kind.h"

namespace potro {

// "2023-09-25_05.47.0000.005.06.006.22.401" (issue date, memo number; an endorsement "/1"
// becomes "-1", copies "(75)" are left out). Without a memo line, or with a free-text memo
// number, the input file's name stands for the memo number: "2023-09-20_natore-minutes".
// Without any date: "undated_…".
std::string output_stem(const Document& doc, const std::string& input_path);

}  // namespace potro
