#include "tests/ui/i18n/clippedtext.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QCheckBox>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chrysalis::Testing {

namespace {

// A pixel of slack for rounding in the styles' own arithmetic.
constexpr int kSlack = 1;

QString withoutMnemonics(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        shown.append(text.at(i));
    }
    return shown;
}

int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

QString objectPath(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QObject *object = widget; object && object != root; object = object->parent()) {
        QString part = object->objectName();
        if (part.isEmpty())
            part = QString::fromLatin1(object->metaObject()->className()).remove(u"Chrysalis::"_s);
        parts.prepend(part);
    }
    return parts.isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : parts.join(u'/');
}

class Walker
{
public:
    explicit Walker(const QWidget *root) : m_root(root) { }

    void check(QWidget *widget)
    {
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label);
        else if (auto *check = qobject_cast<QCheckBox *>(widget))
            checkIndicatorButton(check, QStyle::SE_CheckBoxContents);
        else if (auto *radio = qobject_cast<QRadioButton *>(widget))
            checkIndicatorButton(radio, QStyle::SE_RadioButtonContents);
        else if (auto *push = qobject_cast<QPushButton *>(widget))
            checkPushButton(push);
        else if (auto *tool = qobject_cast<QToolButton *>(widget))
            checkToolButton(tool);
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            checkBySizeHint(button, withoutMnemonics(button->text()));
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            checkGroupBox(box);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            checkTabBar(tabs);
        else if (auto *header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header);
        else if (auto *list = qobject_cast<QListView *>(widget))
            checkList(list);
    }

    QList<ClippedText> found;

