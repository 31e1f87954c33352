#pragma once

#include <QMetaMethod>
#include <QStringList>
#include <QTest>

// Lets ctest run one test executable as several shards at once (tests/CMakeLists.txt,
// tradedesk_add_test(... SHARDS n)): with TRADEDESK_TEST_SHARD=k/n in the environment and no test
// functions named on the command line, only every n-th test function from the k-th (1-based, in
// declaration order) runs. Every function lands in exactly one shard, new ones included; without
// the variable everything runs, as with QTEST_MAIN. Options (-o file,junitxml, -v2 ...) pass
// through.
namespace TestShard {

inline bool isTestFunction(const QMetaMethod &m)
{
    if (m.methodType() != QMetaMethod::Slot || m.access() != QMetaMethod::Private
        || m.parameterCount() != 0)
        return false;
    const QByteArray name = m.name();
    return !name.endsWith("_data") && name != "init" && name != "cleanup" && name != "initTestCase"
           && name != "cleanupTestCase" && name != "initTestCase_data";
}

inline QStringList arguments(const QObject *test, int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    const QByteArray shard = qgetenv("TRADEDESK_TEST_SHARD");
    const int slash = shard.indexOf('/');
    if (slash < 0)
        return args;
    const QMetaObject *meta = test->metaObject();
    QStringList functions;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        if (isTestFunction(meta->method(i)))
            functions.append(QString::fromLatin1(meta->method(i).name()));
    }
    for (int i = 1; i < args.size(); ++i) {
        if (functions.contains(args[i].section(QLatin1Char(':'), 0, 0)))
            return args; // functions named by hand: run those
    }
    const int k = shard.left(slash).toInt();
    const int n = shard.mid(slash + 1).toInt();
    if (n < 1 || k < 1 || k > n)
        qFatal("TRADEDESK_TEST_SHARD=%s: expected k/n with 1 <= k <= n", shard.constData());
    for (int i = 0; i < functions.size(); ++i) {
        if (i % n == k - 1)
            args.append(functions[i]);
    }
    return args;
}

} // namespace TestShard

// QTEST_MAIN (widgets) that runs only this process's shard of the test functions.
#define TRADEDESK_SHARDED_TEST_MAIN(TestObject)                                                    \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, TestShard::arguments(&tc, argc, argv));                           \
    }

// QTEST_GUILESS_MAIN that runs only this process's shard of the test functions.
#define TRADEDESK_SHARDED_GUILESS_MAIN(TestObject)                                                 \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, TestShard::arguments(&tc, argc, argv));                           \
    }
