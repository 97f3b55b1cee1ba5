#include "ui/mywork/myworkpage.h"

#include "core/sync/localstore.h"
#include "core/sync/moneytext.h"
#include "core/sync/myworkmodel.h"
#include "core/sync/syncengine.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chrysalis {

MyWorkPage::MyWorkPage(LocalStore &store, SyncEngine &engine, QWidget *parent)
    : QWidget(parent), m_store(store), m_engine(engine)
{
    auto *title = new QLabel(tr("My work"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    m_earnings = new QLabel;
    m_earnings->setTextFormat(Qt::RichText);
    m_earnings->setWordWrap(true);
    m_earnings->setAccessibleName(tr("Earnings"));
    m_model = new MyWorkModel(m_store, this);
    m_answers = new QTreeView;
    m_answers->setModel(m_model);
    m_answers->setAccessibleName(tr("My answers"));
    m_answers->setRootIsDecorated(false);
    m_answers->setItemsExpandable(false);
    m_answers->setAlternatingRowColors(true);
    m_answers->setUniformRowHeights(true);
    m_answers->setStyleSheet(u"QTreeView::item { padding: 4px 2px; }"_s);
    m_answers->header()->setStretchLastSection(false);
    m_answers->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_answers->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_empty = new QLabel(tr("No answers yet. Claim items in the task queue and answer them; they show up here "
                            "the moment you submit, even offline."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(title);
    layout->addWidget(m_earnings);
    layout->addWidget(m_answers, 1);
    layout->addWidget(m_empty, 1);

    connect(&m_engine, &SyncEngine::syncFinished, this, &MyWorkPage::reload);
    connect(&m_engine, &SyncEngine::outboxChanged, this, &MyWorkPage::reload);
    reload();
}

QString MyWorkPage::statusText(const QString &status)
{
    return MyWorkModel::statusText(status);
}

void MyWorkPage::reload()
{
    m_model->reload();
    const bool empty = m_model->rowCount() == 0;
    m_answers->setVisible(!empty);
    m_empty->setVisible(empty);

    auto state = m_store.state();
    const QString me = state ? state->userId : QString();
    QJsonObject wallet;
    if (auto row = m_store.read(u"wallet"_s, me); row && row->has_value())
        wallet = **row;
    if (wallet.isEmpty()) {
        m_earnings->setText(tr("Earnings appear after the first sync."));
        return;
    }
    m_earnings->setText(
            tr("<b>Earnings:</b> %1 &nbsp;·&nbsp; earned in the last 90 days: %2 &nbsp;·&nbsp; mistake pay in that "
               "window: %3 of an allowance of %4%5")
                    .arg(formatCents(wallet.value(u"earnings_cents"_s).toInteger()),
                         formatCents(wallet.value(u"earned_window_cents"_s).toInteger()),
                         formatCents(wallet.value(u"mistake_pay_window_cents"_s).toInteger()),
                         formatCents(wallet.value(u"mistake_allowance_cents"_s).toInteger()),
                         wallet.value(u"payout_eligible"_s).toBool() ? tr(" &nbsp;·&nbsp; ready for payout")
                                                                     : QString()));
}

} // namespace Chrysalis