private:
    void report(const QWidget *widget, const QString &text, int needed, int available, bool vertical = false)
    {
        found.append({objectPath(widget, m_root), text, needed, available, vertical});
    }

    void checkLabel(QLabel *label)
    {
        QString text = label->text();
        if (text.isEmpty() || !label->pixmap().isNull())
            return;
        if (label->wordWrap()) {
            const int height = label->heightForWidth(label->width());
            if (height > label->height() + kSlack)
                report(label, text, height, label->height(), true);
            return;
        }
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        int needed = 0;
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(text);
            needed = static_cast<int>(std::ceil(document.idealWidth()));
            text = document.toPlainText();
        } else {
            if (label->buddy())
                text = withoutMnemonics(text);
            needed = widestLine(label->fontMetrics(), text);
        }
        int indent = label->indent();
        if (indent < 0)
            indent = label->frameWidth() > 0 ? label->fontMetrics().horizontalAdvance(u'x') / 2 : 0;
        const int available = label->contentsRect().width() - 2 * label->margin() - indent;
        if (needed > available + kSlack)
            report(label, text, needed, available);
    }

    void checkPushButton(QPushButton *button)
    {
        const QString text = withoutMnemonics(button->text());
        if (text.isEmpty())
            return;
        QStyleOptionButton option;
        option.initFrom(button);
        option.rect = button->rect();
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        if (button->isFlat())
            option.features |= QStyleOptionButton::Flat;
        if (button->menu())
            option.features |= QStyleOptionButton::HasMenu;
        int available = button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button).width();
        if (button->menu())
            available -= button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
        int needed = widestLine(button->fontMetrics(), text);
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4; // the gap QCommonStyle leaves after the icon
        if (needed > available + kSlack)
            report(button, text, needed, available);
    }

    void checkToolButton(QToolButton *button)
    {
        const QString text = withoutMnemonics(button->text());
        if (text.isEmpty())
            return;
        const bool iconOnly =
                button->toolButtonStyle() == Qt::ToolButtonIconOnly ||
                (button->toolButtonStyle() == Qt::ToolButtonFollowStyle &&
                 button->style()->styleHint(QStyle::SH_ToolButtonStyle, nullptr, button) == Qt::ToolButtonIconOnly);
        if (iconOnly && !button->icon().isNull())
            return;
        checkBySizeHint(button, text);
    }

    void checkBySizeHint(QWidget *widget, const QString &text)
    {
        if (text.isEmpty())
            return;
        const int needed = widget->sizeHint().width();
        if (needed > widget->width() + kSlack)
            report(widget, text, needed, widget->width());
    }

    void checkIndicatorButton(QAbstractButton *button, QStyle::SubElement contents)
    {
        const QString text = withoutMnemonics(button->text());
        if (text.isEmpty())
            return;
        QStyleOptionButton option;
        option.initFrom(button);
        option.rect = button->rect();
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        const int available = button->style()->subElementRect(contents, &option, button).width();
        int needed = widestLine(button->fontMetrics(), text);
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
        if (needed > available + kSlack)
            report(button, text, needed, available);
    }

    void checkGroupBox(QGroupBox *box)
    {
        if (box->title().isEmpty())
            return;
        QStyleOptionGroupBox option;
        option.initFrom(box);
        option.rect = box->rect();
        option.text = box->title();
        option.lineWidth = 1;
        option.midLineWidth = 0;
        option.textAlignment = Qt::Alignment(box->alignment());
        option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
        if (box->isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        if (box->isFlat())
            option.features |= QStyleOptionFrame::Flat;
        const QRect label = box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
        if (label.right() >= box->width() + kSlack || label.left() < -kSlack)
            report(box, withoutMnemonics(box->title()), label.right() + 1, box->width());
    }

    void checkTabBar(QTabBar *bar)
    {
        for (int i = 0; i < bar->count(); ++i) {
            const QString text = withoutMnemonics(bar->tabText(i));
            if (text.isEmpty() || !bar->isTabVisible(i))
                continue;
            const bool elidedOnPurpose = !bar->tabToolTip(i).isEmpty() && bar->elideMode() != Qt::ElideNone;
            const QRect rect = bar->tabRect(i);
            const bool horizontal = bar->shape() == QTabBar::RoundedNorth || bar->shape() == QTabBar::RoundedSouth ||
                                    bar->shape() == QTabBar::TriangularNorth ||
                                    bar->shape() == QTabBar::TriangularSouth;
            const int end = horizontal ? rect.right() : rect.bottom();
            const int room = horizontal ? bar->width() : bar->height();
            if (end >= room + kSlack) {
                report(bar, text, end + 1, room); // behind the scroll arrows
                continue;
            }
            QStyleOptionTab option;
            option.initFrom(bar);
            option.rect = rect;
            option.text = bar->tabText(i);
            option.icon = bar->tabIcon(i);
            option.iconSize = bar->iconSize();
            option.shape = bar->shape();
            option.documentMode = bar->documentMode();
            if (QWidget *left = bar->tabButton(i, QTabBar::LeftSide))
                option.leftButtonSize = left->size();
            if (QWidget *right = bar->tabButton(i, QTabBar::RightSide))
                option.rightButtonSize = right->size();
            const QRect textRect = bar->style()->subElementRect(QStyle::SE_TabBarTabText, &option, bar);
            const int needed = bar->fontMetrics().horizontalAdvance(text);
            const int available = horizontal ? textRect.width() : textRect.height();
            if (needed > available + kSlack && !elidedOnPurpose)
                report(bar, text, needed, available);
        }
    }

    void checkHeader(QHeaderView *header)
    {
        const QAbstractItemModel *model = header->model();
        if (!model)
            return;
        const Qt::Orientation orientation = header->orientation();
        for (int logical = 0; logical < header->count(); ++logical) {
            const int size = header->sectionSize(logical);
            if (header->isSectionHidden(logical) || size <= 0)
                continue;
            const QString text = model->headerData(logical, orientation, Qt::DisplayRole).toString();
            if (text.isEmpty() || !model->headerData(logical, orientation, Qt::ToolTipRole).toString().isEmpty())
                continue;
            const QVariant fontData = model->headerData(logical, orientation, Qt::FontRole);
            QFont font = fontData.isValid() ? fontData.value<QFont>() : header->font();
            // A section over a selected row or column is drawn in bold: measured so, it fits either way.
            if (header->highlightSections())
                font.setBold(true);
            QStyleOptionHeader option;
            option.initFrom(header);
            option.rect = orientation == Qt::Horizontal ? QRect(0, 0, size, header->height())
                                                        : QRect(0, 0, header->width(), size);
            option.section = logical;
            option.text = text;
            option.orientation = orientation;
            option.textAlignment = header->defaultAlignment();
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
                option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                          : QStyleOptionHeader::SortUp;
            const QRect label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header);
            const int needed = widestLine(QFontMetrics(font), text);
            if (needed > label.width() + kSlack)
                report(header, text, needed, label.width());
        }
    }

    // A one-column list (a sidebar) whose rows are wider than its viewport shows them cut off at the right.
    void checkList(QListView *list)
    {
        const QAbstractItemModel *model = list->model();
        if (!model || list->wordWrap() || list->viewMode() != QListView::ListMode ||
            list->flow() != QListView::TopToBottom)
            return;
        const int available = list->viewport()->width();
        const int rows = std::min(model->rowCount(list->rootIndex()), 500);
        for (int row = 0; row < rows; ++row) {
            if (list->isRowHidden(row))
                continue;
            const QModelIndex index = model->index(row, list->modelColumn(), list->rootIndex());
            const QString text = index.data(Qt::DisplayRole).toString();
            if (text.isEmpty() || !index.data(Qt::ToolTipRole).toString().isEmpty())
                continue;
            const int needed = list->sizeHintForIndex(index).width();
            if (needed > available + kSlack)
                report(list, text, needed, available);
        }
    }

    const QWidget *m_root;
};

} // namespace

QString ClippedText::describe() const
{
    return vertical ? u"%1: \"%2\" needs %3 px of height, has %4 px"_s.arg(path, text).arg(needed).arg(available)
                    : u"%1: \"%2\" needs %3 px, has %4 px"_s.arg(path, text).arg(needed).arg(available);
}

QList<ClippedText> findClippedTexts(QWidget *root)
{
    Walker walker(root);
    QList<QWidget *> widgets{root};
    widgets.append(root->findChildren<QWidget *>());
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget != root && !widget->isVisibleTo(root))
            continue;
        if (widget->width() <= 0 || widget->height() <= 0)
            continue;
        walker.check(widget);
    }
    return walker.found;
}

} // namespace Chrysalis::Testing
