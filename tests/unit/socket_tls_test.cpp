// The C++ TLS API of stdlib/sockets/socket_tls.hpp, as the managed server uses it: contexts built without
// BASIC, their failures as STATUS() codes with text, and handshakes on a connected socket that end within
// their deadline when the peer is silent or does not speak TLS. (Handshakes with real peers are in
// tests/integration/test_tls.py, which makes certificates with the openssl command.)
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "runtime/builtin_api.hpp"
#include "stdlib/sockets/socket_tls.hpp"

namespace {

using mv::runtime::Context;
using mv::runtime::Value;
namespace sk = mv::stdlib::sockets;

TEST(SocketTls, ContextWithoutFilesUsesTheSystemCAs) {
  int status = -1;
  std::string text = "x";
  Value ctx = sk::make_security_context(sk::TlsOptions{}, status, text);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(text, "");
  ASSERT_NE(sk::as_security_context(ctx), nullptr);
  EXPECT_STREQ(ctx.handle_object()->type_name(), "security context");
  EXPECT_EQ(sk::as_socket(ctx), nullptr);
}

TEST(SocketTls, ContextFailuresHaveCodesAndText) {
  int status = 0;
  std::string text;
  sk::TlsOptions o;
  o.cert = "/no/such/cert.pem";
  Value v = sk::make_security_context(o, status, text);
  EXPECT_EQ(status, sk::kTlsCert);
  EXPECT_EQ(text, "No such file or directory");
  EXPECT_EQ(sk::as_security_context(v), nullptr);

  o = sk::TlsOptions{};
  o.ca = "/dev/null";
  sk::make_security_context(o, status, text);
  EXPECT_EQ(status, sk::kTlsCa);
  EXPECT_EQ(text, "no certificate or crl found");

  o = sk::TlsOptions{};
  o.flags = sk::kTlsAllFlags + 1;
  sk::make_security_context(o, status, text);
  EXPECT_EQ(status, sk::kParams);
}

TEST(SocketTls, ConfigurationDefaultsFillEmptyFields) {
  mv::runtime::Config config;
  config.params["TLS.CERT"] = "/c.pem";
  config.params["TLS.KEY"] = "/k.pem";
  config.params["TLS.CA"] = "/ca";
  sk::TlsOptions o = sk::with_config_defaults(sk::TlsOptions{}, &config);
  EXPECT_EQ(o.cert, "/c.pem");
  EXPECT_EQ(o.key, "/k.pem");
  EXPECT_EQ(o.ca, "/ca");
  // A certificate given in the call keeps its own key: TLS.KEY belongs to TLS.CERT.
  sk::TlsOptions mine;
  mine.cert = "/mine.pem";
  o = sk::with_config_defaults(mine, &config);
  EXPECT_EQ(o.cert, "/mine.pem");
  EXPECT_EQ(o.key, "");
}

TEST(SocketTls, NoContextValues) {
  EXPECT_TRUE(sk::is_no_context(Value()));
  EXPECT_TRUE(sk::is_no_context(Value::string(std::string_view())));
  EXPECT_TRUE(sk::is_no_context(Value::integer(0)));
  EXPECT_TRUE(sk::is_no_context(Value::string(std::string_view("0"))));
  EXPECT_FALSE(sk::is_no_context(Value::string(std::string_view("TLS"))));
}

// A connected pair: `mine` wrapped as a socket value, `peer` the raw other end.
struct Pair {
  Value mine;
  int peer = -1;
  Pair() {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0) return;
    mine = sk::adopt_socket_fd(fds[0]);
    peer = fds[1];
  }
  ~Pair() {
    if (peer >= 0) ::close(peer);
  }
};

TEST(SocketTls, SilentPeerEndsAtTheDeadline) {
  int status = 0;
  std::string text;
  Value ctx = sk::make_security_context(sk::TlsOptions{}, status, text);
  Pair p;
  sk::Socket* s = sk::as_socket(p.mine);
  ASSERT_NE(s, nullptr);
  Context cx;
  auto start = std::chrono::steady_clock::now();
  EXPECT_FALSE(sk::tls_client_handshake(cx, *s, *sk::as_security_context(ctx), "localhost",
                                        sk::Deadline::from_ms(200)));
  auto took = std::chrono::steady_clock::now() - start;
  EXPECT_GE(took, std::chrono::milliseconds(200));
  EXPECT_EQ(cx.status.int_value(), sk::kTlsHandshake);
  EXPECT_EQ(cx.os_error, Context::kOsErrorText);
  EXPECT_EQ(cx.os_error_text, "handshake timed out");
  EXPECT_FALSE(s->tls);
  EXPECT_EQ(sk::tls_info(*s, sk::kKeyTls).int_value(), 0);
}

TEST(SocketTls, PlaintextPeerFailsTheServerHandshake) {
  int status = 0;
  std::string text;
  Value ctx = sk::make_security_context(sk::TlsOptions{}, status, text);
  Pair p;
  const char request[] = "GET / HTTP/1.0\r\n\r\n";
  ASSERT_EQ(::write(p.peer, request, sizeof request - 1), static_cast<ssize_t>(sizeof request - 1));
  Context cx;
  EXPECT_FALSE(sk::tls_server_handshake(cx, *sk::as_socket(p.mine), *sk::as_security_context(ctx),
                                        sk::Deadline::from_ms(5000)));
  EXPECT_EQ(cx.status.int_value(), sk::kTlsHandshake);
  EXPECT_EQ(cx.os_error_text, "http request");
}

TEST(SocketTls, PeerThatClosesMidHandshake) {
  int status = 0;
  std::string text;
  Value ctx = sk::make_security_context(sk::TlsOptions{}, status, text);
  Pair p;
  ::shutdown(p.peer, SHUT_WR);
  Context cx;
  EXPECT_FALSE(sk::tls_client_handshake(cx, *sk::as_socket(p.mine), *sk::as_security_context(ctx), "",
                                        sk::Deadline::from_ms(5000)));
  EXPECT_EQ(cx.status.int_value(), sk::kTlsHandshake);
  EXPECT_EQ(cx.os_error_text, "connection closed during handshake");
}

}  // namespace

namespace {

TEST(SocketTls, HandshakeLimitFromTheConfiguration) {
  mv::runtime::Config config;
  std::string error;
  EXPECT_FALSE(mv::runtime::parse_config("t.conf", "TLS.TIMEOUT = soon\n", config, error));
  EXPECT_NE(error.find("TLS.TIMEOUT"), std::string::npos);
  EXPECT_FALSE(mv::runtime::parse_config("t.conf", "TLS.TIMEOUT = 0\n", config, error));
  ASSERT_TRUE(mv::runtime::parse_config("t.conf", "TLS.TIMEOUT = 0.25\n", config, error)) << error;
  Context cx;
  cx.config = &config;
  // A call with its own deadline keeps it; one without gets the configured limit.
  sk::Deadline own = sk::Deadline::from_ms(5000);
  EXPECT_EQ(sk::handshake_deadline(cx, own).at, own.at);
  auto before = std::chrono::steady_clock::now();
  sk::Deadline d = sk::handshake_deadline(cx, sk::Deadline::from_ms(0));
  EXPECT_EQ(d.mode, sk::Deadline::At);
  EXPECT_GE(d.at - before, std::chrono::milliseconds(250));
  EXPECT_LE(d.at - before, std::chrono::milliseconds(1250));
}

}  // namespace
