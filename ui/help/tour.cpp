#include "ui/help/tour.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegion>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

constexpr int kHoleMargin = 6;
constexpr int kGap = 18;
constexpr int kEdge = 12;
constexpr int kBubbleWidth = 360;

} // namespace

Tour::Tour(QList<TourStep> steps, QWidget *window) : QWidget(window), m_steps(std::move(steps))
{
    setObjectName(u"tour"_s);
    setAccessibleName(tr("Tour"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();

    auto *bubble = new QFrame(this);
    bubble->setObjectName(u"tourBubble"_s);
    bubble->setFixedWidth(kBubbleWidth);
    m_bubble = bubble;

    m_progress = new QLabel;
    m_progress->setObjectName(u"tourProgress"_s);
    QFont small = m_progress->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_progress->setFont(small);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLabel;
    m_title->setObjectName(u"tourTitle"_s);
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setWordWrap(true);
    m_body = new QLabel;
    m_body->setObjectName(u"tourBody"_s);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);

    m_skip = new QPushButton(tr("Skip tour"));
    m_skip->setFlat(true);
    m_skip->setToolTip(tr("End the tour (Esc). Help → Take the tour starts it again."));
    m_back = new QPushButton(tr("Back"));
    m_next = new QPushButton(tr("Next"));
    m_next->setDefault(true);
    // Keys belong to the tour itself, so arrows and Enter always move it.
    for (QPushButton *button : {m_skip, m_back, m_next})
        button->setFocusPolicy(Qt::NoFocus);
    connect(m_skip, &QPushButton::clicked, this, &Tour::skip);
    connect(m_back, &QPushButton::clicked, this, &Tour::back);
    connect(m_next, &QPushButton::clicked, this, &Tour::next);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 6, 0, 0);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(bubble);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(buttons);

    window->installEventFilter(this);
}

void Tour::start()
{
    setGeometry(parentWidget()->rect());
    if (!showStep(0, 1)) {
        finish(true);
        return;
    }
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

QStringList Tour::stepIds() const
{
    QStringList ids;
    for (const TourStep &step : m_steps)
        ids.append(step.id);
    return ids;
}

QString Tour::currentStepId() const
{
    return m_index >= 0 && m_index < m_steps.size() ? m_steps.at(m_index).id : QString();
}

QString Tour::titleText() const
{
    return m_title->text();
}

QString Tour::bodyText() const
{
    return m_body->text();
}

QString Tour::progressText() const
{
    return m_progress->text();
}

void Tour::next()
{
    if (m_finished)
        return;
    if (m_index + 1 >= m_steps.size() || !showStep(m_index + 1, 1))
        finish(true);
}

void Tour::back()
{
    if (m_finished || m_index <= 0)
        return;
    showStep(m_index - 1, -1);
}

void Tour::skip()
{
    if (!m_finished)
        finish(false);
}

bool Tour::isUsable(const TourStep &step, TourTarget &target) const
{
    if (step.prepare && !step.prepare())
        return false;
    if (!step.target) {
        target = {};
        return true;
    }
    target = step.target();
    QWidget *widget = target.widget;
    if (!widget || !widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
        return false;
    return target.rect.isEmpty() || widget->rect().intersects(target.rect);
}

bool Tour::showStep(int index, int direction)
{
    while (index >= 0 && index < m_steps.size()) {
        TourTarget target;
        if (isUsable(m_steps.at(index), target)) {
            m_index = index;
            m_target = target;
            const TourStep &step = m_steps.at(index);
            m_title->setText(step.title);
            m_body->setText(step.text);
            m_progress->setText(tr("%1 of %2").arg(m_index + 1).arg(m_steps.size()));
            m_back->setEnabled(m_index > 0);
            m_next->setText(m_index + 1 == m_steps.size() ? tr("Done") : tr("Next"));
            placeBubble();
            // A page shown by prepare() may still lay itself out; place again once it has.
            QTimer::singleShot(0, this, [this] { placeBubble(); });
            Q_EMIT stepShown(m_index);
            return true;
        }
        // Out of the tour for good, so "3 of 7" counts only steps that can be shown.
        m_steps.removeAt(index);
        if (index <= m_index)
            --m_index;
        if (direction < 0)
            --index;
    }
    if (direction < 0 && m_index >= 0 && m_index < m_steps.size())
        showStep(m_index, 1);
    return false;
}

void Tour::placeBubble()
{
    if (m_finished || m_index < 0)
        return;
    setGeometry(parentWidget()->rect());
    m_hole = {};
    m_side = -1;
    if (QWidget *widget = m_target.widget) {
        const QRect local = m_target.rect.isEmpty() ? widget->rect() : m_target.rect & widget->rect();
        const QPoint topLeft = mapFromGlobal(widget->mapToGlobal(local.topLeft()));
        m_hole = QRect(topLeft, local.size()).adjusted(-kHoleMargin, -kHoleMargin, kHoleMargin, kHoleMargin) &
                 rect().adjusted(2, 2, -2, -2);
    }
    // On a dark theme the bubble is lifted above the dimmed window, which is nearly black there.
    const QColor window = palette().color(QPalette::Window);
    const QColor fill = window.lightness() < 128 ? window.lighter(150) : palette().color(QPalette::Base);
    const QString sheet = u"QFrame#tourBubble { background: %1; border: 2px solid %2; border-radius: 10px; }"_s.arg(
            fill.name(), palette().color(QPalette::Highlight).name());
    if (m_bubble->styleSheet() != sheet)
        m_bubble->setStyleSheet(sheet);
    m_bubble->adjustSize();
    const QSize size(kBubbleWidth, m_bubble->heightForWidth(kBubbleWidth) > 0 ? m_bubble->heightForWidth(kBubbleWidth)
                                                                              : m_bubble->sizeHint().height());
    m_bubble->resize(size);
    const QRect area = rect().adjusted(kEdge, kEdge, -kEdge, -kEdge);
    const auto clampY = [&](int y) {
        return std::clamp(y, area.top(), std::max(area.top(), area.bottom() - size.height()));
    };
    const auto clampX = [&](int x) {
        return std::clamp(x, area.left(), std::max(area.left(), area.right() - size.width()));
    };
    QPoint at;
    if (m_hole.isEmpty()) {
        at = QPoint((width() - size.width()) / 2, (height() - size.height()) / 2);
    } else {
        const QList<QPoint> candidates{
                {m_hole.right() + kGap, clampY(m_hole.center().y() - size.height() / 2)},
                {m_hole.left() - kGap - size.width(), clampY(m_hole.center().y() - size.height() / 2)},
                {clampX(m_hole.center().x() - size.width() / 2), m_hole.bottom() + kGap},
                {clampX(m_hole.center().x() - size.width() / 2), m_hole.top() - kGap - size.height()},
        };
        bool placed = false;
        for (int side = 0; side < candidates.size(); ++side) {
            if (area.contains(QRect(candidates.at(side), size))) {
                at = candidates.at(side);
                m_side = side;
                placed = true;
                break;
            }
        }
        // A target that fills the window: the bubble sits inside it, in its lower right corner.
        if (!placed)
            at = QPoint(clampX(m_hole.right() - kGap - size.width()), clampY(m_hole.bottom() - kGap - size.height()));
    }
    m_bubble->move(at);
    m_bubble->raise();
    // The lit target stays usable: clicks inside the highlight go through to it.
    if (m_hole.isEmpty())
        clearMask();
    else
        setMask(QRegion(rect()).subtracted(
                QRegion(m_hole.adjusted(kHoleMargin, kHoleMargin, -kHoleMargin, -kHoleMargin))));
    update();
}

void Tour::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    hide();
    if (parentWidget())
        parentWidget()->removeEventFilter(this);
    Q_EMIT finished(completed);
    deleteLater();
}

bool Tour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        QTimer::singleShot(0, this, [this] { placeBubble(); });
    return QWidget::eventFilter(watched, event);
}

