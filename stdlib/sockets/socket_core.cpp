// Shared socket machinery: the io_context, the socket handle's life and death, synchronous waits with
// deadlines, address text, the resolver's error codes and trace files.
#include "stdlib/sockets/socket_core.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <sys/eventfd.h>

#include <boost/asio/posix/stream_descriptor.hpp>
#include <cerrno>
#include <csignal>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <typeinfo>

namespace mv::stdlib::sockets {

namespace {

// Unix-domain servers still alive, so a normal exit that skips destructors still removes their files.
std::vector<Socket*>& unix_servers() {
  static auto* v = new std::vector<Socket*>;
  return *v;
}

// Sockets marked SKT$INHERITABLE, oldest first (spec 11).
std::vector<Socket*>& marked() {
  static auto* v = new std::vector<Socket*>;
  return *v;
}

void remove_socket_file(Socket& s) {
  if (!s.owns_path) return;
  s.owns_path = false;
  if (s.path_pid != ::getpid()) return;
  struct stat st {};
  // Only the file this server bound: a newer server on the same path keeps its file.
  if (::lstat(s.path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode) && static_cast<uint64_t>(st.st_dev) == s.path_dev &&
      static_cast<uint64_t>(st.st_ino) == s.path_ino)
    ::unlink(s.path.c_str());
}

void remove_socket_files_at_exit() {
  for (Socket* s : unix_servers()) remove_socket_file(*s);
}

template <class T>
void erase_value(std::vector<T>& v, T x) {
  v.erase(std::remove(v.begin(), v.end(), x), v.end());
}

}  // namespace

namespace {

// --- Interruptible waits ----------------------------------------------------------------------------------
// A wait must end at once for the break key (the REPL's SIGINT handler) and for a phantom's logout or kill
// request (its SIGTERM handler); both set runtime::g_interrupt. Their handlers are installed without
// SA_RESTART, but Asio retries an interrupted epoll_wait by itself, so every wait also watches an eventfd
// that a handler chained in front of theirs writes to (spec 6).

int g_wake_fd = -1;
struct sigaction g_prev_int {}, g_prev_term {};

extern "C" void on_wake_signal(int sig) {
  int saved = errno;
  const struct sigaction& prev = sig == SIGINT ? g_prev_int : g_prev_term;
  if (prev.sa_handler != SIG_DFL && prev.sa_handler != SIG_IGN) prev.sa_handler(sig);
  uint64_t one = 1;
  (void)!::write(g_wake_fd, &one, sizeof one);
  errno = saved;
}

// Chains the wake-up in front of a handler the program's host installed; default and ignored signals are
// left alone (the default action ends the process anyway).
void chain_wake_handler(int sig, struct sigaction& prev) {
  if (::sigaction(sig, nullptr, &prev) != 0) return;
  if (prev.sa_handler == SIG_DFL || prev.sa_handler == SIG_IGN || (prev.sa_flags & SA_SIGINFO)) return;
  struct sigaction sa = prev;
  sa.sa_handler = on_wake_signal;
  ::sigaction(sig, &sa, nullptr);
}

asio::posix::stream_descriptor* g_wake = nullptr;

void setup_wake(asio::io_context& ctx) {
  struct sigaction probe_int {}, probe_term {};
  ::sigaction(SIGINT, nullptr, &probe_int);
  ::sigaction(SIGTERM, nullptr, &probe_term);
  auto hooked = [](const struct sigaction& a) {
    return a.sa_handler != SIG_DFL && a.sa_handler != SIG_IGN && !(a.sa_flags & SA_SIGINFO);
  };
  if (!hooked(probe_int) && !hooked(probe_term)) return;
  g_wake_fd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (g_wake_fd < 0) return;
  g_wake = new asio::posix::stream_descriptor(ctx, ::dup(g_wake_fd));
  chain_wake_handler(SIGINT, g_prev_int);
  chain_wake_handler(SIGTERM, g_prev_term);
}

}  // namespace

int wake_fd() { return g_wake_fd; }

void clear_wake() {
  uint64_t n;
  if (g_wake_fd >= 0) (void)!::read(g_wake_fd, &n, sizeof n);
}

asio::io_context& io() {
  // One per process, never destroyed: a socket held in a static may be released after main() returns.
  static auto* ctx = [] {
    auto* c = new asio::io_context(1);
    setup_wake(*c);
    return c;
  }();
  return *ctx;
}

bool io_ready(int& err) {
  try {
    io();
    return true;
  } catch (const boost::system::system_error& e) {
    err = e.code().value();
    return false;
  }
}

Socket* as_socket(const runtime::Value& v) {
  if (!v.is_handle()) return nullptr;
  runtime::HandleObject* h = v.handle_object();
  // SELECT.SOCKET asks this of every element on every call: the exact type is tested first, as that costs
  // a comparison where a dynamic_cast walks the class hierarchy; classes derived from Socket still pass.
  if (typeid(*h) == typeid(Socket)) return static_cast<Socket*>(h);
  return dynamic_cast<Socket*>(h);
}

Socket& need_socket(runtime::Context& cx, const runtime::Value& v) {
  Socket* s = as_socket(v);
  if (!s) cx.fail("Data item is not a socket");
  return *s;
}

Socket::~Socket() {
  tls.reset();  // the TLS close goes out while the descriptor is still open
  note("CLOSE");
  trace.reset();
  select_forget(*this);
  if (inheritable) erase_value(marked(), this);
  if (owns_path) {
    remove_socket_file(*this);
    erase_value(unix_servers(), this);
  }
  // The Asio objects close the descriptor as they go.
}

int Socket::fd() const {
  if (stream) return stream->native_handle();
  if (acceptor) return acceptor->native_handle();
  if (dgram) return dgram->native_handle();
  return -1;
}

void register_unix_server(Socket& s) {
  static bool hooked = false;
  if (!hooked) {
    std::atexit(remove_socket_files_at_exit);
    hooked = true;
  }
  unix_servers().push_back(&s);
}

Socket* inheritable_socket() { return marked().empty() ? nullptr : marked().back(); }

void mark_inheritable(Socket* s, bool on) {
  if (s->inheritable) erase_value(marked(), s);
  s->inheritable = on;
  if (on) marked().push_back(s);
}

void set_cloexec(int fd) {
  int f = ::fcntl(fd, F_GETFD);
  if (f >= 0 && !(f & FD_CLOEXEC)) ::fcntl(fd, F_SETFD, f | FD_CLOEXEC);
}

runtime::Value adopt_socket_fd(int fd) {
  int type = 0, domain = 0, listening = 0;
  socklen_t len = sizeof type;
  if (fd < 0 || ::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0) return runtime::Value::integer(0);
  len = sizeof domain;
  ::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len);
  len = sizeof listening;
  ::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len);
  int err = 0;
  if (!io_ready(err)) return runtime::Value::integer(0);
  Transport t = domain == AF_UNIX ? Transport::Unix : type == SOCK_DGRAM ? Transport::Udp : Transport::Tcp;
  auto* s = new Socket(listening || type == SOCK_DGRAM ? Kind::Server : Kind::Incoming, t);
  runtime::Value v = runtime::Value::handle(s);
  ErrorCode ec;
  if (listening) {
    s->acceptor = std::make_unique<Acceptor>(io());
    s->acceptor->assign(asio::generic::stream_protocol(domain, domain == AF_UNIX ? 0 : IPPROTO_TCP), fd, ec);
    if (!ec) s->acceptor->non_blocking(true, ec);
  } else if (type == SOCK_DGRAM) {
    s->dgram = std::make_unique<DgramSocket>(io());
    s->dgram->assign(asio::generic::datagram_protocol(domain, IPPROTO_UDP), fd, ec);
    if (!ec) s->dgram->non_blocking(true, ec);
  } else {
    s->stream = std::make_unique<StreamSocket>(io());
    s->stream->assign(asio::generic::stream_protocol(domain, domain == AF_UNIX ? 0 : IPPROTO_TCP), fd, ec);
    if (!ec) s->stream->non_blocking(true, ec);
  }
  if (ec) return runtime::Value::integer(0);
  set_cloexec(fd);
  sockaddr_storage local{}, peer{};
  socklen_t llen = sizeof local, plen = sizeof peer;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &llen);
  if (domain == AF_UNIX) {
    s->family = kFamilyUnix;
    const auto* un = reinterpret_cast<const sockaddr_un*>(&local);
    if (llen > sizeof(sa_family_t)) s->path = un->sun_path;
    if (s->path.empty() && ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &plen) == 0 &&
        plen > sizeof(sa_family_t))
      s->path = reinterpret_cast<const sockaddr_un*>(&peer)->sun_path;
    return v;
  }
  AddrText me = addr_text(reinterpret_cast<const sockaddr*>(&local), llen);
  s->port = me.port;
  s->family = me.family;
  if (s->kind == Kind::Server) {
    // An address bound to "any" was created with "" (the spec's IP.ADDR for such a server).
    bool any = me.addr == "0.0.0.0" || me.addr == "::";
    s->ip_addr = any ? "" : me.addr;
  } else if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &plen) == 0) {
    std::memcpy(&s->peer_sa, &peer, plen);
    s->peer_len = plen;
    AddrText them = addr_text(reinterpret_cast<const sockaddr*>(&peer), plen);
    s->peer_addr = s->ip_addr = them.addr;
    s->peer_port = them.port;
    s->family = them.family;
  }
  return v;
}

