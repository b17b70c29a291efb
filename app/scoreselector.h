#pragma once

#include <QGroupBox>

class QButtonGroup;

namespace qw {

// Picks a score of 1..5 from radio buttons that each show the level's rubric, so the person
// reads what "4" means while choosing it. Starts with nothing chosen when asked to, so that a
// new entry's score is a decision, not a default.
class ScoreSelector final : public QGroupBox
{
    Q_OBJECT
public:
    enum class Kind { Impact, Effort };

    ScoreSelector(Kind kind, QWidget *parent = nullptr);

    int score() const; // 0 when nothing is chosen
    void setScore(int score);

Q_SIGNALS:
    void scoreChanged(int score);

private:
    QButtonGroup *m_group;
};

} // namespace qw
