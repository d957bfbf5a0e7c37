// The mvbasic configuration file (../shared/spec/sockets.md section 8): where it is found, its format,
// and the parameters the runtime reads (IPV6, IPADDR, NUMUSERS, PHANTOMS, RUNDIR).
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace mv::runtime {

struct Config {
  std::string path;       // the file that was read, or "" (SYSTEM(1011))
  bool ipv6 = false;      // IPV6
  std::string ipaddr;     // IPADDR, as written (SYSTEM(1072))
  int64_t numusers = 0;   // NUMUSERS; 0 = unlimited
  int64_t phantoms = 0;   // PHANTOMS; 0 = unlimited (when not given, derived from NUMUSERS by QM's rule)
  std::string rundir;     // RUNDIR; always filled in: the file's value or the default
  std::string basicpath;  // BASICPATH: folders searched for CALLed routines after $MVBASIC_PATH
  // Every NAME = value entry of the file, names upper-cased, values as written (CONFIG(); SMTPSERVER,
  // SMTPPORT and SMTPSENDER for SENDMAIL).
  std::map<std::string, std::string> params;
};

// Finds and reads the configuration: `explicit_path` (the --config option) first, then $MVBASIC_CONFIG, then
// ./mvbasic.conf, then the per-user file ($XDG_CONFIG_HOME/mvbasic/mvbasic.conf, else
// ~/.config/mvbasic/mvbasic.conf), then /etc/mvbasic.conf. Only the first file found is read. Returns false
// with `error` naming the file, line and parameter when a file is unreadable or malformed; the program must
// not start then.
bool load_config(const std::string& explicit_path, Config& out, std::string& error);

// Parses configuration text as if read from `path` (used by load_config and by tests).
bool parse_config(const std::string& path, const std::string& text, Config& out, std::string& error);

// The RUNDIR used when the file gives none: $XDG_RUNTIME_DIR/mvbasic, else /tmp/mvbasic-<uid>.
std::string default_rundir();

}  // namespace mv::runtime
