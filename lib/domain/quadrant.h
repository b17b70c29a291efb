#pragma once

#include <QString>

namespace qw {

// The four quadrants of the impact/effort matrix, in priority order.
enum class Quadrant {
    QuickWin = 0,      // high impact, low effort
    MajorProject = 1,  // high impact, high effort
    FillIn = 2,        // low impact, low effort
    Thankless = 3,     // low impact, high effort
};

QString quadrantName(Quadrant quadrant);

// Decides the quadrant of a scored entry.
//
// The boundary is the middle of the scale (3 on 1..5). A score exactly on the boundary does
// *not* earn the better side: impact 3 counts as low impact and effort 3 counts as high effort.
// A quick win has to be clearly worth it and clearly cheap, so a "medium" score never promotes
// an entry into the quick wins. The matrix draws the lines between the steps accordingly
// (impact between 3 and 4, effort between 2 and 3), so a mark never sits on a line.
class QuadrantRule final
{
public:
    constexpr QuadrantRule() = default;
    constexpr QuadrantRule(int impactBoundary, int effortBoundary)
        : m_impactBoundary(impactBoundary), m_effortBoundary(effortBoundary) {}

    constexpr int impactBoundary() const { return m_impactBoundary; }
    constexpr int effortBoundary() const { return m_effortBoundary; }

    constexpr bool isHighImpact(int impact) const { return impact > m_impactBoundary; }
    constexpr bool isLowEffort(int effort) const { return effort < m_effortBoundary; }

    constexpr Quadrant quadrant(int impact, int effort) const
    {
        if (isHighImpact(impact))
            return isLowEffort(effort) ? Quadrant::QuickWin : Quadrant::MajorProject;
        return isLowEffort(effort) ? Quadrant::FillIn : Quadrant::Thankless;
    }

    // Where the dividing lines are drawn, in score units.
    constexpr double impactLine() const { return m_impactBoundary + 0.5; }
    constexpr double effortLine() const { return m_effortBoundary - 0.5; }

private:
    int m_impactBoundary = 3;
    int m_effortBoundary = 3;
};

} // namespace qw
