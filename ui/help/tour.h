#pragma once

#include <QList>
#include <QPointer>
#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPainter;
class QPushButton;

namespace Chrysalis {

// What a tour step points at: a widget, or one rectangle of it (a sidebar row). A null widget means
// the target is not there; the step is then left out.
struct TourTarget {
    QPointer<QWidget> widget;
    QRect rect; // in the widget's coordinates; empty for the whole widget
};

// One callout of a tour. prepare() brings the target on screen (shows its page) and may fail, which
// leaves the step out; a step without a target is a centred welcome or farewell.
struct TourStep {
    QString id; // stable, for tests
    QString title;
    QString text;
    std::function<bool()> prepare;
    std::function<TourTarget()> target;
};

// A guided tour over a window: dims everything but the step's target and shows a bubble beside it
// with Back, Next and Skip tour (Esc skips, arrows and Enter move). It lives on the window's event
// loop and never opens a modal loop, so syncing and offline work go on underneath. Steps whose target
// is hidden or missing are dropped as they are met; the tour deletes itself when it finishes.
class Tour : public QWidget
{
    Q_OBJECT

public:
    // The tour covers the whole window; start() shows it.
    Tour(QList<TourStep> steps, QWidget *window);

    void start();
    // The steps still in the tour, in order (dropped ones are gone).
    QStringList stepIds() const;
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    int currentIndex() const { return m_index; }
    QString currentStepId() const;
    QString titleText() const;
    QString bodyText() const;
    // "3 of 7".
    QString progressText() const;
    // The lit part of the window, in the tour's coordinates; empty for a step without a target.
    QRect highlightRect() const { return m_hole; }
    QWidget *bubble() const { return m_bubble; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void next();
    void back();
    // Ends the tour before its last step.
    void skip();

Q_SIGNALS:
    void stepShown(int index);
    // completed: the last step was reached and closed with Done; false when skipped.
    void finished(bool completed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Shows the step at index, or the nearest usable one in the direction of travel; false when none is left.
    bool showStep(int index, int direction);
    bool isUsable(const TourStep &step, TourTarget &target) const;
    void placeBubble();
    void paintPointer(QPainter &painter) const;
    void finish(bool completed);

    QList<TourStep> m_steps;
    int m_index = -1;
    TourTarget m_target;
    QRect m_hole;
    int m_side = -1; // where the bubble sits: 0 right of the target, 1 left, 2 below, 3 above; -1 no pointer
    bool m_finished = false;
    QWidget *m_bubble = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Chrysalis
