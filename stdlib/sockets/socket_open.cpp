// The socket built-ins that make sockets or look up addresses: CREATE.SERVER.SOCKET, OPEN.SOCKET,
// ACCEPT.SOCKET.CONNECTION and SERVER.ADDR (spec 5.1, 5.2, 5.3, 5.8 and 7). Every argument is checked
// before anything is created, so a failure leaves no descriptor behind.
#include <netinet/in.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/local/stream_protocol.hpp>

#include "runtime/licence.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/sockets/socket_core.hpp"
#include "stdlib/sockets/socket_tls.hpp"

namespace mv::stdlib {

using namespace sockets;

namespace {

constexpr size_t kMaxAddress = 255;
constexpr size_t kMaxUnixPath = 107;

bool ipv6_on(const Context& cx) { return cx.config && cx.config->ipv6; }

// The security context argument of CREATE.SERVER.SOCKET and OPEN.SOCKET: nothing ("", 0 or omitted), a
// context made by CREATE.SECURITY.CONTEXT, or anything else, which fails with 12 rather than send plaintext.
enum class CtxArg { None, Context, Bad };
CtxArg context_arg(const Value& v) {
  if (as_security_context(v)) return CtxArg::Context;
  return is_no_context(v) ? CtxArg::None : CtxArg::Bad;
}

// Serving sockets costs a user licence (spec 9): taken on the first CREATE.SERVER.SOCKET or ACCEPT, kept
// until the process ends. Free when NUMUSERS is 0.
bool take_serving_licence(Context& cx) { return !cx.config || runtime::take_user_licence(*cx.config); }

asio::generic::stream_protocol::endpoint stream_endpoint(const asio::ip::address& a, int port) {
  return asio::generic::stream_protocol::endpoint(asio::ip::tcp::endpoint(a, static_cast<unsigned short>(port)));
}

asio::generic::datagram_protocol::endpoint dgram_endpoint(const asio::ip::address& a, int port) {
  return asio::generic::datagram_protocol::endpoint(asio::ip::udp::endpoint(a, static_cast<unsigned short>(port)));
}

asio::generic::stream_protocol::endpoint unix_endpoint(const std::string& path) {
  return asio::generic::stream_protocol::endpoint(asio::local::stream_protocol::endpoint(path));
}

void remember_peer(Socket& s, const sockaddr* sa, socklen_t len) {
  std::memcpy(&s.peer_sa, sa, std::min<size_t>(len, sizeof s.peer_sa));
  s.peer_len = len;
  AddrText t = addr_text(sa, len);
  s.peer_addr = t.addr;
  s.peer_port = t.port;
}

// Is a listener answering on this Unix path? A refused probe means a stale file (spec 7.3).
bool unix_listener_alive(Context& cx, const std::string& path) {
  StreamSocket probe(io());
  ErrorCode ec;
  probe.open(asio::generic::stream_protocol(AF_UNIX, 0), ec);
  if (ec) return true;  // cannot tell: keep the file
  probe.non_blocking(true, ec);
  bool done = false;
  ErrorCode got;
  probe.async_connect(unix_endpoint(path), [&](const ErrorCode& e) {
    done = true;
    got = e;
  });
  if (!run_until(cx, done, Deadline::from_ms(1000), [&] { probe.cancel(ec); })) return true;
  return !(got == asio::error::connection_refused || got == asio::error::not_found ||
           got.value() == ENOENT);
}

void create_unix_server(Context& cx, const std::string& path, bool blocking, Value& out) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) {
    if (!S_ISSOCK(st.st_mode) || unix_listener_alive(cx, path)) return set_failure(cx, kBind, EADDRINUSE);
    ::unlink(path.c_str());
  }
  auto acc = std::make_unique<Acceptor>(io());
  ErrorCode ec;
  acc->open(asio::generic::stream_protocol(AF_UNIX, 0), ec);
  if (ec) return set_failure(cx, kNoSocket, ec.value());
  set_cloexec(acc->native_handle());
  acc->bind(unix_endpoint(path), ec);
  if (!ec) acc->listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    int err = ec.value();
    acc.reset();
    return set_failure(cx, kBind, err);
  }
  acc->non_blocking(true, ec);
  auto* s = new Socket(Kind::Server, Transport::Unix);
  out = Value::handle(s);
  s->acceptor = std::move(acc);
  s->blocking = blocking;
  s->family = kFamilyUnix;
  s->path = path;
  if (::lstat(path.c_str(), &st) == 0) {
    s->owns_path = true;
    s->path_pid = ::getpid();
    s->path_dev = static_cast<uint64_t>(st.st_dev);
    s->path_ino = static_cast<uint64_t>(st.st_ino);
    register_unix_server(*s);
  }
  set_ok(cx);
}

