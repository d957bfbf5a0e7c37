// Taking and counting licences. Each limit is a set of numbered slot files; taking one is trying each number
// in turn for an exclusive lock. A probe (SYSTEM(1016) in another process) briefly holds the lock of a free
// slot, so a search that finds nothing free looks again a few times before it reports that none is free.
#include "runtime/licence.hpp"

#include <unistd.h>

namespace mv::runtime {

namespace {

constexpr int64_t kUnlimited = 2147483647;
constexpr int kSearchAttempts = 5;

struct Held {
  int user_fd = -1;
  int64_t user_slot = 0;
  int phantom_fd = -1;
  int64_t phantom_slot = 0;
};

Held& held() {
  static auto* h = new Held;
  return *h;
}

std::string slot_path(const Config& cfg, const char* kind, int64_t n) {
  return cfg.rundir + "/" + kind + "." + std::to_string(n);
}

// Locks the first free slot of `kind` among 1..limit; returns its number (0 when none is free).
int64_t take_slot(const Config& cfg, const char* kind, int64_t limit, int& fd_out) {
  std::string ignored;
  if (!ensure_rundir(cfg.rundir, ignored)) return 0;
  for (int attempt = 0; attempt < kSearchAttempts; ++attempt) {
    for (int64_t n = 1; n <= limit; ++n) {
      int fd = lock_slot_file(slot_path(cfg, kind, n));
      if (fd >= 0) {
        fd_out = fd;
        return n;
      }
    }
    ::usleep(2000);
  }
  return 0;
}

int64_t count_free(const Config& cfg, const char* kind, int64_t limit) {
  if (limit <= 0) return kUnlimited;
  int64_t free = 0;
  for (int64_t n = 1; n <= limit; ++n)
    if (!slot_held(slot_path(cfg, kind, n))) ++free;
  return free;
}

// A phantom slot, or else a user licence, as QM does for phantoms.
bool take_phantom_or_user(const Config& cfg) {
  Held& h = held();
  if (cfg.phantoms <= 0 || h.phantom_slot > 0) return true;
  h.phantom_slot = take_slot(cfg, "phantom", cfg.phantoms, h.phantom_fd);
  return h.phantom_slot > 0 || take_user_licence(cfg);
}

}  // namespace

bool take_user_licence(const Config& cfg) {
  Held& h = held();
  if (cfg.numusers <= 0 || h.user_slot > 0) return true;
  h.user_slot = take_slot(cfg, "user", cfg.numusers, h.user_fd);
  return h.user_slot > 0;
}

bool take_start_licence(const Config& cfg, ProcessKind kind, bool inherited_socket, std::string& error) {
  bool ok = false;
  std::string what;
  if (kind == ProcessKind::Interactive) {
    ok = take_user_licence(cfg);
    what = "no user licence is free (NUMUSERS = " + std::to_string(cfg.numusers) + ")";
  } else {
    ok = take_phantom_or_user(cfg);
    what = "no phantom slot or user licence is free (PHANTOMS = " + std::to_string(cfg.phantoms) +
           ", NUMUSERS = " + std::to_string(cfg.numusers) + ")";
    if (ok && inherited_socket) {
      ok = take_user_licence(cfg);
      what = "a phantom serving an inherited socket needs a user licence, and none is free (NUMUSERS = " +
             std::to_string(cfg.numusers) + ")";
    }
  }
  if (!ok) {
    release_licences();
    error = what;
  }
  return ok;
}

int64_t held_user_licence() { return held().user_slot; }
int64_t held_phantom_slot() { return held().phantom_slot; }

void release_licences() {
  Held& h = held();
  unlock_slot_file(h.user_fd);
  unlock_slot_file(h.phantom_fd);
  h = Held{};
}

int64_t free_user_licences(const Config& cfg) { return count_free(cfg, "user", cfg.numusers); }
int64_t free_phantom_slots(const Config& cfg) { return count_free(cfg, "phantom", cfg.phantoms); }

}  // namespace mv::runtime
