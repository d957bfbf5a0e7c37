// Transactions: the held writes of each open level and COMMIT (see file_txn.hpp).
#include "stdlib/files/file_txn.hpp"

#include <map>
#include <vector>

namespace mv::stdlib::files {

namespace {

// One held write or delete. The file is held by a reference of its own, so CLOSE before COMMIT is fine.
struct Held {
  File* file = nullptr;
  std::string id;
  bool deleted = false;
  std::string record;
};

struct Level {
  std::map<std::string, Held> writes;  // by file identity, NUL, id
  std::vector<LockKey> kept_locks;
};

struct Transactions {
  std::vector<Level> levels;
  int64_t id = 0;
  int64_t last_id = 0;
};

Transactions& txns() {
  static auto* t = new Transactions;
  return *t;
}

std::string held_key(const File& f, std::string_view id) {
  std::string k = f.identity();
  k += '\0';
  k.append(id);
  return k;
}

void drop_file(Held& h) {
  if (h.file && --h.file->refs == 0) delete h.file;
  h.file = nullptr;
}

void drop_level(Level& level) {
  for (auto& [key, held] : level.writes) drop_file(held);
  level.writes.clear();
}

// Ends the innermost level; the outermost one gives back every lock the transaction kept.
void pop_level(LockTable& locks) {
  Transactions& t = txns();
  std::vector<LockKey> kept = std::move(t.levels.back().kept_locks);
  drop_level(t.levels.back());
  t.levels.pop_back();
  if (t.levels.empty()) {
    for (const LockKey& k : kept) locks.release(k);
    t.id = 0;
  } else {
    auto& outer = t.levels.back().kept_locks;
    outer.insert(outer.end(), kept.begin(), kept.end());
  }
}

// Applies the writes of the outermost level: each commit domain (an account database) is changed in one
// transaction of its own; a failure rolls back every domain not yet committed.
Result apply(Level& level) {
  std::map<std::string, File*> domains;
  for (auto& [key, h] : level.writes)
    if (!h.file->commit_domain().empty()) domains.emplace(h.file->commit_domain(), h.file);
  std::vector<File*> begun;
  Result r;
  for (auto& [domain, f] : domains) {
    r = f->begin_commit();
    if (!r.is_ok()) break;
    begun.push_back(f);
  }
  for (auto it = level.writes.begin(); r.is_ok() && it != level.writes.end(); ++it) {
    Held& h = it->second;
    r = h.deleted ? h.file->remove(h.id) : h.file->write(h.id, h.record);
  }
  for (File* f : begun) {
    Result e = f->end_commit(r.is_ok());
    if (r.is_ok() && !e.is_ok()) r = e;
  }
  return r;
}

}  // namespace

int64_t txn_level() { return static_cast<int64_t>(txns().levels.size()); }
int64_t txn_id() { return txns().id; }

void txn_begin() {
  Transactions& t = txns();
  if (t.levels.empty()) t.id = ++t.last_id;
  t.levels.emplace_back();
}

Result txn_commit(LockTable& locks) {
  Transactions& t = txns();
  if (t.levels.empty()) return Result::ok();
  Result r;
  if (t.levels.size() == 1) {
    r = apply(t.levels.back());
  } else {
    // A nested COMMIT hands its writes to the enclosing transaction.
    Level& inner = t.levels.back();
    Level& outer = t.levels[t.levels.size() - 2];
    for (auto& [key, held] : inner.writes) {
      auto at = outer.writes.find(key);
      if (at != outer.writes.end()) drop_file(at->second);
      outer.writes[key] = held;
      held.file = nullptr;
    }
  }
  pop_level(locks);
  return r;
}

void txn_abort(LockTable& locks) {
  if (!txns().levels.empty()) pop_level(locks);
}

void txn_hold(File& f, std::string_view id, std::string_view record, bool deleted) {
  Level& level = txns().levels.back();
  Held& h = level.writes[held_key(f, id)];
  if (!h.file) {
    ++f.refs;
    h.file = &f;
  }
  h.id.assign(id);
  h.deleted = deleted;
  h.record.assign(record);
}

bool txn_find(const File& f, std::string_view id, bool& deleted, std::string& record) {
  const auto& levels = txns().levels;
  std::string key = held_key(f, id);
  for (auto level = levels.rbegin(); level != levels.rend(); ++level) {
    auto it = level->writes.find(key);
    if (it == level->writes.end()) continue;
    deleted = it->second.deleted;
    record = it->second.record;
    return true;
  }
  return false;
}

bool txn_keeps_lock(const LockKey& key) {
  Transactions& t = txns();
  if (t.levels.empty()) return false;
  t.levels.back().kept_locks.push_back(key);
  return true;
}

// The record operations the statements use (declared in file_backend.hpp). Ids are checked before a write
// is held, so an illegal id fails at the WRITE, as it would outside a transaction.
Result read_record(File& f, std::string_view id, std::string& record) {
  bool deleted = false;
  if (!txns().levels.empty() && txn_find(f, id, deleted, record)) {
    if (deleted) {
      record.clear();
      return Result::otherwise(kErRnf);
    }
    f.last_id.assign(id);
    return Result::ok();
  }
  return f.read(id, record);
}

Result write_record(File& f, std::string_view id, std::string_view record) {
  if (txns().levels.empty()) return f.write(id, record);
  LockKey key;
  if (!f.lock_key(id, key)) return f.write(id, record);  // the file reports the illegal id
  if (!f.writable())
    return Result::fault(kErRdonly, "cannot write record '" + std::string(id) + "': the file is read-only");
  txn_hold(f, id, record, false);
  return Result::ok();
}

Result delete_record(File& f, std::string_view id) {
  if (txns().levels.empty()) return f.remove(id);
  LockKey key;
  if (!f.lock_key(id, key)) return f.remove(id);
  txn_hold(f, id, "", true);
  return Result::ok();
}

}  // namespace mv::stdlib::files
