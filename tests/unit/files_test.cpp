// Unit tests for the file built-ins: the directory-file id mapping and mark translation (QM's rules),
// select lists and @SELECTED, record locks between lock tables (each table opens its own descriptors, so two
// tables in one process conflict exactly as two processes do), directory, sequential and whole operating
// system files on a temporary folder, and the statement built-ins driven through a Context: the clause they
// take, STATUS() and fatal errors.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/builtin_api.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_dir.hpp"
#include "stdlib/files/file_locks.hpp"
#include "stdlib/files/file_names.hpp"
#include "stdlib/files/file_os.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/files/file_seq.hpp"

namespace mv::stdlib::files {
namespace {

using runtime::Context;
using runtime::Value;

const std::string fm = "\xFE";
const std::string vm = "\xFD";

struct TempDir {
  std::string path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mvbasic-files-test-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string sub(const std::string& name) const { return path + '/' + name; }
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::vector<std::string> names_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// ---- record ids and file names ----

TEST(FileNames, MapsEachUnsafeCharacter) {
  std::string name;
  ASSERT_TRUE(map_record_id("*,=><%/+:;?\\\"", name));
  EXPECT_EQ(name, "%A%C%E%G%L%P%S%V%X%Y%Z%B%Q");
  ASSERT_TRUE(map_record_id("INV/2024:07", name));
  EXPECT_EQ(name, "INV%S2024%X07");
  ASSERT_TRUE(map_record_id("plain.id-1_x", name));
  EXPECT_EQ(name, "plain.id-1_x");
}

TEST(FileNames, LeadingDotAndTilde) {
  std::string name;
  ASSERT_TRUE(map_record_id(".profile", name));
  EXPECT_EQ(name, "%dprofile");
  ASSERT_TRUE(map_record_id("~tmp", name));
  EXPECT_EQ(name, "%ttmp");
  ASSERT_TRUE(map_record_id("a.~b", name));  // only a leading one is mapped
  EXPECT_EQ(name, "a.~b");
  ASSERT_TRUE(map_record_id(".", name));
  EXPECT_EQ(name, "%d");
}

TEST(FileNames, IllegalIds) {
  std::string name = "untouched";
  EXPECT_FALSE(map_record_id("", name));
  EXPECT_FALSE(map_record_id("a" + fm + "b", name));
  EXPECT_FALSE(map_record_id("tab\there", name));
  EXPECT_FALSE(map_record_id("caf\xC3\xA9", name));
  EXPECT_FALSE(map_record_id(std::string("nul\0x", 5), name));
  EXPECT_EQ(name, "untouched");
}

TEST(FileNames, UnmapInvertsMap) {
  for (std::string id : {"a/b", ".x", "~y", "%P", "100%", "*,=><%/+:;?\\\"", "a b", "%", "%d"}) {
    std::string name;
    ASSERT_TRUE(map_record_id(id, name)) << id;
    EXPECT_EQ(unmap_record_name(name), id) << name;
  }
  EXPECT_EQ(unmap_record_name("100%"), "100%");  // a name no mapping made stays as it is
  EXPECT_EQ(unmap_record_name("a%qb"), "a%qb");  // lower-case letters are not escapes
}

TEST(FileNames, MarksBecomeLines) {
  EXPECT_EQ(record_to_disk(""), "");
  EXPECT_EQ(record_to_disk("A"), "A\n");
  EXPECT_EQ(record_to_disk("A" + fm + "B" + vm + "C"), "A\nB" + vm + "C\n");
  EXPECT_EQ(record_to_disk("A" + fm), "A\n\n");
  EXPECT_EQ(disk_to_record(""), "");
  EXPECT_EQ(disk_to_record("A\n"), "A");
  EXPECT_EQ(disk_to_record("A"), "A");  // written elsewhere without a final newline
  EXPECT_EQ(disk_to_record("A\nB\n"), "A" + fm + "B");
  EXPECT_EQ(disk_to_record("A\r\nB\r\n"), "A\r" + fm + "B\r");  // CR is data, as in QM
  for (const std::string& rec :
       std::vector<std::string>{"", "X", "X" + fm, fm, fm + fm + "Y", "a" + vm + "b" + fm + "c"})
    EXPECT_EQ(disk_to_record(record_to_disk(rec)), rec);
}

TEST(FileNames, LockFileNames) {
  EXPECT_EQ(lock_file_name("REC1"), "REC1");
  EXPECT_EQ(lock_file_name(".hidden"), "%dhidden");
  std::string long_name(300, 'x');
  std::string l = lock_file_name(long_name);
  EXPECT_LE(l.size(), 200u);
  EXPECT_NE(l, lock_file_name(long_name + "y"));
}

// ---- select lists ----

TEST(FileSelect, ListLifecycle) {
  clear_select_list(-1);
  EXPECT_FALSE(select_list_active(0));
  set_select_list(2, {"A", "B"});
  EXPECT_TRUE(select_list_active(2));
  EXPECT_EQ(select_list_size(2), 2);
  std::string id;
  ASSERT_TRUE(next_selected(2, id));
  EXPECT_EQ(id, "A");
  EXPECT_EQ(select_list_remaining(2), 1);
  ASSERT_TRUE(next_selected(2, id));
  EXPECT_EQ(id, "B");
  EXPECT_FALSE(next_selected(2, id));
  EXPECT_FALSE(select_list_active(2));  // used up
  set_select_list(0, {});
  EXPECT_TRUE(select_list_active(0));
  EXPECT_FALSE(next_selected(0, id));
  set_select_list(1, {"X"});
  set_select_list(3, {"Y"});
  clear_select_list(1);
  EXPECT_FALSE(select_list_active(1));
  EXPECT_TRUE(select_list_active(3));
  clear_select_list(-1);
  EXPECT_FALSE(select_list_active(3));
  EXPECT_FALSE(next_selected(11, id));
}

TEST(FileSelect, SelectedCountKeepsTheLastListZero) {
  set_select_list(0, {"A", "B", "C"});
  EXPECT_EQ(selected_count(), 3);
  set_select_list(4, {"X"});  // other lists leave @SELECTED alone
  EXPECT_EQ(selected_count(), 3);
  std::string id;
  while (next_selected(0, id)) {
  }
  clear_select_list(-1);
  EXPECT_EQ(selected_count(), 3);  // kept after the list is used up and cleared
  set_select_list(0, {});
  EXPECT_EQ(selected_count(), 0);
}

// ---- locks: two tables behave like two processes ----

TEST(FileLocks, UpdateLocksConflictAndRelease) {
  TempDir dir;
  LockTable a, b;
  a.set_root(dir.sub("locks"));
  b.set_root(dir.sub("locks"));
  LockKey key{"d1.2", "REC"};
  int err = 0;
  ASSERT_EQ(a.try_lock(key, LockMode::Update, 7, err), LockTable::Try::Acquired);
  EXPECT_EQ(a.held(key), 2);
  EXPECT_EQ(b.try_lock(key, LockMode::Update, 8, err), LockTable::Try::Conflict);
  EXPECT_EQ(b.try_lock(key, LockMode::Shared, 8, err), LockTable::Try::Conflict);
  int64_t holder = 0;
  EXPECT_EQ(b.others(key, holder), -2);
  EXPECT_EQ(holder, 7);
  EXPECT_EQ(a.others(key, holder), 0);  // our own lock is not "another process"
  a.release(key);
  EXPECT_EQ(a.held(key), 0);
  EXPECT_EQ(b.others(key, holder), 0);
  EXPECT_FALSE(std::filesystem::exists(dir.sub("locks/d1.2")));  // lock file and folder removed
  EXPECT_EQ(b.try_lock(key, LockMode::Update, 8, err), LockTable::Try::Acquired);
  b.release_all();
}

TEST(FileLocks, SharedLocks) {
  TempDir dir;
  LockTable a, b, c;
  for (LockTable* t : {&a, &b, &c}) t->set_root(dir.sub("locks"));
  LockKey key{"f", "R"};
  int err = 0;
  ASSERT_EQ(a.try_lock(key, LockMode::Shared, 1, err), LockTable::Try::Acquired);
  ASSERT_EQ(b.try_lock(key, LockMode::Shared, 2, err), LockTable::Try::Acquired);
  EXPECT_EQ(c.try_lock(key, LockMode::Update, 3, err), LockTable::Try::Conflict);
  int64_t holder = 0;
  EXPECT_EQ(c.others(key, holder), -1);
  EXPECT_EQ(a.others(key, holder), -1);                                            // b still shares it
  EXPECT_EQ(a.try_lock(key, LockMode::Update, 1, err), LockTable::Try::Conflict);  // no upgrade while shared
  EXPECT_EQ(a.held(key), 1);
  b.release(key);
  EXPECT_EQ(a.try_lock(key, LockMode::Update, 1, err), LockTable::Try::Acquired);  // now it upgrades
  EXPECT_EQ(a.held(key), 2);
  EXPECT_EQ(a.try_lock(key, LockMode::Shared, 1, err), LockTable::Try::Acquired);  // stays an update lock
  EXPECT_EQ(a.held(key), 2);
  a.release(key);
  EXPECT_EQ(c.try_lock(key, LockMode::Update, 3, err), LockTable::Try::Acquired);
  c.release_all();
}

TEST(FileLocks, ReleaseAllKeepsTaskLocks) {
  TempDir dir;
  LockTable a, b;
  for (LockTable* t : {&a, &b}) t->set_root(dir.sub("locks"));
  LockKey record{"d1.2", "REC"};
  LockKey task{kTaskLockFolder, "5"};
  int err = 0;
  ASSERT_EQ(a.try_lock(record, LockMode::Update, 1, err), LockTable::Try::Acquired);
  ASSERT_EQ(a.try_lock(task, LockMode::Update, 1, err), LockTable::Try::Acquired);
  a.release_all();  // RELEASE: record locks go, task locks stay until UNLOCK
  EXPECT_EQ(a.held(record), 0);
  EXPECT_EQ(a.held(task), 2);
  EXPECT_EQ(b.try_lock(task, LockMode::Update, 2, err), LockTable::Try::Conflict);
  a.release(task);
  EXPECT_EQ(b.try_lock(task, LockMode::Update, 2, err), LockTable::Try::Acquired);
  b.release(task);
}

TEST(FileLocks, ReleaseFileKeepsSequentialLocks) {
  TempDir dir;
  LockTable a;
  a.set_root(dir.sub("locks"));
  int err = 0;
  LockKey r1{"F", "R1"}, r2{"F", "R2"}, other{"G", "R1"};
  for (const LockKey& k : {r1, r2, other})
    ASSERT_EQ(a.try_lock(k, LockMode::Update, 1, err), LockTable::Try::Acquired);
  a.add_seq_ref(r2, 1);
  a.release_file("F");
  EXPECT_EQ(a.held(r1), 0);
  EXPECT_EQ(a.held(r2), 2);
  EXPECT_EQ(a.held(other), 2);
  a.release_all();
  EXPECT_EQ(a.count(), 0u);
}

TEST(FileLocks, DescriptorCloseFreesTheLock) {
  TempDir dir;
  LockTable a, b;
  a.set_root(dir.sub("locks"));
  b.set_root(dir.sub("locks"));
  LockKey key{"F", "R"};
  int err = 0;
  ASSERT_EQ(a.try_lock(key, LockMode::Update, 1, err), LockTable::Try::Acquired);
  a.forget_all();  // closes the descriptor without tidying: what process exit (or kill -9) does
  EXPECT_EQ(b.try_lock(key, LockMode::Update, 2, err), LockTable::Try::Acquired);
  b.release_all();
}

TEST(FileLocks, Identity) {
  TempDir dir;
  EXPECT_EQ(file_identity(dir.path), file_identity(dir.path + "/."));
  EXPECT_EQ(file_identity(dir.path)[0], 'd');
  EXPECT_EQ(file_identity(dir.sub("missing"))[0], 'p');
}

// ---- directory files ----

TEST(FileDir, WriteReadDeleteSelect) {
  TempDir dir;
  DirFile* f = nullptr;
  ASSERT_TRUE(open_directory(dir.path, "T", f).is_ok());
  Value holder = Value::handle(f);
  ASSERT_TRUE(write_record(*f, "A/1", "X" + fm + "Y").is_ok());
  EXPECT_EQ(slurp(dir.sub("A%S1")), "X\nY\n");
  std::string rec;
  ASSERT_TRUE(read_record(*f, "A/1", rec).is_ok());
  EXPECT_EQ(rec, "X" + fm + "Y");
  EXPECT_EQ(f->last_id, "A/1");
  Result r = read_record(*f, "NONE", rec);
  EXPECT_EQ(r.end, End::Else);
  EXPECT_EQ(r.status, kErRnf);
  EXPECT_EQ(rec, "");
  ASSERT_TRUE(write_record(*f, ".dot", "").is_ok());
  ASSERT_TRUE(write_record(*f, "B", "b").is_ok());
  std::filesystem::create_directory(dir.sub("SUBDIR"));
  spit(dir.sub(".junk"), "hidden");
  std::vector<std::string> ids;
  ASSERT_TRUE(record_ids(*f, ids).is_ok());
  EXPECT_EQ(ids, (std::vector<std::string>{".dot", "A/1", "B"}));
  ASSERT_TRUE(delete_record(*f, "B").is_ok());
  ASSERT_TRUE(delete_record(*f, "B").is_ok());  // deleting a missing record is fine
  EXPECT_EQ(read_record(*f, "B", rec).end, End::Else);
  r = read_record(*f, "SUBDIR", rec);
  EXPECT_EQ(r.end, End::Fault);
  EXPECT_EQ(r.status, kErIid);
  EXPECT_EQ(write_record(*f, "SUBDIR", "x").end, End::Fault);
  EXPECT_EQ(delete_record(*f, "SUBDIR").end, End::Fault);
}

TEST(FileDir, IllegalIds) {
  TempDir dir;
  DirFile* f = nullptr;
  ASSERT_TRUE(open_directory(dir.path, "T", f).is_ok());
  Value holder = Value::handle(f);
  std::string rec;
  Result r = read_record(*f, "", rec);
  EXPECT_EQ(r.end, End::Else);
  EXPECT_EQ(r.status, kErIid);
  r = write_record(*f, "", "x");
  EXPECT_EQ(r.end, End::Fault);
  EXPECT_EQ(r.status, kErIid);
  EXPECT_EQ(write_record(*f, "a" + fm, "x").end, End::Fault);
  EXPECT_EQ(delete_record(*f, "").end, End::Fault);
}

TEST(FileDir, WritesAreAtomicReplacements) {
  TempDir dir;
  DirFile* f = nullptr;
  ASSERT_TRUE(open_directory(dir.path, "T", f).is_ok());
  Value holder = Value::handle(f);
  ASSERT_TRUE(write_record(*f, "R", "old").is_ok());
  ::chmod(dir.sub("R").c_str(), 0640);
  struct stat before {};
  ::stat(dir.sub("R").c_str(), &before);
  ASSERT_TRUE(write_record(*f, "R", "new").is_ok());
  struct stat after {};
  ::stat(dir.sub("R").c_str(), &after);
  EXPECT_NE(before.st_ino, after.st_ino);  // a new file was renamed into place
  EXPECT_EQ(after.st_mode & 0777, 0640u);  // keeping the old permissions
  EXPECT_EQ(slurp(dir.sub("R")), "new\n");
  EXPECT_EQ(names_in(dir.path), std::vector<std::string>{"R"});  // no temporary file left behind
}

TEST(FileDir, OpenAndResolve) {
  TempDir dir;
  DirFile* f = nullptr;
  EXPECT_EQ(open_directory(dir.sub("missing"), "", f).status, kErFnf);
  spit(dir.sub("plain"), "x");
  EXPECT_EQ(open_directory(dir.sub("plain"), "", f).status, kErNdir);
  std::filesystem::create_directory(dir.sub("HASHED"));
  spit(dir.sub("HASHED/%0"), "");
  Result r = open_directory(dir.sub("HASHED"), "", f);
  EXPECT_EQ(r.end, End::Fault);
  EXPECT_EQ(f, nullptr);
  std::filesystem::create_directory(dir.sub("CUST"));
  std::filesystem::create_directory(dir.sub("CUST.DIC"));
  std::string path;
  ASSERT_TRUE(resolve_file_name("", "CUST", dir.path, path).is_ok());  // found beside the program
  EXPECT_EQ(path, dir.sub("CUST"));
  ASSERT_TRUE(resolve_file_name("dict", "CUST", dir.path, path).is_ok());
  EXPECT_EQ(path, dir.sub("CUST.DIC"));
  EXPECT_EQ(resolve_file_name("", "NOPE", dir.path, path).status, kErFnf);
  EXPECT_EQ(resolve_file_name("", "", dir.path, path).status, kErNam);
  ASSERT_TRUE(resolve_file_name("", dir.sub("CUST"), "", path).is_ok());  // a path is used as it is
}

TEST(FileDir, LastCloseReleasesTheFilesLocks) {
  TempDir dir;
  LockTable& table = LockTable::process();
  std::string saved = table.root();
  table.set_root(dir.sub("locks"));
  std::filesystem::create_directory(dir.sub("D"));
  DirFile *f1 = nullptr, *f2 = nullptr;
  ASSERT_TRUE(open_directory(dir.sub("D"), "D", f1).is_ok());
  ASSERT_TRUE(open_directory(dir.sub("D"), "D", f2).is_ok());
  Value h1 = Value::handle(f1), h2 = Value::handle(f2);
  LockKey key;
  ASSERT_TRUE(record_lock_key(*f1, "R", key));
  int err = 0;
  ASSERT_EQ(table.try_lock(key, LockMode::Update, 1, err), LockTable::Try::Acquired);
  f1->close();
  EXPECT_EQ(table.held(key), 2);  // f2 still has the file open
  h2 = Value();                   // the last variable goes away
  EXPECT_EQ(table.held(key), 0);
  table.set_root(saved);
}

// ---- sequential files ----

// ---- whole operating system files (OSREAD, OSWRITE, OSDELETE) ----

TEST(FileOs, BytesAreReadAndWrittenUnchanged) {
  TempDir dir;
  const std::string path = dir.sub("data.bin");
  std::string bytes;
  EXPECT_EQ(read_os_file(path, bytes).status, kErFnf);
  const std::string data = "a" + fm + "b\nc" + std::string(1, '\0') + "d";
  ASSERT_TRUE(write_os_file(path, data).is_ok());
  EXPECT_EQ(slurp(path), data);  // no mark translation, NUL bytes kept
  ASSERT_TRUE(read_os_file(path, bytes).is_ok());
  EXPECT_EQ(bytes, data);
  EXPECT_EQ(read_os_file(dir.path, bytes).status, kErNseq);
}

TEST(FileOs, WritesReplaceAtomicallyAndKeepPermissions) {
  TempDir dir;
  const std::string path = dir.sub("f.txt");
  ASSERT_TRUE(write_os_file(path, "old and long").is_ok());
  ::chmod(path.c_str(), 0600);
  ASSERT_TRUE(write_os_file(path, "new").is_ok());
  struct stat st {};
  ::stat(path.c_str(), &st);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(slurp(path), "new");
  EXPECT_EQ(names_in(dir.path), std::vector<std::string>{"f.txt"});
  // A symbolic link is written through to the file it names.
  ASSERT_EQ(::symlink(path.c_str(), dir.sub("link").c_str()), 0);
  ASSERT_TRUE(write_os_file(dir.sub("link"), "via link").is_ok());
  EXPECT_EQ(slurp(path), "via link");
  Result r = write_os_file(dir.sub("missing/x"), "x");
  EXPECT_EQ(r.end, End::Fault);
  EXPECT_EQ(r.status, kErInvapath);
  EXPECT_EQ(write_os_file(dir.path, "x").status, kErNseq);
}

TEST(FileOs, Delete) {
  TempDir dir;
  spit(dir.sub("gone"), "x");
  EXPECT_TRUE(delete_os_file(dir.sub("gone")).is_ok());
  Result r = delete_os_file(dir.sub("gone"));
  EXPECT_EQ(r.end, End::Else);
  EXPECT_EQ(r.status, kErFnf);
  ::mkdir(dir.sub("folder").c_str(), 0777);
  EXPECT_EQ(delete_os_file(dir.sub("folder")).status, kErNseq);
}

TEST(FileSeq, CreateWriteReadTruncate) {
  TempDir dir;
  SeqTarget t;
  ASSERT_TRUE(prepare_sequential(dir.sub("new/sub/log.txt"), "", "", t).is_ok());
  EXPECT_FALSE(t.exists);
  SeqFile s(t);
  ASSERT_TRUE(s.open_existing().is_ok());
  std::string line;
  EXPECT_EQ(s.read_line(line).status, kErSqrd);  // nothing to read before the file exists
  EXPECT_EQ(s.size(), -1);
  ASSERT_TRUE(s.write_line("one", false).is_ok());
  ASSERT_TRUE(s.write_line("two", true).is_ok());
  EXPECT_EQ(slurp(dir.sub("new/sub/log.txt")), "one\ntwo\n");
  EXPECT_EQ(s.line(), 3);
  s.close();

  ASSERT_TRUE(prepare_sequential(dir.sub("new/sub/log.txt"), "", "", t).is_ok());
  EXPECT_TRUE(t.exists);
  SeqFile r(t);
  ASSERT_TRUE(r.open_existing().is_ok());
  ASSERT_TRUE(r.read_line(line).is_ok());
  EXPECT_EQ(line, "one");
  ASSERT_TRUE(r.write_line("TWO", false).is_ok());  // overwrites at the position
  Result end = r.read_line(line);
  EXPECT_EQ(end.end, End::Else);
  EXPECT_EQ(end.status, kErRnf);
  EXPECT_EQ(line, "");
  EXPECT_EQ(slurp(dir.sub("new/sub/log.txt")), "one\nTWO\n");
  ASSERT_TRUE(r.write_line("three", false).is_ok());
  ASSERT_TRUE(r.write_line("four", false).is_ok());
  r.close();
  SeqFile cut(t);
  ASSERT_TRUE(cut.open_existing().is_ok());
  ASSERT_TRUE(cut.read_line(line).is_ok());
  ASSERT_TRUE(cut.truncate_here().is_ok());
  EXPECT_EQ(slurp(dir.sub("new/sub/log.txt")), "one\n");
}

TEST(FileSeq, LineEndings) {
  TempDir dir;
  spit(dir.sub("crlf"), "a\r\nb\r\n\r\nlast");
  SeqTarget t;
  ASSERT_TRUE(prepare_sequential(dir.sub("crlf"), "", "", t).is_ok());
  SeqFile s(t);
  ASSERT_TRUE(s.open_existing().is_ok());
  std::vector<std::string> lines;
  std::string line;
  while (s.read_line(line).is_ok()) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"a", "b", "", "last"}));
}

