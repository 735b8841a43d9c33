#include "sources/SampleLeadSource.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace outreach {
namespace {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast and fully specified, so the demo data is
// identical everywhere.
class SplitMix64 {
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

const char* const firstNames[] = {
    "Olivia", "Liam",   "Emma",   "Noah",   "Ava",     "Lucas",  "Sofia",  "Mateo",
    "Mia",    "Ethan",  "Amelia", "James",  "Harper",  "Daniel", "Chloe",  "Samuel",
    "Grace",  "Henry",  "Nora",   "David",  "Leah",    "Omar",   "Priya",  "Arjun",
    "Mei",    "Kenji",  "Aisha",  "Tariq",  "Elena",   "Marco",  "Ingrid", "Lars",
    "Fatima", "Yusuf",  "Hannah", "Felix",  "Zoe",     "Adrian", "Maya",   "Jonas",
    "Clara",  "Victor", "Isabel", "Rafael", "Natalie", "Hugo",   "Alice",  "Tomas"};

const char* const lastNames[] = {
    "Smith",   "Johnson", "Garcia",   "Muller",  "Rossi",  "Nguyen",    "Kim",      "Patel",
    "Brown",   "Martin",  "Dubois",   "Schmidt", "Lopez",  "Wilson",    "Andersen", "Novak",
    "Tanaka",  "Silva",   "Kowalski", "Jensen",  "Okafor", "Haddad",    "Murphy",   "Bauer",
    "Fischer", "Moreau",  "Larsen",   "Costa",   "Sato",   "Chen",      "Ahmed",    "Walsh",
    "Romero",  "Berg",    "Nowak",    "Ibrahim", "Keller", "Lindqvist", "Herrera",  "Vogel"};

struct Company {
    const char* name;
    const char* domain;
};
const Company companies[] = {{"Northwind Analytics", "northwind-analytics.example"},
                             {"Bluepeak Software", "bluepeak.example"},
                             {"Harbor & Finch Logistics", "harborfinch.example"},
                             {"Lumen Health Systems", "lumenhealth.example"},
                             {"Quarry Labs", "quarrylabs.example"},
                             {"Silverline Payments", "silverline-pay.example"},
                             {"Atlas Freight Group", "atlasfreight.example"},
                             {"Brightwave Media", "brightwave.example"},
                             {"Cobalt Robotics", "cobaltrobotics.example"},
                             {"Evergreen Foods", "evergreenfoods.example"},
                             {"Fjord Security", "fjordsec.example"},
                             {"Granite Insurance", "granite-ins.example"},
                             {"Helios Energy", "helios-energy.example"},
                             {"Ironbridge Consulting", "ironbridge.example"},
                             {"Juniper Retail", "juniper-retail.example"},
                             {"Keystone Biotech", "keystonebio.example"},
                             {"Lighthouse Learning", "lighthouse-learning.example"},
                             {"Meridian Travel", "meridiantravel.example"},
                             {"Nimbus Cloudworks", "nimbuscloud.example"},
                             {"Orchard Financial", "orchardfin.example"},
                             {"Pinnacle Manufacturing", "pinnaclemfg.example"},
                             {"Riverstone Realty", "riverstone.example"},
                             {"Summit Legal", "summitlegal.example"},
                             {"Tidewater Marine", "tidewater.example"},
                             {"Vantage Telecom", "vantagetel.example"},
                             {"Willow Design Studio", "willowdesign.example"},
                             {"Zephyr Mobility", "zephyrmobility.example"},
                             {"Copperleaf Games", "copperleaf.example"},
                             {"Redwood Data", "redwooddata.example"},
                             {"Sparrow HR", "sparrowhr.example"}};

const char* const titles[] = {"Chief Executive Officer",
                              "Founder & CEO",
                              "Chief Technology Officer",
                              "Chief Marketing Officer",
                              "Chief Revenue Officer",
                              "VP of Sales",
                              "VP Marketing",
                              "Vice President, Engineering",
                              "VP of Operations",
                              "Head of Growth",
                              "Head of Partnerships",
                              "Head of Procurement",
                              "Director of Engineering",
                              "Director of Marketing",
                              "Sales Director",
                              "IT Director",
                              "Marketing Manager",
                              "Product Manager",
                              "Engineering Manager",
                              "Office Manager",
                              "Account Executive",
                              "Senior Software Engineer",
                              "Business Analyst",
                              "Operations Coordinator",
                              "Customer Success Specialist",
                              "Data Scientist",
                              "Recruiter",
                              "Content Strategist"};

template <typename T, std::size_t N> constexpr int count(const T (&)[N]) {
    return int(N);
}

quint64 seedFor(const LeadQuery& query) {
    QStringList keywords;
    for (const QString& k : query.keywords)
        if (!k.trimmed().isEmpty())
            keywords << k.trimmed().toLower();
    keywords.sort();
    const QByteArray material = QStringLiteral("sample-v1|%1|%2|%3")
                                    .arg(query.userId)
                                    .arg(query.date.toString(Qt::ISODate))
                                    .arg(keywords.join(QLatin1Char(',')))
                                    .toUtf8();
    const QByteArray digest = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

} // namespace

SampleLeadSource::SampleLeadSource(QObject* parent) : LeadSourceClient(parent) {}

QList<Lead> SampleLeadSource::generate(const LeadQuery& query) {
    SplitMix64 random(seedFor(query));
    QList<Lead> leads;
    const int wanted = qBound(0, query.limit, maxPerCall);
    for (int i = 0; i < wanted; ++i) {
        Lead lead;
        lead.firstName = QString::fromLatin1(firstNames[random.below(count(firstNames))]);
        lead.lastName = QString::fromLatin1(lastNames[random.below(count(lastNames))]);
        const Company& company = companies[random.below(count(companies))];
        const int shape = random.below(20);
        const QString first = lead.firstName.toLower();
        const QString last = lead.lastName.toLower();
        QString local;
        if (shape < 12)
            local = first + QLatin1Char('.') + last;
        else if (shape < 17)
            local = first.left(1) + last;
        else
            local = first;
        lead.email = local + QLatin1Char('@') + QString::fromLatin1(company.domain);
        // A few records are incomplete, as real lists are: scoring must cope.
        const int completeness = random.below(20);
        if (completeness != 0)
            lead.company = QString::fromLatin1(company.name);
        if (completeness != 1)
            lead.title = QString::fromLatin1(titles[random.below(count(titles))]);
        leads.append(lead);
    }
    return leads;
}

void SampleLeadSource::fetch(const LeadQuery& query) {
    QMetaObject::invokeMethod(
        this,
        [this, query, generation = ++m_generation] {
            if (generation != m_generation)
                return;
            LeadFetch fetch;
            fetch.success = true;
            for (const Lead& lead : generate(query))
                fetch.records.append({lead, std::nullopt, {}});
            emit finished(fetch);
        },
        Qt::QueuedConnection);
}

void SampleLeadSource::abort() {
    ++m_generation;
}

} // namespace outreach
