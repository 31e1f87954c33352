#include "core/PrivateFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFolder)
};
} // namespace

bool PrivateFolder::make(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing; // outermost first
    for (QString p = target; !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString up = QFileInfo(p).path();
        if (up == p)
            break;
        p = up;
    }
    for (const QString &folder : std::as_const(missing))
        if (::mkdir(QFile::encodeName(folder).constData(), S_IRWXU) != 0 && errno != EEXIST)
            return false;
    return QFileInfo(target).isDir();
}

QString PrivateFolder::check(const QString &path, QString *changed)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(name.constData(), &st) != 0)
        return errno == ENOENT ? QString()
                               : Tr::tr("the folder %1 cannot be looked at: %2")
                                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    if (S_ISLNK(st.st_mode))
        return Tr::tr("the folder %1 is a symbolic link (it is not followed)").arg(path);
    if (!S_ISDIR(st.st_mode))
        return Tr::tr("%1 is not a folder").arg(path);
    if (st.st_uid != geteuid())
        return Tr::tr("the folder %1 belongs to another user").arg(path);
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) == 0)
        return {};
    const QString mode = QStringLiteral("%1").arg(uint(st.st_mode & 07777), 4, 8, QLatin1Char('0'));
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat now = {};
    const bool same = fd >= 0 && ::fstat(fd, &now) == 0 && now.st_ino == st.st_ino
                      && now.st_dev == st.st_dev && now.st_uid == geteuid();
    const bool made = same && ::fchmod(fd, S_IRWXU) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!made)
        return Tr::tr("the folder %1 can be changed by other users (mode %2) and could not be "
                      "made private")
            .arg(path, mode);
    if (changed)
        *changed = Tr::tr("The folder %1 was open to other users (mode %2); it is now 0700.")
                       .arg(path, mode);
    return {};
}
