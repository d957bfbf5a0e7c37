// Secure sessions on sockets: the BIO that connects OpenSSL to the non-blocking descriptor, handshakes,
// reads, writes and the TLS close, each bounded by the call's deadline.
//
// Why not asio::ssl::stream: its synchronous calls on a non-blocking socket lose data when the kernel takes
// part of a record, and its asynchronous writes cannot be cancelled at a timeout without cutting a record in
// two. Driving OpenSSL directly keeps the plain built-ins' pattern: try the operation once (decrypted data
// already there costs no system call), and only when OpenSSL wants input wait for the descriptor.
//
// Writes: OpenSSL hands each record to our BIO, which gives it to the kernel at once or keeps the rest in
// TlsSession::out. A write call then sends what is kept, waiting up to its deadline. So a record is never
// cut, WRITE.SOCKET counts exactly the bytes OpenSSL accepted, and sends use MSG_NOSIGNAL (no SIGPIPE).
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "stdlib/sockets/socket_tls.hpp"
#include "stdlib/sockets/socket_tls_session.hpp"

namespace mv::stdlib::sockets {

namespace {

constexpr size_t kRecord = 16384;           // one TLS record of plaintext per SSL_write
constexpr size_t kReadLimit = 1 << 20;      // one READ.SOCKET returns at most this much
constexpr int kCloseFlushMs = 1000;         // how long a close waits for queued ciphertext to leave

bool is_retry(int e) { return e == EAGAIN || e == EWOULDBLOCK || e == EINTR; }

// --- The BIO --------------------------------------------------------------------------------------------

int bio_write(BIO* b, const char* data, int len) {
  auto* t = static_cast<TlsSession*>(BIO_get_data(b));
  BIO_clear_retry_flags(b);
  if (len <= 0) return 0;
  size_t sent = 0;
  if (t->out_pos == t->out.size()) {
    t->out.clear();
    t->out_pos = 0;
    ssize_t n = ::send(t->fd, data, static_cast<size_t>(len), MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      sent = static_cast<size_t>(n);
    } else if (n < 0 && !is_retry(errno)) {
      t->sys_error = errno;
      return -1;
    }
  }
  t->out.append(data + sent, static_cast<size_t>(len) - sent);
  return len;
}

int bio_read(BIO* b, char* buf, int len) {
  auto* t = static_cast<TlsSession*>(BIO_get_data(b));
  BIO_clear_retry_flags(b);
  if (len <= 0) return 0;
  ssize_t n = ::recv(t->fd, buf, static_cast<size_t>(len), MSG_DONTWAIT);
  if (n > 0) return static_cast<int>(n);
  if (n == 0) {
    t->eof = true;
    return 0;
  }
  if (is_retry(errno)) {
    BIO_set_retry_read(b);
    return -1;
  }
  t->sys_error = errno;
  return -1;
}

long bio_ctrl(BIO* b, int cmd, long, void*) {
  auto* t = static_cast<TlsSession*>(BIO_get_data(b));
  switch (cmd) {
    case BIO_CTRL_FLUSH: return 1;
    case BIO_CTRL_EOF: return t && t->eof ? 1 : 0;
    default: return 0;
  }
}

int bio_create(BIO* b) {
  BIO_set_init(b, 1);
  return 1;
}

// The method table, made once and kept for the life of the process.
BIO_METHOD* socket_bio_method() {
  static BIO_METHOD* method = [] {
    BIO_METHOD* m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "mvbasic socket");
    BIO_meth_set_write(m, bio_write);
    BIO_meth_set_read(m, bio_read);
    BIO_meth_set_ctrl(m, bio_ctrl);
    BIO_meth_set_create(m, bio_create);
    return m;
  }();
  return method;
}

// --- Sending what waits -----------------------------------------------------------------------------------

enum class Flush { Done, Timeout, Error };

// Sends the queued ciphertext; with a context it waits for room up to the deadline, without one it only tries.
Flush flush(runtime::Context* cx, Socket& s, const Deadline& d, int& err) {
  TlsSession& t = *s.tls;
  while (t.out_pos < t.out.size()) {
    ssize_t n = ::send(t.fd, t.out.data() + t.out_pos, t.out.size() - t.out_pos, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      t.out_pos += static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && !is_retry(errno)) {
      err = errno;
      return Flush::Error;
    }
    if (!cx) return Flush::Timeout;
    ErrorCode ec;
    WaitResult w = wait_ready(*cx, s, asio::socket_base::wait_write, d, ec);
    if (w == WaitResult::Timeout) return Flush::Timeout;
    if (w == WaitResult::Error) {
      err = ec.value();
      return Flush::Error;
    }
  }
  t.out.clear();
  t.out_pos = 0;
  return Flush::Done;
}

// A last bounded try to send what waits, for a close: the program has no call left to send it with.
void flush_at_close(TlsSession& t) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(kCloseFlushMs);
  while (t.out_pos < t.out.size()) {
    ssize_t n = ::send(t.fd, t.out.data() + t.out_pos, t.out.size() - t.out_pos, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      t.out_pos += static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && !is_retry(errno)) return;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
    if (left.count() <= 0) return;
    pollfd p{t.fd, POLLOUT, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return;
  }
}

// --- Failures -------------------------------------------------------------------------------------------

// The reason of an SSL_ERROR_SSL failure, and whether it is about the peer's certificate.
struct SslReason {
  int reason = 0;
  std::string text;
};

SslReason ssl_reason() {
  unsigned long e = ERR_peek_error();
  SslReason r;
  r.reason = e ? ERR_GET_REASON(e) : 0;
  const char* s = e ? ERR_reason_error_string(e) : nullptr;
  r.text = s ? s : "TLS protocol error";
  ERR_clear_error();
  return r;
}

// A handshake that failed: ER$TLS.VERIFY when the certificate was refused, else ER$TLS.HANDSHAKE.
void handshake_failure(runtime::Context& cx, Socket& s, int ssl_error) {
  TlsSession& t = *s.tls;
  int status = kTlsHandshake;
  std::string text;
  if (ssl_error == SSL_ERROR_SSL) {
    SslReason r = ssl_reason();
    text = r.text;
    if (r.reason == SSL_R_CERTIFICATE_VERIFY_FAILED) {
      status = kTlsVerify;
      long v = SSL_get_verify_result(t.ssl);
      if (v != X509_V_OK) text = X509_verify_cert_error_string(v);
    } else if (r.reason == SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE) {
      status = kTlsVerify;
    } else if (r.reason == SSL_R_UNEXPECTED_EOF_WHILE_READING) {
      text = "connection closed during handshake";
    }
  } else if (t.sys_error) {
    text = std::strerror(t.sys_error);
  } else {
    text = "connection closed during handshake";
  }
  ERR_clear_error();
  t.broken = true;
  s.note("TLS ERROR " + std::to_string(status) + " " + text);
  s.tls.reset();
  set_tls_failure(cx, status, text);
}

// A read or write that failed after the handshake. A TLS close and a peer that just went both read as the
// plain socket's close (7013); system errors are 1008 with the errno, as on a plain socket; anything else
// OpenSSL refuses is ER$TLS.HANDSHAKE with its reason.
void data_failure(runtime::Context& cx, Socket& s, int ssl_error, bool reading) {
  TlsSession& t = *s.tls;
  if (ssl_error == SSL_ERROR_ZERO_RETURN || (ssl_error == SSL_ERROR_SYSCALL && !t.sys_error)) {
    ERR_clear_error();
    if (reading) {
      s.note("CLOSED");
      return set_failure(cx, kClosed, 0);
    }
    s.note("ERROR " + std::to_string(kFailed) + " " + std::to_string(EPIPE));
    return set_failure(cx, kFailed, EPIPE);
  }
  if (ssl_error == SSL_ERROR_SYSCALL) {
    ERR_clear_error();
    t.broken = true;
    s.note("ERROR " + std::to_string(kFailed) + " " + std::to_string(t.sys_error));
    return set_failure(cx, kFailed, t.sys_error);
  }
  SslReason r = ssl_reason();
  t.broken = true;
  if (reading && r.reason == SSL_R_UNEXPECTED_EOF_WHILE_READING) {
    s.note("CLOSED");
    return set_failure(cx, kClosed, 0);
  }
  s.note("TLS ERROR " + std::to_string(kTlsHandshake) + " " + r.text);
  set_tls_failure(cx, kTlsHandshake, r.text);
}

// --- Sessions and handshakes ------------------------------------------------------------------------------

// Accepts any certificate: a server that asks for one but was told not to verify.
int accept_any(int, X509_STORE_CTX*) { return 1; }

bool is_ip_literal(const std::string& host) {
  ErrorCode ec;
  asio::ip::make_address(host, ec);
  return !ec;
}

// Puts a fresh session on the socket; false with STATUS() set when the socket cannot take one.
bool begin_session(runtime::Context& cx, Socket& s, SecurityContext& ctx, bool server, const std::string& host) {
  if (!s.stream) {
    set_failure(cx, kFailed, EOPNOTSUPP);
    return false;
  }
  if (s.tls) {
    set_failure(cx, kMode, 0);
    return false;
  }
  ERR_clear_error();
  SSL* ssl = SSL_new(ctx.ssl.native_handle());
  BIO* bio = ssl ? BIO_new(socket_bio_method()) : nullptr;
  if (!bio) {
    if (ssl) SSL_free(ssl);
    set_tls_failure(cx, kTlsHandshake, ssl_reason().text);
    return false;
  }
  auto* t = new TlsSession;
  t->ssl = ssl;
  t->fd = s.fd();
  t->server = server;
  BIO_set_data(bio, t);
  SSL_set_bio(ssl, bio, bio);
  s.tls.reset(t);
  const bool verify = !(ctx.flags & kTlsNoVerify);
  if (server) {
    int mode = SSL_VERIFY_NONE;
    if (ctx.flags & kTlsRequireCert) mode = SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    else if (ctx.flags & kTlsRequestCert) mode = SSL_VERIFY_PEER;
    SSL_set_verify(ssl, mode, verify ? nullptr : accept_any);
    SSL_set_accept_state(ssl);
  } else {
    SSL_set_verify(ssl, verify ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, nullptr);
    // The host is checked even when verification is off, so that SKT$INFO.TLS.VERIFY can say what is wrong.
    if (!host.empty() && is_ip_literal(host)) {
      X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host.c_str());
    } else if (!host.empty()) {
      SSL_set1_host(ssl, host.c_str());
      SSL_set_tlsext_host_name(ssl, host.c_str());
    }
    SSL_set_connect_state(ssl);
  }
  return true;
}