// Binds a TCP listener or a UDP socket to `a` and fills in the server socket's details.
void create_ip_server(Context& cx, const asio::ip::address& a, int port, bool v6only, bool any, Transport t,
                      bool blocking, Value& out) {
  ErrorCode ec;
  std::unique_ptr<Acceptor> acc;
  std::unique_ptr<DgramSocket> ds;
  int family = a.is_v6() ? AF_INET6 : AF_INET;
  if (t == Transport::Tcp) {
    acc = std::make_unique<Acceptor>(io());
    acc->open(asio::generic::stream_protocol(family, IPPROTO_TCP), ec);
    if (ec) return set_failure(cx, kNoSocket, ec.value());
    set_cloexec(acc->native_handle());
    acc->set_option(asio::socket_base::reuse_address(true), ec);
    if (a.is_v6()) acc->set_option(asio::ip::v6_only(v6only), ec);
    acc->bind(stream_endpoint(a, port), ec);
    if (!ec) acc->listen(asio::socket_base::max_listen_connections, ec);
    if (!ec) acc->non_blocking(true, ec);
  } else {
    // No SO_REUSEADDR on UDP: it would let two servers share the port (spec 5.1).
    ds = std::make_unique<DgramSocket>(io());
    ds->open(asio::generic::datagram_protocol(family, IPPROTO_UDP), ec);
    if (ec) return set_failure(cx, kNoSocket, ec.value());
    set_cloexec(ds->native_handle());
    if (a.is_v6()) ds->set_option(asio::ip::v6_only(v6only), ec);
    ds->bind(dgram_endpoint(a, port), ec);
    if (!ec) ds->non_blocking(true, ec);
  }
  if (ec) return set_failure(cx, kBind, ec.value());
  auto* s = new Socket(Kind::Server, t);
  out = Value::handle(s);
  s->blocking = blocking;
  if (acc) {
    auto ep = acc->local_endpoint(ec);
    s->acceptor = std::move(acc);
    AddrText bound = addr_text(ep.data(), static_cast<socklen_t>(ep.size()));
    s->port = bound.port;
    s->ip_addr = any ? "" : bound.addr;
  } else {
    auto ep = ds->local_endpoint(ec);
    s->dgram = std::move(ds);
    AddrText bound = addr_text(ep.data(), static_cast<socklen_t>(ep.size()));
    s->port = bound.port;
    s->ip_addr = any ? "" : bound.addr;
  }
  s->family = a.is_v6() ? kFamilyV6 : kFamilyV4;
  set_ok(cx);
}

}  // namespace

