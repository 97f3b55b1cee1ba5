#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "chrysalis.store")
Q_LOGGING_CATEGORY(lcPolicy, "chrysalis.policy")
Q_LOGGING_CATEGORY(lcSync, "chrysalis.sync")
Q_LOGGING_CATEGORY(lcMarket, "chrysalis.market")
Q_LOGGING_CATEGORY(lcQuality, "chrysalis.quality")
Q_LOGGING_CATEGORY(lcServer, "chrysalis.server")
Q_LOGGING_CATEGORY(lcUi, "chrysalis.ui")
