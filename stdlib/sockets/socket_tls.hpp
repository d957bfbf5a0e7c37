// TLS on the socket built-ins (issue 16, item 1), an mvbasic extension that no QM release has. A security
// context (CREATE.SECURITY.CONTEXT, or make_security_context from C++) wraps a Boost.Asio ssl::context: the
// certificate and key this end shows, the CA it trusts and the verification rules. Given to
// CREATE.SERVER.SOCKET it secures every accepted connection; given to OPEN.SOCKET it secures the connection
// made; SET.SOCKET.MODE(skt, SKT$INFO.TLS, ctx) upgrades a connected plain socket (STARTTLS).
//
// A secure connection is an OpenSSL session over the socket's own non-blocking descriptor, driven the way the
// plain built-ins drive the socket: try the operation, and only when OpenSSL wants more input wait for the
// descriptor with the call's deadline. So READ.SOCKET, WRITE.SOCKET, their timeouts, the non-blocking modes
// and SELECT.SOCKET behave as on a plain socket (socket_tls_io.cpp has the details).
//
// The C++ functions below are a stable API for the managed server (`mvbasic serve`): they do not need a
// BASIC program, only a runtime::Context for STATUS() and OS.ERROR().
#pragma once

#include <boost/asio/ssl/context.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "stdlib/sockets/socket_core.hpp"

namespace mv::stdlib::sockets {

// STATUS() codes of TLS failures (ERR.H names ER$TLS.*). OS.ERROR() is then text: OpenSSL's reason, the
// certificate verification result, or the system's error text for a file that cannot be read.
enum TlsStatus : int {
  kTlsCert = 7029,       // ER$TLS.CERT: the certificate file cannot be read or is not a certificate
  kTlsKey = 7030,        // ER$TLS.KEY: the private key cannot be read or does not match the certificate
  kTlsCa = 7031,         // ER$TLS.CA: the CA file or folder cannot be loaded
  kTlsHandshake = 7032,  // ER$TLS.HANDSHAKE: handshake failed or timed out; a TLS protocol error later on
  kTlsVerify = 7033,     // ER$TLS.VERIFY: the peer's certificate was refused (untrusted, expired, wrong host...)
};

// CREATE.SECURITY.CONTEXT flags (KEYS.H SKT$TLS.*).
constexpr int64_t kTlsNoVerify = 1;     // do not verify the peer (explicit opt-out)
constexpr int64_t kTlsRequireCert = 2;  // server: a client certificate is required
constexpr int64_t kTlsRequestCert = 4;  // server: a client certificate is asked for, verified when given
constexpr int64_t kTlsMinV13 = 8;       // TLS 1.3 at least (the default minimum is TLS 1.2)
constexpr int64_t kTlsAllFlags = 15;

// SET.SOCKET.MODE and SOCKET.INFO keys (KEYS.H), after the 201-205 extension block.
constexpr int64_t kKeyTls = 206;         // SKT$INFO.TLS: set = start TLS with a context; info = 1 when secure
constexpr int64_t kKeyTlsVersion = 207;  // SKT$INFO.TLS.VERSION: "TLSv1.3"
constexpr int64_t kKeyTlsCipher = 208;   // SKT$INFO.TLS.CIPHER: "TLS_AES_256_GCM_SHA384"
constexpr int64_t kKeyTlsPeer = 209;     // SKT$INFO.TLS.PEER: the peer certificate's subject, RFC 2253 form
constexpr int64_t kKeyTlsVerify = 210;   // SKT$INFO.TLS.VERIFY: the verification result as text ("ok")

// A security context: a reference-counted handle, shared by every socket secured with it.
class SecurityContext : public runtime::HandleObject {
 public:
  explicit SecurityContext(int64_t f);
  const char* type_name() const override { return "security context"; }
  boost::asio::ssl::context ssl;
  int64_t flags;
};

// What a security context is made of: PEM file paths and the flags above. An empty cert means none; an empty
// key means the key is in the cert file; an empty ca means the system's default CA paths.
struct TlsOptions {
  std::string cert, key, ca;
  int64_t flags = 0;
};

// The configuration defaults (TLS.CERT, TLS.KEY, TLS.CA in mvbasic.conf) put in for empty fields; TLS.KEY is
// used only when the certificate came from TLS.CERT too.
TlsOptions with_config_defaults(TlsOptions o, const runtime::Config* config);

// Builds a security context. On success returns a Value holding it (SecurityContext, one reference); on
// failure integer 0 with status set to a TlsStatus (or 1000 for bad flags) and text to the reason.
runtime::Value make_security_context(const TlsOptions& o, int& status, std::string& text);

// The security context a value holds, or nullptr.
SecurityContext* as_security_context(const runtime::Value& v);

// Is this value "no context" ("", 0 or unassigned)?
bool is_no_context(const runtime::Value& v);

// The deadline of a handshake made by a call whose own deadline is `call`: that deadline when it is a time,
// else (wait for ever, or just check) the TLS.TIMEOUT limit, 10 seconds by default.
Deadline handshake_deadline(const runtime::Context& cx, const Deadline& call);

// Runs the server side (an accepted connection) or the client side of a handshake on a connected plain
// stream socket, within the deadline. true: the socket is secure, STATUS() 0. false: STATUS() is
// ER$TLS.HANDSHAKE or ER$TLS.VERIFY (1008/95 for a socket that is not a stream connection, 1009 for one
// already secure), OS.ERROR() the reason as text, and the socket is left without TLS; close it. The client
// verifies `host` (a name or an IP literal; "" verifies the chain only) and sends it as SNI when a name.
bool tls_server_handshake(runtime::Context& cx, Socket& s, SecurityContext& ctx, const Deadline& d);
bool tls_client_handshake(runtime::Context& cx, Socket& s, SecurityContext& ctx, const std::string& host,
                          const Deadline& d);

// READ.SOCKET and WRITE.SOCKET on a secure socket: the plain built-ins' results, STATUS() and OS.ERROR().
void tls_read(runtime::Context& cx, Socket& s, int64_t max_len, const Deadline& d, runtime::Value& out);
void tls_write(runtime::Context& cx, Socket& s, std::string_view data, const Deadline& d, runtime::Value& out);

// Sends the TLS close (close_notify) before SKT$INFO.SHUT.WRITE shuts the write side; reading goes on.
void tls_close_write(Socket& s);

// Decrypted bytes wait in the session (SELECT.SOCKET counts the socket readable).
bool tls_readable(const Socket& s);
// Sends what the session still holds of earlier writes, without waiting (SELECT.SOCKET calls it).
void tls_flush_now(Socket& s);

// SOCKET.INFO keys 206-210, and SET.SOCKET.MODE(skt, SKT$INFO.TLS, ctx), which sets STATUS(): on a listener it
// secures the connections accepted from then on; on a connection it runs the handshake (STARTTLS) as the
// server for an incoming socket, else as the client, bounded by TLS.TIMEOUT.
runtime::Value tls_info(const Socket& s, int64_t key);
bool is_tls_key(int64_t key);
bool tls_start(runtime::Context& cx, Socket& s, const runtime::Value& ctx);

// Sets STATUS() and OS.ERROR() as text.
void set_tls_failure(runtime::Context& cx, int status, const std::string& text);

}  // namespace mv::stdlib::sockets
