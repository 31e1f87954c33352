#include "FinishedOrdersModel.h"

qint64 FinishedOrdersModel::oldestCreateTime() const
{
    qint64 oldest = 0;
    for (int r = 0; r < rowCount(); ++r) {
        const qint64 t = orderAt(r).createTime;
        if (t > 0 && (oldest == 0 || t < oldest))
            oldest = t;
    }
    return oldest;
}
