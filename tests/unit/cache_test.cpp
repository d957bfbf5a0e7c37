// Unit tests for the bytecode cache (runtime/cli/cache.hpp) and the program serialisation under it
// (runtime::serialize / deserialize): a stored program loads back identical, while a corrupted entry, a
// changed $INCLUDE record or a different source text is refused; malformed bytes never crash the reader.
#include "runtime/cli/cache.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compile.hpp"
#include "runtime/bytecode.hpp"

namespace mv::cli {
namespace {

namespace fs = std::filesystem;

// A scratch directory removed when the test ends.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "mvbasic-cache-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
    return p.string();
  }
};

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

// Every cache entry file in a directory.
std::vector<fs::path> entries(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".mvc") out.push_back(e.path());
  }
  return out;
}

// Field-by-field equality of two programs, reported with the first difference.
::testing::AssertionResult same_program(const runtime::Program& a, const runtime::Program& b) {
  if (a.files != b.files) return ::testing::AssertionFailure() << "files differ";
  if (a.code != b.code) return ::testing::AssertionFailure() << "code differs";
  if (a.var_names != b.var_names) return ::testing::AssertionFailure() << "var_names differ";
  if (a.tables != b.tables) return ::testing::AssertionFailure() << "tables differ";
  if (a.constants.size() != b.constants.size()) return ::testing::AssertionFailure() << "constant count differs";
  for (size_t i = 0; i < a.constants.size(); ++i) {
    const runtime::Constant& x = a.constants[i];
    const runtime::Constant& y = b.constants[i];
    if (x.type != y.type || x.text != y.text || x.i != y.i || !(x.f == y.f || (x.f != x.f && y.f != y.f)))
      return ::testing::AssertionFailure() << "constant " << i << " differs";
  }
  if (a.lines.size() != b.lines.size()) return ::testing::AssertionFailure() << "line table size differs";
  for (size_t i = 0; i < a.lines.size(); ++i) {
    if (a.lines[i].pc != b.lines[i].pc || a.lines[i].line != b.lines[i].line || a.lines[i].file != b.lines[i].file)
      return ::testing::AssertionFailure() << "line entry " << i << " differs";
  }
  if (runtime::disassemble(a) != runtime::disassemble(b)) return ::testing::AssertionFailure() << "listing differs";
  return ::testing::AssertionSuccess();
}

// A program that uses every table: string, integer and float constants, an ON GOSUB table, several lines.
const char* const kProgram =
    "X = 1.5\nS = \"hello\" : @FM\nN = 100000000\n"
    "ON N GOSUB A, B\nSTOP\n"
    "A: PRINT X\nRETURN\n"
    "B: FOR I = 1 TO 3 ; S<-1> = I ; NEXT I\nRETURN\n";

runtime::Program compile_or_die(const std::string& path, const std::string& text,
                                std::vector<std::string>* files = nullptr) {
  runtime::Program p;
  compiler::CompileResult r = compiler::compile(path, text, compiler::CompileOptions{}, p);
  EXPECT_TRUE(r.ok) << r.diagnostics;
  if (files) *files = r.files;
  return p;
}

// Compiles kProgram as <dir>/MAIN.b and stores it in <dir>/cache.
struct CacheFixture {
  TempDir dir;
  fs::path cache_dir = dir.path / "cache";
  BytecodeCache cache{cache_dir.string()};
  std::string path = dir.write("MAIN.b", kProgram);
  std::vector<std::string> files;
  runtime::Program program = compile_or_die(path, kProgram, &files);
  CacheFixture() { cache.store(path, kProgram, files, program); }
};

// ---- the cache ----

TEST(cache, StoredProgramLoadsBackEqual) {
  CacheFixture f;
  ASSERT_EQ(entries(f.cache_dir).size(), 1u);
  runtime::Program loaded;
  ASSERT_TRUE(f.cache.load(f.path, kProgram, loaded));
  EXPECT_TRUE(same_program(f.program, loaded));
  EXPECT_EQ(runtime::disassemble(loaded), runtime::disassemble(f.program));
}

TEST(cache, StoringTwiceKeepsOneEntryAndNoTemporaries) {
  CacheFixture f;
  f.cache.store(f.path, kProgram, f.files, f.program);
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(f.cache_dir)) {
    EXPECT_EQ(e.path().extension(), ".mvc") << e.path();
    ++n;
  }
  EXPECT_EQ(n, 1u);
}

