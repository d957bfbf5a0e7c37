// Configuration loading. (Placeholder: defaults only until the sockets work lands the real parser.)
#include "runtime/config.hpp"

namespace mv::runtime {

bool load_config(const std::string& explicit_path, Config& out, std::string& error) {
  (void)explicit_path;
  (void)error;
  out = Config{};
  return true;
}

}  // namespace mv::runtime