bool run_handshake(runtime::Context& cx, Socket& s, const Deadline& d) {
  TlsSession& t = *s.tls;
  for (;;) {
    ERR_clear_error();
    t.sys_error = 0;
    int r = SSL_do_handshake(t.ssl);
    int err = 0;
    Flush f = flush(&cx, s, d, err);
    if (f == Flush::Error && r != 1) {
      t.sys_error = err;
      handshake_failure(cx, s, SSL_ERROR_SYSCALL);
      return false;
    }
    if (r == 1) {
      if (f == Flush::Timeout) break;
      s.note(std::string("TLS ") + SSL_get_version(t.ssl) + " " + SSL_CIPHER_get_name(SSL_get_current_cipher(t.ssl)));
      set_ok(cx);
      return true;
    }
    int e = SSL_get_error(t.ssl, r);
    if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
      handshake_failure(cx, s, e);
      return false;
    }
    if (f == Flush::Timeout) break;
    ErrorCode ec;
    auto type = e == SSL_ERROR_WANT_READ ? asio::socket_base::wait_read : asio::socket_base::wait_write;
    WaitResult w = wait_ready(cx, s, type, d, ec);
    if (w == WaitResult::Timeout) break;
    if (w == WaitResult::Error) {
      t.sys_error = ec.value();
      handshake_failure(cx, s, SSL_ERROR_SYSCALL);
      return false;
    }
  }
  const std::string text = "handshake timed out";
  t.broken = true;
  s.note("TLS ERROR " + std::to_string(kTlsHandshake) + " " + text);
  s.tls.reset();
  set_tls_failure(cx, kTlsHandshake, text);
  return false;
}

}  // namespace

