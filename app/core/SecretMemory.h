#pragma once

#include <QByteArray>
#include <QString>

// Key material in this process: kept out of core files, and wiped where we hold a copy.
//
// A core dump is a copy of the process's memory, private key included, written to disk or to a
// crash reporter. forbidCoreDumps() makes the process non-dumpable (Linux: PR_SET_DUMPABLE 0,
// which also bars other processes of the same user from ptrace and /proc/PID/mem) and sets the
// core size limit to 0. The app and the demo server call it first thing in main().
//
// wipe() overwrites a buffer we own with zeros (OPENSSL_cleanse, which the compiler may not drop)
// and empties it. A buffer still shared with another QByteArray is only released: its last owner
// wipes it. Copies made inside Qt or OpenSSL (QJsonDocument, PEM parsing) are out of our reach;
// OpenSSL clears its own key on free.
namespace SecretMemory {

// True if both took effect (false where the platform has neither).
bool forbidCoreDumps();
void wipe(QByteArray &bytes);
void wipe(QString &text);

// Wipes the named buffer when the scope ends, whichever way it ends.
class WipeOnExit
{
public:
    explicit WipeOnExit(QByteArray &bytes)
        : m_bytes(bytes)
    {}
    ~WipeOnExit() { wipe(m_bytes); }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    QByteArray &m_bytes;
};

} // namespace SecretMemory
