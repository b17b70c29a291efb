#pragma once

#include "causewords.h"

#include <optional>

namespace qw {

// The language a customer or an agent wrote in, of those triage compares (Google's Compact
// Language Detector 2, Debian's libcld2): nullopt when the text is too short to tell, or is in
// another language. A register may set its language instead (the setting "cause_language").
std::optional<TextLanguage> detectLanguage(const QString &text);

} // namespace qw
