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
// wipe() overwrites a buffer we own with zeros (explicit_bzero, which the compiler may not drop)
// and empties it. A buffer still shared with another QByteArray is only released: its last owner
// wipes it. Copies made inside Qt (QJsonDocument, QSettings) are out of our reach; the key itself
// lives in libsodium's guarded memory (Ed25519Key), zeroed when freed.
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
