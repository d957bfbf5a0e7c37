// The listening socket of `mvbasic serve` and the text its log shows: the listener for an IPv4 or IPv6
// address, every address (one IPv6 socket that also takes IPv4), or a Unix path; a peer as text; the time
// stamp of a log line.
#include "runtime/cli/serve_listen.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

namespace mv::cli {

namespace {

int unix_listener(const ServeOptions& o, std::string& error) {
  sockaddr_un un{};
  if (o.listen.size() >= sizeof un.sun_path) {
    error = "the Unix socket path is too long: " + o.listen;
    return -1;
  }
  un.sun_family = AF_UNIX;
  std::memcpy(un.sun_path, o.listen.data(), o.listen.size());
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) {
    error = std::string("cannot create a socket: ") + std::strerror(errno);
    return -1;
  }
  // A socket file left by a server that has gone (nobody accepts on it) is replaced; a live one is not.
  struct stat st {};
  if (::stat(o.listen.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) {
    int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    bool live = probe >= 0 && ::connect(probe, reinterpret_cast<sockaddr*>(&un), sizeof un) == 0;
    if (probe >= 0) ::close(probe);
    if (!live) ::unlink(o.listen.c_str());
  }
  if (::bind(fd, reinterpret_cast<sockaddr*>(&un), sizeof un) != 0 || ::listen(fd, o.backlog) != 0) {
    error = "cannot listen on " + o.listen + ": " + std::strerror(errno);
    ::close(fd);
    return -1;
  }
  return fd;
}

// The address to bind: "" is every address, IPv6 and IPv4 together where IPv6 exists.
bool bind_address(const ServeOptions& o, sockaddr_storage& sa, socklen_t& len, std::string& error) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* res = nullptr;
  std::string port = std::to_string(o.port);
  const char* host = o.listen.empty() ? "::" : o.listen.c_str();
  int rc = ::getaddrinfo(host, port.c_str(), &hints, &res);
  if (rc != 0 && o.listen.empty()) rc = ::getaddrinfo("0.0.0.0", port.c_str(), &hints, &res);
  if (rc != 0 || !res) {
    error = "cannot use the address \"" + o.listen + "\": " + ::gai_strerror(rc);
    return false;
  }
  std::memcpy(&sa, res->ai_addr, res->ai_addrlen);
  len = res->ai_addrlen;
  ::freeaddrinfo(res);
  return true;
}

int tcp_listener(const ServeOptions& o, std::string& error) {
  sockaddr_storage sa{};
  socklen_t len = 0;
  if (!bind_address(o, sa, len, error)) return -1;
  int fd = ::socket(sa.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0 && o.listen.empty()) {
    // No IPv6 on this machine: every IPv4 address instead.
    auto* v4 = reinterpret_cast<sockaddr_in*>(&sa);
    *v4 = sockaddr_in{};
    v4->sin_family = AF_INET;
    v4->sin_port = htons(static_cast<uint16_t>(o.port));
    len = sizeof *v4;
    fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  }
  if (fd < 0) {
    error = std::string("cannot create a socket: ") + std::strerror(errno);
    return -1;
  }
  int one = 1, zero = 0;
  if (o.reuseaddr) ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (sa.ss_family == AF_INET6 && o.listen.empty())
    ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&sa), len) != 0 || ::listen(fd, o.backlog) != 0) {
    error =
        "cannot listen on \"" + o.listen + "\" port " + std::to_string(o.port) + ": " + std::strerror(errno);
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

int open_listener(const ServeOptions& o, std::string& error) {
  return o.is_unix() ? unix_listener(o, error) : tcp_listener(o, error);
}

std::string address_text(const sockaddr_storage& sa) {
  char text[INET6_ADDRSTRLEN] = "?";
  if (sa.ss_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(&sa);
    ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
    return std::string(text) + ":" + std::to_string(ntohs(v4->sin_port));
  }
  if (sa.ss_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&sa);
    int port = ntohs(v6->sin6_port);
    // An IPv4 client of a dual-stack listener arrives as ::ffff:a.b.c.d; it is shown as IPv4.
    if (IN6_IS_ADDR_V4MAPPED(&v6->sin6_addr)) {
      ::inet_ntop(AF_INET, &v6->sin6_addr.s6_addr[12], text, sizeof text);
      return std::string(text) + ":" + std::to_string(port);
    }
    ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
    return "[" + std::string(text) + "]:" + std::to_string(port);
  }
  return "unix";
}

std::string listener_text(int fd, const ServeOptions& o) {
  if (o.is_unix()) return o.listen;
  sockaddr_storage sa{};
  socklen_t len = sizeof sa;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
  std::string text = address_text(sa);
  size_t colon = text.rfind(':');
  return text.substr(0, colon) + " port " + text.substr(colon + 1);
}

std::string log_time() {
  timespec ts{};
  ::clock_gettime(CLOCK_REALTIME, &ts);
  tm parts{};
  ::gmtime_r(&ts.tv_sec, &parts);
  char text[40];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &parts);
  char millis[24];
  std::snprintf(millis, sizeof millis, ".%03ldZ", ts.tv_nsec / 1000000);
  return std::string(text) + millis;
}

}  // namespace mv::cli
