// The socket built-ins that move data and read or change a socket's settings: READ.SOCKET, WRITE.SOCKET,
// CLOSE.SOCKET, SET.SOCKET.MODE and SOCKET.INFO (spec 5.4-5.6, 5.9, 5.10). Every OS socket is non-blocking
// underneath; a "blocking" call first tries the operation and only then waits on the io_context with a
// deadline, so the common case (data already there) costs one system call and timeouts are exact.
#include <netinet/in.h>
#include <netinet/tcp.h>

#include <boost/asio/ip/tcp.hpp>
#include <new>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/sockets/socket_core.hpp"
#include "stdlib/sockets/socket_options.hpp"
#include "stdlib/sockets/socket_tls.hpp"

namespace mv::stdlib {

using namespace sockets;

namespace {

constexpr size_t kScratch = 65536;

// The receive buffer for ordinary reads; READ.SOCKET copies out only what arrived.
char* scratch_buffer() {
  static auto* buf = new char[kScratch];
  return buf;
}

// The mode of one call (spec 6): SKT$BLOCKING in its flags, else SKT$NON.BLOCKING, else the socket's default.
bool call_blocks(int64_t flags, const Socket& s) {
  if (flags & kFlagBlocking) return true;
  if (flags & kFlagNonBlocking) return false;
  return s.blocking;
}

std::string failure_note(int status, int err) { return "ERROR " + std::to_string(status) + " " + std::to_string(err); }

bool is_would_block(const ErrorCode& ec) { return ec == asio::error::would_block || ec == asio::error::try_again; }

// One receive into [buf, buf + cap). Returns bytes, or -1 with ec set.
long receive_once(Socket& s, char* buf, size_t cap, ErrorCode& ec) {
  if (s.stream) return static_cast<long>(s.stream->read_some(asio::buffer(buf, cap), ec));
  if (s.kind == Kind::Server) {
    // A UDP server learns who sent each datagram, so that WRITE.SOCKET can answer it.
    asio::generic::datagram_protocol::endpoint from;
    size_t n = s.dgram->receive_from(asio::buffer(buf, cap), from, 0, ec);
    if (!ec) {
      std::memcpy(&s.peer_sa, from.data(), std::min<size_t>(from.size(), sizeof s.peer_sa));
      s.peer_len = static_cast<socklen_t>(from.size());
      AddrText t = addr_text(from.data(), s.peer_len);
      s.peer_addr = t.addr;
      s.peer_port = t.port;
    }
    return static_cast<long>(n);
  }
  return static_cast<long>(s.dgram->receive(asio::buffer(buf, cap), 0, ec));
}

}  // namespace

void fn_read_socket(Context& cx, Value* args, int, Value& out) {
  Socket& s = need_socket(cx, args[0]);
  int64_t max_len = cx.integer(args[1]);
  int64_t flags = cx.integer(args[2]);
  int64_t timeout = cx.integer(args[3]);
  out = Value::string(std::string_view());
  if (max_len < 1) return set_failure(cx, kLength, 0);
  if (s.acceptor) return set_failure(cx, kFailed, ENOTCONN);
  Deadline deadline = call_blocks(flags, s) ? Deadline::from_ms(timeout) : Deadline();
  if (s.tls) return tls_read(cx, s, max_len, deadline, out);
  std::string big;  // used only when more than the scratch buffer has arrived and may be taken
  for (;;) {
    char* buf = scratch_buffer();
    size_t cap = static_cast<size_t>(std::min<int64_t>(max_len, kScratch));
    ErrorCode ec;
    if (s.stream && max_len > static_cast<int64_t>(kScratch)) {
      // Size the buffer by what is queued, never by max.len: READ.SOCKET(s, 1E9, ...) must not take 1 GB.
      size_t avail = s.stream->available(ec);
      if (!ec && avail > kScratch) {
        try {
          big.resize(std::min<size_t>(avail, static_cast<size_t>(max_len)));
        } catch (const std::bad_alloc&) {
          return set_failure(cx, kMem, 0);
        }
        buf = big.data();
        cap = big.size();
      }
      ec.clear();
    }
    long n = receive_once(s, buf, cap, ec);
    if (!ec) {
      std::string_view got(buf, static_cast<size_t>(n));
      s.note("READ " + std::to_string(n), got);
      if (buf == big.data()) {
        big.resize(static_cast<size_t>(n));
        out = Value::string(std::move(big));
      } else {
        out = Value::string(got);
      }
      return set_ok(cx);
    }
    if (ec == asio::error::eof) {
      s.note("CLOSED");
      return set_failure(cx, kClosed, 0);
    }
    if (is_would_block(ec)) {
      ErrorCode wec;
      WaitResult w = wait_ready(cx, s, asio::socket_base::wait_read, deadline, wec);
      if (w == WaitResult::Ready) continue;
      if (w == WaitResult::Timeout) {
        s.note("TIMEOUT");
        return set_failure(cx, kTimeout, 0);
      }
      ec = wec;
    }
    s.note(failure_note(kFailed, ec.value()));
    return set_failure(cx, kFailed, ec.value());
  }
}

void fn_write_socket(Context& cx, Value* args, int, Value& out) {
  Socket& s = need_socket(cx, args[0]);
  std::string scratch;
  std::string_view data = cx.text(args[1], scratch);
  int64_t flags = cx.integer(args[2]);
  int64_t timeout = cx.integer(args[3]);
  out.set_int(0);
  if (data.empty()) return set_ok(cx);
  if (s.acceptor) return set_failure(cx, kFailed, ENOTCONN);
  if (s.dgram && s.kind == Kind::Server && s.peer_len == 0) return set_failure(cx, kFailed, EDESTADDRREQ);
  Deadline deadline = call_blocks(flags, s) ? Deadline::from_ms(timeout) : Deadline();
  if (s.tls) return tls_write(cx, s, data, deadline, out);
  size_t sent = 0;
  for (;;) {
    ErrorCode ec;
    if (s.stream) {
      sent += s.stream->write_some(asio::buffer(data.data() + sent, data.size() - sent), ec);
    } else if (s.kind == Kind::Server) {
      asio::generic::datagram_protocol::endpoint to(&s.peer_sa, s.peer_len);
      sent += s.dgram->send_to(asio::buffer(data.data(), data.size()), to, 0, ec);
    } else {
      sent += s.dgram->send(asio::buffer(data.data(), data.size()), 0, ec);
    }
    if (!ec && sent >= data.size()) break;
    if (ec && !is_would_block(ec)) {
      s.note("WRITE " + std::to_string(sent), data.substr(0, sent));
      s.note(failure_note(kFailed, ec.value()));
      out.set_int(static_cast<int64_t>(sent));
      return set_failure(cx, kFailed, ec.value());
    }
    ErrorCode wec;
    WaitResult w = wait_ready(cx, s, asio::socket_base::wait_write, deadline, wec);
    if (w == WaitResult::Ready) continue;
    out.set_int(static_cast<int64_t>(sent));
    if (sent) s.note("WRITE " + std::to_string(sent), data.substr(0, sent));
    if (w == WaitResult::Timeout) {
      s.note("TIMEOUT");
      return set_failure(cx, kTimeout, 0);
    }
    s.note(failure_note(kFailed, wec.value()));
    return set_failure(cx, kFailed, wec.value());
  }
  s.note("WRITE " + std::to_string(sent), data);
  out.set_int(static_cast<int64_t>(sent));
  set_ok(cx);
}

void fn_close_socket(Context& cx, Value* args, int, Value& out) {
  // CLOSE.SOCKET x runs as x = CLOSE.SOCKET(x): the result is the unassigned value, so the variable drops
  // its reference and is left unassigned (spec 5.6). The OS socket closes with the last reference.
  Socket& s = need_socket(cx, args[0]);
  if (cx.process && as_socket(cx.process->socket) == &s) s.program_closed = true;
  out.reset();
}

namespace {

template <class Option>
bool set_option(Socket& s, const Option& opt, ErrorCode& ec) {
  if (s.stream) s.stream->set_option(opt, ec);
  else if (s.acceptor) s.acceptor->set_option(opt, ec);
  else s.dgram->set_option(opt, ec);
  return !ec;
}

template <class Option>
bool get_option(const Socket& s, Option& opt) {
  ErrorCode ec;
  if (s.stream) s.stream->get_option(opt, ec);
  else if (s.acceptor) s.acceptor->get_option(opt, ec);
  else s.dgram->get_option(opt, ec);
  return !ec;
}

// Key 106: "" stops tracing; a path starts a fresh file. A path that cannot be opened keeps the old trace.
int set_trace(Socket& s, const std::string& path, int& err) {
  if (path.empty()) {
    s.trace.reset();
    return kOk;
  }
  std::FILE* f = std::fopen(path.c_str(), "we");
  if (!f) {
    err = errno;
    return kFailed;
  }
  s.trace = std::make_unique<Trace>(path, f);
  return kOk;
}

}  // namespace

void fn_set_socket_mode(Context& cx, Value* args, int, Value& out) {
  Socket& s = need_socket(cx, args[0]);
  int64_t key = cx.integer(args[1]);
  const Value& v = args[2];
  out.set_int(0);
  ErrorCode ec;
  switch (key) {
    case 4: s.blocking = runtime::truthy(v); break;
    case 5:
      // TCP_NODELAY means nothing on UDP or Unix sockets; report it the same way whatever the kernel says.
      if (s.transport != Transport::Tcp) return set_failure(cx, kFailed, EOPNOTSUPP);
      if (!set_option(s, asio::ip::tcp::no_delay(runtime::truthy(v)), ec)) return set_failure(cx, kFailed, ec.value());
      break;
    case 6:
      if (!set_option(s, asio::socket_base::keep_alive(runtime::truthy(v)), ec))
        return set_failure(cx, kFailed, ec.value());
      break;
    case 105: {
      int64_t mask = cx.integer(v);
      if (mask < 0 || mask > 7) return set_failure(cx, kMode, 0);
      s.interest = static_cast<int>(mask);
      break;
    }
    case 106: {
      std::string scratch;
      int err = 0;
      if (set_trace(s, std::string(cx.text(v, scratch)), err) != kOk) return set_failure(cx, kFailed, err);
      break;
    }
    case 107:
      // A TLS session cannot cross into a phantom, and a listener handed over would serve in clear.
      if (runtime::truthy(v) && (s.tls || as_security_context(s.tls_context))) return set_failure(cx, kUnsupported, 0);
      mark_inheritable(&s, runtime::truthy(v));
      break;
    case kKeyTls:
      if (!tls_start(cx, s, v)) return;
      break;
    default: {
      if (!is_extra_key(key)) return set_failure(cx, kBadKey, 0);
      // REUSE.ADDR and SHUT.WRITE take a truth value; the others a number (linger seconds or buffer bytes).
      const bool truth = runtime::truthy(v);
      const int64_t number = key == kKeyShutWrite || key == kKeyReuseAddr ? 0 : cx.integer(v);
      int err = 0;
      int status = set_extra_option(s, key, number, truth, err);
      if (status != kOk) return set_failure(cx, status, err);
    }
  }
  out.set_int(1);
  set_ok(cx);
}

void fn_socket_info(Context& cx, Value* args, int, Value& out) {
  int64_t key = cx.integer(args[1]);
  if (key == 0) {
    out.set_int(as_socket(args[0]) ? 1 : 0);
    return;
  }
  Socket& s = need_socket(cx, args[0]);
  switch (key) {
    case 1: out.set_int(static_cast<int>(s.kind)); return;
    case 2: out.set_int(s.port); return;
    case 3: out = Value::string(s.ip_addr); return;
    case 4: out.set_int(s.blocking ? 1 : 0); return;
    case 5: {
      asio::ip::tcp::no_delay opt;
      out.set_int(s.transport == Transport::Tcp && get_option(s, opt) && opt.value() ? 1 : 0);
      return;
    }
    case 6: {
      asio::socket_base::keep_alive opt;
      out.set_int(get_option(s, opt) && opt.value() ? 1 : 0);
      return;
    }
    case 7: out.set_int(s.family); return;
    case 101: out.set_int(s.peer_port); return;
    case 102:
      out = Value::string(s.peer_len ? reverse_name(reinterpret_cast<const sockaddr*>(&s.peer_sa), s.peer_len) : "");
      return;
    case 103: {
      std::string local;
      if (s.transport != Transport::Unix) {
        ErrorCode ec;
        if (s.dgram) {
          auto ep = s.dgram->local_endpoint(ec);
          if (!ec) local = addr_text(ep.data(), static_cast<socklen_t>(ep.size())).addr;
        } else {
          auto ep = s.stream ? s.stream->local_endpoint(ec) : s.acceptor->local_endpoint(ec);
          if (!ec) local = addr_text(ep.data(), static_cast<socklen_t>(ep.size())).addr;
        }
      }
      out = Value::string(local);
      return;
    }
    case 104: out = Value::string(s.path); return;
    case 105: out.set_int(s.fired); return;
    case 106: out = Value::string(s.trace ? s.trace->path() : std::string()); return;
    case 107: out.set_int(s.inheritable ? 1 : 0); return;
    case 108: out = Value::string(s.peer_addr); return;
    default:
      if (is_tls_key(key)) out = tls_info(s, key);
      else out.set_int(is_extra_key(key) ? extra_info(s, key) : 0);
      return;
  }
}

}  // namespace mv::stdlib