void fn_create_server_socket(Context& cx, Value* args, int argc, Value& out) {
  out.set_int(0);
  std::string scratch;
  std::string addr(cx.text(args[0], scratch));
  int64_t port = cx.integer(args[1]);
  int64_t flags = argc > 2 ? cx.integer(args[2]) : 0;
  CtxArg ctx = argc > 3 ? context_arg(args[3]) : CtxArg::None;
  if (ctx == CtxArg::Bad) return set_failure(cx, kUnsupported, 0);
  Transport t = Transport::Tcp;
  bool blocking = true;
  if (int st = decode_flags(flags, t, blocking)) return set_failure(cx, st, 0);
  if (ctx == CtxArg::Context && t == Transport::Udp) return set_failure(cx, kUnsupported, 0);  // no DTLS
  if (t == Transport::Unix) {
    if (addr.empty() || addr.size() > kMaxUnixPath) return set_failure(cx, kBadName, 0);
  } else {
    if (addr.size() > kMaxAddress) return set_failure(cx, kBadName, 0);
    if (port < 0 || port > 65535) return set_failure(cx, kParams, 0);
  }
  asio::ip::address bind_addr;
  if (t != Transport::Unix && !addr.empty()) {
    ResolveResult r;
    int os_error = 0;
    if (int st = resolve_host(addr, ipv6_on(cx), t == Transport::Udp ? SOCK_DGRAM : SOCK_STREAM, r, os_error))
      return set_failure(cx, st, os_error);
    bind_addr = r.addrs.front();
  }
  if (!take_serving_licence(cx)) return set_failure(cx, kLicence, 0);
  if (int err = 0; !io_ready(err)) return set_failure(cx, kNoSocket, err);
  if (t == Transport::Unix) {
    create_unix_server(cx, addr, blocking, out);
  } else if (!addr.empty()) {
    create_ip_server(cx, bind_addr, static_cast<int>(port), true, false, t, blocking, out);
  } else {
    // "" is every local address: dual-stack "::" when IPv6 is on and the system has it, else 0.0.0.0.
    bool done = false;
    if (ipv6_on(cx)) {
      create_ip_server(cx, asio::ip::address_v6::any(), static_cast<int>(port), false, true, t, blocking, out);
      done = !(cx.status.is_int() && cx.status.int_value() == kNoSocket && cx.os_error == EAFNOSUPPORT);
    }
    if (!done) create_ip_server(cx, asio::ip::address_v4::any(), static_cast<int>(port), false, true, t, blocking, out);
  }
  // Every connection this server accepts runs the TLS handshake in ACCEPT.SOCKET.CONNECTION.
  if (Socket* srv = as_socket(out); srv && ctx == CtxArg::Context) srv->tls_context = args[3];
}

namespace {

// One connect attempt within the deadline; returns 0 or the errno of the failure (110 on timeout).
template <class S, class E>
int connect_one(Context& cx, S& sock, const E& ep, const Deadline& d) {
  bool done = false;
  ErrorCode got;
  sock.async_connect(ep, [&](const ErrorCode& e) {
    done = true;
    got = e;
  });
  if (!run_until(cx, done, d, [&] {
        ErrorCode ignored;
        sock.cancel(ignored);
      })) {
    if (got == asio::error::operation_aborted) {
      ErrorCode ignored;
      sock.close(ignored);
      return ETIMEDOUT;
    }
  }
  return got ? got.value() : 0;
}

}  // namespace

namespace {

void open_unix(Context& cx, const std::string& path, bool blocking, const Deadline& deadline, Value& out) {
  auto sock = std::make_unique<StreamSocket>(io());
  ErrorCode ec;
  sock->open(asio::generic::stream_protocol(AF_UNIX, 0), ec);
  if (ec) return set_failure(cx, kNoSocket, ec.value());
  set_cloexec(sock->native_handle());
  sock->non_blocking(true, ec);
  if (int err = connect_one(cx, *sock, unix_endpoint(path), deadline)) return set_failure(cx, kConnect, err);
  auto* s = new Socket(Kind::Outgoing, Transport::Unix);
  out = Value::handle(s);
  s->stream = std::move(sock);
  s->blocking = blocking;
  s->family = kFamilyUnix;
  s->path = path;
  set_ok(cx);
}

// Connects socket s (TCP or UDP, not yet open) to one address. Returns 0, the connect's errno, or -errno
// when socket() itself failed (STATUS 7004 rather than 7005).
int connect_ip(Context& cx, Socket& s, const asio::ip::address& a, int port, const Deadline& deadline) {
  int family = a.is_v6() ? AF_INET6 : AF_INET;
  ErrorCode ec;
  if (s.transport == Transport::Tcp) {
    s.stream = std::make_unique<StreamSocket>(io());
    s.stream->open(asio::generic::stream_protocol(family, IPPROTO_TCP), ec);
    if (ec) return -ec.value();
    set_cloexec(s.stream->native_handle());
    s.stream->non_blocking(true, ec);
    return connect_one(cx, *s.stream, stream_endpoint(a, port), deadline);
  }
  // A UDP "connect" only fixes the destination; nothing is sent (spec 5.3).
  s.dgram = std::make_unique<DgramSocket>(io());
  s.dgram->open(asio::generic::datagram_protocol(family, IPPROTO_UDP), ec);
  if (ec) return -ec.value();
  set_cloexec(s.dgram->native_handle());
  s.dgram->non_blocking(true, ec);
  s.dgram->connect(dgram_endpoint(a, port), ec);
  return ec ? ec.value() : 0;
}

}  // namespace