void Tour::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        skip();
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        back();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void Tour::mousePressEvent(QMouseEvent *event)
{
    // The dimmed window is not for clicking while the tour shows; the bubble's buttons and the target are.
    event->accept();
}

// A small triangle from the bubble towards the target, in the bubble's colours.
void Tour::paintPointer(QPainter &painter) const
{
    const QRect bubble = m_bubble->geometry();
    constexpr int half = 9;
    const auto along = [](int centre, int low, int high) { return std::clamp(centre, low + 18, high - 18); };
    QPolygonF pointer;
    switch (m_side) {
    case 0: { // bubble right of the target
        const int y = along(m_hole.center().y(), bubble.top(), bubble.bottom());
        pointer << QPointF(bubble.left() + 1, y - half) << QPointF(m_hole.right() + 4, y)
                << QPointF(bubble.left() + 1, y + half);
        break;
    }
    case 1: { // left of it
        const int y = along(m_hole.center().y(), bubble.top(), bubble.bottom());
        pointer << QPointF(bubble.right(), y - half) << QPointF(m_hole.left() - 4, y)
                << QPointF(bubble.right(), y + half);
        break;
    }
    case 2: { // below it
        const int x = along(m_hole.center().x(), bubble.left(), bubble.right());
        pointer << QPointF(x - half, bubble.top() + 1) << QPointF(x, m_hole.bottom() + 4)
                << QPointF(x + half, bubble.top() + 1);
        break;
    }
    default: { // above it
        const int x = along(m_hole.center().x(), bubble.left(), bubble.right());
        pointer << QPointF(x - half, bubble.bottom()) << QPointF(x, m_hole.top() - 4)
                << QPointF(x + half, bubble.bottom());
        break;
    }
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawPolygon(pointer);
}

void Tour::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath dim;
    dim.addRect(rect());
    if (!m_hole.isEmpty()) {
        QPainterPath hole;
        hole.addRoundedRect(QRectF(m_hole), 8, 8);
        dim = dim.subtracted(hole);
    }
    painter.fillPath(dim, QColor(0, 0, 0, 150));
    if (m_side >= 0)
        paintPointer(painter);
    if (!m_hole.isEmpty()) {
        QPen pen(palette().color(QPalette::Highlight), 3);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(m_hole).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8);
    }
}

} // namespace Chrysalis
