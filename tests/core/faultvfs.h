// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace baseline::test::faultvfs {

/** Name of a VFS that forwards to the platform's but can pretend the disk is full. */
inline constexpr const char* Name = "baseline-fault";

/** Registers the VFS once (not as the default). */
void install();
/** Bytes that may still be written before writes fail with SQLITE_FULL; negative = unlimited. */
void setFreeSpace(std::int64_t bytes);

} // namespace baseline::test::faultvfs
