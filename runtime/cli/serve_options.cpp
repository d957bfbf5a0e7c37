// The settings of `mvbasic serve`: the command line (Boost.Program_options) over the configuration file's
// SERVE.* parameters (written as SERVE.PORT = 8080 in [mvbasic], or PORT = 8080 in a [serve] section). Both
// go through one checker, so a bad value says the same thing wherever it was written, and is a usage error
// (exit 2), never a crash.
#include <boost/program_options.hpp>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "runtime/cli/cli.hpp"
#include "runtime/cli/serve.hpp"

namespace po = boost::program_options;

namespace mv::cli {

const char* const kServeUsage =
    "usage: mvbasic serve PROGRAM [options]\n"
    "\n"
    "Runs PROGRAM once for each connection, with the connection as @SOCKET, in a pool of worker processes\n"
    "started in advance. Connections that have sent nothing yet wait in the server, not in a worker.\n"
    "\n"
    "  --listen ADDR        IPv4 or IPv6 address, \"\" for every address (IPv4 and IPv6), or a Unix socket\n"
    "                       path (a name holding '/'); default \"\"\n"
    "  --port N             TCP port, 0 to 65535 (0: the system chooses; the log's first line names it)\n"
    "  --backlog N          connections the kernel queues before they are accepted (default 128)\n"
    "  --workers N          worker processes, 1 to 1024 (default 4)\n"
    "  --max-clients N      connections held at once, idle or served; more wait in the backlog (default "
    "256)\n"
    "  --idle-timeout SECS  close a connection after this long without a byte either way (default 60;\n"
    "                       0: never)\n"
    "  --grace SECS         on SIGTERM, how long connections in flight may take to finish (default 10)\n"
    "  --reuseaddr          SO_REUSEADDR on the listening socket\n"
    "  --keepalive          SO_KEEPALIVE on each connection\n"
    "  --nodelay            TCP_NODELAY on each connection\n"
    "  --server-first       hand each connection to a worker as soon as it is accepted, for protocols where\n"
    "                       the server speaks first (a connection then holds its worker while idle)\n"
    "  --requeue            a connection the program leaves open (no CLOSE.SOCKET) while the client is\n"
    "                       still there goes back to the server between runs and waits for its next\n"
    "                       request without a worker: PROGRAM may answer one request per run\n"
    "  --tls-cert FILE      serve TLS with this certificate (PEM); the handshake runs in the worker\n"
    "  --tls-key FILE       its private key (default: in the certificate file)\n"
    "  --tls-ca FILE|DIR    the CA that client certificates are verified against\n"
    "  --tls-verify-client MODE   none (default), request (a certificate is asked for and verified when\n"
    "                       given) or require (a connection without a valid one fails its handshake)\n"
    "  --tls-timeout SECS   how long a TLS handshake may take (default 10)\n"
    "  --log FILE           one line per connection (default: standard error)\n"
    "  --config FILE        configuration file; its SERVE.* parameters (or a [serve] section) give defaults\n"
    "  --no-cache           always compile PROGRAM; neither read nor write the bytecode cache\n"
    "\n"
    "Signals: SIGHUP recompiles PROGRAM and replaces the workers one by one; SIGTERM (or SIGINT) stops\n"
    "accepting, lets connections in flight finish within --grace, then exits 0. See docs/sockets.md.\n";

namespace {

// A setting as written, with where it came from, for the message when it is bad.
struct Raw {
  std::string name;   // the option name, "port"
  std::string value;  // as written
  std::string where;  // "--port" or "FILE: parameter SERVE.PORT"
};

bool whole(const std::string& v, long lo, long hi, long& out) {
  if (v.empty() || v.size() > 10) return false;
  for (char c : v)
    if (c < '0' || c > '9') return false;
  out = std::strtol(v.c_str(), nullptr, 10);
  return out >= lo && out <= hi;
}

bool seconds(const std::string& v, double& out) {
  if (v.empty() || v.size() > 20) return false;
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(v.c_str(), &end);
  if (errno != 0 || *end != '\0' || !std::isfinite(d) || d < 0 || d > 31536000) return false;
  out = d;
  return true;
}

// Applies one setting; false with `error` set when its value is of the wrong shape.
bool apply(const Raw& r, ServeOptions& o, std::string& error) {
  long n = 0;
  auto bad = [&](const char* shape) {
    error = r.where + ": \"" + r.value + "\" is not " + shape;
    return false;
  };
  const std::string& v = r.value;
  if (r.name == "listen") {
    o.listen = v;
  } else if (r.name == "port") {
    if (!whole(v, 0, 65535, n)) return bad("a port number from 0 to 65535");
    o.port = static_cast<int>(n);
  } else if (r.name == "backlog") {
    if (!whole(v, 1, 65535, n)) return bad("a whole number from 1 to 65535");
    o.backlog = static_cast<int>(n);
  } else if (r.name == "workers") {
    if (!whole(v, 1, 1024, n)) return bad("a whole number from 1 to 1024");
    o.workers = static_cast<int>(n);
  } else if (r.name == "max-clients") {
    if (!whole(v, 1, 1000000, n)) return bad("a whole number from 1 to 1000000");
    o.max_clients = static_cast<int>(n);
  } else if (r.name == "idle-timeout") {
    if (!seconds(v, o.idle_timeout)) return bad("a number of seconds, 0 or more");
  } else if (r.name == "grace") {
    if (!seconds(v, o.grace)) return bad("a number of seconds, 0 or more");
  } else if (r.name == "reuseaddr" || r.name == "keepalive" || r.name == "nodelay" ||
             r.name == "server-first" || r.name == "requeue") {
    if (v != "0" && v != "1") return bad("0 or 1");
    bool on = v == "1";
    (r.name == "reuseaddr"   ? o.reuseaddr
     : r.name == "keepalive" ? o.keepalive
     : r.name == "nodelay"   ? o.nodelay
     : r.name == "requeue"   ? o.requeue
                             : o.server_first) = on;
  } else if (r.name == "tls-timeout") {
    if (!seconds(v, o.tls_timeout) || o.tls_timeout <= 0) return bad("a number of seconds, more than 0");
  } else if (r.name == "tls-verify-client") {
    if (v != "none" && v != "request" && v != "require") return bad("none, request or require");
    o.tls_verify_client = v;
  } else if (r.name == "tls-ca") {
    o.tls_ca = v;
  } else if (r.name == "tls-cert") {
    o.tls_cert = v;
  } else if (r.name == "tls-key") {
    o.tls_key = v;
  } else if (r.name == "log") {
    o.log = v;
  }
  return true;
}

// The configuration file's name for option `name`: SERVE.MAX.CLIENTS for max-clients.
std::string config_name(const std::string& name) {
  std::string out = "SERVE.";
  for (char c : name) out += c == '-' ? '.' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  return out;
}

const char* const kValueOptions[] = {"listen",  "port",   "backlog",           "workers",     "max-clients",
                                     "idle-timeout", "grace",   "tls-cert", "tls-key", "tls-ca",
                                     "tls-verify-client", "tls-timeout", "log"};
const char* const kSwitches[] = {"reuseaddr", "keepalive", "nodelay", "server-first", "requeue"};

int fail(const std::string& message) {
  std::cerr << "mvbasic serve: " << message << " (see mvbasic serve --help)\n";
  return kExitUsage;
}

// The settings the configuration file gives, applied first so that the command line overrides them.
bool apply_config(ServeOptions& o, std::string& error) {
  auto take = [&](const std::string& name) {
    auto it = o.config.params.find(config_name(name));
    if (it == o.config.params.end()) return true;
    return apply(Raw{name, it->second, o.config.path + ": parameter " + it->first}, o, error);
  };
  for (const char* name : kValueOptions)
    if (!take(name)) return false;
  for (const char* name : kSwitches)
    if (!take(name)) return false;
  return true;
}

}  // namespace

int parse_serve_options(const std::vector<std::string>& words, ServeOptions& o, bool& help) {
  po::options_description desc("serve options");
  desc.add_options()("help,h", "")("program", po::value<std::string>(), "")(
      "config", po::value<std::string>(), "")("no-cache", po::bool_switch(), "");
  for (const char* name : kValueOptions) desc.add_options()(name, po::value<std::string>(), "");
  for (const char* name : kSwitches) desc.add_options()(name, po::bool_switch(), "");
  po::positional_options_description positional;
  positional.add("program", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(words).options(desc).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::too_many_positional_options_error&) {
    return fail("only one PROGRAM can be served");
  } catch (const po::unknown_option& e) {
    return fail("unknown option '" + e.get_option_name() + "'");
  } catch (const po::error& e) {
    return fail(e.what());
  }
  help = vm.count("help") > 0;
  if (help) {
    std::cout << kServeUsage;
    return kExitOk;
  }
  if (vm.count("config")) o.config_path = vm["config"].as<std::string>();
  o.use_cache = !vm["no-cache"].as<bool>();
  std::string error;
  if (!runtime::load_config(o.config_path, o.config, error)) return fail(error);
  if (!apply_config(o, error)) return fail(error);
  for (const char* name : kValueOptions) {
    if (vm.count(name) && !apply(Raw{name, vm[name].as<std::string>(), std::string("--") + name}, o, error))
      return fail(error);
  }
  for (const char* name : kSwitches)
    if (vm[name].as<bool>()) apply(Raw{name, "1", ""}, o, error);
  if (!vm.count("program")) return fail("no PROGRAM given");
  o.program = vm["program"].as<std::string>();
  if (!o.is_unix() && o.port < 0) return fail("no --port given (or SERVE.PORT in the configuration file)");
  if (o.is_unix() && vm.count("port")) return fail("--port does not go with a Unix socket path");
  if (o.tls_cert.empty() && (!o.tls_key.empty() || !o.tls_ca.empty() || o.tls_verify_client != "none"))
    return fail("--tls-key, --tls-ca and --tls-verify-client need --tls-cert");
  if (o.tls() && o.is_unix()) return fail("TLS is served on TCP only, not on a Unix socket path");
  return kExitOk;
}

}  // namespace mv::cli
