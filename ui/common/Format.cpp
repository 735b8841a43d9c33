#include "common/Format.h"

#include "model/QuotaUsage.h"

#include <QDateTime>
#include <QLocale>

namespace outreach::ui {

QString Format::dateTime(qint64 utcMs) {
    // ISO order in every language: unambiguous, sortable, and the same as the CLI and logs.
    return QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString Format::dateTime(const std::optional<qint64>& utcMs) {
    return utcMs ? dateTime(*utcMs) : QString();
}

QString Format::duration(qint64 ms) {
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', seconds < 10 ? 1 : 0));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString Format::relative(qint64 utcMs, qint64 nowMs) {
    const qint64 delta = utcMs - nowMs;
    const qint64 minutes = std::abs(delta) / 60000;
    QString amount;
    if (minutes < 1)
        return delta >= 0 ? tr("in < 1 min") : tr("just now");
    if (minutes < 60)
        amount = tr("%n min", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        amount = tr("%n h", nullptr, int(minutes / 60));
    else
        amount = tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    return delta >= 0 ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString Format::runStatus(const QString& status) {
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("partial"))
        return tr("Partly failed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString Format::userOutcome(const QString& status) {
    if (status == QLatin1String("skipped"))
        return tr("Skipped");
    return runStatus(status);
}

QString Format::userStatus(const QString& status) {
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("disabled"))
        return tr("Disabled");
    return status;
}

QString Format::outboxStatus(const QString& status) {
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("sending"))
        return tr("Sending");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("retry"))
        return tr("Retrying");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("unknown"))
        return tr("Unknown");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString Format::outboxKind(const QString& kind) {
    if (kind == QLatin1String("initial"))
        return tr("First email");
    if (kind == QLatin1String("followup1"))
        return tr("Follow-up 1");
    if (kind == QLatin1String("followup2"))
        return tr("Follow-up 2");
    if (kind == QLatin1String("test"))
        return tr("Test");
    return kind;
}

QString Format::trigger(const QString& trigger) {
    if (trigger == QLatin1String("schedule"))
        return tr("Schedule");
    if (trigger == QLatin1String("manual"))
        return tr("Manual");
    if (trigger == QLatin1String("catch-up"))
        return tr("Catch-up");
    if (trigger == QLatin1String("retry"))
        return tr("Retry");
    return trigger;
}

QString Format::level(const QString& level) {
    if (level == QLatin1String("trace"))
        return tr("Trace");
    if (level == QLatin1String("debug"))
        return tr("Debug");
    if (level == QLatin1String("info"))
        return tr("Info");
    if (level == QLatin1String("warning"))
        return tr("Warning");
    if (level == QLatin1String("error"))
        return tr("Error");
    if (level == QLatin1String("critical"))
        return tr("Critical");
    return level;
}

QString Format::runUsers(int done, int failed, int skipped, int total) {
    QString text = tr("%1 of %2 succeeded").arg(done).arg(total);
    if (failed > 0)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, failed);
    if (skipped > 0)
        text += QStringLiteral(", ") + tr("%n skipped", nullptr, skipped);
    return text;
}

QString Format::quotaLabel(const QuotaUsage& usage) {
    return usage.kind == QLatin1String("monthly-leads") ? tr("Monthly lead quota") : usage.label;
}

} // namespace outreach::ui
