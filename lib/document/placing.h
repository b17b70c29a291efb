#pragma once

// Internal to the document: what the last grouping learned, as the document last read it.

#include "registerdocument.h"

#include "causes/causegroups.h"

namespace qw {

struct RegisterDocument::Placing
{
    qint64 generation = -1;
    std::optional<CausePlacer> placer;
};

} // namespace qw
