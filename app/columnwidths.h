#pragma once

class QTableView;

namespace qw {

// Sizes the priority list's columns to the widest text they can hold (the widest status, an
// ID of five digits, …) from the font alone: measuring thousands of rows would cost more than
// opening the register, and the columns no longer jump as a filter changes the rows.
void sizeEntryColumns(QTableView *view);

} // namespace qw
