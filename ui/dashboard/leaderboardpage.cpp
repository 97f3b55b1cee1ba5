#include "ui/dashboard/leaderboardpage.h"

#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/arbitration/arbitrationtext.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chrysalis {

namespace {

// Shows the viewer's own row in bold and the privacy note in the placeholder colour.
class LeaderboardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(LeaderboardModel::OwnRowRole).toBool())
            option->font.setBold(true);
        if (index.column() == LeaderboardModel::RatingColumn && index.data(LeaderboardModel::RatingHiddenRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (index.column() == LeaderboardModel::PointsColumn || index.column() == LeaderboardModel::RankColumn)
            option->text = QLocale().toString(index.data().toLongLong());
    }
};

} // namespace

LeaderboardPage::LeaderboardPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new LeaderboardModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Leaderboard").toHtmlEscaped()), this));

    m_progressBox = new QGroupBox(tr("Your standing"), this);
    auto *progressLayout = new QVBoxLayout(m_progressBox);
    m_standing = new QLabel(m_progressBox);
    m_standing->setWordWrap(true);
    m_standing->setTextFormat(Qt::RichText);
    progressLayout->addWidget(m_standing);
    m_progressBar = new QProgressBar(m_progressBox);
    m_progressBar->setTextVisible(true);
    progressLayout->addWidget(m_progressBar);
    m_progressNote = new QLabel(m_progressBox);
    m_progressNote->setWordWrap(true);
    progressLayout->addWidget(m_progressNote);
    layout->addWidget(m_progressBox);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LeaderboardDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LeaderboardModel::RatingColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No requester has reached butterfly standing yet, so the leaderboard is empty."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_empty, 1);

    connect(&engine, &SyncEngine::syncFinished, this, &LeaderboardPage::reload);
    connect(&engine, &SyncEngine::outboxChanged, this, &LeaderboardPage::reload);
    reload();
}

void LeaderboardPage::setPolicy(const Policy &policy)
{
    m_policy = policy;
    reload();
}

void LeaderboardPage::reload()
{
    QList<QJsonObject> entries;
    if (const auto stored = m_store.list(u"leaderboard_entry"_s)) {
        for (const StoredEntity &row : *stored)
            entries.append(row.data);
    }
    const QJsonObject account = ownAccount(m_store);
    const OwnStanding own = OwnStanding::fromAccount(account);
    m_model->setRows(leaderboardRows(entries));
    m_model->setOwnPseudonym(own.pseudonym);
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_intro->setText(
            tr("Butterfly requesters, the top %1 by points. Workers rate tasks privately; a requester's rating is "
               "shown only as an aggregate, once at least %2 ratings are in, and it is refreshed only after %3 more.")
                    .arg(m_policy.leaderboard.top)
                    .arg(m_policy.rating.privacyMinRatings)
                    .arg(m_policy.rating.refreshAfterNew));

    bool requester = false;
    for (const QJsonValue &role : account.value(u"roles"_s).toArray())
        requester = requester || role.toString() == u"requester";
    m_progressBox->setVisible(requester);
    if (!requester)
        return;
    const bool butterfly = own.standing == u"butterfly";
    const QString rank = own.rank ? tr("rank %1").arg(*own.rank) : tr("not ranked (butterflies only)");
    const QString rating = own.rating ? tr("%1 of 10 from %n rating(s)", nullptr, own.ratingCount)
                                                .arg(QLocale().toString(*own.rating, 'f', 1))
                                      : tr("not published yet (%n rating(s) so far)", nullptr, own.ratingCount);
    m_standing->setText(tr("<b>%1</b> · %2 · %3 points · %4 · rating: %5")
                                .arg(own.pseudonym.toHtmlEscaped(),
                                     (butterfly ? tr("Butterfly") : tr("Caterpillar")).toHtmlEscaped(),
                                     QLocale().toString(own.points), rank.toHtmlEscaped(), rating.toHtmlEscaped()));
    const int up = m_policy.standing.butterflyAtPoints;
    const int down = m_policy.standing.caterpillarBelowPoints;
    const qint64 shown = std::clamp<qint64>(own.points, 0, up);
    m_progressBar->setRange(0, up);
    m_progressBar->setValue(static_cast<int>(shown));
    if (butterfly) {
        m_progressBar->setFormat(tr("%1 points").arg(QLocale().toString(own.points)));
        m_progressNote->setText(tr("You keep butterfly standing while you hold at least %1 points (%2 to spare). "
                                   "Approved tasks without changes add points, ratings add rating − %3, a "
                                   "lost conflict costs points.")
                                        .arg(down)
                                        .arg(own.points - down)
                                        .arg(m_policy.rating.neutral));
    } else {
        m_progressBar->setFormat(tr("%1 of %2 points to butterfly").arg(QLocale().toString(own.points)).arg(up));
        m_progressNote->setText(tr("%n more point(s) to butterfly standing. A task approved without changes in "
                                   "feedback adds points; a conflict you lose costs points.",
                                   nullptr, static_cast<int>(std::max<qint64>(0, up - own.points))));
    }
}

QString LeaderboardPage::shownText() const
{
    QStringList parts;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->isVisibleTo(this) && !label->text().isEmpty())
            parts << QString(label->text()).remove(QRegularExpression(u"<[^>]*>"_s));
    }
    if (m_progressBox->isVisibleTo(this))
        parts << m_progressBar->text();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row, column).data().toString();
        parts << cells.join(u" | "_s);
    }
    return parts.join(u'\n');
}

} // namespace Chrysalis
