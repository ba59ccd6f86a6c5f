// SPDX-License-Identifier: GPL-3.0-or-later
// A shim VFS: every call goes to the platform VFS, except that xWrite fails with SQLITE_FULL once the
// simulated free space runs out, as a real full disk would make the platform VFS do.
#include "faultvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace baseline::test::faultvfs {

namespace {

std::atomic<std::int64_t> g_free{-1};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs{};

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real; // allocated right after this struct
};

sqlite3_file* inner(sqlite3_file* f)
{
    return reinterpret_cast<FaultFile*>(f)->real;
}

int xClose(sqlite3_file* f)
{
    return inner(f)->pMethods->xClose(inner(f));
}
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off)
{
    return inner(f)->pMethods->xRead(inner(f), buf, n, off);
}
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
{
    std::int64_t free = g_free.load();
    while (free >= 0) {
        if (free < n)
            return SQLITE_FULL;
        if (g_free.compare_exchange_weak(free, free - n))
            break;
    }
    return inner(f)->pMethods->xWrite(inner(f), buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return inner(f)->pMethods->xTruncate(inner(f), size);
}
int xSync(sqlite3_file* f, int flags)
{
    return inner(f)->pMethods->xSync(inner(f), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return inner(f)->pMethods->xFileSize(inner(f), size);
}
int xLock(sqlite3_file* f, int lock)
{
    return inner(f)->pMethods->xLock(inner(f), lock);
}
int xUnlock(sqlite3_file* f, int lock)
{
    return inner(f)->pMethods->xUnlock(inner(f), lock);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return inner(f)->pMethods->xCheckReservedLock(inner(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return inner(f)->pMethods->xFileControl(inner(f), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return inner(f)->pMethods->xSectorSize(inner(f));
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return inner(f)->pMethods->xDeviceCharacteristics(inner(f));
}
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return inner(f)->pMethods->xShmMap(inner(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return inner(f)->pMethods->xShmLock(inner(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    inner(f)->pMethods->xShmBarrier(inner(f));
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return inner(f)->pMethods->xShmUnmap(inner(f), deleteFlag);
}
int xFetch(sqlite3_file* f, sqlite3_int64 off, int amount, void** out)
{
    return inner(f)->pMethods->xFetch(inner(f), off, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 off, void* p)
{
    return inner(f)->pMethods->xUnfetch(inner(f), off, p);
}

const sqlite3_io_methods g_methods = {3,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      xFetch,
                                      xUnfetch};

int vOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ff = reinterpret_cast<FaultFile*>(file);
    ff->real = reinterpret_cast<sqlite3_file*>(ff + 1);
    const int rc = g_real->xOpen(g_real, name, ff->real, flags, outFlags);
    ff->base.pMethods = ff->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int vDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int vAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int vFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_real->xFullPathname(g_real, name, n, out);
}
void* vDlOpen(sqlite3_vfs*, const char* name)
{
    return g_real->xDlOpen(g_real, name);
}
void vDlError(sqlite3_vfs*, int n, char* msg)
{
    g_real->xDlError(g_real, n, msg);
}
void (*vDlSym(sqlite3_vfs*, void* h, const char* sym))(void)
{
    return g_real->xDlSym(g_real, h, sym);
}
void vDlClose(sqlite3_vfs*, void* h)
{
    g_real->xDlClose(g_real, h);
}
int vRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_real->xRandomness(g_real, n, out);
}
int vSleep(sqlite3_vfs*, int us)
{
    return g_real->xSleep(g_real, us);
}
int vCurrentTime(sqlite3_vfs*, double* t)
{
    return g_real->xCurrentTime(g_real, t);
}
int vGetLastError(sqlite3_vfs*, int n, char* msg)
{
    return g_real->xGetLastError(g_real, n, msg);
}
int vCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* t)
{
    return g_real->xCurrentTimeInt64(g_real, t);
}

} // namespace

void install()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = Name;
    g_vfs.xOpen = vOpen;
    g_vfs.xDelete = vDelete;
    g_vfs.xAccess = vAccess;
    g_vfs.xFullPathname = vFullPathname;
    g_vfs.xDlOpen = vDlOpen;
    g_vfs.xDlError = vDlError;
    g_vfs.xDlSym = vDlSym;
    g_vfs.xDlClose = vDlClose;
    g_vfs.xRandomness = vRandomness;
    g_vfs.xSleep = vSleep;
    g_vfs.xCurrentTime = vCurrentTime;
    g_vfs.xGetLastError = vGetLastError;
    g_vfs.xCurrentTimeInt64 = vCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 0);
}

void setFreeSpace(std::int64_t bytes)
{
    g_free.store(bytes);
}

} // namespace baseline::test::faultvfs