TEST(FileSeq, LongLinesCrossTheReadAhead) {
  TempDir dir;
  std::string big(200000, 'x');
  spit(dir.sub("big"), big + "\nend\n");
  SeqTarget t;
  ASSERT_TRUE(prepare_sequential(dir.sub("big"), "", "", t).is_ok());
  SeqFile s(t);
  ASSERT_TRUE(s.open_existing().is_ok());
  std::string line;
  ASSERT_TRUE(s.read_line(line).is_ok());
  EXPECT_EQ(line, big);
  ASSERT_TRUE(s.read_line(line).is_ok());
  EXPECT_EQ(line, "end");
  EXPECT_EQ(s.position(), static_cast<int64_t>(big.size()) + 5);
}

TEST(FileSeq, PrepareRejects) {
  TempDir dir;
  SeqTarget t;
  EXPECT_EQ(prepare_sequential("", "", "", t).status, kErNam);
  EXPECT_EQ(prepare_sequential(dir.path + "/", "", "", t).status, kErNam);
  EXPECT_EQ(prepare_sequential(dir.path, "", "", t).status, kErNseq);  // a directory
  spit(dir.sub("file"), "x");
  EXPECT_EQ(prepare_sequential(dir.sub("file/below"), "", "", t).status, kErInvapath);
  std::filesystem::create_directory(dir.sub("D"));
  ASSERT_TRUE(prepare_sequential("D", "a/b", dir.path, t).is_ok());  // a record of a directory file
  EXPECT_EQ(t.path, dir.sub("D/a%Sb"));
  EXPECT_EQ(t.voc_name, "D");
  EXPECT_EQ(prepare_sequential("NOPE", "x", dir.path, t).status, kErFnf);
  EXPECT_EQ(prepare_sequential("file", "x", dir.path, t).status, kErNdir);
}