namespace {

// The TLS handshake of a connection OPEN.SOCKET just made; on failure the connection is dropped and the
// result is 0, with the handshake's STATUS() and OS.ERROR().
void secure_outgoing(Context& cx, Value& out, SecurityContext* ctx, const std::string& host, const Deadline& d) {
  Socket* s = as_socket(out);
  if (!s) return;
  if (s->transport == Transport::Tcp) s->host = host;
  if (!ctx) return;
  if (!tls_client_handshake(cx, *s, *ctx, s->host, handshake_deadline(cx, d))) out.set_int(0);
}

}  // namespace

void fn_open_socket(Context& cx, Value* args, int argc, Value& out) {
  out.set_int(0);
  std::string scratch;
  std::string addr(cx.text(args[0], scratch));
  int64_t port = cx.integer(args[1]);
  int64_t flags = cx.integer(args[2]);
  // The fourth argument is the connect timeout, or a security context (where ScarletDME reserves one); a
  // fifth argument is the context after a timeout.
  const Value* ctx_value = argc > 4 ? &args[4] : argc > 3 && as_security_context(args[3]) ? &args[3] : nullptr;
  double timeout_s = argc > 3 && ctx_value != &args[3] ? cx.real(args[3]) : 0.0;
  CtxArg ctx = ctx_value ? context_arg(*ctx_value) : CtxArg::None;
  if (ctx == CtxArg::Bad) return set_failure(cx, kUnsupported, 0);
  SecurityContext* secure = ctx == CtxArg::Context ? as_security_context(*ctx_value) : nullptr;
  Transport t = Transport::Tcp;
  bool blocking = true;
  if (int st = decode_flags(flags, t, blocking)) return set_failure(cx, st, 0);
  if (secure && t == Transport::Udp) return set_failure(cx, kUnsupported, 0);  // no DTLS
  if (addr.empty() || addr.size() > (t == Transport::Unix ? kMaxUnixPath : kMaxAddress))
    return set_failure(cx, kBadName, 0);
  if (t != Transport::Unix && (port < 1 || port > 65535)) return set_failure(cx, kParams, 0);
  Deadline deadline = Deadline::from_seconds(timeout_s);
  if (int err = 0; !io_ready(err)) return set_failure(cx, kNoSocket, err);
  if (t == Transport::Unix) {
    open_unix(cx, addr, blocking, deadline, out);
    return secure_outgoing(cx, out, secure, "", deadline);
  }

  ResolveResult r;
  int os_error = 0;
  if (int st = resolve_host(addr, ipv6_on(cx), t == Transport::Udp ? SOCK_DGRAM : SOCK_STREAM, r, os_error))
    return set_failure(cx, st, os_error);
  // Each address in turn until one connects; the deadline covers them all and the last errno is reported.
  int last_error = ECONNREFUSED;
  for (const asio::ip::address& a : r.addrs) {
    auto* s = new Socket(Kind::Outgoing, t);
    Value holder = Value::handle(s);  // frees the socket if this address fails
    last_error = connect_ip(cx, *s, a, static_cast<int>(port), deadline);
    if (last_error < 0) return set_failure(cx, kNoSocket, -last_error);
    if (last_error == 0) {
      s->blocking = blocking;
      asio::ip::tcp::endpoint remote(a, static_cast<unsigned short>(port));
      remember_peer(*s, remote.data(), static_cast<socklen_t>(remote.size()));
      s->ip_addr = s->peer_addr;
      s->port = s->peer_port;
      s->family = a.is_v6() ? kFamilyV6 : kFamilyV4;
      out = std::move(holder);
      set_ok(cx);
      return secure_outgoing(cx, out, secure, addr, deadline);
    }
    if (last_error == ETIMEDOUT && deadline.passed()) break;
  }
  set_failure(cx, kConnect, last_error);
}

