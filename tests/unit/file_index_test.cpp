// Alternate-key indices (stdlib/files/file_index.hpp): the keys a record gives an index, the index commands, and
// index entries that change with their record, in one transaction with it.
#include "stdlib/files/file_index.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "stdlib/files/file_backend.hpp"
#include "stdlib/files/file_commands.hpp"
#include "stdlib/files/file_hashed.hpp"

namespace mv::stdlib::files {
namespace {

using Keys = std::vector<std::string>;

struct TempDir {
  std::string path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mvbasic-index-test-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

TEST(FileIndex, KeysOfARecord) {
  IndexDef d;
  d.field = 2;
  EXPECT_EQ(index_keys(d, "ID",
                       "a\xFE"
                       "b\xFD"
                       "c\xFD"
                       "b\xFE"
                       "z"),
            (Keys{"b", "c"}));                      // sorted, distinct
  EXPECT_EQ(index_keys(d, "ID", "a"), (Keys{""}));  // a missing field is one empty value
  EXPECT_EQ(index_keys(d, "ID",
                       "a\xFE"
                       "x\xFCy"),
            (Keys{"x\xFCy"}));  // subvalues stay in their value
  d.flags = kIndexNoNulls;
  EXPECT_EQ(index_keys(d, "ID", "a"), Keys{});
  EXPECT_EQ(index_keys(d, "ID", "a\xFE\xFDq"), (Keys{"q"}));
  d.field = 0;
  EXPECT_EQ(index_keys(d, "ID", "a"), (Keys{"ID"}));  // field 0 is the id
}

TEST(FileIndex, CommandsAndMaintenance) {
  TempDir dir;
  std::string name = dir.path + "/CUST", out, error;
  ASSERT_EQ(file_command("CREATE.FILE", {name}, out, error), 0) << error;
  File* raw = nullptr;
  ASSERT_TRUE(open_file("DICT", name, "", raw).is_ok());
  std::unique_ptr<File> dict(raw);
  ASSERT_TRUE(dict->write("CITY",
                          "D\xFE"
                          "2")
                  .is_ok());
  ASSERT_TRUE(open_file("", name, "", raw).is_ok());
  std::unique_ptr<File> f(raw);
  auto* h = dynamic_cast<HashedFile*>(f.get());
  ASSERT_TRUE(h);
  ASSERT_TRUE(f->write("1", "Ann\xFELeeds").is_ok());
  EXPECT_EQ(file_command("CREATE.INDEX", {name, "CITY"}, out, error), 0) << error;
  EXPECT_EQ(file_command("CREATE.INDEX", {name, "CITY"}, out, error), -3);  // it exists
  EXPECT_EQ(file_command("BUILD.INDEX", {name}, out, error), -2);           // usage
  EXPECT_EQ(file_command("BUILD.INDEX", {name, "CITY"}, out, error), 0) << error;
  Keys ids;
  ASSERT_TRUE(index_ids(*h, "CITY", "Leeds", ids).is_ok());
  EXPECT_EQ(ids, Keys{"1"});

  // A write whose commit is rolled back takes its index entries with it.
  ASSERT_TRUE(f->begin_commit().is_ok());
  ASSERT_TRUE(f->write("2", "Bob\xFELeeds").is_ok());
  ASSERT_TRUE(index_ids(*h, "CITY", "Leeds", ids).is_ok());
  EXPECT_EQ(ids, (Keys{"1", "2"}));
  ASSERT_TRUE(f->end_commit(false).is_ok());
  ASSERT_TRUE(index_ids(*h, "CITY", "Leeds", ids).is_ok());
  EXPECT_EQ(ids, Keys{"1"});

  ASSERT_TRUE(f->remove("1").is_ok());
  ASSERT_TRUE(index_all_keys(*h, "CITY", ids).is_ok());
  EXPECT_EQ(ids, Keys{});

  // DELETE.FILE takes the file's indices with it: a new file of that name has none.
  f.reset();
  dict.reset();
  ASSERT_EQ(file_command("DELETE.FILE", {name}, out, error), 0) << error;
  ASSERT_EQ(file_command("CREATE.FILE", {name}, out, error), 0) << error;
  ASSERT_TRUE(open_file("", name, "", raw).is_ok());
  f.reset(raw);
  std::vector<IndexDef> defs;
  ASSERT_TRUE(list_indices(*dynamic_cast<HashedFile*>(f.get()), defs).is_ok());
  EXPECT_TRUE(defs.empty());
}

}  // namespace
}  // namespace mv::stdlib::files