// ---- the statement built-ins through a Context ----

struct Stmt {
  Context cx;
  Value out;
  // Calls a built-in with these operands and the clause flags; returns the outcome.
  template <typename... A>
  int call(runtime::BuiltinFn fn, int flags, A... operands) {
    std::vector<Value> args{Value(operands)...};
    args.push_back(Value::integer(flags));
    out = Value();
    cx.outcome = -1;
    fn(cx, args.data(), static_cast<int>(args.size()), out);
    return cx.outcome;
  }
  int64_t status() const { return cx.status.int_value(); }
};

Value str(const std::string& s) { return Value::string(s); }
Value num(int64_t n) { return Value::integer(n); }

TEST(FileStatements, OpenReadWriteClauses) {
  TempDir dir;
  std::filesystem::create_directory(dir.sub("D"));
  runtime::ProcessInfo info;
  info.program_dir = dir.path;
  Stmt s;
  s.cx.process = &info;
  EXPECT_EQ(s.call(fn_open, Context::kHasElse, str(""), str("NOPE")), Context::kElse);
  // A name that exists nowhere: ER$NVR, as QM gives with no VOC entry (issue 11).
  EXPECT_EQ(s.status(), kErNvr);
  EXPECT_TRUE(s.out.is_unassigned());
  ASSERT_EQ(s.call(fn_open, 0, str(""), str("D")), Context::kThen);
  Value f = s.out;
  EXPECT_EQ(s.call(fn_write, 0, f, str("K"), str("v1" + fm + "v2"), num(0)), Context::kThen);
  EXPECT_EQ(s.call(fn_read, 0, f, str("K"), num(0)), Context::kThen);
  EXPECT_EQ(s.out.str(), "v1" + fm + "v2");
  EXPECT_EQ(s.call(fn_readv, 0, f, str("K"), num(2), num(0)), Context::kThen);
  EXPECT_EQ(s.out.str(), "v2");
  EXPECT_EQ(s.call(fn_readv, 0, f, str("K"), num(0), num(0)), Context::kThen);
  EXPECT_EQ(s.out.str(), "K");
  EXPECT_EQ(s.call(fn_read, 0, f, str("MISSING"), num(0)), Context::kElse);
  EXPECT_EQ(s.status(), kErRnf);
  EXPECT_EQ(s.out.str(), "");
  EXPECT_EQ(s.call(fn_writev, 0, f, str("NEW"), num(3), str("c"), num(0)), Context::kThen);
  EXPECT_EQ(slurp(dir.sub("D/NEW")), "\n\nc\n");
  std::filesystem::create_directory(dir.sub("D/SUB"));
  EXPECT_EQ(s.call(fn_read, Context::kHasOnError, f, str("SUB"), num(0)), Context::kOnError);
  EXPECT_EQ(s.status(), kErIid);
  EXPECT_THROW(s.call(fn_read, 0, f, str("SUB"), num(0)), runtime::RuntimeError);
  EXPECT_THROW(s.call(fn_write, 0, f, str(""), str("x"), num(0)), runtime::RuntimeError);
  EXPECT_THROW(s.call(fn_read, 0, str("not a file"), str("K"), num(0)), runtime::RuntimeError);
  EXPECT_EQ(s.call(fn_fileinfo, 0, f, num(3)), -1);  // a function: no outcome
  EXPECT_EQ(s.out.int_value(), 4);
  EXPECT_EQ(s.call(fn_close, 0, f), Context::kThen);
  s.call(fn_fileinfo, 0, f, num(0));
  EXPECT_EQ(s.out.int_value(), 0);
  EXPECT_THROW(s.call(fn_read, 0, f, str("K"), num(0)), runtime::RuntimeError);  // closed
}

