// Security contexts and what SOCKET.INFO reports of a secure socket: CREATE.SECURITY.CONTEXT, the C++
// make_security_context behind it (also the managed server's way in), the configuration defaults TLS.CERT,
// TLS.KEY, TLS.CA and TLS.TIMEOUT, and SOCKET.INFO keys 206-210. The sessions themselves (handshakes, reads,
// writes) are in socket_tls_io.cpp.
#include "stdlib/sockets/socket_tls.hpp"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <sys/stat.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/sockets/socket_tls_session.hpp"

namespace mv::stdlib::sockets {

namespace {

constexpr double kDefaultHandshakeSeconds = 10.0;

std::string config_param(const runtime::Config* config, const char* name) {
  if (!config) return "";
  auto it = config->params.find(name);
  return it == config->params.end() ? std::string() : it->second;
}

// The oldest error on OpenSSL's queue as text (the root cause; later entries only say who called whom), and
// the queue emptied.
std::string take_openssl_error(const char* fallback) {
  unsigned long e = ERR_get_error();
  ERR_clear_error();
  const char* reason = e ? ERR_reason_error_string(e) : nullptr;
  return reason ? reason : fallback;
}

// A file that cannot be opened is reported with the system's text ("No such file or directory"), before
// OpenSSL sees it; folders are accepted only where `folder_ok`.
bool readable(const std::string& path, bool folder_ok, std::string& text) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    text = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    if (folder_ok) return true;
    text = std::strerror(EISDIR);
    return false;
  }
  std::FILE* f = std::fopen(path.c_str(), "re");
  if (!f) {
    text = std::strerror(errno);
    return false;
  }
  std::fclose(f);
  return true;
}

int no_pass_phrase(char*, int, int, void*) { return 0; }

int load_identity(SSL_CTX* ctx, const TlsOptions& o, std::string& text) {
  if (o.cert.empty()) {
    if (o.key.empty()) return kOk;
    text = "private key given without a certificate";
    return kTlsKey;
  }
  if (!readable(o.cert, false, text)) return kTlsCert;
  if (SSL_CTX_use_certificate_chain_file(ctx, o.cert.c_str()) != 1) {
    text = take_openssl_error("not a PEM certificate");
    return kTlsCert;
  }
  const std::string& key = o.key.empty() ? o.cert : o.key;
  if (!readable(key, false, text)) return kTlsKey;
  if (SSL_CTX_use_PrivateKey_file(ctx, key.c_str(), SSL_FILETYPE_PEM) != 1) {
    // OpenSSL 3's decoders say only "unsupported" for a file with no key in it.
    text = take_openssl_error("no private key found");
    if (text == "unsupported") text = "no private key found";
    return kTlsKey;
  }
  if (SSL_CTX_check_private_key(ctx) != 1) {
    text = take_openssl_error("key values mismatch");
    return kTlsKey;
  }
  return kOk;
}

int load_trust(SSL_CTX* ctx, const std::string& ca, std::string& text) {
  if (ca.empty()) {
    if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
      text = take_openssl_error("the system's CA paths cannot be loaded");
      return kTlsCa;
    }
    return kOk;
  }
  if (!readable(ca, true, text)) return kTlsCa;
  struct stat st {};
  bool folder = ::stat(ca.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  if (SSL_CTX_load_verify_locations(ctx, folder ? nullptr : ca.c_str(), folder ? ca.c_str() : nullptr) != 1) {
    text = take_openssl_error("no CA certificate in the file");
    return kTlsCa;
  }
  // A server that asks for client certificates names the CAs it trusts, so clients pick the right one.
  if (!folder) {
    if (STACK_OF(X509_NAME)* names = SSL_load_client_CA_file(ca.c_str())) SSL_CTX_set_client_CA_list(ctx, names);
    ERR_clear_error();
  }
  return kOk;
}

}  // namespace

SecurityContext::SecurityContext(int64_t f) : ssl(boost::asio::ssl::context::tls), flags(f) {}

TlsOptions with_config_defaults(TlsOptions o, const runtime::Config* config) {
  if (o.cert.empty()) {
    o.cert = config_param(config, "TLS.CERT");
    if (o.key.empty()) o.key = config_param(config, "TLS.KEY");
  }
  if (o.ca.empty()) o.ca = config_param(config, "TLS.CA");
  return o;
}

