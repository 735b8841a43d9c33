#pragma once

#include <QDate>
#include <QStringList>

namespace outreach {

// What a lead-generation run asks one source for.
struct LeadQuery {
    QStringList keywords{}; // the campaign's targeting keywords
    int limit = 50;         // at most this many leads are wanted
    qint64 userId = 0;      // seeds the sample generator; never sent to an external API
    QDate date{};           // the run's day (UTC); seeds the sample generator
};

} // namespace outreach