TEST(FileStatements, LockedClauseAndStatus) {
  TempDir dir;
  std::filesystem::create_directory(dir.sub("D"));
  LockTable& table = LockTable::process();
  std::string saved = table.root();
  table.set_root(dir.sub("locks"));
  runtime::ProcessInfo info;
  info.user_number = 42;
  Stmt s;
  s.cx.process = &info;
  ASSERT_EQ(s.call(fn_openpath, 0, str(dir.sub("D"))), Context::kThen);
  Value f = s.out;
  // Another "process": a second lock table holding the record for update as user 7.
  LockTable other;
  other.set_root(dir.sub("locks"));
  LockKey key;
  ASSERT_TRUE(record_lock_key(*dynamic_cast<DirFile*>(f.handle_object()), "R", key));
  int err = 0;
  ASSERT_EQ(other.try_lock(key, LockMode::Update, 7, err), LockTable::Try::Acquired);
  EXPECT_EQ(s.call(fn_read, Context::kHasLocked, f, str("R"), num(1)), Context::kLocked);
  EXPECT_EQ(s.status(), 7);
  EXPECT_EQ(s.out.str(), "");
  s.call(fn_recordlocked, 0, f, str("R"));
  EXPECT_EQ(s.out.int_value(), -2);
  EXPECT_EQ(s.status(), 7);
  EXPECT_EQ(s.call(fn_write, Context::kHasLocked, f, str("R"), str("x"), num(0)), Context::kLocked);
  EXPECT_EQ(s.call(fn_read, 0, f, str("R"), num(0)), Context::kElse);  // a plain READ ignores locks
  other.release(key);
  EXPECT_EQ(s.call(fn_read, Context::kHasLocked, f, str("R"), num(1)), Context::kElse);  // locked, not found
  s.call(fn_recordlocked, 0, f, str("R"));
  EXPECT_EQ(s.out.int_value(), 2);
  EXPECT_EQ(other.try_lock(key, LockMode::Shared, 7, err), LockTable::Try::Conflict);
  EXPECT_EQ(s.call(fn_write, 0, f, str("R"), str("x"), num(1)), Context::kThen);  // WRITEU keeps it
  EXPECT_EQ(table.held(key), 2);
  EXPECT_EQ(s.call(fn_write, 0, f, str("R"), str("y"), num(0)), Context::kThen);  // WRITE releases it
  EXPECT_EQ(table.held(key), 0);
  EXPECT_EQ(s.call(fn_read, 0, f, str("R"), num(2)), Context::kThen);  // READL
  EXPECT_EQ(table.held(key), 1);
  EXPECT_EQ(other.try_lock(key, LockMode::Shared, 7, err), LockTable::Try::Acquired);
  other.release(key);
  EXPECT_EQ(s.call(fn_release, 0, num(0)), Context::kThen);
  EXPECT_EQ(table.held(key), 0);
  table.set_root(saved);
}