runtime::Value make_security_context(const TlsOptions& o, int& status, std::string& text) {
  status = kOk;
  text.clear();
  if (o.flags < 0 || (o.flags & ~kTlsAllFlags)) {
    status = kParams;
    text = "unknown flags";
    return runtime::Value::integer(0);
  }
  SecurityContext* ctx = nullptr;
  try {
    ctx = new SecurityContext(o.flags);
  } catch (const boost::system::system_error& e) {
    status = kTlsHandshake;
    text = take_openssl_error("OpenSSL cannot make a context");
    return runtime::Value::integer(0);
  }
  runtime::Value holder = runtime::Value::handle(ctx);  // frees the context on failure
  SSL_CTX* native = ctx->ssl.native_handle();
  SSL_CTX_set_min_proto_version(native, (o.flags & kTlsMinV13) ? TLS1_3_VERSION : TLS1_2_VERSION);
  // An encrypted key must fail, not make OpenSSL ask for a pass phrase on the terminal.
  SSL_CTX_set_default_passwd_cb(native, no_pass_phrase);
  ERR_clear_error();
  if ((status = load_identity(native, o, text)) != kOk) return runtime::Value::integer(0);
  if ((status = load_trust(native, o.ca, text)) != kOk) return runtime::Value::integer(0);
  return holder;
}

SecurityContext* as_security_context(const runtime::Value& v) {
  return v.is_handle() ? dynamic_cast<SecurityContext*>(v.handle_object()) : nullptr;
}

bool is_no_context(const runtime::Value& v) {
  if (v.is_unassigned()) return true;
  if (v.is_str()) {
    if (v.str().empty()) return true;
    runtime::Number n;
    return runtime::strict_number(v, n) && (n.is_int ? n.i == 0 : n.f == 0.0);
  }
  if (v.is_int()) return v.int_value() == 0;
  if (v.is_float()) return v.float_value() == 0.0;
  return false;
}

Deadline handshake_deadline(const runtime::Context& cx, const Deadline& call) {
  if (call.mode == Deadline::At) return call;
  double seconds = kDefaultHandshakeSeconds;
  std::string configured = config_param(cx.config, "TLS.TIMEOUT");
  if (!configured.empty()) {
    char* end = nullptr;
    double v = std::strtod(configured.c_str(), &end);
    if (end && *end == '\0' && v > 0 && std::isfinite(v)) seconds = v;
  }
  return Deadline::from_seconds(seconds);
}

void set_tls_failure(runtime::Context& cx, int status, const std::string& text) {
  cx.status.set_int(status);
  cx.os_error = runtime::Context::kOsErrorText;
  cx.os_error_text = text;
}

bool is_tls_key(int64_t key) { return key >= kKeyTls && key <= kKeyTlsVerify; }

namespace {

std::string peer_subject(SSL* ssl) {
  X509* cert = SSL_get0_peer_certificate(ssl);
  if (!cert) return "";
  BIO* mem = BIO_new(BIO_s_mem());
  if (!mem) return "";
  X509_NAME_print_ex(mem, X509_get_subject_name(cert), 0, XN_FLAG_RFC2253);
  char* data = nullptr;
  long n = BIO_get_mem_data(mem, &data);
  std::string subject(data, n > 0 ? static_cast<size_t>(n) : 0);
  BIO_free(mem);
  return subject;
}

}  // namespace

runtime::Value tls_info(const Socket& s, int64_t key) {
  if (key == kKeyTls) return runtime::Value::integer(s.tls || as_security_context(s.tls_context) ? 1 : 0);
  if (!s.tls) return runtime::Value::string(std::string_view());
  SSL* ssl = s.tls->ssl;
  switch (key) {
    case kKeyTlsVersion: return runtime::Value::string(std::string(SSL_get_version(ssl)));
    case kKeyTlsCipher: {
      const SSL_CIPHER* c = SSL_get_current_cipher(ssl);
      return runtime::Value::string(std::string(c ? SSL_CIPHER_get_name(c) : ""));
    }
    case kKeyTlsPeer: return runtime::Value::string(peer_subject(ssl));
    default:
      if (!SSL_get0_peer_certificate(ssl)) return runtime::Value::string(std::string("no peer certificate"));
      return runtime::Value::string(std::string(X509_verify_cert_error_string(SSL_get_verify_result(ssl))));
  }
}

}  // namespace mv::stdlib::sockets

namespace mv::stdlib {

using namespace sockets;

// CREATE.SECURITY.CONTEXT(cert, key, ca {, flags}): a security context, or 0 with STATUS() and OS.ERROR() set.
void fn_create_security_context(Context& cx, Value* args, int argc, Value& out) {
  std::string scratch;
  TlsOptions o;
  o.cert = std::string(cx.text(args[0], scratch));
  o.key = std::string(cx.text(args[1], scratch));
  o.ca = std::string(cx.text(args[2], scratch));
  o.flags = argc > 3 ? cx.integer(args[3]) : 0;
  int status = 0;
  std::string text;
  out = make_security_context(with_config_defaults(std::move(o), cx.config), status, text);
  if (status == kParams) return set_failure(cx, kParams, 0);
  if (status != kOk) return set_tls_failure(cx, status, text);
  set_ok(cx);
}

}  // namespace mv::stdlib
