#pragma once

#include <QWidget>

#include <QDate>
#include <QList>

class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;

namespace qw {

class RegisterDocument;

// Satisfaction over time: the monthly average (0-100 %) and the share of poor responses, for
// all services or one, with the improvements done marked on the timeline, so a manager can see
// whether finished work moved satisfaction.
class TrendView final : public QWidget
{
    Q_OBJECT
public:
    explicit TrendView(QWidget *parent = nullptr);

    void setDocument(RegisterDocument *document);
    // Reads the register again now, shown or not.
    void refresh();
    int monthCount() const { return m_months; }
    int doneMarkCount() const { return m_doneMarks; }
    // The month labels under the chart, as shown (each month at most once).
    QStringList monthLabels() const;
    // Every how many months a label is (as many as the width holds).
    int monthLabelStep() const { return m_labelStep; }

    // Whether anyone sees the trend (its dock is not a tab behind another): an inactive trend
    // only notes that the register changed, and reads it when made active, so that opening a
    // large register does not wait for a chart nobody looks at.
    void setActive(bool active);

protected:
    void resizeEvent(QResizeEvent *event) override;
    // A theme changed: the chart is drawn again in its colours.
    void changeEvent(QEvent *event) override;

private:
    void refreshWhenShown();
    // As many month labels as the width holds without eliding, each on its month's first day.
    void labelMonths();

    RegisterDocument *m_document = nullptr;
    bool m_active = false;
    bool m_stale = false;
    QComboBox *m_service;
    QChartView *m_view;
    int m_months = 0;
    int m_doneMarks = 0;
    QList<QDate> m_monthStarts;
    QCategoryAxis *m_x = nullptr;
    int m_labelStep = 1;
};

} // namespace qw
