#pragma once

#include <QHash>
#include <QString>

// What the trader typed in Settings.
struct SettingsDraft
{
    bool demo = false; // on the embedded demo exchange the address is not the trader's to set
    QString baseUrl;
    QString apiKey;
    QString largeNotional;
};

// The result per field, like the order form's: each reason belongs to one field, whatever the
// language it is written in.
struct SettingsCheck
{
    enum class Field
    {
        BaseUrl,
        ApiKey,
        LargeNotional,
    };
    QHash<Field, QString> errors;

    bool isValid() const { return errors.isEmpty(); }
    QString error(Field field) const { return errors.value(field); }
};

namespace SettingsValidator {

// The large-order warning's ceiling, in the quote asset: above it the warning would never be
// seen, which is switching it off (AppSettings ignores a larger value in the file).
constexpr qint64 LargeNotionalMax = 1000000000;

SettingsCheck check(const SettingsDraft &draft);

} // namespace SettingsValidator
