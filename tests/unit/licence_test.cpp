// Unit tests for the process table (runtime/process_table.hpp) and licences (runtime/licence.hpp) inside one
// process: flock() locks belong to open file descriptions, so a second open() of a held slot file behaves as
// another process would. The cross-process behaviour (kill -9, real phantoms) is tested in tests/processes.
#include "runtime/licence.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "runtime/process_table.hpp"

namespace mv::runtime {
namespace {

namespace fs = std::filesystem;

// A RUNDIR that does not exist yet (so ensure_rundir() has to make it), removed when the test ends.
struct TempRun {
  fs::path base;
  std::string dir;
  TempRun() {
    std::string tmpl = (fs::temp_directory_path() / "mvbasic-licence-XXXXXX").string();
    base = ::mkdtemp(tmpl.data());
    dir = (base / "nested" / "run").string();
  }
  ~TempRun() {
    release_licences();
    release_process();
    fs::remove_all(base);
  }
  Config config(int64_t numusers, int64_t phantoms) const {
    Config c;
    c.numusers = numusers;
    c.phantoms = phantoms;
    c.rundir = dir;
    return c;
  }
};

TEST(licence, SlotFileLockIsExclusiveUntilClosed) {
  TempRun run;
  std::string error;
  ASSERT_TRUE(ensure_rundir(run.dir, error)) << error;
  EXPECT_EQ(fs::status(run.dir).permissions() & fs::perms::all, fs::perms::owner_all);
  std::string slot = run.dir + "/user.1";
  EXPECT_FALSE(slot_held(slot));
  int fd = lock_slot_file(slot);
  ASSERT_GE(fd, 0);
  EXPECT_TRUE(slot_held(slot));
  EXPECT_LT(lock_slot_file(slot), 0);
  unlock_slot_file(fd);
  EXPECT_FALSE(slot_held(slot));
}

TEST(licence, NoLimitsMeansNothingIsCountedOrRefused) {
  TempRun run;
  Config c = run.config(0, 0);
  std::string error;
  EXPECT_TRUE(take_start_licence(c, ProcessKind::Interactive, false, error));
  EXPECT_TRUE(take_user_licence(c));
  EXPECT_EQ(held_user_licence(), 0);
  EXPECT_EQ(free_user_licences(c), 2147483647);
  EXPECT_FALSE(fs::exists(run.dir + "/user.1"));
}

TEST(licence, InteractiveProcessesTakeUserLicences) {
  TempRun run;
  Config c = run.config(2, 0);
  std::string error;
  EXPECT_EQ(free_user_licences(c), 2);
  ASSERT_TRUE(take_start_licence(c, ProcessKind::Interactive, false, error)) << error;
  EXPECT_EQ(held_user_licence(), 1);
  EXPECT_EQ(free_user_licences(c), 1);
  // Serving sockets needs nothing more when a user licence is already held.
  EXPECT_TRUE(take_user_licence(c));
  EXPECT_EQ(free_user_licences(c), 1);
  int other = lock_slot_file(run.dir + "/user.2");  // another process takes the last one
  ASSERT_GE(other, 0);
  release_licences();
  EXPECT_EQ(free_user_licences(c), 1);
  ASSERT_TRUE(take_start_licence(c, ProcessKind::Interactive, false, error));
  release_licences();
  int first = lock_slot_file(run.dir + "/user.1");
  EXPECT_FALSE(take_start_licence(c, ProcessKind::Interactive, false, error));
  EXPECT_NE(error.find("no user licence is free"), std::string::npos) << error;
  unlock_slot_file(first);
  unlock_slot_file(other);
}

TEST(licence, PhantomsTakeAPhantomSlotThenAUserLicence) {
  TempRun run;
  Config c = run.config(1, 1);
  std::string error;
  ASSERT_TRUE(take_start_licence(c, ProcessKind::Phantom, false, error)) << error;
  EXPECT_EQ(held_phantom_slot(), 1);
  EXPECT_EQ(held_user_licence(), 0);
  EXPECT_EQ(free_phantom_slots(c), 0);
  // A phantom that starts serving sockets takes a user licence as well, keeping its phantom slot.
  EXPECT_TRUE(take_user_licence(c));
  EXPECT_EQ(held_user_licence(), 1);
  EXPECT_EQ(free_user_licences(c), 0);
  release_licences();
  int phantom = lock_slot_file(run.dir + "/phantom.1");
  ASSERT_TRUE(take_start_licence(c, ProcessKind::Background, false, error)) << error;
  EXPECT_EQ(held_phantom_slot(), 0);
  EXPECT_EQ(held_user_licence(), 1);  // no phantom slot: a user licence instead, as in QM
  release_licences();
  int user = lock_slot_file(run.dir + "/user.1");
  EXPECT_FALSE(take_start_licence(c, ProcessKind::Phantom, false, error));
  EXPECT_FALSE(take_user_licence(c));
  unlock_slot_file(user);
  unlock_slot_file(phantom);
}

TEST(licence, APhantomWithAnInheritedSocketNeedsAUserLicence) {
  TempRun run;
  Config c = run.config(1, 4);
  std::string error;
  ASSERT_TRUE(ensure_rundir(run.dir, error)) << error;
  int user = lock_slot_file(run.dir + "/user.1");
  ASSERT_GE(user, 0);
  EXPECT_FALSE(take_start_licence(c, ProcessKind::Phantom, true, error));
  EXPECT_EQ(held_phantom_slot(), 0) << "a refused start keeps nothing";
  unlock_slot_file(user);
  EXPECT_TRUE(take_start_licence(c, ProcessKind::Phantom, true, error)) << error;
  EXPECT_EQ(held_user_licence(), 1);
  EXPECT_EQ(held_phantom_slot(), 1);
}

TEST(licence, AForkedChildDoesNotKeepItsParentsLicence) {
  TempRun run;
  Config c = run.config(1, 0);
  std::string error;
  ASSERT_TRUE(take_start_licence(c, ProcessKind::Interactive, false, error)) << error;
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  pid_t child = ::fork();
  if (child == 0) {
    ::close(ready[0]);
    (void)!::write(ready[1], "x", 1);
    ::sleep(5);  // the parent kills it long before
    ::_exit(0);
  }
  ::close(ready[1]);
  char c1;
  ASSERT_EQ(::read(ready[0], &c1, 1), 1);
  ::close(ready[0]);
  release_licences();
  EXPECT_EQ(free_user_licences(c), 1) << "the live child must not hold the licence";
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
}

TEST(process_table, RegistersTheLowestFreeNumberAndListsIt) {
  TempRun run;
  std::string error;
  ASSERT_TRUE(ensure_rundir(run.dir, error)) << error;
  int taken = lock_slot_file(run.dir + "/process.1");  // user 1 is another process
  int64_t user = 0;
  ASSERT_TRUE(register_process(run.dir, ProcessKind::Background, "RUN x.b", user, error)) << error;
  EXPECT_EQ(user, 2);
  update_process("RUN y.b a", "/tmp/some.log");
  ProcessEntry e;
  ASSERT_TRUE(find_process(run.dir, 2, e));
  EXPECT_EQ(e.pid, ::getpid());
  EXPECT_EQ(e.kind, ProcessKind::Background);
  EXPECT_EQ(e.command, "RUN y.b a");
  EXPECT_EQ(e.log, "/tmp/some.log");
  EXPECT_TRUE(process_alive(run.dir, 2));
  EXPECT_FALSE(process_alive(run.dir, 3));
  unlock_slot_file(taken);
  std::vector<ProcessEntry> all = list_processes(run.dir);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].user_number, 2);
  release_process();
  EXPECT_FALSE(process_alive(run.dir, 2));
  EXPECT_TRUE(list_processes(run.dir).empty());
}

}  // namespace
}  // namespace mv::runtime