void fn_accept_socket(Context& cx, Value* args, int, Value& out) {
  Socket& srv = need_socket(cx, args[0]);
  int64_t timeout = cx.integer(args[1]);
  out.set_int(0);
  if (!srv.acceptor) return set_failure(cx, kFailed, EINVAL);
  if (!take_serving_licence(cx)) return set_failure(cx, kLicence, 0);
  Deadline deadline = Deadline::from_ms(timeout);
  for (;;) {
    auto peer = std::make_unique<StreamSocket>(io());
    asio::generic::stream_protocol::endpoint ep;
    ErrorCode ec;
    srv.acceptor->accept(*peer, ep, ec);
    if (!ec) {
      peer->non_blocking(true, ec);
      set_cloexec(peer->native_handle());
      auto* s = new Socket(Kind::Incoming, srv.transport);
      out = Value::handle(s);
      s->stream = std::move(peer);
      if (srv.transport == Transport::Unix) {
        s->family = kFamilyUnix;
        s->path = srv.path;
      } else {
        remember_peer(*s, ep.data(), static_cast<socklen_t>(ep.size()));
        s->ip_addr = s->peer_addr;
        s->family = addr_text(ep.data(), static_cast<socklen_t>(ep.size())).family;
        s->port = srv.port;
      }
      srv.note("ACCEPT " + (s->peer_addr.empty() ? std::string("-") : s->peer_addr) + " " +
               std::to_string(s->peer_port));
      set_ok(cx);
      // A secure server's connection is returned only once its handshake succeeded.
      if (SecurityContext* ctx = as_security_context(srv.tls_context)) {
        if (!tls_server_handshake(cx, *s, *ctx, handshake_deadline(cx, deadline))) {
          bool text = cx.os_error == Context::kOsErrorText;
          srv.note("TLS ERROR " + std::to_string(cx.status.int_value()) + " " +
                   (text ? cx.os_error_text : std::to_string(cx.os_error)));
          out.set_int(0);
        }
      }
      return;
    }
    if (ec == asio::error::would_block || ec == asio::error::try_again) {
      ErrorCode wec;
      WaitResult w = wait_ready(cx, srv, asio::socket_base::wait_read, deadline, wec);
      if (w == WaitResult::Timeout) {
        srv.note("TIMEOUT");
        return set_failure(cx, kTimeout, 0);
      }
      if (w == WaitResult::Error) ec = wec;
      else continue;
    }
    // A client that gave up before we took it is not this call's failure: look for the next one.
    if (ec == asio::error::connection_aborted || ec.value() == EPROTO) {
      if (deadline.passed()) {
        srv.note("TIMEOUT");
        return set_failure(cx, kTimeout, 0);
      }
      continue;
    }
    srv.note("ERROR " + std::to_string(kFailed) + " " + std::to_string(ec.value()));
    return set_failure(cx, kFailed, ec.value());
  }
}

void fn_server_addr(Context& cx, Value* args, int, Value& out) {
  std::string scratch;
  std::string name(cx.text(args[0], scratch));
  out = Value::string(std::string_view());
  if (name.empty() || name.size() > kMaxAddress) return set_failure(cx, kBadName, 0);
  ResolveResult r;
  int os_error = 0;
  int st = resolve_host(name, ipv6_on(cx), SOCK_STREAM, r, os_error);
  if (st == kAiFamily && r.literal) return set_failure(cx, kAiFamily, 0);
  if (st != kOk) return set_failure(cx, kServer, 0);
  out = Value::string(r.addrs.front().to_string());
  set_ok(cx);
}

}  // namespace mv::stdlib
