// Licences (../shared/spec/sockets.md section 9): NUMUSERS user licences and PHANTOMS phantom slots, shared
// by every process that uses the same RUNDIR. A licence is an exclusive flock() on RUNDIR/user.N or
// RUNDIR/phantom.N, held for the life of the process, so a process that is killed gives its licence back at
// once. With the default configuration (NUMUSERS = 0, PHANTOMS unset) nothing is counted or refused.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/config.hpp"
#include "runtime/process_table.hpp"

namespace mv::runtime {

// STATUS() and, negated, @SYSTEM.RETURN.CODE when no licence is free (ER$LICENCE in ERR.H).
inline constexpr int kNoLicenceStatus = 7028;

// Takes what a process of `kind` needs at start: an interactive process a user licence; a phantom or a
// background run a phantom slot, or else a user licence. A phantom that inherited a socket also needs a user
// licence (section 11). False with `error` set when none is free; the process must then not start.
bool take_start_licence(const Config& cfg, ProcessKind kind, bool inherited_socket, std::string& error);

// For CREATE.SERVER.SOCKET and ACCEPT.SOCKET.CONNECTION: makes sure this process holds a user licence, taking
// one if it has none. True at once when NUMUSERS is 0 or a user licence is already held; false when none is
// free (the built-in then fails with STATUS() 7028 before creating or accepting anything).
bool take_user_licence(const Config& cfg);

// What this process holds: the slot numbers, or 0.
int64_t held_user_licence();
int64_t held_phantom_slot();

// Gives every licence back (an embedding that runs several programs in one process calls it between them).
void release_licences();

// User licences, or phantom slots, that no process sharing cfg.rundir holds. SYSTEM(1016) is the first;
// 2147483647 stands for "no limit".
int64_t free_user_licences(const Config& cfg);
int64_t free_phantom_slots(const Config& cfg);

}  // namespace mv::runtime