// --- Deadlines and waits ----------------------------------------------------------------------------

Deadline Deadline::from_ms(int64_t ms) {
  Deadline d;
  if (ms == 0) {
    d.mode = Forever;
  } else if (ms > 0) {
    d.mode = At;
    d.at = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  }
  return d;
}

Deadline Deadline::from_seconds(double s) {
  Deadline d;
  if (!(s > 0)) {
    d.mode = Forever;
  } else {
    d.mode = At;
    double ms = std::min(std::round(s * 1000.0), 1e12);
    d.at = std::chrono::steady_clock::now() + std::chrono::milliseconds(static_cast<int64_t>(ms));
  }
  return d;
}

int Deadline::remaining_ms() const {
  if (mode == Forever) return -1;
  if (mode == Now) return 0;
  auto left = at - std::chrono::steady_clock::now();
  if (left <= std::chrono::steady_clock::duration::zero()) return 0;
  // Rounded up, so a wait never ends before its deadline.
  auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
  return ms > 2000000000 ? 2000000000 : static_cast<int>(ms);
}

namespace {
// Runs the io_context until `flag` is set, whatever the time.
void drain(bool& flag) {
  asio::io_context& ctx = io();
  ctx.restart();
  while (!flag) ctx.run_one();
}
}  // namespace