TEST(FileStatements, SelectAndReadnext) {
  TempDir dir;
  std::filesystem::create_directory(dir.sub("D"));
  spit(dir.sub("D/b"), "");
  spit(dir.sub("D/a%Sz"), "");
  Stmt s;
  ASSERT_EQ(s.call(fn_openpath, 0, str(dir.sub("D"))), Context::kThen);
  Value f = s.out;
  EXPECT_EQ(s.call(fn_select, 0, f, num(4)), Context::kThen);
  EXPECT_EQ(select_list_size(4), 2);
  EXPECT_EQ(s.call(fn_readnext, 0, num(4)), Context::kThen);
  EXPECT_EQ(s.out.str(), "a/z");
  EXPECT_EQ(s.call(fn_readnext, 0, num(4)), Context::kThen);
  EXPECT_EQ(s.out.str(), "b");
  EXPECT_EQ(s.call(fn_readnext, 0, num(4)), Context::kElse);
  EXPECT_EQ(s.call(fn_select, 0, str("x" + fm + "y"), num(0)), Context::kThen);
  EXPECT_EQ(s.call(fn_clearselect, 0), Context::kThen);  // today's compiler: no list operand means list 0
  EXPECT_EQ(s.call(fn_readnext, 0, num(0)), Context::kElse);
  EXPECT_EQ(s.call(fn_select, 0, str("x"), num(5)), Context::kThen);
  EXPECT_EQ(s.call(fn_clearselect, 0, num(-1)), Context::kThen);  // CLEARSELECT ALL, when passed
  EXPECT_FALSE(select_list_active(5));
  EXPECT_THROW(s.call(fn_readnext, 0, num(11)), runtime::RuntimeError);
}

