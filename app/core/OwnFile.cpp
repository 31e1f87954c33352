#include "core/OwnFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OwnFile)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why a file of this type and owner may not be used; empty when it may.
QString judge(const QString &path, const struct stat &st)
{
    if (S_ISLNK(st.st_mode))
        return Tr::tr("%1 is a symbolic link").arg(path);
    if (S_ISDIR(st.st_mode))
        return Tr::tr("%1 is a folder, not a file").arg(path);
    if (!S_ISREG(st.st_mode))
        return Tr::tr("%1 is not a regular file (a pipe or a device)").arg(path);
    if (st.st_uid != geteuid())
        return Tr::tr("%1 belongs to another user").arg(path);
    return {};
}

using Fd = std::unique_ptr<int, void (*)(int *)>;

Fd adopt(int *fd)
{
    return Fd(fd, [](int *f) {
        if (*f >= 0)
            ::close(*f);
    });
}

bool writeAll(int fd, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

OwnFile::Check OwnFile::check(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return {};
        if (errno == ENOTDIR)
            return {false, Tr::tr("%1 is not a folder").arg(QFileInfo(path).absolutePath())};
        return {false, Tr::tr("%1 cannot be looked at: %2").arg(path, systemError(errno))};
    }
    return {true, judge(path, st), qint64(st.st_size)};
}

QByteArray OwnFile::read(const QString &path, qint64 maxBytes, QString *error)
{
    error->clear();
    const Check before = check(path);
    if (!before.exists || !before.usable()) {
        *error = before.refused;
        return {};
    }
    int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    const Fd closeOnExit = adopt(&fd);
    struct stat st = {};
    if (fd < 0) {
        *error = errno == ENOENT ? QString()
                                 : Tr::tr("%1 cannot be opened: %2").arg(path, systemError(errno));
        return {};
    }
    if (::fstat(fd, &st) != 0 || !(*error = judge(path, st)).isEmpty()) {
        if (error->isEmpty())
            *error = Tr::tr("%1 cannot be looked at: %2").arg(path, systemError(errno));
        return {};
    }
    if (st.st_size > maxBytes) {
        *error = Tr::tr("%1 is too large (%2 bytes, at most %3)")
                     .arg(path)
                     .arg(st.st_size)
                     .arg(maxBytes);
        return {};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
        *error = Tr::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    return file.read(maxBytes);
}

bool OwnFile::write(const QString &path, const QByteArray &data, QString *error)
{
    error->clear();
    const Check before = check(path);
    if (!before.usable()) {
        *error = before.refused;
        return false;
    }
    const QFileInfo info(path);
    QByteArray temp = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                        + QStringLiteral(".XXXXXX"));
    int fd = ::mkostemp(temp.data(), O_CLOEXEC); // O_EXCL, 0600: a new file of ours
    const Fd closeOnExit = adopt(&fd);
    if (fd < 0) {
        *error = Tr::tr("%1 cannot be written: %2").arg(path, systemError(errno));
        return false;
    }
    const bool written =
        ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, data) && ::fsync(fd) == 0;
    // rename() replaces whatever is at `path` (a link put there meanwhile included) and never
    // writes into what a link points at.
    if (!written || ::rename(temp.constData(), QFile::encodeName(path).constData()) != 0) {
        *error = Tr::tr("%1 cannot be written: %2").arg(path, systemError(errno));
        ::unlink(temp.constData());
        return false;
    }
    return true;
}
