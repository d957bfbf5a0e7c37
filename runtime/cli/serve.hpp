// `mvbasic serve PROGRAM`: a managed server. The supervisor (serve_supervisor.cpp) listens, accepts, holds
// connections that have sent nothing yet, and hands each connection that has data to a free worker; the
// workers (serve_worker.cpp), forked in advance, run PROGRAM once per connection with it as @SOCKET. The
// settings come from the command line and the configuration file (serve_options.cpp). The design is in
// docs/internals/serve.md.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/bytecode.hpp"
#include "runtime/config.hpp"
#include "runtime/value.hpp"

namespace mv::cli {

// Every setting of the server, after the configuration file and the command line have been merged.
struct ServeOptions {
  std::string program;        // the BASIC program run once per connection
  std::string listen;         // IPv4 or IPv6 address, "" for every address (dual stack), or a Unix path
  int port = -1;              // TCP port, 0 = the system chooses; -1 = not given (required unless Unix)
  int backlog = 128;          // listen() backlog
  int workers = 4;            // worker processes
  int max_clients = 256;      // connections held at once (idle, waiting for a worker, or being served)
  double idle_timeout = 60;   // seconds without a byte either way before a connection is closed; 0 = never
  double grace = 10;          // seconds SIGTERM lets connections in flight finish
  bool reuseaddr = false;     // SO_REUSEADDR on the listener
  bool keepalive = false;     // SO_KEEPALIVE on each connection
  bool nodelay = false;       // TCP_NODELAY on each connection
  bool server_first = false;  // hand a connection to a worker at accept, not when it has data (greetings)
  bool requeue = false;       // a connection the program leaves open goes back to the supervisor between runs
  std::string tls_cert;       // TLS: the certificate (PEM) shown to clients; "" = plain connections
  std::string tls_key;        // its private key; "" = in the certificate file
  std::string tls_ca;         // CA file or folder that client certificates are verified against
  std::string tls_verify_client = "none";  // none, request (verified when given) or require
  double tls_timeout = 10;    // seconds a TLS handshake may take
  runtime::Value tls_context = runtime::Value::integer(0);  // made and checked once at start (serve_main)
  std::string log;          // the connection log; "" = standard error
  std::string config_path;  // --config
  bool use_cache = true;    // --no-cache turns the bytecode cache off
  runtime::Config config;   // the configuration that was read
  bool is_unix() const { return listen.find('/') != std::string::npos; }
  bool tls() const { return !tls_cert.empty(); }
};

// Parses `mvbasic serve` arguments (after the word "serve") and the [serve] settings of the configuration
// file. Returns kExitOk, or kExitUsage after printing a clear message; `help` is set (and the usage printed)
// for --help.
int parse_serve_options(const std::vector<std::string>& words, ServeOptions& out, bool& help);

// The usage text of `mvbasic serve --help`.
extern const char* const kServeUsage;

// Runs the server until SIGTERM or SIGINT; returns the exit status.
int serve_main(const ServeOptions& options);

// --- Between the supervisor and its workers (serve_worker.cpp) --------------------------------------------

// A worker's body: registers, takes its licence, says READY on `control`, then runs `program` once for each
// connection the supervisor sends, answering DONE with the byte counts and the outcome. Never returns.
[[noreturn]] void serve_worker(const ServeOptions& options, std::shared_ptr<runtime::Program> program,
                               int control);

// Sends descriptor `fd` with the text `text` on the Unix socket `sock`; false on failure.
bool send_with_fd(int sock, const std::string& text, int fd);
// Receives one message (and a descriptor, when one came with it, else -1) from `sock`; false at end of file.
bool receive_with_fd(int sock, std::string& text, int& fd);

}  // namespace mv::cli
