#include "sources/LeadScorer.h"

#include "store/UserScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace outreach {
namespace {

// " vice president sales " for "Vice-President, Sales": whole words, padded, so a keyword
// matches as " keyword " and never inside another word.
QString words(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QString joined = text.toLower().split(separators, Qt::SkipEmptyParts).join(u' ');
    return QLatin1Char(' ') + joined + QLatin1Char(' ');
}

Result<int> readInt(const QJsonObject& object, const QString& key, int low, int high,
                    const QString& path, int fallback) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || number != std::floor(number) || number < low || number > high)
        return Error::badInput(path, QStringLiteral("%1: must be a whole number from %2 to %3")
                                         .arg(path)
                                         .arg(low)
                                         .arg(high));
    return int(number);
}

Result<LeadScorer::Tier> readTier(const QJsonValue& value, const QString& path) {
    if (!value.isObject())
        return Error::badInput(path, QStringLiteral("%1: must be an object").arg(path));
    const QJsonObject object = value.toObject();
    for (const QString& key : object.keys())
        if (key != QLatin1String("label") && key != QLatin1String("points") &&
            key != QLatin1String("keywords"))
            return Error::badInput(path + QLatin1Char('.') + key,
                                   QStringLiteral("%1.%2: unknown key").arg(path, key));
    LeadScorer::Tier tier;
    tier.label = object.value(QStringLiteral("label")).toString().trimmed();
    if (tier.label.isEmpty())
        return Error::badInput(path + QStringLiteral(".label"),
                               QStringLiteral("%1.label: must be a non-empty text").arg(path));
    Result<int> points =
        readInt(object, QStringLiteral("points"), -100, 100, path + QStringLiteral(".points"), 0);
    if (!points)
        return points.error();
    tier.points = *points;
    const QJsonValue keywords = object.value(QStringLiteral("keywords"));
    if (!keywords.isArray() || keywords.toArray().isEmpty())
        return Error::badInput(
            path + QStringLiteral(".keywords"),
            QStringLiteral("%1.keywords: must be a non-empty list of words").arg(path));
    for (const QJsonValue& k : keywords.toArray()) {
        const QString keyword = words(k.toString()).trimmed();
        if (!k.isString() || keyword.isEmpty())
            return Error::badInput(path + QStringLiteral(".keywords"),
                                   QStringLiteral("%1.keywords: every keyword must be a "
                                                  "non-empty text")
                                       .arg(path));
        tier.keywords << keyword;
    }
    return tier;
}

} // namespace

LeadScorer::LeadScorer() : m_rules(defaultRules()) {}

LeadScorer::LeadScorer(Rules rules) : m_rules(std::move(rules)) {}

