// Hashed files (stdlib/files/file_hashed.hpp) through the File interface: id rules, the catalog, byte-exact
// records, the paged id stream, lock names, and OPEN's search order between directory and hashed files.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "stdlib/files/file_backend.hpp"
#include "stdlib/files/file_hashed.hpp"

namespace mv::stdlib::files {
namespace {

struct TempDir {
  std::string path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mvbasic-hashed-test-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

std::unique_ptr<File> open_in(const TempDir& dir, const std::string& name) {
  File* f = nullptr;
  Result r = open_file("", dir.path + '/' + name, "", f);
  EXPECT_TRUE(r.is_ok()) << r.message;
  return std::unique_ptr<File>(f);
}

TEST(HashedFiles, IdRules) {
  EXPECT_TRUE(valid_hashed_id("A"));
  EXPECT_TRUE(valid_hashed_id(std::string("a\x01 /\xC8\xFA", 6)));  // any byte below the marks
  EXPECT_TRUE(valid_hashed_id(std::string(255, 'x')));
  EXPECT_FALSE(valid_hashed_id(std::string(256, 'x')));
  EXPECT_FALSE(valid_hashed_id(""));
  EXPECT_FALSE(valid_hashed_id(std::string("a\0b", 3)));
  for (int mark = 251; mark <= 255; ++mark)
    EXPECT_FALSE(valid_hashed_id(std::string(1, static_cast<char>(mark))));
}

TEST(HashedFiles, CreateOpenDelete) {
  TempDir dir;
  File* f = nullptr;
  EXPECT_EQ(open_file("", dir.path + "/CUST", "", f).status, kErNvr);  // no database yet
  ASSERT_TRUE(create_hashed(dir.path, "CUST").is_ok());
  EXPECT_TRUE(std::filesystem::exists(dir.path + '/' + kDatabaseName));
  EXPECT_EQ(create_hashed(dir.path, "CUST").status, kErNotCreated);
  ASSERT_TRUE(create_hashed(dir.path, "Cust").is_ok());  // names keep their case
  EXPECT_EQ(open_file("", dir.path + "/NONE", "", f).status, kErNvr);
  {
    auto cust = open_in(dir, "CUST");
    ASSERT_TRUE(cust);
    EXPECT_EQ(cust->file_type(), kTypeHashed);
    ASSERT_TRUE(cust->write("1", "upper").is_ok());
    auto lower = open_in(dir, "Cust");
    std::string rec;
    EXPECT_EQ(lower->read("1", rec).status, kErRnf);
  }
  ASSERT_TRUE(delete_hashed(dir.path, "CUST").is_ok());
  EXPECT_EQ(delete_hashed(dir.path, "CUST").end, End::Else);
  EXPECT_EQ(open_file("", dir.path + "/CUST", "", f).status, kErNvr);
}

TEST(HashedFiles, RecordsAreByteExact) {
  TempDir dir;
  ASSERT_TRUE(create_hashed(dir.path, "F").is_ok());
  auto f = open_in(dir, "F");
  std::string all;
  for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
  ASSERT_TRUE(f->write("ALL", all).is_ok());
  ASSERT_TRUE(f->write("EMPTY", "").is_ok());
  std::string rec;
  ASSERT_TRUE(f->read("ALL", rec).is_ok());
  EXPECT_EQ(rec, all);
  ASSERT_TRUE(f->read("EMPTY", rec).is_ok());
  EXPECT_EQ(rec, "");
  EXPECT_EQ(f->record_count(), 2);
  EXPECT_EQ(f->total_bytes(), 256);
  EXPECT_EQ(f->write(std::string("a\xFE", 2), "x").end, End::Fault);
  EXPECT_EQ(f->read("", rec).status, kErIid);
  ASSERT_TRUE(f->remove("ALL").is_ok());
  ASSERT_TRUE(f->remove("ALL").is_ok());  // a missing record is not an error
  ASSERT_TRUE(f->clear().is_ok());
  EXPECT_EQ(f->record_count(), 0);
}

TEST(HashedFiles, IdStreamPagesInByteOrder) {
  TempDir dir;
  ASSERT_TRUE(create_hashed(dir.path, "F").is_ok());
  auto f = open_in(dir, "F");
  for (int i = 0; i < 2345; ++i) ASSERT_TRUE(f->write(std::to_string(100000 + i), "r").is_ok());
  std::unique_ptr<IdStream> ids;
  ASSERT_TRUE(f->ids(ids).is_ok());
  EXPECT_EQ(ids->size(), 2345);
  std::string id, last;
  Result fault;
  int n = 0;
  while (ids->next(id, fault)) {
    EXPECT_LT(last, id);
    last = id;
    ++n;
  }
  EXPECT_TRUE(fault.is_ok());
  EXPECT_EQ(n, 2345);
  f->close();
  std::unique_ptr<IdStream> after;  // a stream outlives CLOSE of its file variable
  auto g = open_in(dir, "F");
  ASSERT_TRUE(g->ids(after).is_ok());
  g->close();
  ASSERT_TRUE(after->next(id, fault));
  EXPECT_EQ(id, "100000");
}

TEST(HashedFiles, LockKeys) {
  TempDir dir;
  ASSERT_TRUE(create_hashed(dir.path, "F").is_ok());
  ASSERT_TRUE(create_hashed(dir.path, "G").is_ok());
  auto f = open_in(dir, "F");
  auto g = open_in(dir, "G");
  LockKey a, b, c;
  ASSERT_TRUE(f->lock_key("R/1", a));
  EXPECT_EQ(a.name, "R%S1");
  ASSERT_TRUE(g->lock_key("R/1", b));
  EXPECT_NE(a.file, b.file);  // two files of one database lock apart
  ASSERT_TRUE(f->lock_key(std::string("\x01\xC8", 2), c));
  EXPECT_EQ(c.name, "%x01c8");
  EXPECT_FALSE(f->lock_key("", c));
}

TEST(HashedFiles, DirectoryComesFirstInAFolder) {
  TempDir dir;
  ASSERT_TRUE(create_hashed(dir.path, "X").is_ok());
  std::filesystem::create_directory(dir.path + "/Y");
  // A directory file and a hashed file cannot share a name in one folder.
  EXPECT_EQ(create_hashed(dir.path, "Y").status, kErNotCreated);
  auto y = open_in(dir, "Y");
  EXPECT_EQ(y->file_type(), kTypeDir);
  File* f = nullptr;
  ASSERT_TRUE(open_file("", "X", dir.path, f).is_ok());  // found beside the program
  std::unique_ptr<File> x(f);
  EXPECT_EQ(x->file_type(), kTypeHashed);
  ASSERT_TRUE(create_hashed(dir.path, "X.DIC").is_ok());
  ASSERT_TRUE(open_file("dict", "X", dir.path, f).is_ok());
  std::unique_ptr<File> d(f);
  EXPECT_EQ(d->voc_name(), "X");
}

}  // namespace
}  // namespace mv::stdlib::files
