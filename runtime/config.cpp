// Finding and parsing the configuration file. The format is ini style: [mvbasic] and [qm] sections hold
// NAME = value entries; names are case-insensitive, unknown names are ignored (so a QM file can be shared),
// and a value of the wrong shape stops the program from starting with a message naming file, line and name.
#include "runtime/config.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "runtime/ascii.hpp"

namespace mv::runtime {

namespace {

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\f' || s[b] == '\v')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\f' || s[e - 1] == '\v'))
    --e;
  return s.substr(b, e - b);
}

bool file_exists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

// Reads a whole file; false with errno set on failure (a directory fails with EISDIR).
bool read_file(const std::string& path, std::string& text) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      ::close(fd);
      errno = e;
      return false;
    }
    if (n == 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return true;
}

// A non-negative decimal integer, at most nine digits (licence counts never come near that).
bool parse_count(std::string_view v, int64_t& out) {
  if (v.empty() || v.size() > 9) return false;
  int64_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  out = n;
  return true;
}

std::string per_user_file() {
  if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) return std::string(x) + "/mvbasic/mvbasic.conf";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.config/mvbasic/mvbasic.conf";
  return "";
}

}  // namespace

std::string default_rundir() {
  if (const char* x = std::getenv("XDG_RUNTIME_DIR"); x && *x) return std::string(x) + "/mvbasic";
  return "/tmp/mvbasic-" + std::to_string(::getuid());
}

bool parse_config(const std::string& path, const std::string& text, Config& out, std::string& error) {
  Config c;
  c.path = path;
  bool phantoms_given = false;
  bool in_ours = true;  // lines before the first header count as [mvbasic]
  std::string prefix;
  size_t pos = 0;
  int line_no = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line = trim(std::string_view(text).substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    if (line[0] == '[') {
      if (line.back() != ']') {
        error = where + "section header \"" + std::string(line) + "\" has no closing ']'";
        return false;
      }
      std::string section = runtime::ascii_upper(trim(line.substr(1, line.size() - 2)));
      in_ours = section == "MVBASIC" || section == "QM" || section == "SERVE";
      // A [serve] section holds `mvbasic serve` settings: its NAME is kept as SERVE.NAME (runtime/cli/serve*).
      prefix = section == "SERVE" ? "SERVE." : "";
      continue;
    }
    if (!in_ours) continue;
    size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      error = where + "expected NAME = value, found \"" + std::string(line) + "\"";
      return false;
    }
    std::string name = prefix + runtime::ascii_upper(trim(line.substr(0, eq)));
    std::string_view value = trim(line.substr(eq + 1));
    if (name.size() == prefix.size()) {
      error = where + "an entry has no parameter name before '='";
      return false;
    }
    auto bad = [&](const char* shape) {
      error = where + "parameter " + name + ": \"" + std::string(value) + "\" is not " + shape;
      return false;
    };
    c.params[name] = std::string(value);
    if (name == "IPV6") {
      if (value != "0" && value != "1") return bad("0 or 1");
      c.ipv6 = value == "1";
    } else if (name == "IPADDR") {
      c.ipaddr = std::string(value);
    } else if (name == "NUMUSERS") {
      if (!parse_count(value, c.numusers)) return bad("a whole number of 0 or more");
    } else if (name == "PHANTOMS") {
      if (!parse_count(value, c.phantoms)) return bad("a whole number of 0 or more");
      phantoms_given = true;
    } else if (name == "RUNDIR") {
      c.rundir = std::string(value);
    } else if (name == "BASICPATH") {
      c.basicpath = std::string(value);
    } else if (name == "TLS.TIMEOUT") {
      // The TLS handshake limit in seconds (stdlib/sockets/socket_tls.cpp reads it from params).
      std::string number(value);
      char* end = nullptr;
      double seconds = std::strtod(number.c_str(), &end);
      if (number.empty() || *end != '\0' || !(seconds > 0) || seconds > 1e9) return bad("a number of seconds above 0");
    }
    // Unknown names are ignored: QM and ScarletDME files carry many parameters mvbasic has no use for.
    if (nl == text.size()) break;
  }
  // QM's rule for the phantom limit when only the user limit is configured.
  if (!phantoms_given && c.numusers > 0) c.phantoms = 8 + (c.numusers > 4 ? (c.numusers - 4) / 2 : 0);
  if (c.rundir.empty()) c.rundir = default_rundir();
  out = std::move(c);
  return true;
}

bool load_config(const std::string& explicit_path, Config& out, std::string& error) {
  // A file named on the command line or in the environment must exist; the others are optional.
  std::string path;
  if (!explicit_path.empty()) {
    path = explicit_path;
  } else if (const char* env = std::getenv("MVBASIC_CONFIG"); env && *env) {
    path = env;
  } else {
    for (const std::string& candidate : {std::string("mvbasic.conf"), per_user_file(), std::string("/etc/mvbasic.conf")}) {
      if (!candidate.empty() && file_exists(candidate)) {
        path = candidate;
        break;
      }
    }
    if (path.empty()) {
      out = Config{};
      out.rundir = default_rundir();
      return true;
    }
  }
  std::string text;
  if (!read_file(path, text)) {
    error = "cannot read the configuration file " + path + ": " + std::strerror(errno);
    return false;
  }
  return parse_config(path, text, out, error);
}

}  // namespace mv::runtime