LeadScorer::Rules LeadScorer::defaultRules() {
    Rules rules;
    auto list = [](const char* text) {
        return QString::fromLatin1(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    rules.seniority = {
        {QStringLiteral("C-level"), 50,
         list("chief,ceo,cto,cfo,coo,cmo,cio,cro,founder,owner,president,managing director,"
              "partner")},
        {QStringLiteral("VP"), 40, list("vp,svp,evp,vice president")},
        {QStringLiteral("Head"), 35, list("head")},
        {QStringLiteral("Director"), 30, list("director")},
        {QStringLiteral("Manager"), 15, list("manager,lead,principal")}};
    return rules;
}

Result<LeadScorer> LeadScorer::fromJson(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::badInput(QStringLiteral("scoring"),
                               QStringLiteral("scoring: the rules must be a JSON object (%1)")
                                   .arg(parseError.error != QJsonParseError::NoError
                                            ? parseError.errorString()
                                            : QStringLiteral("found another JSON value")));
    const QJsonObject object = document.object();
    static const QStringList known{
        QStringLiteral("useSourceScore"),   QStringLiteral("base"),
        QStringLiteral("otherTitlePoints"), QStringLiteral("companyPoints"),
        QStringLiteral("firstNamePoints"),  QStringLiteral("lastNamePoints"),
        QStringLiteral("seniority")};
    for (const QString& key : object.keys())
        if (!known.contains(key))
            return Error::badInput(QStringLiteral("scoring.") + key,
                                   QStringLiteral("scoring.%1: unknown key (known: %2)")
                                       .arg(key, known.join(QStringLiteral(", "))));
    Rules rules = defaultRules();
    const QJsonValue useSource = object.value(QStringLiteral("useSourceScore"));
    if (!useSource.isUndefined()) {
        if (!useSource.isBool())
            return Error::badInput(QStringLiteral("scoring.useSourceScore"),
                                   QStringLiteral("scoring.useSourceScore: must be true or false"));
        rules.useSourceScore = useSource.toBool();
    }
    const std::tuple<const char*, int*, int, int> numbers[] = {
        {"base", &rules.base, 0, 100},
        {"otherTitlePoints", &rules.otherTitlePoints, -100, 100},
        {"companyPoints", &rules.companyPoints, -100, 100},
        {"firstNamePoints", &rules.firstNamePoints, -100, 100},
        {"lastNamePoints", &rules.lastNamePoints, -100, 100}};
    for (const auto& [name, target, low, high] : numbers) {
        const QString key = QString::fromLatin1(name);
        Result<int> value =
            readInt(object, key, low, high, QStringLiteral("scoring.") + key, *target);
        if (!value)
            return value.error();
        *target = *value;
    }
    const QJsonValue seniority = object.value(QStringLiteral("seniority"));
    if (!seniority.isUndefined()) {
        if (!seniority.isArray())
            return Error::badInput(QStringLiteral("scoring.seniority"),
                                   QStringLiteral("scoring.seniority: must be a list of tiers"));
        rules.seniority.clear();
        int index = 0;
        for (const QJsonValue& value : seniority.toArray()) {
            Result<Tier> tier =
                readTier(value, QStringLiteral("scoring.seniority[%1]").arg(index++));
            if (!tier)
                return tier.error();
            rules.seniority.append(*tier);
        }
    }
    return LeadScorer(rules);
}

QJsonObject LeadScorer::toJson() const {
    QJsonArray tiers;
    for (const Tier& tier : m_rules.seniority)
        tiers.append(
            QJsonObject{{QStringLiteral("label"), tier.label},
                        {QStringLiteral("points"), tier.points},
                        {QStringLiteral("keywords"), QJsonArray::fromStringList(tier.keywords)}});
    return {{QStringLiteral("useSourceScore"), m_rules.useSourceScore},
            {QStringLiteral("base"), m_rules.base},
            {QStringLiteral("seniority"), tiers},
            {QStringLiteral("otherTitlePoints"), m_rules.otherTitlePoints},
            {QStringLiteral("companyPoints"), m_rules.companyPoints},
            {QStringLiteral("firstNamePoints"), m_rules.firstNamePoints},
            {QStringLiteral("lastNamePoints"), m_rules.lastNamePoints}};
}

const LeadScorer::Tier* LeadScorer::matchTier(const QString& title, QString* keyword) const {
    const QString text = words(title);
    const Tier* best = nullptr;
    int bestWords = 0;
    for (const Tier& tier : m_rules.seniority) {
        for (const QString& k : tier.keywords) {
            if (!text.contains(QLatin1Char(' ') + k + QLatin1Char(' ')))
                continue;
            const int n = int(k.count(QLatin1Char(' '))) + 1;
            if (!best || n > bestWords || (n == bestWords && tier.points > best->points)) {
                best = &tier;
                bestWords = n;
                *keyword = k;
            }
        }
    }
    return best;
}

LeadScorer::Scored LeadScorer::score(const Lead& lead, std::optional<int> sourceScore) const {
    Scored scored;
    if (sourceScore && m_rules.useSourceScore) {
        scored.fromSource = true;
        scored.score = qBound(0, *sourceScore, 100);
        scored.reasons << QStringLiteral("score given by the source: %1").arg(scored.score);
        return scored;
    }
    auto signedPoints = [](int points) {
        return points >= 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
    };
    int total = m_rules.base;
    scored.reasons << QStringLiteral("base %1").arg(m_rules.base);
    const QString title = lead.title.trimmed();
    if (!title.isEmpty()) {
        QString keyword;
        if (const Tier* tier = matchTier(title, &keyword)) {
            total += tier->points;
            scored.seniority = tier->label;
            scored.reasons << QStringLiteral("title '%1' is %2 (\"%3\"): %4")
                                  .arg(title, tier->label, keyword, signedPoints(tier->points));
        } else if (m_rules.otherTitlePoints != 0) {
            total += m_rules.otherTitlePoints;
            scored.reasons << QStringLiteral("title '%1' given: %2")
                                  .arg(title, signedPoints(m_rules.otherTitlePoints));
        }
    }
    const std::tuple<bool, int, const char*> facts[] = {
        {!lead.company.trimmed().isEmpty(), m_rules.companyPoints, "company given"},
        {!lead.firstName.trimmed().isEmpty(), m_rules.firstNamePoints, "first name given"},
        {!lead.lastName.trimmed().isEmpty(), m_rules.lastNamePoints, "last name given"}};
    for (const auto& [present, points, label] : facts) {
        if (!present || points == 0)
            continue;
        total += points;
        scored.reasons << QStringLiteral("%1: %2").arg(QLatin1String(label), signedPoints(points));
    }
    scored.score = qBound(0, total, 100);
    if (scored.score != total)
        scored.reasons << QStringLiteral("%1 clamped to %2").arg(total).arg(scored.score);
    return scored;
}

Result<LeadScorer> LeadScorer::forUser(const UserScope& scope) {
    Result<std::optional<QString>> stored = scope.settings().value(settingName);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return LeadScorer();
    Result<LeadScorer> scorer = fromJson((*stored)->toUtf8());
    if (!scorer)
        return Error::runtime(QStringLiteral("the stored lead-scoring rules of user %1 are not "
                                             "valid: %2")
                                  .arg(scope.userId())
                                  .arg(scorer.error().message));
    return scorer;
}

Status LeadScorer::saveForUser(const UserScope& scope, const QByteArray& json) {
    if (json.trimmed().isEmpty())
        return scope.settings().remove(settingName);
    Result<LeadScorer> scorer = fromJson(json);
    if (!scorer)
        return scorer.error();
    return scope.settings().setValue(
        settingName,
        QString::fromUtf8(QJsonDocument(scorer->toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace outreach
