// The socket value and the machinery every socket built-in shares: the one Boost.Asio io_context of the
// process (run synchronously, with deadlines, so timeouts are exact), waiting for readiness, addresses as
// text, the resolver with QM's error codes, and trace files. The built-ins themselves live in
// sockets.cpp (data and options), socket_open.cpp (creating sockets) and socket_select.cpp (SELECT.SOCKET).
// The rules come from ../shared/spec/sockets.md; section numbers below refer to it.
#pragma once

#include <sys/socket.h>

#include <boost/asio/basic_socket_acceptor.hpp>
#include <boost/asio/generic/datagram_protocol.hpp>
#include <boost/asio/generic/stream_protocol.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtin_api.hpp"

namespace mv::stdlib::sockets {

namespace asio = boost::asio;
using ErrorCode = boost::system::error_code;
using StreamSocket = asio::generic::stream_protocol::socket;
using Acceptor = asio::basic_socket_acceptor<asio::generic::stream_protocol>;
using DgramSocket = asio::generic::datagram_protocol::socket;

// STATUS() codes the socket functions set (ERR.H names; spec 4.1).
enum Status : int {
  kOk = 0,
  kUnsupported = 12,
  kParams = 1000,
  kMem = 1001,
  kLength = 1002,
  kBadName = 1003,
  kBadKey = 1006,
  kFailed = 1008,
  kMode = 1009,
  kTimeout = 1011,
  kServer = 7001,
  kNoSocket = 7004,
  kConnect = 7005,
  kResolve = 7007,
  kBind = 7012,
  kClosed = 7013,
  kAiFamily = 7018,
  kAiSocktype = 7023,
  kAiSystem = 7024,
  kIncompProto = 7025,
  kLicence = 7028,
};

// KEYS.H flag bits and keys (spec 2).
constexpr int64_t kFlagBlocking = 1;
constexpr int64_t kFlagNonBlocking = 2;
constexpr int64_t kFlagDgrm = 0x100;
constexpr int64_t kFlagUstream = 0x400;
constexpr int64_t kFlagUdp = 0x10000;
constexpr int64_t kFlagIcmp = 0x20000;
constexpr int kEventRead = 1;
constexpr int kEventWrite = 2;
constexpr int kEventException = 4;

enum class Kind : uint8_t { Server = 1, Incoming = 2, Outgoing = 3 };
enum class Transport : uint8_t { Tcp, Udp, Unix };

// The socket family as SOCKET.INFO reports it: 0 Unix, 1 IPv4, 2 IPv6.
enum Family : int { kFamilyUnix = 0, kFamilyV4 = 1, kFamilyV6 = 2 };

// A trace file (spec 10): event lines and hex data lines, flushed after each event.
class Trace {
 public:
  Trace(std::string path, std::FILE* f) : path_(std::move(path)), f_(f) {}
  ~Trace();
  Trace(const Trace&) = delete;
  Trace& operator=(const Trace&) = delete;
  const std::string& path() const { return path_; }
  void event(const std::string& what, std::string_view data = {});

 private:
  std::string path_;
  std::FILE* f_;
};

// A secure connection's OpenSSL session (socket_tls_io.cpp); freed through the deleter, which sends the
// TLS close first.
struct TlsSession;
struct TlsSessionFree {
  void operator()(TlsSession* t) const;
};

// A socket: a reference-counted handle whose OS socket closes when the last Value holding it goes.
class Socket : public runtime::HandleObject {
 public:
  Socket(Kind k, Transport t) : kind(k), transport(t) {}
  ~Socket() override;
  const char* type_name() const override { return "socket"; }

  Kind kind;
  Transport transport;
  bool blocking = true;   // the default mode for calls whose flags name none (spec 3.2)
  int family = kFamilyV4;
  int interest = kEventRead;  // SELECT.SOCKET interest mask
  int fired = 0;              // events at the last SELECT.SOCKET that watched this socket
  bool inheritable = false;
  bool write_shut = false;  // SKT$INFO.SHUT.WRITE has shut the write side (socket_options.cpp)
  // CLOSE.SOCKET was given a copy of @SOCKET: the program is done with the connection, which `mvbasic serve
  // --requeue` then closes instead of keeping it for the next request (the copy in @SOCKET stays open).
  bool program_closed = false;

  int port = 0;              // PORT
  std::string ip_addr;       // IP.ADDR
  int peer_port = 0;         // PEER.PORT
  std::string peer_addr;     // PEER.ADDR
  std::string path;          // NAME (Unix-domain sockets)
  sockaddr_storage peer_sa{};  // the peer (or a UDP server's last sender) for PEER.NAME and replies
  socklen_t peer_len = 0;

  std::unique_ptr<StreamSocket> stream;  // TCP or Unix connection
  std::unique_ptr<Acceptor> acceptor;    // TCP or Unix listener
  std::unique_ptr<DgramSocket> dgram;    // UDP, server or client
  std::unique_ptr<Trace> trace;

  // A Unix-domain server removes its socket file when it goes, if the file is still the one it made.
  bool owns_path = false;
  int path_pid = 0;  // only the creating process removes it (not a forked child)
  uint64_t path_dev = 0, path_ino = 0;