bool run_until(runtime::Context& cx, bool& done, const Deadline& d, const std::function<void()>& cancel) {
  asio::io_context& ctx = io();
  if (d.mode != Deadline::Now) cx.flush_output();
  for (;;) {
    if (runtime::g_interrupt) {
      cancel();
      drain(done);
      cx.fail("Interrupted");
    }
    bool armed = g_wake && d.mode != Deadline::Now, wake_done = false, woke = false;
    if (armed) {
      g_wake->async_wait(asio::posix::stream_descriptor::wait_read, [&](const ErrorCode& e) {
        wake_done = true;
        woke = !e;
      });
    }
    ctx.restart();
    if (d.mode == Deadline::Forever) {
      while (!done && !wake_done) ctx.run_one();
    } else {
      while (!done && !wake_done) {
        if (d.mode == Deadline::Now || ctx.run_one_until(d.at) == 0) break;
      }
    }
    if (armed && !wake_done) {
      ErrorCode ignored;
      g_wake->cancel(ignored);
      drain(wake_done);
    }
    if (done) return true;
    if (woke) {
      clear_wake();
      continue;  // an interrupt ends the wait at the top; anything else waits on
    }
    cancel();
    drain(done);
    return false;
  }
}

namespace {
template <class S>
WaitResult wait_on(runtime::Context& cx, S& sock, asio::socket_base::wait_type type, const Deadline& d,
                   ErrorCode& ec) {
  if (d.mode == Deadline::Now) return WaitResult::Timeout;
  bool done = false;
  ErrorCode got;
  sock.async_wait(type, [&](const ErrorCode& e) {
    done = true;
    got = e;
  });
  if (!run_until(cx, done, d, [&] {
        ErrorCode ignored;
        sock.cancel(ignored);
      })) {
    if (got == asio::error::operation_aborted) return WaitResult::Timeout;
  }
  if (got) {
    ec = got;
    return WaitResult::Error;
  }
  return WaitResult::Ready;
}
}  // namespace