TEST(FileStatements, SequentialClauses) {
  TempDir dir;
  LockTable& table = LockTable::process();
  std::string saved = table.root();
  table.set_root(dir.sub("locks"));
  Stmt s;
  std::string path = dir.sub("out.txt");
  EXPECT_EQ(s.call(fn_openseq, 0, str(path), str("")), Context::kElse);
  EXPECT_EQ(s.status(), 0);
  Value f = s.out;
  EXPECT_EQ(s.call(fn_writeseq, 0, f, str("hello"), num(0)), Context::kThen);
  EXPECT_EQ(s.call(fn_writeseq, 0, f, str("world"), num(1)), Context::kThen);
  EXPECT_EQ(s.call(fn_closeseq, 0, f), Context::kThen);
  EXPECT_EQ(slurp(path), "hello\nworld\n");
  EXPECT_EQ(s.call(fn_openseq, 0, str(path), str("")), Context::kThen);
  f = s.out;
  EXPECT_EQ(s.call(fn_readseq, 0, f), Context::kThen);
  EXPECT_EQ(s.out.str(), "hello");
  s.call(fn_fileinfo, 0, f, num(14));
  EXPECT_EQ(s.out.int_value(), 2);
  EXPECT_EQ(s.call(fn_weofseq, 0, f), Context::kThen);
  EXPECT_EQ(s.call(fn_readseq, 0, f), Context::kElse);
  EXPECT_EQ(s.status(), kErRnf);
  EXPECT_EQ(slurp(path), "hello\n");
  // Another process cannot open it while we hold it.
  LockTable other;
  other.set_root(dir.sub("locks"));
  SeqTarget t;
  ASSERT_TRUE(prepare_sequential(path, "", "", t).is_ok());
  int err = 0;
  EXPECT_EQ(other.try_lock(t.key, LockMode::Update, 9, err), LockTable::Try::Conflict);
  s.call(fn_closeseq, 0, f);
  EXPECT_EQ(other.try_lock(t.key, LockMode::Update, 9, err), LockTable::Try::Acquired);
  EXPECT_EQ(s.call(fn_openseq, Context::kHasLocked, str(path), str("")), Context::kLocked);
  EXPECT_EQ(s.status(), 9);
  other.release_all();
  EXPECT_EQ(s.call(fn_openseq, 0, str(dir.path), str("")), Context::kElse);  // a directory
  EXPECT_EQ(s.status(), kErNseq);
  table.set_root(saved);
}

}  // namespace
}  // namespace mv::stdlib::files