void TlsSessionFree::operator()(TlsSession* t) const {
  if (!t) return;
  if (t->ssl) {
    // A TLS close for a peer that is still there, then whatever waits to go (bounded: the close cannot block).
    if (!t->broken && !t->eof && SSL_is_init_finished(t->ssl)) SSL_shutdown(t->ssl);
    flush_at_close(*t);
    SSL_free(t->ssl);
    ERR_clear_error();
  }
  delete t;
}

bool tls_server_handshake(runtime::Context& cx, Socket& s, SecurityContext& ctx, const Deadline& d) {
  return begin_session(cx, s, ctx, true, "") && run_handshake(cx, s, d);
}

bool tls_client_handshake(runtime::Context& cx, Socket& s, SecurityContext& ctx, const std::string& host,
                          const Deadline& d) {
  return begin_session(cx, s, ctx, false, host) && run_handshake(cx, s, d);
}

void tls_read(runtime::Context& cx, Socket& s, int64_t max_len, const Deadline& d, runtime::Value& out) {
  TlsSession& t = *s.tls;
  int err = 0;
  flush(nullptr, s, d, err);  // earlier writes first; a failure there shows on the next write
  std::string got;
  const size_t limit = static_cast<size_t>(std::min<int64_t>(max_len, static_cast<int64_t>(kReadLimit)));
  for (;;) {
    size_t old = got.size(), room = std::min(limit - old, kRecord), n = 0;
    got.resize(old + room);
    ERR_clear_error();
    t.sys_error = 0;
    int r = SSL_read_ex(t.ssl, got.data() + old, room, &n);
    got.resize(old + (r == 1 ? n : 0));
    if (r == 1) {
      if (got.size() >= limit) break;
      continue;
    }
    int e = SSL_get_error(t.ssl, r);
    if (!got.empty()) {
      ERR_clear_error();  // what arrived goes back now; an end or error shows on the next call
      break;
    }
    if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) return data_failure(cx, s, e, true);
    flush(nullptr, s, d, err);  // a reply OpenSSL owes the peer (a key update)
    ErrorCode ec;
    auto type = e == SSL_ERROR_WANT_READ ? asio::socket_base::wait_read : asio::socket_base::wait_write;
    WaitResult w = wait_ready(cx, s, type, d, ec);
    if (w == WaitResult::Ready) continue;
    if (w == WaitResult::Timeout) {
      s.note("TIMEOUT");
      return set_failure(cx, kTimeout, 0);
    }
    s.note("ERROR " + std::to_string(kFailed) + " " + std::to_string(ec.value()));
    return set_failure(cx, kFailed, ec.value());
  }
  flush(nullptr, s, d, err);
  s.note("READ " + std::to_string(got.size()), got);
  out = runtime::Value::string(std::move(got));
  set_ok(cx);
}