WaitResult wait_ready(runtime::Context& cx, Socket& s, asio::socket_base::wait_type type, const Deadline& d,
                      ErrorCode& ec) {
  if (s.stream) return wait_on(cx, *s.stream, type, d, ec);
  if (s.acceptor) return wait_on(cx, *s.acceptor, type, d, ec);
  return wait_on(cx, *s.dgram, type, d, ec);
}

// --- Addresses ----------------------------------------------------------------------------------------

AddrText addr_text(const sockaddr* sa, socklen_t len) {
  AddrText r;
  char buf[INET6_ADDRSTRLEN] = {0};
  if (sa->sa_family == AF_INET && len >= sizeof(sockaddr_in)) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(sa);
    ::inet_ntop(AF_INET, &in->sin_addr, buf, sizeof buf);
    r.addr = buf;
    r.port = ntohs(in->sin_port);
    r.family = kFamilyV4;
  } else if (sa->sa_family == AF_INET6 && len >= sizeof(sockaddr_in6)) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
    r.port = ntohs(in6->sin6_port);
    if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
      ::inet_ntop(AF_INET, in6->sin6_addr.s6_addr + 12, buf, sizeof buf);
      r.family = kFamilyV4;
    } else {
      ::inet_ntop(AF_INET6, &in6->sin6_addr, buf, sizeof buf);
      r.family = kFamilyV6;
    }
    r.addr = buf;
  } else {
    r.family = kFamilyUnix;
  }
  return r;
}

std::string reverse_name(const sockaddr* sa, socklen_t len) {
  if (sa->sa_family != AF_INET && sa->sa_family != AF_INET6) return "";
  sockaddr_in v4{};
  const auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
  if (sa->sa_family == AF_INET6 && IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
    // Look up the IPv4 address itself: /etc/hosts names 127.0.0.1, not ::ffff:127.0.0.1.
    v4.sin_family = AF_INET;
    v4.sin_port = in6->sin6_port;
    std::memcpy(&v4.sin_addr, in6->sin6_addr.s6_addr + 12, 4);
    sa = reinterpret_cast<const sockaddr*>(&v4);
    len = sizeof v4;
  }
  char host[NI_MAXHOST];
  if (::getnameinfo(sa, len, host, sizeof host, nullptr, 0, NI_NAMEREQD) != 0) return "";
  return host;
}

int resolver_status(int eai) {
  switch (eai) {
#ifdef EAI_ADDRFAMILY
    case EAI_ADDRFAMILY: return 7014;
#endif
    case EAI_AGAIN: return 7015;
    case EAI_BADFLAGS: return 7016;
    case EAI_FAIL: return 7017;
    case EAI_FAMILY: return 7018;
    case EAI_MEMORY: return 7019;
#ifdef EAI_NODATA
    case EAI_NODATA: return 7020;
#endif
    case EAI_NONAME: return 7021;
    case EAI_SERVICE: return 7022;
    case EAI_SOCKTYPE: return 7023;
    case EAI_SYSTEM: return 7024;
    default: return kResolve;
  }
}

