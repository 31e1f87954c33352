#include "core/ReplyScanner.h"

#include "core/FieldReader.h"
#include "core/OrderFields.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>

using namespace ReplyParserDetail;
namespace od = simdjson::ondemand;
using simdjson::error_code;

namespace {

// A reply up to this size reuses one parser per thread; a larger one gets its own, freed after.
constexpr size_t ReusedCapacity = 1024 * 1024;

// simdjson reads in blocks, so the text is copied into a buffer with SIMDJSON_PADDING spare bytes.
class Document
{
public:
    explicit Document(const QByteArray &json)
    {
        static thread_local std::string buffer;
        static thread_local std::unique_ptr<od::parser> reused;
        static thread_local bool busy = false;
        const size_t size = size_t(json.size());
        if (size <= ReusedCapacity && !busy) {
            if (!reused)
                reused = std::make_unique<od::parser>();
            m_parser = reused.get();
            m_text = &buffer;
            m_busy = &busy;
            busy = true;
        } else {
            m_ownParser = std::make_unique<od::parser>();
            m_parser = m_ownParser.get();
            m_text = &m_ownText;
        }
        m_text->resize(size + simdjson::SIMDJSON_PADDING);
        std::memcpy(m_text->data(), json.constData(), size);
        std::memset(m_text->data() + size, 0, simdjson::SIMDJSON_PADDING);
        m_error =
            m_parser->iterate(simdjson::padded_string_view(m_text->data(), size, m_text->size()))
                .get(m_doc);
    }
    ~Document()
    {
        if (m_busy)
            *m_busy = false;
    }
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    error_code error() const { return m_error; }
    od::document &doc() { return m_doc; }
    // After the top-level value: nothing but whitespace may follow.
    error_code checkEnd()
    {
        const char *at = nullptr;
        const error_code e = m_doc.current_location().get(at);
        return e == simdjson::OUT_OF_BOUNDS ? simdjson::SUCCESS
               : e                          ? e
                                            : simdjson::TRAILING_CONTENT;
    }

private:
    std::unique_ptr<od::parser> m_ownParser;
    std::string m_ownText;
    od::parser *m_parser = nullptr;
    std::string *m_text = nullptr;
    bool *m_busy = nullptr;
    od::document m_doc;
    error_code m_error = simdjson::SUCCESS;
};

// A key straight from the input when it has no escapes, unescaped (and so checked) otherwise.
error_code keyText(od::field &f, std::string_view *out)
{
    const char *k = f.key().raw(); // just after the opening quote; stage 1 saw the closing one
    size_t n = 0;
    while (k[n] != '"' && k[n] != '\\')
        ++n;
    if (k[n] == '"') {
        *out = std::string_view(k, n);
        return simdjson::SUCCESS;
    }
    return f.unescaped_key().get(*out);
}

std::string_view numberToken(od::value &v)
{
    std::string_view t = v.raw_json_token();
    while (!t.empty()
           && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r'))
        t.remove_suffix(1);
    return t;
}

// A string's text straight from the input when it has no escapes (stage 1 has checked its UTF-8
// and control characters); unescaped into the parser's buffer otherwise.
error_code stringText(od::value &v, std::string_view *out)
{
    std::string_view t = v.raw_json_token();
    while (!t.empty() && t.back() != '"')
        t.remove_suffix(1); // whitespace up to the next structural character
    if (t.size() >= 2 && std::none_of(t.begin(), t.end(), [](char c) { return c == '\\'; })) {
        *out = t.substr(1, t.size() - 2);
        return simdjson::SUCCESS;
    }
    return v.get_string().get(*out);
}

// Every byte of a value checked, as a JSON parser would (simdjson checks only what is read).
error_code walk(od::value v)
{
    od::json_type type;
    SIMDJSON_TRY(v.type().get(type));
    switch (type) {
    case od::json_type::array: {
        od::array a;
        SIMDJSON_TRY(v.get_array().get(a));
        for (auto item : a) {
            od::value element;
            SIMDJSON_TRY(item.get(element));
            SIMDJSON_TRY(walk(element));
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::object: {
        od::object o;
        SIMDJSON_TRY(v.get_object().get(o));
        for (auto result : o) {
            od::field field;
            std::string_view key;
            SIMDJSON_TRY(std::move(result).get(field));
            SIMDJSON_TRY(keyText(field, &key));
            SIMDJSON_TRY(walk(field.value()));
        }
        return simdjson::SUCCESS;
    }
    case od::json_type::string: {
        std::string_view s;
        return stringText(v, &s);
    }
    case od::json_type::number:
        return isJsonNumber(numberToken(v)) ? simdjson::SUCCESS : simdjson::NUMBER_ERROR;
    case od::json_type::boolean: {
        bool b = false;
        return v.get_bool().get(b);
    }
    case od::json_type::null: {
        bool isNull = false;
        SIMDJSON_TRY(v.is_null().get(isNull));
        return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    }
    return simdjson::INCORRECT_TYPE;
}

// One value as the wire wrote it; objects and arrays are passed over (checked when `check`).
error_code capture(od::value v, RawValue *out, bool check)
{
    od::json_type type;
    SIMDJSON_TRY(v.type().get(type));
    out->text = {};
    switch (type) {
    case od::json_type::string:
        out->kind = RawValue::Kind::String;
        return stringText(v, &out->text);
    case od::json_type::number:
        out->text = numberToken(v);
        out->kind = isJsonNumber(out->text) ? RawValue::Kind::Number : RawValue::Kind::Other;
        return check && out->kind == RawValue::Kind::Other ? simdjson::NUMBER_ERROR
                                                           : simdjson::SUCCESS;
    case od::json_type::boolean: {
        bool b = false;
        out->kind = RawValue::Kind::Bool;
        return v.get_bool().get(b);
    }
    case od::json_type::null: {
        bool isNull = false;
        SIMDJSON_TRY(v.is_null().get(isNull));
        out->kind = isNull ? RawValue::Kind::Null : RawValue::Kind::Other;
        return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    default: out->kind = RawValue::Kind::Other; return check ? walk(v) : simdjson::SUCCESS;
    }
}

// One order's fields; a key that repeats counts with its last value, as in a QJsonObject.
error_code readItem(od::value v, OrderFields *f)
{
    od::json_type type;
    SIMDJSON_TRY(v.type().get(type));
    if (type != od::json_type::object) {
        f->isObject = false;
        return walk(v);
    }
    od::object o;
    SIMDJSON_TRY(v.get_object().get(o));
    for (auto result : o) {
        od::field field;
        std::string_view key;
        SIMDJSON_TRY(std::move(result).get(field));
        SIMDJSON_TRY(keyText(field, &key));
        const int which = OrderFields::fieldOf(key);
        SIMDJSON_TRY(which >= 0 ? capture(field.value(), &f->fields[size_t(which)], true)
                                : walk(field.value()));
    }
    return simdjson::SUCCESS;
}

struct ListResult
{
    bool isList = false;
    QList<Order> orders;
    QStringList skipped;
    QList<qint64> skippedIds;
};

// sizeHint: how many items to make room for (grown past that).
error_code readList(od::value v, ListResult *r, size_t sizeHint)
{
    od::json_type type;
    SIMDJSON_TRY(v.type().get(type));
    *r = {};
    if (type != od::json_type::array)
        return walk(v);
    r->isList = true;
    od::array a;
    SIMDJSON_TRY(v.get_array().get(a));
    r->orders.reserve(qsizetype(std::min<size_t>(sizeHint, 1000)));
    TextCache cache;
    for (auto item : a) {
        od::value element;
        SIMDJSON_TRY(item.get(element));
        OrderFields f;
        SIMDJSON_TRY(readItem(element, &f));
        takeListItem(f, &r->orders, &r->skipped, &r->skippedIds, &cache);
    }
    return simdjson::SUCCESS;
}

// Calls read(value) on the reply's "data" (every one of them; the last counts) or on the root.
template <typename Read> error_code readAt(Document &d, ReplyScanner::At at, Read read)
{
    if (d.error())
        return d.error();
    if (at == ReplyScanner::At::Root) {
        od::value root;
        SIMDJSON_TRY(d.doc().get_value().get(root));
        return read(root); // text Qt wrote: a one-item list may be left after its item
    }
    od::object o;
    SIMDJSON_TRY(d.doc().get_object().get(o));
    for (auto result : o) {
        od::field field;
        std::string_view key;
        SIMDJSON_TRY(std::move(result).get(field));
        SIMDJSON_TRY(keyText(field, &key));
        if (key == "data")
            SIMDJSON_TRY(read(field.value()));
    }
    return d.checkEnd();
}

QString notJson(error_code e)
{
    return Tr::tr("the reply is not valid JSON (%1)")
        .arg(QLatin1String(simdjson::error_message(e)));
}

ApiError malformed(const QString &message)
{
    return ApiError::make(ApiError::Kind::Malformed, message);
}

} // namespace

namespace ReplyScanner {

bool orders(const QByteArray &json, At at, QList<Order> *out, QString *error, QStringList *skipped,
            QList<qint64> *skippedIds)
{
    Document d(json);
    ListResult r;
    // An order takes some 340 bytes in the exchange's shape.
    const size_t expected = size_t(json.size()) / 320 + 1;
    const auto read = [&r, expected](od::value v) {
        return readList(v, &r, expected);
    };
    if (const error_code e = readAt(d, at, read))
        return setError(error, notJson(e));
    if (!r.isList)
        return setError(error, Tr::tr("expected a list"));
    *out = std::move(r.orders);
    if (skipped)
        skipped->append(r.skipped);
    if (skippedIds)
        skippedIds->append(r.skippedIds);
    return true;
}

bool order(const QByteArray &json, At at, Order *out, QString *error)
{
    Document d(json);
    OrderFields f;
    f.isObject = false; // no "data" at all reads as no order object
    const auto read = [&f, at](od::value v) -> error_code {
        f = {};
        if (at == At::Data)
            return readItem(v, &f);
        od::array a; // At::Root: a one-item list
        SIMDJSON_TRY(v.get_array().get(a));
        for (auto item : a) {
            od::value element;
            SIMDJSON_TRY(item.get(element));
            return readItem(element, &f);
        }
        return simdjson::INCORRECT_TYPE;
    };
    if (const error_code e = readAt(d, at, read))
        return setError(error, notJson(e));
    TextCache cache;
    return takeOrder(f, out, error, &cache);
}

ApiError checkEnvelope(const QByteArray &json, bool checkData)
{
    Document d(json);
    const auto notValid = [](error_code e) {
        return malformed(Tr::tr("The exchange's reply is not valid JSON (%1).")
                             .arg(QLatin1String(simdjson::error_message(e))));
    };
    od::json_type type;
    if (const error_code e = d.error() ? d.error() : d.doc().type().get(type))
        return notValid(e);
    if (type != od::json_type::object) {
        // A list is JSON but not an envelope; a lone number or string is not a JSON document.
        od::value root;
        error_code e =
            type == od::json_type::array ? d.doc().get_value().get(root) : simdjson::INCORRECT_TYPE;
        if (!e)
            e = walk(root);
        if (!e)
            e = d.checkEnd();
        return e ? notValid(e) : malformed(Tr::tr("The exchange's reply is not a JSON object."));
    }
    RawValue code;
    RawValue message;
    od::object o;
    error_code e = d.doc().get_object().get(o);
    if (e)
        return notValid(e); // (iterating an object that could not be had is undefined)
    for (auto result : o) {
        od::field field;
        std::string_view key;
        if ((e = std::move(result).get(field)) || (e = keyText(field, &key)))
            break;
        if (key == "data" && !checkData)
            continue;
        e = key == "code"  ? capture(field.value(), &code, true)
            : key == "msg" ? capture(field.value(), &message, true)
                           : walk(field.value());
        if (e)
            break;
    }
    if (e || (e = d.checkEnd()))
        return notValid(e);
    QString codeText;
    qint64 number = 0;
    if (code.kind == RawValue::Kind::String)
        codeText = QString::fromUtf8(code.text.data(), qsizetype(code.text.size()));
    else if (code.kind == RawValue::Kind::Number)
        codeText = QString::number(integerOfToken(code.text, &number) ? number : 0);
    else
        return malformed(Tr::tr("The exchange's reply has no result code."));
    ApiError error;
    if (codeText != QLatin1String("0")) {
        error.kind = ApiError::Kind::Rejected;
        error.code = codeText;
        if (message.kind == RawValue::Kind::String)
            error.message =
                QString::fromUtf8(message.text.data(), qsizetype(message.text.size())).trimmed();
        if (error.message.isEmpty())
            error.message = Tr::tr("The exchange refused the request (code %1).").arg(codeText);
    }
    return error;
}

} // namespace ReplyScanner
