#include "languagedetection.h"

#include <cld2/public/compact_lang_det.h>

namespace qw {

std::optional<TextLanguage> detectLanguage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8(); // valid UTF-8 by construction, as DetectLanguage asks
    if (utf8.size() < 12)
        return std::nullopt;
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguage(utf8.constData(), int(utf8.size()), true, &reliable);
    if (!reliable)
        return std::nullopt;
    switch (language) {
    case CLD2::ENGLISH: return TextLanguage::English;
    case CLD2::GERMAN: return TextLanguage::German;
    case CLD2::FRENCH: return TextLanguage::French;
    case CLD2::SPANISH: return TextLanguage::Spanish;
    case CLD2::PORTUGUESE: return TextLanguage::Portuguese;
    default: return std::nullopt;
    }
}

} // namespace qw
