// Transactions (BEGIN TRANSACTION ... COMMIT ... END TRANSACTION, and TRANSACTION START/COMMIT/ABORT), as
// QM has them: while a transaction is open, WRITE and DELETE are held in the process (the process's own READs
// see them at once, other processes see nothing), the record locks they would release stay held, and COMMIT
// applies everything: the writes to the hashed files of one account database in one SQLite transaction, so
// other processes see all of them or none. ROLLBACK, END TRANSACTION without COMMIT, and the end of the
// process (kill -9 included) discard the held writes. Transactions nest: COMMIT of an inner one hands its
// writes to the outer one. See docs/files.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "stdlib/files/file_backend.hpp"

namespace mv::stdlib::files {

// @TRANSACTION.LEVEL (0 outside) and @TRANSACTION.ID (0 outside; a number of this process otherwise).
int64_t txn_level();
int64_t txn_id();

void txn_begin();
// Applies (outermost) or hands on (nested) the innermost transaction's writes and closes it. Every lock the
// transaction kept goes when the outermost one ends. A failed COMMIT discards the transaction.
Result txn_commit(LockTable& locks);
// Discards the innermost transaction's writes and closes it (ROLLBACK, END TRANSACTION, TRANSACTION ABORT).
void txn_abort(LockTable& locks);

// While a transaction is open: holds a write (`deleted` false) or a delete of record `id` of `f`.
void txn_hold(File& f, std::string_view id, std::string_view record, bool deleted);
// True (and the key is remembered, to be released when the outermost transaction ends) while a transaction
// is open: a WRITE or DELETE then keeps the record's lock instead of releasing it.
bool txn_keeps_lock(const LockKey& key);

// The held write or delete of a record, if any: true with `deleted` and `record` set.
bool txn_find(const File& f, std::string_view id, bool& deleted, std::string& record);

}  // namespace mv::stdlib::files
