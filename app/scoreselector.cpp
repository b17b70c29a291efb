#include "scoreselector.h"

#include "domain/score.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qw {

ScoreSelector::ScoreSelector(Kind kind, QWidget *parent)
    : QGroupBox(kind == Kind::Impact ? tr("&Impact") : tr("E&ffort"), parent),
      m_group(new QButtonGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    // Highest first: the way people read a scale.
    for (int score = Score::Maximum; score >= Score::Minimum; --score) {
        const QString rubric = kind == Kind::Impact ? Score::impactRubric(score)
                                                    : Score::effortRubric(score);
        auto *button = new QRadioButton(tr("%1 – %2").arg(score).arg(rubric), this);
        button->setObjectName(QStringLiteral("score%1").arg(score));
        m_group->addButton(button, score);
        layout->addWidget(button);
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT scoreChanged(id);
    });
}

int ScoreSelector::score() const
{
    return qMax(0, m_group->checkedId());
}

void ScoreSelector::setScore(int score)
{
    if (QAbstractButton *button = m_group->button(score))
        button->setChecked(true);
}

} // namespace qw
