// The listening socket and the log's text for `mvbasic serve` (serve_listen.cpp).
#pragma once

#include <sys/socket.h>

#include <string>

#include "runtime/cli/serve.hpp"

namespace mv::cli {

// Creates, binds and listens (close-on-exec, non-blocking); -1 with `error` set on failure.
int open_listener(const ServeOptions& o, std::string& error);

// "1.2.3.4:80", "[::1]:80" (an IPv4-mapped address shown as IPv4), or "unix".
std::string address_text(const sockaddr_storage& sa);

// What the listener is bound to, for the log: "127.0.0.1 port 4321", "[::] port 80" or the Unix path.
std::string listener_text(int fd, const ServeOptions& o);

// The time stamp that opens every log line: 2026-12-06T22:59:01.123Z (UTC).
std::string log_time();

}  // namespace mv::cli
