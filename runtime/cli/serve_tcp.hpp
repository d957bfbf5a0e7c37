// The kernel's counters for one TCP connection (serve_tcp.cpp), read by `mvbasic serve` for its log line and
// its idle timeout. Async-signal-safe: one getsockopt() call.
#pragma once

#include <cstdint>

namespace mv::cli {

struct TcpCounts {
  uint64_t bytes_in = 0;   // bytes received from the peer
  uint64_t bytes_out = 0;  // bytes sent and acknowledged by the peer
  uint32_t silent_ms = 0;  // milliseconds since data last went either way
};

// False when `fd` is not a TCP socket (a Unix-domain connection) or the kernel has no byte counters.
bool tcp_counts(int fd, TcpCounts& out);

}  // namespace mv::cli
