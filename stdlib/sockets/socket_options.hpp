// The mvbasic-only socket option keys (201-205) that SET.SOCKET.MODE and SOCKET.INFO pass on to
// socket_options.cpp; their KEYS.H names and meanings are in docs/sockets.md.
#pragma once

#include <cstdint>

#include "stdlib/sockets/socket_core.hpp"

namespace mv::stdlib::sockets {

constexpr int64_t kKeyLinger = 201;     // SKT$INFO.LINGER: seconds, or negative for off
constexpr int64_t kKeyReuseAddr = 202;  // SKT$INFO.REUSE.ADDR: true/false
constexpr int64_t kKeyRcvBuf = 203;     // SKT$INFO.RCV.BUF: bytes
constexpr int64_t kKeySndBuf = 204;     // SKT$INFO.SND.BUF: bytes
constexpr int64_t kKeyShutWrite = 205;  // SKT$INFO.SHUT.WRITE: true shuts the write side

bool is_extra_key(int64_t key);
// Applies one option; returns a STATUS() code and sets os_error when a system call failed.
int set_extra_option(Socket& s, int64_t key, int64_t number, bool truth, int& os_error);
// The option's current value as SOCKET.INFO reports it.
int64_t extra_info(const Socket& s, int64_t key);

}  // namespace mv::stdlib::sockets
