// The mvbasic socket options that no QM release has (issue 16, item 3): SO_LINGER with a time,
// SO_REUSEADDR, SO_RCVBUF, SO_SNDBUF, and a half-close that shuts the write side of a connection while
// reading goes on. SET.SOCKET.MODE and SOCKET.INFO (sockets.cpp) hand keys 201-205 to the two functions
// here; the numbers are above every QM and ScarletDME key so that no existing program changes meaning.
// They work on the descriptor directly: each is one setsockopt(), getsockopt() or shutdown() call.
#include "stdlib/sockets/socket_options.hpp"
#include "stdlib/sockets/socket_tls.hpp"

#include <sys/socket.h>

#include <cerrno>
#include <climits>

namespace mv::stdlib::sockets {

namespace {

constexpr int64_t kMaxLingerSeconds = 65535;

// The status of one setsockopt() on the socket's descriptor, with OS.ERROR() set on failure.
int set_int_option(Socket& s, int name, int value, int& os_error) {
  if (setsockopt(s.fd(), SOL_SOCKET, name, &value, sizeof value) == 0) return kOk;
  os_error = errno;
  return kFailed;
}

int get_int_option(const Socket& s, int name) {
  int value = 0;
  socklen_t len = sizeof value;
  if (getsockopt(s.fd(), SOL_SOCKET, name, &value, &len) != 0) return 0;
  return value;
}

// A negative time turns lingering off; 0 to 65535 seconds turns it on (0 makes close send a reset).
int set_linger(Socket& s, int64_t seconds, int& os_error) {
  if (seconds > kMaxLingerSeconds) return kMode;
  linger l{};
  l.l_onoff = seconds >= 0 ? 1 : 0;
  l.l_linger = seconds >= 0 ? static_cast<int>(seconds) : 0;
  if (setsockopt(s.fd(), SOL_SOCKET, SO_LINGER, &l, sizeof l) == 0) return kOk;
  os_error = errno;
  return kFailed;
}

int64_t linger_seconds(const Socket& s) {
  linger l{};
  socklen_t len = sizeof l;
  if (getsockopt(s.fd(), SOL_SOCKET, SO_LINGER, &l, &len) != 0 || !l.l_onoff) return -1;
  return l.l_linger;
}

// Buffer sizes are asked for in bytes; the kernel doubles what it is given and clamps it to its limits.
int set_buffer(Socket& s, int name, int64_t bytes, int& os_error) {
  if (bytes <= 0 || bytes > INT_MAX) return kMode;
  return set_int_option(s, name, static_cast<int>(bytes), os_error);
}

// Only a connection has a write side to shut; the side cannot be opened again, so the value must be true.
int shut_write(Socket& s, bool on, int& os_error) {
  if (!s.stream) {
    os_error = ENOTCONN;
    return kFailed;
  }
  if (!on) return kMode;
  if (s.tls) tls_close_write(s);
  if (shutdown(s.fd(), SHUT_WR) != 0) {
    os_error = errno;
    return kFailed;
  }
  s.write_shut = true;
  s.note("SHUTDOWN WRITE");
  return kOk;
}

}  // namespace

bool is_extra_key(int64_t key) { return key >= kKeyLinger && key <= kKeyShutWrite; }

int set_extra_option(Socket& s, int64_t key, int64_t number, bool truth, int& os_error) {
  os_error = 0;
  switch (key) {
    case kKeyLinger: return set_linger(s, number, os_error);
    case kKeyReuseAddr: return set_int_option(s, SO_REUSEADDR, truth ? 1 : 0, os_error);
    case kKeyRcvBuf: return set_buffer(s, SO_RCVBUF, number, os_error);
    case kKeySndBuf: return set_buffer(s, SO_SNDBUF, number, os_error);
    case kKeyShutWrite: return shut_write(s, truth, os_error);
    default: return kBadKey;
  }
}

int64_t extra_info(const Socket& s, int64_t key) {
  switch (key) {
    case kKeyLinger: return linger_seconds(s);
    case kKeyReuseAddr: return get_int_option(s, SO_REUSEADDR) ? 1 : 0;
    case kKeyRcvBuf: return get_int_option(s, SO_RCVBUF);
    case kKeySndBuf: return get_int_option(s, SO_SNDBUF);
    case kKeyShutWrite: return s.write_shut ? 1 : 0;
    default: return 0;
  }
}

}  // namespace mv::stdlib::sockets
