// SELECT.SOCKET (spec 5.7) on one level-triggered epoll set that lives as long as the process. A socket
// joins the set the first time a SELECT watches it and stays registered while later SELECTs keep watching it
// with the same mask, so a serve loop over N clients makes no system call per idle client: each call is one
// pass over the array in memory (to see which sockets it holds now), epoll_ctl only for sockets that came,
// went or changed their mask, and one epoll_wait whose cost follows the number of ready sockets. There is no
// descriptor limit of 1,024 as with select().
//
// SOCKET.READY (an mvbasic extension) hands back the positions of the sockets with events, in array order, so
// that a serve loop visits the ready sockets only instead of testing every element after each call.
#include <algorithm>
#include <sys/epoll.h>
#include <unistd.h>

#include "runtime/matrix.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/sockets/socket_core.hpp"
#include "stdlib/sockets/socket_tls.hpp"

namespace mv::stdlib {

using namespace sockets;

namespace {

struct SelectSet {
  int epfd = -1;
  uint64_t gen = 0;                 // one per SELECT.SOCKET call; marks the sockets it watches
  std::vector<Socket*> registered;  // every socket in the epoll set; Socket::select_slot is its index
  std::vector<epoll_event> ready;
  std::vector<int64_t> ready_cells;  // the elements whose sockets had events at the last call, ascending
};

SelectSet& select_set() {
  static auto* s = new SelectSet;
  return *s;
}

uint32_t epoll_mask(int interest) {
  uint32_t m = 0;
  if (interest & kEventRead) m |= EPOLLIN | EPOLLRDHUP;
  if (interest & kEventWrite) m |= EPOLLOUT;
  if (interest & kEventException) m |= EPOLLPRI;
  return m;
}

// The SELECT events that an epoll report means, limited to the socket's mask. A pending error counts for
// every kind of event, so that the next call on the socket reports it; a hang-up makes the socket readable
// (the read reports the close) and writable (the write reports the failure).
int fired_events(uint32_t ev, int interest) {
  int f = 0;
  if (ev & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) f |= kEventRead;
  if (ev & (EPOLLOUT | EPOLLHUP | EPOLLERR)) f |= kEventWrite;
  if (ev & (EPOLLPRI | EPOLLERR)) f |= kEventException;
  return f & interest;
}

void unregister(SelectSet& set, Socket& s) {
  if (!s.select_events) return;
  ::epoll_ctl(set.epfd, EPOLL_CTL_DEL, s.fd(), nullptr);
  Socket* last = set.registered.back();
  set.registered[s.select_slot] = last;
  last->select_slot = s.select_slot;
  set.registered.pop_back();
  s.select_events = 0;
}

// Brings the socket's registration in line with its mask; false with errno set when epoll refuses. The
// epoll set itself is made the first time a socket needs it.
bool watch(SelectSet& set, Socket& s) {
  uint32_t want = epoll_mask(s.interest);
  if (want == s.select_events) return true;
  if (!want) {
    unregister(set, s);
    return true;
  }
  if (set.epfd < 0) {
    if ((set.epfd = ::epoll_create1(EPOLL_CLOEXEC)) < 0) return false;
    // The wake-up descriptor of interruptible waits (socket_core.cpp) sits in the set for good.
    if (wake_fd() >= 0) {
      epoll_event ev{};
      ev.events = EPOLLIN;
      ev.data.ptr = nullptr;
      ::epoll_ctl(set.epfd, EPOLL_CTL_ADD, wake_fd(), &ev);
    }
  }
  epoll_event ev{};
  ev.events = want;
  ev.data.ptr = &s;
  if (::epoll_ctl(set.epfd, s.select_events ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, s.fd(), &ev) != 0) return false;
  if (!s.select_events) {
    s.select_slot = set.registered.size();
    set.registered.push_back(&s);
  }
  s.select_events = want;
  return true;
}

}  // namespace

namespace sockets {
void select_forget(Socket& s) {
  if (s.select_events) unregister(select_set(), s);
}
}  // namespace sockets

void fn_select_socket(Context& cx, Value* args, int, Value& out) {
  auto* m = args[0].is_handle() ? dynamic_cast<runtime::Matrix*>(args[0].handle_object()) : nullptr;
  if (!m) cx.fail("SELECT.SOCKET needs a dimensioned array");
  Deadline deadline = Deadline::from_ms(cx.integer(args[1]));
  out.set_int(0);
  SelectSet& set = select_set();
  // Which sockets does the array hold now? Each one's events start at 0 (a socket may sit in two cells).
  uint64_t gen = ++set.gen;
  size_t watched = 0;
  int count = 0;
  set.ready_cells.clear();
  for (size_t k = 0; k < m->cells.size(); ++k) {
    Socket* s = as_socket(m->cells[k]);
    if (!s || s->select_gen == gen) continue;
    s->select_gen = gen;
    s->select_cell = k;
    s->fired = 0;
    if (!watch(set, *s)) return set_failure(cx, kFailed, errno);
    if (s->interest) ++watched;
    if (s->tls) {
      // Bytes OpenSSL has already decrypted are readable though the descriptor has nothing; and ciphertext an
      // earlier write left behind goes out now, as a kernel buffer would send it.
      tls_flush_now(*s);
      if ((s->interest & kEventRead) && tls_readable(*s)) {
        s->fired = kEventRead;
        set.ready_cells.push_back(static_cast<int64_t>(k));
        ++count;
      }
    }
  }
  // Sockets left over from an earlier SELECT on another array must not wake this one.
  for (size_t i = set.registered.size(); i-- > 0;) {
    Socket* s = set.registered[i];
    if (s->select_gen != gen) unregister(set, *s);
  }
  if (!watched) return set_failure(cx, kParams, 0);
  if (count) deadline = Deadline();  // something is ready already: only look for more
  set.ready.resize(set.registered.size() + 1);
  if (deadline.mode != Deadline::Now) cx.flush_output();
  for (;;) {
    if (runtime::g_interrupt) cx.fail("Interrupted");
    int n = ::epoll_wait(set.epfd, set.ready.data(), static_cast<int>(set.ready.size()), deadline.remaining_ms());
    if (n < 0) {
      if (errno != EINTR) return set_failure(cx, kFailed, errno);
      if (runtime::g_interrupt) cx.fail("Interrupted");
      n = 0;
    }
    for (int i = 0; i < n; ++i) {
      auto* s = static_cast<Socket*>(set.ready[static_cast<size_t>(i)].data.ptr);
      if (!s) {
        clear_wake();  // a signal: the loop's check of g_interrupt decides
        continue;
      }
      int f = fired_events(set.ready[static_cast<size_t>(i)].events, s->interest);
      if (f) {
        if (!s->fired) {
          ++count;
          set.ready_cells.push_back(static_cast<int64_t>(s->select_cell));
        }
        s->fired |= f;
      } else {
        // A hang-up on a socket watched only for urgent data: stop it waking this call over and over.
        unregister(set, *s);
      }
    }
    if (count) {
      std::sort(set.ready_cells.begin(), set.ready_cells.end());
      out.set_int(count);
      return set_ok(cx);
    }
    if (deadline.passed()) return set_failure(cx, kTimeout, 0);
  }
}

// SOCKET.READY(k): the position in the array of the k-th socket (in array order) with events at the last
// SELECT.SOCKET; SOCKET.READY(0) is how many there were. 0 for any other k, and after a call that timed out or
// failed. A position counts the elements from the zero element (0), row by row in a two-dimensional array.
void fn_socket_ready(Context& cx, Value* args, int, Value& out) {
  const std::vector<int64_t>& cells = select_set().ready_cells;
  int64_t k = cx.integer(args[0]);
  if (k == 0) return out.set_int(static_cast<int64_t>(cells.size()));
  out.set_int(k >= 1 && k <= static_cast<int64_t>(cells.size()) ? cells[static_cast<size_t>(k - 1)] : 0);
}

}  // namespace mv::stdlib
