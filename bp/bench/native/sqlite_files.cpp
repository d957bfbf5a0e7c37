// The physical-limit reference for bp/bench/files.sh: the file benchmark's four phases done directly through
// the SQLite C API, with the settings and table layout mvbasic's hashed files use (WAL, synchronous=NORMAL,
// a 1 GiB memory map, a busy timeout, one WITHOUT ROWID table of BLOB id and data, one implicit transaction
// per write, prepared statements, ids read in pages of 1,000). Prints the seconds each phase took, then its
// processor seconds.
//   sqlite_files DATABASE N
#include <sqlite3.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The processor time (user + system) the process has used, in seconds: on a loaded machine this moves less
// than the wall clock.
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql) {
  sqlite3_stmt* s = nullptr;
  check(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), db, sql);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: sqlite_files DATABASE N\n");
    return 2;
  }
  const long n = std::atol(argv[2]);
  sqlite3* db = nullptr;
  check(sqlite3_open(argv[1], &db), db, "open");
  sqlite3_busy_timeout(db, 60000);
  check(sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824;"
                     "CREATE TABLE IF NOT EXISTS f(id BLOB PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID",
                     nullptr, nullptr, nullptr),
        db, "setup");
  const std::string pad(150, 'x');

  auto t0 = std::chrono::steady_clock::now();
  double c0 = cpu_seconds();
  sqlite3_stmt* w = prepare(db, "INSERT OR REPLACE INTO f(id, data) VALUES(?1, ?2)");
  for (long i = 1; i <= n; ++i) {
    std::string id = std::to_string(i);
    std::string rec = "Customer " + id + "\xFE" + "Street\xFDTown\xFE" + pad + "\xFE" + id;
    sqlite3_bind_blob(w, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    sqlite3_bind_blob(w, 2, rec.data(), static_cast<int>(rec.size()), SQLITE_STATIC);
    check(sqlite3_step(w), db, "write");
    sqlite3_reset(w);
  }
  sqlite3_finalize(w);
  std::printf("write %.3f %.3f\n", seconds_since(t0), cpu_seconds() - c0);

  t0 = std::chrono::steady_clock::now();
  c0 = cpu_seconds();
  sqlite3_stmt* r = prepare(db, "SELECT data FROM f WHERE id = ?1");
  std::mt19937_64 rng(1);
  long found = 0;
  std::string got;
  for (long i = 0; i < n; ++i) {
    std::string id = std::to_string(rng() % static_cast<unsigned long>(n) + 1);
    sqlite3_bind_blob(r, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    if (sqlite3_step(r) == SQLITE_ROW) {
      got.assign(static_cast<const char*>(sqlite3_column_blob(r, 0)), sqlite3_column_bytes(r, 0));
      ++found;
    }
    sqlite3_reset(r);
  }
  sqlite3_finalize(r);
  std::printf("read %.3f %.3f (%ld found)\n", seconds_since(t0), cpu_seconds() - c0, found);

  t0 = std::chrono::steady_clock::now();
  c0 = cpu_seconds();
  sqlite3_stmt* page = prepare(db, "SELECT id FROM f WHERE id > ?1 ORDER BY id LIMIT 1000");
  std::string last;
  long listed = 0;
  for (bool more = true; more;) {
    sqlite3_bind_blob(page, 1, last.empty() ? "" : last.data(), static_cast<int>(last.size()),
                      SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(page) == SQLITE_ROW) {
      last.assign(static_cast<const char*>(sqlite3_column_blob(page, 0)), sqlite3_column_bytes(page, 0));
      ++rows;
    }
    sqlite3_reset(page);
    listed += rows;
    more = rows == 1000;
  }
  sqlite3_finalize(page);
  std::printf("select %.3f %.3f (%ld ids)\n", seconds_since(t0), cpu_seconds() - c0, listed);

  t0 = std::chrono::steady_clock::now();
  c0 = cpu_seconds();
  sqlite3_stmt* d = prepare(db, "DELETE FROM f WHERE id = ?1");
  for (long i = 1; i <= n; ++i) {
    std::string id = std::to_string(i);
    sqlite3_bind_blob(d, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    check(sqlite3_step(d), db, "delete");
    sqlite3_reset(d);
  }
  sqlite3_finalize(d);
  std::printf("delete %.3f %.3f\n", seconds_since(t0), cpu_seconds() - c0);
  sqlite3_close(db);
  return 0;
}
