#pragma once

#include <QLineEdit>

namespace qw {

// A line field that holds at most limit characters as one types, and never cuts what it is
// given: a longer text already saved (by an earlier version, or written outside QuickWins)
// stays whole, for the dialog's note to say it is too long. (QLineEdit's own default, 32,767,
// would cut it at construction.)
inline QLineEdit *boundedLine(const QString &text, int limit, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setMaxLength(std::max<int>(limit, int(text.size())));
    line->setText(text);
    return line;
}

} // namespace qw
