#pragma once

// For bench_core only: the order lists read with RapidJSON's SAX reader (numbers as strings,
// in situ, iterative), into the same OrderFields and takeListItem() that ReplyScanner fills with
// simdjson, so that the two libraries are measured on the same work. Not used by the app.
#include "core/OrderFields.h"

#include <rapidjson/reader.h>

#include <string>

namespace RapidJsonOrders {

using namespace ReplyParserDetail;

// Depth 1: the envelope's fields; 2: the items of "data"; 3: an order's fields.
struct Handler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
    int depth = 0;
    bool inData = false;
    bool dataIsList = false;
    std::string_view key;
    RawValue code;
    OrderFields item;
    TextCache cache;
    QList<Order> orders;
    QStringList skipped;
    QList<qint64> skippedIds;

    bool value(RawValue::Kind kind, std::string_view text = {})
    {
        if (depth == 1 && key == "code")
            code = {kind, text};
        else if (depth == 1 && key == "data")
            dataIsList = false;
        else if (depth == 2 && inData) {
            item = {};
            item.isObject = false;
            takeListItem(item, &orders, &skipped, &skippedIds, &cache);
        } else if (depth == 3 && inData && item.isObject) {
            const int field = OrderFields::fieldOf(key);
            if (field >= 0)
                item.fields[size_t(field)] = {kind, text};
        }
        return true;
    }
    bool open(bool isObject)
    {
        if (depth == 1 && key == "data") {
            inData = dataIsList = !isObject;
            orders.clear();
            skipped.clear();
            skippedIds.clear();
        } else if (depth == 2 && inData) {
            item = {};
            item.isObject = isObject;
        } else if (depth == 3 && inData) {
            value(RawValue::Kind::Other);
        }
        ++depth;
        return true;
    }
    bool close()
    {
        --depth;
        if (depth == 2 && inData)
            takeListItem(item, &orders, &skipped, &skippedIds, &cache);
        else if (depth == 1)
            inData = false;
        return true;
    }
    bool Null() { return value(RawValue::Kind::Null); }
    bool Bool(bool) { return value(RawValue::Kind::Bool); }
    bool RawNumber(const char *s, rapidjson::SizeType n, bool)
    {
        return value(RawValue::Kind::Number, {s, n});
    }
    bool String(const char *s, rapidjson::SizeType n, bool)
    {
        return value(RawValue::Kind::String, {s, n});
    }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        key = {s, n};
        return true;
    }
    bool StartObject() { return open(true); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(false); }
    bool EndArray(rapidjson::SizeType) { return close(); }
};

// The whole reply in one pass: checked as JSON, its code, and its "data" list.
inline bool reply(const QByteArray &body, QList<Order> *out, QStringList *skipped)
{
    std::string text(body.constData(), size_t(body.size())); // in situ: a writable copy
    rapidjson::InsituStringStream stream(text.data());
    Handler h;
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag
                               | rapidjson::kParseIterativeFlag
                               | rapidjson::kParseValidateEncodingFlag;
    if (reader.Parse<flags>(stream, h).IsError() || h.code.kind != RawValue::Kind::String
        || h.code.text != "0" || !h.dataIsList)
        return false;
    *out = std::move(h.orders);
    *skipped = std::move(h.skipped);
    return true;
}

} // namespace RapidJsonOrders
