// Minutes (the model) + a template -> the assembled document both exporters use.
#pragma once

#include "assembly/blocks.h"
#include "assembly/template.h"
#include "model/minutes.h"

namespace potro {

AssembledDocument assemble_minutes(const Minutes& minutes, const MinutesTemplate& tpl);

}  // namespace potro
