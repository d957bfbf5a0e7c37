// Select-list entries and saved lists (stdlib/files/file_select.hpp, saved_lists.hpp): how an exploded
// list's entry splits into id and positions, and saved lists written, read and deleted without a running
// program, as the SAVE.LIST, GET.LIST and DELETE.LIST commands use them.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "stdlib/files/file_commands.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/files/saved_lists.hpp"

namespace mv::stdlib::files {
namespace {

struct Entry {
  std::string id;
  int64_t value = -1, subvalue = -1;
};

Entry split(std::string text) {
  Entry e;
  split_entry(text, e.value, e.subvalue);
  e.id = text;
  return e;
}

TEST(SelectEntries, SplitsAtTheFirstValueMark) {
  Entry e = split("A\xFD" "12\xFD" "3");
  EXPECT_EQ(e.id, "A");
  EXPECT_EQ(e.value, 12);
  EXPECT_EQ(e.subvalue, 3);
  e = split("PLAIN");
  EXPECT_EQ(e.id, "PLAIN");
  EXPECT_EQ(e.value, 0);
  EXPECT_EQ(e.subvalue, 0);
  e = split("B\xFD" "7");  // a value position only
  EXPECT_EQ(e.id, "B");
  EXPECT_EQ(e.value, 7);
  EXPECT_EQ(e.subvalue, 0);
  e = split("C\xFDx\xFD" "5");  // not digits: 0, and the subvalue is not looked for after them
  EXPECT_EQ(e.id, "C");
  EXPECT_EQ(e.value, 0);
  EXPECT_EQ(e.subvalue, 0);
  e = split("D\xFD\xFD" "5\xFDinternal");  // QM's internal part after a third mark is ignored
  EXPECT_EQ(e.id, "D");
  EXPECT_EQ(e.value, 0);
  EXPECT_EQ(e.subvalue, 5);
  e = split("E\xFD" + std::string(40, '9'));  // too long for a number: it stops growing, never wraps
  EXPECT_GT(e.value, 0);
  e = split("");
  EXPECT_EQ(e.id, "");
}

// Runs the body in a temporary current directory, where $SAVEDLISTS is made.
struct InTempDir {
  std::string path, before;
  InTempDir() {
    before = std::filesystem::current_path().string();
    std::string tmpl = (std::filesystem::temp_directory_path() / "mvbasic-lists-test-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
    std::filesystem::current_path(path);
  }
  ~InTempDir() {
    std::filesystem::current_path(before);
    std::filesystem::remove_all(path);
  }
};

TEST(SavedLists, SaveLoadDelete) {
  InTempDir dir;
  std::vector<std::string> got;
  EXPECT_EQ(load_list("L", "", got).status, kErRnf);  // no $SAVEDLISTS yet
  ASSERT_TRUE(save_list("L", {"a", "b\xFD" "2", ""}, "").is_ok());
  EXPECT_TRUE(std::filesystem::is_directory(std::string(dir.path) + "/" + kSavedListsFile));
  ASSERT_TRUE(load_list("L", "", got).is_ok());
  EXPECT_EQ(got, (std::vector<std::string>{"a", "b\xFD" "2", ""}));
  EXPECT_EQ(save_list("", {"x"}, "").status, kErNam);
  EXPECT_TRUE(delete_list("L", "").is_ok());
  EXPECT_EQ(delete_list("L", "").status, kErRnf);
  EXPECT_EQ(load_list("L", "", got).status, kErRnf);
}

TEST(SavedLists, Commands) {
  InTempDir dir;
  std::string out, error;
  set_select_list(3, {"k1", "k2"});
  EXPECT_EQ(file_command("SAVE.LIST", {"K", "FROM", "3"}, out, error), 2) << error;
  EXPECT_FALSE(select_list_active(3));
  EXPECT_EQ(file_command("SAVE.LIST", {"K", "FROM", "3"}, out, error), kCommandFailed);  // not active
  EXPECT_EQ(file_command("GET.LIST", {"K", "TO", "4"}, out, error), 2) << error;
  std::string id;
  ASSERT_TRUE(next_selected(4, id));
  EXPECT_EQ(id, "k1");
  clear_select_list(4);
  EXPECT_EQ(file_command("GET.LIST", {"K", "TO", "11"}, out, error), kCommandUsage);
  EXPECT_EQ(file_command("GET.LIST", {}, out, error), kCommandUsage);
  EXPECT_EQ(file_command("DELETE.LIST", {"K"}, out, error), 0);
  EXPECT_EQ(file_command("DELETE.LIST", {"K"}, out, error), kCommandFailed);
  EXPECT_EQ(out, "2 records saved to list K\n2 records selected to list 4\nDeleted saved list K\n");
}

}  // namespace
}  // namespace mv::stdlib::files
