#include "models/SettingsValidator.h"

#include "core/ApiService.h"
#include "core/Decimal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsValidator)
};

} // namespace

namespace SettingsValidator {

SettingsCheck check(const SettingsDraft &d)
{
    SettingsCheck c;
    if (!d.demo) {
        const QString url = ApiService::checkBaseUrl(QUrl(d.baseUrl.trimmed(), QUrl::StrictMode));
        if (!url.isEmpty())
            c.errors.insert(SettingsCheck::Field::BaseUrl, url);
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    if (!d.apiKey.isEmpty() && !keyPattern.match(d.apiKey).hasMatch())
        c.errors.insert(
            SettingsCheck::Field::ApiKey,
            Tr::tr("The API key is 1 to 128 visible ASCII characters, without spaces."));
    const auto large = Decimal::parse(d.largeNotional.trimmed());
    if (!large || large->isZero() || large->isNegative()
        || *large > Decimal::fromInteger(LargeNotionalMax))
        c.errors.insert(SettingsCheck::Field::LargeNotional,
                        Tr::tr("The large-order warning needs a plain number above zero and at "
                               "most %1, e.g. 50000.")
                            .arg(LargeNotionalMax));
    return c;
}

} // namespace SettingsValidator