TEST(cache, CorruptedEntryIsRefused) {
  CacheFixture f;
  std::vector<fs::path> e = entries(f.cache_dir);
  ASSERT_EQ(e.size(), 1u);
  const std::string good = read_bytes(e[0]);
  ASSERT_GT(good.size(), 64u);
  // The magic, the checksum, the dependency count, the middle of the program and its last byte.
  for (size_t at : {size_t{0}, size_t{9}, size_t{17}, good.size() / 2, good.size() - 1}) {
    SCOPED_TRACE("flipped byte " + std::to_string(at));
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    write_bytes(e[0], bad);
    runtime::Program out;
    EXPECT_FALSE(f.cache.load(f.path, kProgram, out));
    EXPECT_TRUE(out.code.empty());
  }
  write_bytes(e[0], good);
  runtime::Program out;
  EXPECT_TRUE(f.cache.load(f.path, kProgram, out));
}

TEST(cache, TruncatedOrEmptyEntryIsRefused) {
  CacheFixture f;
  std::vector<fs::path> e = entries(f.cache_dir);
  ASSERT_EQ(e.size(), 1u);
  const std::string good = read_bytes(e[0]);
  for (size_t len : {size_t{0}, size_t{7}, size_t{31}, good.size() / 2, good.size() - 1}) {
    SCOPED_TRACE("length " + std::to_string(len));
    write_bytes(e[0], good.substr(0, len));
    runtime::Program out;
    EXPECT_FALSE(f.cache.load(f.path, kProgram, out));
  }
}

TEST(cache, DifferentSourceTextIsRefused) {
  CacheFixture f;
  runtime::Program out;
  std::string edited = std::string(kProgram) + "PRINT 'more'\n";
  EXPECT_FALSE(f.cache.load(f.path, edited, out));
  EXPECT_FALSE(f.cache.load(f.path, "", out));
}

TEST(cache, DifferentPathIsRefused) {
  CacheFixture f;
  runtime::Program out;
  EXPECT_FALSE(f.cache.load((f.dir.path / "OTHER.b").string(), kProgram, out));
}

TEST(cache, ChangedIncludeDependencyIsRefused) {
  TempDir dir;
  BytecodeCache cache((dir.path / "cache").string());
  std::string defs = dir.write("DEFS", "EQU K TO 5\n");
  const std::string text = "$INCLUDE DEFS\nPRINT K\n";
  std::string path = dir.write("MAIN.b", text);
  std::vector<std::string> files;
  runtime::Program p = compile_or_die(path, text, &files);
  ASSERT_EQ(files.size(), 2u);
  cache.store(path, text, files, p);
  runtime::Program out;
  ASSERT_TRUE(cache.load(path, text, out));
  EXPECT_TRUE(same_program(p, out));

  dir.write("DEFS", "EQU K TO 6\n");
  EXPECT_FALSE(cache.load(path, text, out));
  dir.write("DEFS", "EQU K TO 5\n");
  EXPECT_TRUE(cache.load(path, text, out));
  fs::remove(defs);
  EXPECT_FALSE(cache.load(path, text, out));
}

TEST(cache, EmptyDirectoryDisablesTheCache) {
  BytecodeCache cache("");
  runtime::Program p = compile_or_die("t.b", kProgram);
  cache.store("t.b", kProgram, {"t.b"}, p);
  runtime::Program out;
  EXPECT_FALSE(cache.load("t.b", kProgram, out));
}

TEST(cache, UnwritableDirectoryIsSilentlySkipped) {
  TempDir dir;
  std::string file = dir.write("not-a-dir", "x");
  BytecodeCache cache(file + "/cache");
  runtime::Program p = compile_or_die("t.b", kProgram);
  EXPECT_NO_THROW(cache.store("t.b", kProgram, {"t.b"}, p));
  runtime::Program out;
  EXPECT_FALSE(cache.load("t.b", kProgram, out));
}

TEST(cache, MissingIncludeAtStoreTimeStoresNothing) {
  TempDir dir;
  BytecodeCache cache((dir.path / "cache").string());
  runtime::Program p = compile_or_die("t.b", kProgram);
  cache.store("t.b", kProgram, {"t.b", (dir.path / "GONE").string()}, p);
  EXPECT_TRUE(entries(dir.path / "cache").empty());
}

TEST(cache, DefaultDirHonoursMvbasicCacheDir) {
  const char* old = std::getenv("MVBASIC_CACHE_DIR");
  std::string saved = old ? old : "";
  ::setenv("MVBASIC_CACHE_DIR", "/tmp/mvbasic-test-cache-dir", 1);
  EXPECT_EQ(BytecodeCache::default_dir(), "/tmp/mvbasic-test-cache-dir");
  if (old) ::setenv("MVBASIC_CACHE_DIR", saved.c_str(), 1);
  else ::unsetenv("MVBASIC_CACHE_DIR");
}