int resolve_host(const std::string& host, bool ipv6, int socktype, ResolveResult& out, int& os_error) {
  os_error = 0;
  out = ResolveResult{};
  ErrorCode ec;
  asio::ip::address a = asio::ip::make_address(host, ec);
  if (!ec) {
    out.literal = true;
    if (a.is_v6()) {
      if (!ipv6) return kAiFamily;
      asio::ip::address_v6 v6 = a.to_v6();
      if (v6.is_v4_mapped()) a = asio::ip::make_address_v4(asio::ip::v4_mapped, v6);
    }
    out.addrs.push_back(a);
    return kOk;
  }
  // Asio's resolver folds several EAI_ codes together and adds AI_ADDRCONFIG, so ask the system directly
  // (spec 7.1).
  addrinfo hints{};
  hints.ai_family = ipv6 ? AF_UNSPEC : AF_INET;
  hints.ai_socktype = socktype;
  addrinfo* res = nullptr;
  int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &res);
  if (rc != 0) {
    if (rc == EAI_SYSTEM) os_error = errno;
    return resolver_status(rc);
  }
  for (addrinfo* p = res; p; p = p->ai_next) {
    asio::ip::address addr;
    if (p->ai_family == AF_INET) {
      const auto* in = reinterpret_cast<const sockaddr_in*>(p->ai_addr);
      asio::ip::address_v4::bytes_type b;
      std::memcpy(b.data(), &in->sin_addr, 4);
      addr = asio::ip::address_v4(b);
    } else if (p->ai_family == AF_INET6) {
      const auto* in6 = reinterpret_cast<const sockaddr_in6*>(p->ai_addr);
      asio::ip::address_v6::bytes_type b;
      std::memcpy(b.data(), &in6->sin6_addr, 16);
      asio::ip::address_v6 v6(b, in6->sin6_scope_id);
      addr = v6.is_v4_mapped() ? asio::ip::address(asio::ip::make_address_v4(asio::ip::v4_mapped, v6))
                               : asio::ip::address(v6);
    } else {
      continue;
    }
    if (std::find(out.addrs.begin(), out.addrs.end(), addr) == out.addrs.end()) out.addrs.push_back(addr);
  }
  ::freeaddrinfo(res);
  if (out.addrs.empty()) return 7020;
  return kOk;
}

int decode_flags(int64_t flags, Transport& t, bool& blocking) {
  if (flags & kFlagIcmp) return kAiSocktype;
  bool unix_stream = (flags & kFlagUstream) != 0;
  bool udp = (flags & (kFlagDgrm | kFlagUdp)) != 0;
  if (unix_stream && udp) return kIncompProto;
  t = unix_stream ? Transport::Unix : udp ? Transport::Udp : Transport::Tcp;
  // SKT$BLOCKING wins when both mode bits are given; no bit means the blocking default (spec 3.2).
  blocking = (flags & kFlagBlocking) != 0 || (flags & kFlagNonBlocking) == 0;
  return kOk;
}

// --- Trace files ----------------------------------------------------------------------------------------

Trace::~Trace() {
  if (f_) std::fclose(f_);
}

void Trace::event(const std::string& what, std::string_view data) {
  timeval tv{};
  ::gettimeofday(&tv, nullptr);
  std::tm tm{};
  time_t secs = tv.tv_sec;
  ::localtime_r(&secs, &tm);
  std::fprintf(f_, "%02d:%02d:%02d.%03d %s\n", tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(tv.tv_usec / 1000),
               what.c_str());
  static const char kHex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < data.size(); i += 32) {
    char line[2 + 64 + 2];
    size_t n = std::min<size_t>(32, data.size() - i);
    line[0] = line[1] = ' ';
    for (size_t j = 0; j < n; ++j) {
      auto b = static_cast<unsigned char>(data[i + j]);
      line[2 + 2 * j] = kHex[b >> 4];
      line[3 + 2 * j] = kHex[b & 15];
    }
    line[2 + 2 * n] = '\n';
    std::fwrite(line, 1, 3 + 2 * n, f_);
  }
  std::fflush(f_);
}

}  // namespace mv::stdlib::sockets