  // TLS (socket_tls.hpp): the session of a secure connection; the security context a server socket gives
  // the connections it accepts; the host name OPEN.SOCKET was given, which a later STARTTLS verifies.
  // Declared after the Asio objects, so the session goes (sending its close) before the descriptor.
  std::unique_ptr<TlsSession, TlsSessionFree> tls;
  runtime::Value tls_context;
  std::string host;

  // SELECT.SOCKET bookkeeping (socket_select.cpp).
  uint64_t select_gen = 0;
  uint32_t select_events = 0;  // epoll events registered in the select set; 0 = not registered
  size_t select_slot = 0;
  size_t select_cell = 0;  // its element in the array of the last SELECT.SOCKET that watched it (SOCKET.READY)

  int fd() const;
  bool is_listener() const { return acceptor != nullptr; }
  // Writes an event line when the socket is traced.
  void note(const std::string& what, std::string_view data = {}) {
    if (trace) trace->event(what, data);
  }
};

// The process's io_context, created on first use and never destroyed (sockets may outlive main()).
asio::io_context& io();
// Creates the io_context if need be; false with the errno when the system refuses (no descriptors left).
bool io_ready(int& err);

// The socket held by `v`, or a fatal "Data item is not a socket".
Socket& need_socket(runtime::Context& cx, const runtime::Value& v);
Socket* as_socket(const runtime::Value& v);

// A failure: STATUS() and OS.ERROR() both set (spec 4.2).
inline void set_failure(runtime::Context& cx, int status, int os_error) {
  cx.status.set_int(status);
  cx.os_error = os_error;
}
inline void set_ok(runtime::Context& cx) { cx.status.set_int(kOk); }

// When a wait ends: never (timeout 0), at once (negative timeout or a non-blocking call), or at `at`.
struct Deadline {
  enum Mode : uint8_t { Forever, Now, At } mode = Now;
  std::chrono::steady_clock::time_point at{};
  static Deadline from_ms(int64_t ms);
  static Deadline from_seconds(double s);  // OPEN.SOCKET: 0 or negative = no limit of our own
  bool passed() const { return mode == Now || (mode == At && std::chrono::steady_clock::now() >= at); }
  int remaining_ms() const;  // for poll-style waits: -1 forever, else >= 0 (rounded up)
};

enum class WaitResult { Ready, Timeout, Error };
// Waits until the socket is ready for `type` or the deadline passes, running the io_context. Program output
// is flushed first, as before any wait, so a server's "listening" line is out before it blocks.
WaitResult wait_ready(runtime::Context& cx, Socket& s, asio::socket_base::wait_type type, const Deadline& d,
                      ErrorCode& ec);

// Runs the io_context until `done` is set (true) or the deadline passes (false). Either way the operation has
// finished when it returns: on timeout `cancel` is called and the cancelled handler is run. The break key
// or a phantom's logout ends the wait at once with the fatal error "Interrupted".
bool run_until(runtime::Context& cx, bool& done, const Deadline& d, const std::function<void()>& cancel);

// The descriptor that signal handlers write to so that waits wake up (-1 when no handler is hooked), and the
// call that empties it again. SELECT.SOCKET watches it in its own epoll set.
int wake_fd();
void clear_wake();

// Text forms of addresses (spec 7.2): inet_ntop form, IPv4-mapped IPv6 shown as IPv4.
struct AddrText {
  std::string addr;
  int port = 0;
  int family = kFamilyV4;
};
AddrText addr_text(const sockaddr* sa, socklen_t len);
// A reverse lookup that never falls back to the numeric address ("" when there is no name).
std::string reverse_name(const sockaddr* sa, socklen_t len);

// Address resolution honouring IPV6 (spec 7.1). Returns a STATUS() code and sets os_error.
struct ResolveResult {
  std::vector<asio::ip::address> addrs;
  bool literal = false;
};
int resolve_host(const std::string& host, bool ipv6, int socktype, ResolveResult& out, int& os_error);
// Maps an EAI_ error to its 7007/7014-7024 code.
int resolver_status(int eai);

// The flag decoding shared by CREATE.SERVER.SOCKET and OPEN.SOCKET; returns 0 or a STATUS() code.
int decode_flags(int64_t flags, Transport& t, bool& blocking);

// Records a Unix-domain server whose file must go at exit even if its destructor never runs.
void register_unix_server(Socket& s);

// Removes a socket that is going away from SELECT.SOCKET's epoll set (socket_select.cpp).
void select_forget(Socket& s);

// Marks the descriptor close-on-exec: phantoms and other children must not inherit sockets by accident.
void set_cloexec(int fd);

// Wraps a descriptor inherited from the parent (PHANTOM hand-off, spec 11) as a socket value for @SOCKET:
// a listener becomes a server socket, a connection an incoming one, with addresses read back from the
// system, blocking default mode, interest SKT$READ.EVENT and no trace. Integer 0 when fd is not a socket.
runtime::Value adopt_socket_fd(int fd);

// The socket most recently marked SKT$INHERITABLE that is still open (spec 11), for the PHANTOM command.
Socket* inheritable_socket();
void mark_inheritable(Socket* s, bool on);

}  // namespace mv::stdlib::sockets
