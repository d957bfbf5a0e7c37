// The query processor (stdlib/query): the sentence's words and the order of AND/OR, and the engine
// reading through an index instead of the whole file (records_read counts the READs a query made).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>

#include "stdlib/files/file_backend.hpp"
#include "stdlib/files/file_commands.hpp"
#include "stdlib/files/file_index.hpp"
#include "stdlib/query/engine.hpp"

namespace mv::stdlib::query {
namespace {

struct TempDir {
  std::string path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mvbasic-query-test-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

TEST(Query, Tokens) {
  std::vector<Token> t = tokenize("LIST F WITH (A = \"x y\") 'q' \\z\\");
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[3].text, "(");
  EXPECT_EQ(t[6].text, "x y");
  EXPECT_TRUE(t[6].quoted);
  EXPECT_EQ(t[7].text, ")");
  EXPECT_TRUE(t[9].quoted);
  EXPECT_EQ(t[9].position, 10);
}

// Opens NAME and its dictionary from `dir` and runs `sentence`'s clauses on them.
struct Fixture {
  std::unique_ptr<files::File> file;
  std::unique_ptr<Dictionary> dict;
  Query q;
  bool parse(const std::string& path, const std::string& clauses, std::string& error) {
    files::File* f = nullptr;
    if (!files::open_file("", path, "", f).is_ok()) return false;
    file.reset(f);
    files::File* d = nullptr;
    if (!files::open_file("DICT", path, "", d).is_ok()) return false;
    dict = std::make_unique<Dictionary>(std::unique_ptr<files::File>(d), "ORDERS");
    q.verb = Verb::Count;
    return parse_sentence(tokenize(clauses), 0, *dict, q, error);
  }
};

TEST(Query, AndOrLeftToRight) {
  TempDir dir;
  std::string name = dir.path + "/ORDERS", out, error;
  ASSERT_EQ(files::file_command("CREATE.FILE", {name}, out, error), 0) << error;
  Fixture fx;
  ASSERT_TRUE(fx.parse(name, "WITH F1 = 'a' OR F1 = 'b' AND F2 = 'c'", error)) << error;
  // (F1 = a OR F1 = b) AND F2 = c: the AND is at the top.
  ASSERT_TRUE(fx.q.with);
  EXPECT_EQ(fx.q.with->kind, Cond::kAnd);
  EXPECT_EQ(fx.q.with->left->kind, Cond::kOr);
  Engine e(fx.q, *fx.file, *fx.dict, QueryEnv{});
  bool pass = false;
  ASSERT_TRUE(e.test(*fx.q.with, "1",
                     "b\xFE"
                     "c",
                     pass));
  EXPECT_TRUE(pass);
  ASSERT_TRUE(e.test(*fx.q.with, "1",
                     "a\xFE"
                     "d",
                     pass));
  EXPECT_FALSE(pass);
}

TEST(Query, IndexSkipsTheScan) {
  TempDir dir;
  std::string name = dir.path + "/ORDERS", out, error;
  ASSERT_EQ(files::file_command("CREATE.FILE", {name}, out, error), 0) << error;
  {
    files::File* raw = nullptr;
    ASSERT_TRUE(files::open_file("DICT", name, "", raw).is_ok());
    std::unique_ptr<files::File> d(raw);
    ASSERT_TRUE(d->write("CUST",
                         "D\xFE"
                         "1\xFE\xFE"
                         "Cust\xFE"
                         "8L\xFES")
                    .is_ok());
    ASSERT_TRUE(files::open_file("", name, "", raw).is_ok());
    std::unique_ptr<files::File> f(raw);
    for (int i = 0; i < 100; ++i)
      ASSERT_TRUE(f->write(std::to_string(i), "C" + std::to_string(i % 10)).is_ok());
  }
  ASSERT_EQ(files::index_command("CREATE.INDEX", {name, "CUST"}, out, error), 0) << error;
  ASSERT_EQ(files::index_command("BUILD.INDEX", {name, "CUST"}, out, error), 0) << error;
  for (bool no_index : {false, true}) {
    Fixture fx;
    ASSERT_TRUE(fx.parse(name, "WITH CUST = 'C3'", error)) << error;
    fx.q.no_index = no_index;
    Engine e(fx.q, *fx.file, *fx.dict, QueryEnv{});
    std::vector<Row> rows;
    ASSERT_TRUE(e.run(rows, nullptr)) << e.error();
    EXPECT_EQ(rows.size(), 10u);
    EXPECT_EQ(e.used_index(), !no_index);
    // Through the index only the ten candidates are read; the scan reads all 100 records.
    EXPECT_EQ(e.records_read(), no_index ? 100 : 10);
  }
}

}  // namespace
}  // namespace mv::stdlib::query