TEST(cache, Fnv1aSeparatesSimilarKeys) {
  EXPECT_EQ(fnv1a("abc"), fnv1a("abc"));
  EXPECT_NE(fnv1a("ab"), fnv1a("ba"));
  EXPECT_NE(fnv1a("a"), fnv1a("a", 1));
  EXPECT_NE(fnv1a(std::string("\0", 1)), fnv1a(""));
}

TEST(cache, Fnv1aUsesTheStandardOffsetBasis) {
  EXPECT_EQ(fnv1a(""), 14695981039346656037ULL);
  EXPECT_EQ(fnv1a("a"), 0xaf63dc4c8601ec8cULL);
}

// ---- serialisation ----

TEST(serialization, RoundTripKeepsEveryTable) {
  runtime::Program p = compile_or_die("dir/MAIN.b", kProgram);
  ASSERT_FALSE(p.tables.empty());
  ASSERT_GE(p.constants.size(), 3u);
  std::string bytes = runtime::serialize(p);
  runtime::Program q;
  ASSERT_TRUE(runtime::deserialize(bytes, q));
  EXPECT_TRUE(same_program(p, q));
  EXPECT_EQ(runtime::serialize(q), bytes);
}

TEST(serialization, EmptyProgramRoundTrips) {
  runtime::Program p;
  runtime::Program q;
  q.code.push_back(1);
  ASSERT_TRUE(runtime::deserialize(runtime::serialize(p), q));
  EXPECT_TRUE(same_program(p, q));
}

TEST(serialization, EveryTruncationIsRefused) {
  runtime::Program p = compile_or_die("t.b", kProgram);
  std::string bytes = runtime::serialize(p);
  for (size_t len = 0; len < bytes.size(); ++len) {
    runtime::Program out;
    EXPECT_FALSE(runtime::deserialize(bytes.substr(0, len), out)) << "length " << len;
    EXPECT_TRUE(out.code.empty()) << "length " << len;
  }
}

TEST(serialization, TrailingBytesAreRefused) {
  runtime::Program p = compile_or_die("t.b", kProgram);
  runtime::Program out;
  EXPECT_FALSE(runtime::deserialize(runtime::serialize(p) + "x", out));
}

TEST(serialization, BadMagicAndConstantTypeAreRefused) {
  runtime::Program p;
  p.constants.push_back(runtime::Constant{runtime::Constant::Type::Float, "1.5", 0, 1.5});
  std::string bytes = runtime::serialize(p);
  runtime::Program out;
  std::string bad_magic = bytes;
  bad_magic[0] = static_cast<char>(bad_magic[0] + 1);
  EXPECT_FALSE(runtime::deserialize(bad_magic, out));
  // Layout: magic, 0 files, 0 code words, 1 constant, then the constant's type word.
  std::string bad_type = bytes;
  bad_type[16] = 3;
  EXPECT_FALSE(runtime::deserialize(bad_type, out));
}

TEST(serialization, HugeCountsAreRefusedWithoutAllocating) {
  std::string bytes = runtime::serialize(runtime::Program{});
  // Claim 0xFFFFFFFF files, then code words, then table entries.
  for (size_t at : {size_t{4}, size_t{8}}) {
    std::string bad = bytes;
    for (size_t k = 0; k < 4; ++k) bad[at + k] = '\xFF';
    runtime::Program out;
    EXPECT_FALSE(runtime::deserialize(bad, out)) << at;
  }
}

TEST(serialization, GarbageBytesNeverCrash) {
  runtime::Program p = compile_or_die("t.b", kProgram);
  const std::string good = runtime::serialize(p);
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  auto next = [&state]() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string bytes;
    if (round % 2 == 0) {
      // A valid serialisation with a few bytes overwritten.
      bytes = good;
      for (int k = 0; k < 1 + round % 5; ++k) bytes[next() % bytes.size()] = static_cast<char>(next());
    } else {
      // Pure noise behind a correct magic, so the reader gets past the first check.
      bytes = good.substr(0, 4);
      size_t n = next() % 256;
      for (size_t k = 0; k < n; ++k) bytes += static_cast<char>(next());
    }
    runtime::Program out;
    (void)runtime::deserialize(bytes, out);
  }
}

TEST(serialization, LineEntryNamingAMissingFileIsRefused) {
  runtime::Program p;
  p.files.push_back("t.b");
  p.lines.push_back(runtime::LineEntry{0, 1, 0});
  std::string bytes = runtime::serialize(p);
  // The entry's file word is the last four bytes: make it 0x00010000.
  bytes[bytes.size() - 2] = 1;
  runtime::Program out;
  EXPECT_FALSE(runtime::deserialize(bytes, out));
}

}  // namespace
}  // namespace mv::cli