void tls_write(runtime::Context& cx, Socket& s, std::string_view data, const Deadline& d, runtime::Value& out) {
  TlsSession& t = *s.tls;
  if (s.write_shut) {  // the TLS close went with the half-close: OpenSSL writes nothing after it
    s.note("ERROR " + std::to_string(kFailed) + " " + std::to_string(EPIPE));
    out.set_int(0);
    return set_failure(cx, kFailed, EPIPE);
  }
  size_t sent = 0;
  int err = 0;
  Flush f = flush(&cx, s, d, err);  // what earlier writes left must go before new records
  while (f == Flush::Done && sent < data.size()) {
    size_t chunk = std::min(kRecord, data.size() - sent), n = 0;
    ERR_clear_error();
    t.sys_error = 0;
    if (SSL_write_ex(t.ssl, data.data() + sent, chunk, &n) != 1) {
      int e = SSL_get_error(t.ssl, 0);
      if (e == SSL_ERROR_WANT_READ) {  // a TLS 1.2 renegotiation: its answer must come in first
        int ignored = 0;
        flush(nullptr, s, d, ignored);
        ErrorCode ec;
        WaitResult w = wait_ready(cx, s, asio::socket_base::wait_read, d, ec);
        if (w == WaitResult::Ready) continue;
        f = w == WaitResult::Timeout ? Flush::Timeout : Flush::Error;
        err = ec.value();
        break;
      }
      if (sent) s.note("WRITE " + std::to_string(sent), data.substr(0, sent));
      out.set_int(static_cast<int64_t>(sent));
      return data_failure(cx, s, e, false);
    }
    sent += n;
    f = flush(&cx, s, d, err);
  }
  out.set_int(static_cast<int64_t>(sent));
  if (sent) s.note("WRITE " + std::to_string(sent), data.substr(0, sent));
  if (f == Flush::Error) {
    t.broken = true;
    s.note("ERROR " + std::to_string(kFailed) + " " + std::to_string(err));
    return set_failure(cx, kFailed, err);
  }
  // Everything accepted is a success even when the last record still waits to go: it leaves with the next
  // call on the socket, or at the close, as the kernel's buffer would send it.
  if (sent < data.size()) {
    s.note("TIMEOUT");
    return set_failure(cx, kTimeout, 0);
  }
  set_ok(cx);
}

void tls_close_write(Socket& s) {
  TlsSession& t = *s.tls;
  if (!t.broken && SSL_is_init_finished(t.ssl)) {
    ERR_clear_error();
    SSL_shutdown(t.ssl);
    flush_at_close(t);
    ERR_clear_error();
  }
}

bool tls_readable(const Socket& s) { return s.tls && SSL_pending(s.tls->ssl) > 0; }

void tls_flush_now(Socket& s) {
  if (!s.tls || s.tls->out_pos == s.tls->out.size()) return;
  int err = 0;
  flush(nullptr, s, Deadline(), err);
}

bool tls_start(runtime::Context& cx, Socket& s, const runtime::Value& v) {
  SecurityContext* ctx = as_security_context(v);
  if (!ctx) {
    set_failure(cx, kMode, 0);
    return false;
  }
  if (s.acceptor) {  // a listener: the connections it accepts from now on are secure
    s.tls_context = v;
    set_ok(cx);
    return true;
  }
  Deadline d = handshake_deadline(cx, Deadline::from_ms(0));
  if (s.kind == Kind::Incoming) return tls_server_handshake(cx, s, *ctx, d);
  return tls_client_handshake(cx, s, *ctx, s.host, d);
}

}  // namespace mv::stdlib::sockets
