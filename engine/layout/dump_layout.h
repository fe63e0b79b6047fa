// The laid-out pages as text, one item per line: the golden-test view of pagination.
#pragma once

#include <string>

#include "layout/frame.h"

namespace potro {

// page N WIDTHxHEIGHT
//   text X,Y FONT SIZE "text"
//   box X,Y WxH / rule X1,Y1 X2,Y2 / image X,Y WxH FILE
// Coordinates in points from the top-left, one decimal.
std::string dump_layout(const LaidOutDocument& doc);

}  // namespace potro
