// The mvbasic configuration file (../shared/spec/sockets.md section 8): where it is found, its format,
// and the parameters the runtime reads (IPV6, IPADDR, NUMUSERS, PHANTOMS, RUNDIR).
#pragma once

#include <cstdint>
#include <string>

namespace mv::runtime {

struct Config {
  std::string path;       // the file that was read, or "" (SYSTEM(1011))
  bool ipv6 = false;      // IPV6
  std::string ipaddr;     // IPADDR, as written (SYSTEM(1072))
  int64_t numusers = 0;   // NUMUSERS; 0 = unlimited
  int64_t phantoms = 0;   // PHANTOMS; 0 = unlimited
  std::string rundir;     // RUNDIR; "" = the default
};

// Finds and reads the configuration: `explicit_path` (the --config option) first, then $MVBASIC_CONFIG, then
// ./mvbasic.conf, then the per-user file. Returns false with `error` naming the file, line and parameter
// when a file is unreadable or malformed; the program must not start then.
bool load_config(const std::string& explicit_path, Config& out, std::string& error);

}  // namespace mv::runtime
