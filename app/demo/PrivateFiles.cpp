#include "demo/PrivateFiles.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool isPrivate(const struct stat &st, mode_t type, mode_t mode)
{
    return (st.st_mode & S_IFMT) == type && st.st_uid == geteuid() && (st.st_mode & 07777) == mode;
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
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

namespace PrivateFiles {

QString makeDirectory(const QString &parent, const QString &prefix, QString *error)
{
    QByteArray templ = QFile::encodeName(QDir(parent).filePath(prefix + QStringLiteral("XXXXXX")));
    if (!mkdtemp(templ.data())) {
        *error = QStringLiteral("Cannot create a private directory in %1: %2")
                     .arg(parent, systemError());
        return {};
    }
    struct stat st = {};
    if (chmod(templ.constData(), S_IRWXU) != 0 || lstat(templ.constData(), &st) != 0
        || !isPrivate(st, S_IFDIR, 0700)) {
        *error = QStringLiteral("%1 is not a directory only this user can enter")
                     .arg(QFile::decodeName(templ));
        return {};
    }
    return QFile::decodeName(templ);
}

bool writeExclusive(const QString &path, const QByteArray &data, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error =
            QStringLiteral("Cannot create %1 (it must not exist yet): %2").arg(path, systemError());
        return false;
    }
    // The umask may have taken bits away; set 0600 on the descriptor, then check what is there.
    struct stat st = {};
    const bool ok = fchmod(fd, S_IRUSR | S_IWUSR) == 0 && fstat(fd, &st) == 0
                    && isPrivate(st, S_IFREG, 0600) && st.st_nlink == 1;
    if (!ok) {
        *error = QStringLiteral("%1 is not a file only this user can read").arg(path);
        ::close(fd);
        ::unlink(name.constData());
        return false;
    }
    const bool written = writeAll(fd, data) && fsync(fd) == 0;
    if (::close(fd) != 0 || !written) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, systemError());
        ::unlink(name.constData());
        return false;
    }
    return true;
}

} // namespace PrivateFiles
