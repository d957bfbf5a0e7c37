// Alternate-key indices (stdlib/files/file_index.hpp): the keys a record gives an index, the index commands, and
// index entries that change with their record, in one transaction with it.
#include "stdlib/files/file_index.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cctype>
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

TEST(FileIndex, NoCaseKeys) {
  IndexDef d;
  d.field = 1;
  d.flags = kIndexNoCase;
  EXPECT_EQ(index_keys(d, "id",
                       "Red\xFDred\xFD"
                       "blue"),
            (Keys{"BLUE", "RED"}));  // one key per spelling
  d.field = 0;
  EXPECT_EQ(index_keys(d, "k-1", ""), Keys{"K-1"});
}

// Computed keys through stand-in hooks (the real ones, in stdlib/query/, compile dictionary items): the key
// is the record upper-cased, and the record "bad" cannot be computed.
TEST(FileIndex, ComputedKeysAndFailures) {
  ComputedIndex saved = computed_index();
  ComputedIndex hooks;
  hooks.prepare = [](const std::string&, const std::string&, const std::string&, std::string& code,
                     std::string&) {
    code = "P";
    return true;
  };
  hooks.eval = [](const std::string&, const std::string&, std::string_view, std::string_view record,
                  std::string& out, std::string& error) {
    if (record == "bad") {
      error = "no value";
      return false;
    }
    out.clear();
    for (char c : record) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return true;
  };
  set_computed_index(hooks);
  TempDir dir;
  std::string name = dir.path + "/T", out, error;
  ASSERT_EQ(file_command("CREATE.FILE", {name}, out, error), 0) << error;
  File* raw = nullptr;
  ASSERT_TRUE(open_file("DICT", name, "", raw).is_ok());
  std::unique_ptr<File> dict(raw);
  ASSERT_TRUE(dict->write("UP", "I\xFEUPCASE(@RECORD)").is_ok());
  ASSERT_TRUE(dict->write("PH", "PH\xFEUP").is_ok());
  ASSERT_TRUE(open_file("", name, "", raw).is_ok());
  std::unique_ptr<File> f(raw);
  auto* h = dynamic_cast<HashedFile*>(f.get());
  ASSERT_TRUE(h);
  ASSERT_TRUE(f->write("1",
                       "a\xFD"
                       "b")
                  .is_ok());
  EXPECT_EQ(file_command("CREATE.INDEX", {name, "PH"}, out, error), -3);  // a phrase is no field
  EXPECT_EQ(file_command("CREATE.INDEX", {name, "UP"}, out, error), 0) << error;
  EXPECT_EQ(file_command("BUILD.INDEX", {name, "UP"}, out, error), 0) << error;
  std::vector<IndexDef> defs;
  ASSERT_TRUE(list_indices(*h, defs).is_ok());
  ASSERT_EQ(defs.size(), 1u);
  EXPECT_EQ(defs[0].field, kIndexComputed);
  Keys ids;
  ASSERT_TRUE(index_all_keys(*h, "UP", ids).is_ok());
  EXPECT_EQ(ids, (Keys{"A", "B"}));  // a multivalued result: one key per value
  // A record whose key cannot be computed is not written, and its old keys stay.
  Result r = f->write("1", "bad");
  EXPECT_EQ(r.end, End::Fault);
  EXPECT_EQ(r.status, kErWrite);
  EXPECT_NE(r.message.find("cannot index record '1' under UP: no value"), std::string::npos) << r.message;
  std::string rec;
  ASSERT_TRUE(f->read("1", rec).is_ok());
  EXPECT_EQ(rec,
            "a\xFD"
            "b");
  ASSERT_TRUE(index_all_keys(*h, "UP", ids).is_ok());
  EXPECT_EQ(ids, (Keys{"A", "B"}));
  // BUILD.INDEX stops at such a record and leaves the index needing a build.
  ASSERT_TRUE(dict->write("UP2", "I\xFEx").is_ok());
  ASSERT_EQ(file_command("CREATE.INDEX", {name, "UP2"}, out, error), 0) << error;
  set_computed_index(ComputedIndex{hooks.prepare, [](const std::string&, const std::string&, std::string_view,
                                                     std::string_view, std::string&, std::string& e) {
                                     e = "always fails";
                                     return false;
                                   }});
  error.clear();
  EXPECT_EQ(file_command("BUILD.INDEX", {name, "UP2"}, out, error), -3);
  EXPECT_NE(error.find("always fails"), std::string::npos) << error;
  ASSERT_TRUE(list_indices(*h, defs).is_ok());
  EXPECT_FALSE(defs[1].flags & kIndexBuilt);
  set_computed_index(saved);
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
  IndexDef city;
  city.name = "CITY";
  ASSERT_TRUE(index_ids(*h, city, "Leeds", ids).is_ok());
  EXPECT_EQ(ids, Keys{"1"});

  // A write whose commit is rolled back takes its index entries with it.
  ASSERT_TRUE(f->begin_commit().is_ok());
  ASSERT_TRUE(f->write("2", "Bob\xFELeeds").is_ok());
  ASSERT_TRUE(index_ids(*h, city, "Leeds", ids).is_ok());
  EXPECT_EQ(ids, (Keys{"1", "2"}));
  ASSERT_TRUE(f->end_commit(false).is_ok());
  ASSERT_TRUE(index_ids(*h, city, "Leeds", ids).is_ok());
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
