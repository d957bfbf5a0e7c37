// What the kernel knows about a TCP connection, for `mvbasic serve`: the bytes it carried each way and how
// long it has been silent. It includes <linux/tcp.h>, whose struct tcp_info has the byte counters that
// glibc's <netinet/tcp.h> lacks; the two headers cannot meet in one file, hence this file of its own.
#include "runtime/cli/serve_tcp.hpp"

#include <linux/sockios.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstddef>

namespace mv::cli {

namespace {
// The kernel's TCP states (include/net/tcp_states.h) in which the peer's FIN has arrived; no user-space
// header exports them.
constexpr uint8_t kTimeWait = 6, kCloseWait = 8, kLastAck = 9, kClosing = 11;
}  // namespace

bool tcp_counts(int fd, TcpCounts& out) {
  tcp_info info{};
  socklen_t len = sizeof info;
  if (fd < 0 || ::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0) return false;
  // Kernels older than 4.2 return a shorter structure without the byte counters.
  if (len < offsetof(tcp_info, tcpi_bytes_received) + sizeof info.tcpi_bytes_received) return false;
  // The peer's FIN takes a sequence number, which the kernel counts as a byte received.
  bool fin_in = info.tcpi_state == kCloseWait || info.tcpi_state == kLastAck || info.tcpi_state == kClosing ||
                info.tcpi_state == kTimeWait;
  out.bytes_in = info.tcpi_bytes_received - (fin_in && info.tcpi_bytes_received > 0 ? 1 : 0);
  // Bytes written but not yet acknowledged are still in the send queue; they count as sent.
  int queued = 0;
  if (::ioctl(fd, SIOCOUTQ, &queued) != 0 || queued < 0) queued = 0;
  out.bytes_out = info.tcpi_bytes_acked + static_cast<uint64_t>(queued);
  out.silent_ms = std::min(info.tcpi_last_data_recv, info.tcpi_last_data_sent);
  return true;
}

}  // namespace mv::cli
