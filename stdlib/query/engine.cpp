// The query engine (engine.hpp): field values, selection, the ids a query reads and the sort.
#include "stdlib/query/engine.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <ctime>

#include "runtime/dynarray.hpp"
#include "runtime/numeric.hpp"
#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/files/file_hashed.hpp"
#include "stdlib/files/file_index.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/files/file_txn.hpp"
#include "stdlib/query/scan.hpp"
#include "stdlib/text/pattern.hpp"
#include "stdlib/text/text.hpp"

namespace mv::stdlib::query {

namespace {

bool number_of(const std::string& s, double& out) {
  runtime::Number n;
  if (!runtime::parse_strict(s, n)) return false;
  out = n.as_double();
  return true;
}

// The values of a field, split at value and subvalue marks; an empty field is one empty value.
std::vector<std::string> values_of(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == runtime::kVM || c == runtime::kSM)
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

}  // namespace

// Pick's F correlative: a stack program of field numbers, Cn constants, D (date), T (time) and operators,
// separated by semicolons. Arithmetic is on integers, as in Pick; QM's relational operators look at the
// stack the other way round, and so do these.
std::string f_correlative(const std::string& code, const std::string& id, const std::string& record) {
  std::vector<std::string> stack;
  auto num = [](const std::string& s) {
    runtime::Number n;
    runtime::parse_lenient(s, n);
    return n.is_int ? n.i : static_cast<int64_t>(n.f);
  };
  size_t start = code.find(';');
  std::string rest = start == std::string::npos ? "" : code.substr(start + 1);
  for (size_t at = 0; at <= rest.size();) {
    size_t semi = std::min(rest.find(';', at), rest.size());
    std::string t = rest.substr(at, semi - at);
    at = semi + 1;
    if (t.empty()) continue;
    if (std::isdigit(static_cast<unsigned char>(t[0]))) {
      int64_t f = std::atoll(t.c_str());
      stack.push_back(f == 0 ? id : std::string(runtime::extract(record, f, 0, 0)));
    } else if (t[0] == 'C' || t[0] == 'c') {
      stack.push_back(t.substr(1));
    } else if (t == "D" || t == "T") {
      time_t now = std::time(nullptr);
      stack.push_back(std::to_string(t == "D" ? now / 86400 + 732 : now % 86400));
    } else if (t == "_" && stack.size() >= 2) {
      std::swap(stack[stack.size() - 1], stack[stack.size() - 2]);
    } else if (t == "S" && !stack.empty()) {
      int64_t sum = 0;
      for (const std::string& v : values_of(stack.back())) sum += num(v);
      stack.back() = std::to_string(sum);
    } else if (stack.size() >= 2) {
      std::string b = stack.back();
      stack.pop_back();
      std::string& a = stack.back();
      int64_t x = num(a), y = num(b);
      if (t == "+")
        a = std::to_string(x + y);
      else if (t == "-")
        a = std::to_string(x - y);
      else if (t == "*")
        a = std::to_string(x * y);
      else if (t == "/")
        a = std::to_string(y ? x / y : 0);
      else if (t == "R")
        a = std::to_string(y ? x % y : 0);
      else if (t == ":")
        a += b;
      else if (t == "=")
        a = compare_values(a, b) == 0 ? "1" : "0";
      else if (t == "#")
        a = compare_values(a, b) != 0 ? "1" : "0";
      else if (t == "<")
        a = compare_values(a, b) >= 0 ? "1" : "0";
      else if (t == ">")
        a = compare_values(a, b) <= 0 ? "1" : "0";
      else if (t == "[")
        a = compare_values(a, b) > 0 ? "1" : "0";
      else if (t == "]")
        a = compare_values(a, b) < 0 ? "1" : "0";
    }
  }
  return stack.empty() ? "" : stack.back();
}

// Pick's A correlative as an I-type expression: a number is a field (0 the id), N(name) a dictionary
// item, a quoted string a constant.
std::string a_expression(const std::string& code) {
  size_t start = code.find(';');
  std::string src = start == std::string::npos ? code.substr(1) : code.substr(start + 1), out;
  for (size_t i = 0; i < src.size();) {
    char c = src[i];
    if (c == '"' || c == '\'') {
      size_t end = std::min(src.find(c, i + 1), src.size() - 1) + 1;
      out += src.substr(i, end - i);
      i = end;
    } else if (std::isdigit(static_cast<unsigned char>(c)) &&
               (i == 0 || !std::isalnum(static_cast<unsigned char>(src[i - 1])))) {
      size_t end = i;
      while (end < src.size() && std::isdigit(static_cast<unsigned char>(src[end]))) ++end;
      int64_t f = std::atoll(src.c_str() + i);
      out += f == 0 ? std::string("@ID") : "@RECORD<" + std::to_string(f) + ">";
      i = end;
    } else if ((c == 'N' || c == 'n') && i + 1 < src.size() && src[i + 1] == '(') {
      size_t close = std::min(src.find(')', i), src.size());
      out += src.substr(i + 2, close - i - 2);
      i = close + 1;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

int compare_values(const std::string& a, const std::string& b) {
  double x = 0, y = 0;
  if (number_of(a, x) && number_of(b, y)) return x < y ? -1 : x > y ? 1 : 0;
  int c = a.compare(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

Engine::Engine(Query& q, files::File& file, Dictionary& dict, const QueryEnv& env)
    : q_(q), file_(file), dict_(dict), itypes_(env.config, env.info, &dict) {
  id_right_ = dict_.id_item().right;
}

bool Engine::read(const std::string& id, std::string& record) {
  ++records_read_;
  return files::read_record(file_, id, record).is_ok();
}

bool Engine::correlative(const DictItem& item, const std::string& id, const std::string& record,
                         std::string& out) {
  std::string code = item.expr;
  char kind = code.empty() ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(code[0])));
  if (kind == 'F' && (code.size() == 1 || code[1] == ';')) {
    out = f_correlative(code, id, record);
    return true;
  }
  if (kind == 'A' && (code.size() == 1 || code[1] == ';' || code[1] == ' ')) {
    DictItem expr = item;
    expr.type = 'I';
    expr.expr = a_expression(code);
    return itypes_.eval(expr, id, record, out, error_);
  }
  // Any other correlative is a conversion applied to the stored field.
  std::string raw = item.field == 0 ? id : std::string(runtime::extract(record, item.field, 0, 0));
  int status = 0;
  out = oconvs(raw, code, status);
  return true;
}

bool Engine::value(const DictItem& item, const std::string& id, const std::string& record, std::string& out) {
  switch (item.type) {
    case 'I':
    case 'C':
      return itypes_.eval(item, id, record, out, error_);
    case 'A':
      if (!item.expr.empty()) return correlative(item, id, record, out);
      [[fallthrough]];
    default:
      out = item.field == 0 ? id : std::string(runtime::extract(record, item.field, 0, 0));
      return true;
  }
}

bool Engine::compare(const Cond& c, const std::string& raw, const std::string& id,
                     const std::string& record, bool& out) {
  // NOCASE compares both sides in upper case; SAID compares their soundex codes.
  std::string folded;
  auto fold = [&](const std::string& text) {
    return c.rel == Rel::Said ? soundex_code(text) : c.nocase ? upcase(text) : text;
  };
  bool folding = c.nocase || c.rel == Rel::Said;
  if (folding) folded = fold(raw);
  const std::string& v = folding ? folded : raw;
  // Literal operands are used in place; only another field's value is worked out (and held) per record.
  std::string other;
  auto operand = [&](const Operand& op, const std::string*& text) {
    if (!op.is_field) {
      text = &op.literal;
      return true;
    }
    if (!value(op.field, id, record, other)) return false;
    text = &other;
    return true;
  };
  const std::string* o = nullptr;
  if (c.rel == Rel::Between) {
    if (!operand(c.values[0], o)) return false;
    out = compare_values(v, folding ? fold(*o) : *o) >= 0;
    if (!out) return true;
    if (!operand(c.values[1], o)) return false;
    out = compare_values(v, folding ? fold(*o) : *o) <= 0;
    return true;
  }
  // # and UNLIKE pass when the value differs from every operand; the others when it meets any of them.
  bool all = c.rel == Rel::Ne || c.rel == Rel::Unlike;
  out = all;
  for (const Operand& op : c.values) {
    if (!operand(op, o)) return false;
    std::string folded_op;
    if (folding) {
      folded_op = fold(*o);
      o = &folded_op;
    }
    bool hit;
    if (c.rel == Rel::Like || c.rel == Rel::Unlike) {
      hit = matches(v, *o);
    } else {
      int r = compare_values(v, *o);
      hit = c.rel == Rel::Eq || c.rel == Rel::Said ? r == 0
            : c.rel == Rel::Ne ? r == 0
            : c.rel == Rel::Lt ? r < 0
            : c.rel == Rel::Le ? r <= 0
            : c.rel == Rel::Gt ? r > 0
                               : r >= 0;
    }
    if (hit) {
      out = !all;
      return true;
    }
  }
  return true;
}

bool Engine::test(const Cond& c, const std::string& id, const std::string& record, bool& out) {
  switch (c.kind) {
    case Cond::kAnd:
      if (!test(*c.left, id, record, out)) return false;
      return !out || test(*c.right, id, record, out);
    case Cond::kOr:
      if (!test(*c.left, id, record, out)) return false;
      return out || test(*c.right, id, record, out);
    case Cond::kNot:
      if (!test(*c.left, id, record, out)) return false;
      out = !out;
      return true;
    case Cond::kLeaf:
      break;
  }
  std::string v;
  if (!value(c.item, id, record, v)) return false;
  if (v.find_first_of("\xFD\xFC") == std::string::npos) {
    // One value (the usual case): no splitting.
    if (c.rel == Rel::Present) {
      out = !v.empty();
      return true;
    }
    return compare(c, v, id, record, out);
  }
  std::vector<std::string> values = values_of(v);
  out = c.every;
  for (const std::string& one : values) {
    bool hit = false;
    if (c.rel == Rel::Present) {
      hit = !one.empty();
    } else if (!compare(c, one, id, record, hit)) {
      return false;
    }
    if (hit != c.every) {
      out = hit;
      return true;
    }
  }
  return true;
}

bool Engine::when_values(const std::string& id, const std::string& record, std::vector<int64_t>& keep) {
  keep.clear();
  if (!q_.when) return true;
  // The WHEN condition is tested against each value position in turn: a record of n values is, for this
  // test, n records of one value each.
  int64_t most = 1;
  for (const Column& col : q_.columns) {
    std::string v;
    if (!value(col.item, id, record, v)) return false;
    most = std::max<int64_t>(most, static_cast<int64_t>(values_of(v).size()));
  }
  for (int64_t n = 1; n <= most; ++n) {
    // Build a record whose multivalued fields hold only value n.
    std::string rebuilt;
    size_t at = 0;
    while (true) {
      size_t fm = record.find(runtime::kFM, at);
      std::string f = record.substr(at, fm == std::string::npos ? std::string::npos : fm - at);
      std::string one(runtime::extract(f, 1, n, 0));
      if (f.find(runtime::kVM) == std::string::npos) one = f;  // single-valued: the same for every n
      rebuilt += one;
      if (fm == std::string::npos) break;
      rebuilt += runtime::kFM;
      at = fm + 1;
    }
    bool pass = false;
    if (!test(*q_.when, id, rebuilt, pass)) return false;
    if (pass) keep.push_back(n);
  }
  if (keep.empty()) keep.push_back(0);  // nothing passes: the record is not shown
  return true;
}

// Whether index `def` holds the values of `item`: the same field number, or for a computed index the same
// item with the expression the index was made with (an index whose dictionary item changed since is not
// used, as its keys may no longer be the item's values).
static bool index_serves(const files::IndexDef& def, const DictItem& item) {
  if (def.field != files::kIndexComputed)
    return (item.type == 'D' || (item.type == 'A' && item.expr.empty())) && def.field == item.field;
  DictItem made;
  return item.name == def.name && item_from_record(def.name, def.dict, made) && made.type == item.type &&
         made.expr == item.expr && made.field == item.field;
}

// Finds an index that serves the query: an equality test of an indexed field in the WITH clause's chain of
// ANDs (NOCASE when the index is NO.CASE). The ids it gives are only candidates; each still passes the whole
// condition.
bool Engine::index_source(std::unique_ptr<files::IdStream>& ids, bool& found) {
  found = false;
  auto* hashed = dynamic_cast<files::HashedFile*>(&file_);
  if (!hashed || !q_.with || q_.dict) return true;
  std::vector<files::IndexDef> defs;
  if (!files::list_indices(*hashed, defs).is_ok() || defs.empty()) return true;
  std::vector<const Cond*> chain{q_.with.get()};
  for (size_t i = 0; i < chain.size(); ++i) {
    const Cond* c = chain[i];
    if (c->kind == Cond::kAnd) {
      chain.push_back(c->left.get());
      chain.push_back(c->right.get());
      continue;
    }
    if (c->kind != Cond::kLeaf || c->rel != Rel::Eq || c->every) continue;
    bool literal = true, empty = false;
    for (const Operand& op : c->values) {
      literal = literal && !op.is_field;
      empty = empty || op.literal.empty();
    }
    if (!literal) continue;
    for (const files::IndexDef& def : defs) {
      if (!(def.flags & files::kIndexBuilt) || !index_serves(def, c->item)) continue;
      if (empty && (def.flags & files::kIndexNoNulls)) continue;  // it does not hold the empty value
      // A NO.CASE index serves only NOCASE tests, and any other index only tests that mind case, as in QM.
      if (((def.flags & files::kIndexNoCase) != 0) != c->nocase) continue;
      std::vector<std::string> all;
      for (const Operand& op : c->values) {
        std::vector<std::string> some;
        files::Result r = files::index_ids(*hashed, def, op.literal, some);
        if (!r.is_ok()) {
          error_ = "Cannot read index " + def.name + ": " + r.message;
          return false;
        }
        all.insert(all.end(), some.begin(), some.end());
      }
      std::sort(all.begin(), all.end());
      all.erase(std::unique(all.begin(), all.end()), all.end());
      ids = std::make_unique<files::VectorIdStream>(std::move(all));
      found = true;
      used_index_ = true;
      return true;
    }
  }
  return true;
}

bool Engine::source(std::unique_ptr<files::IdStream>& ids, bool& whole_file) {
  if (!q_.ids.empty()) {
    ids = std::make_unique<files::VectorIdStream>(q_.ids);
    return true;
  }
  int list = q_.from_list >= 0 ? q_.from_list : files::select_list_active(0) ? 0 : -1;
  if (list >= 0) {
    int64_t left = 0;
    ids = files::take_select_list(list, left);
    if (!ids) {
      error_ = "Select list " + std::to_string(list) + " is not active";
      return false;
    }
    return true;
  }
  bool found = false;
  if (!q_.no_index && !index_source(ids, found)) return false;
  if (found) return true;
  if (q_.require_index) {
    error_ = "Processing terminated: This query cannot be resolved with an index";
    return false;
  }
  whole_file = true;
  files::Result r = file_.ids(ids);
  if (!r.is_ok()) {
    error_ = "Cannot read " + q_.file + ": " + r.message;
    return false;
  }
  return true;
}

// The sort keys of one accepted record: one row, or with BY.EXP one row per value of the exploded field.
bool Engine::keys_for(const std::string& id, const std::string& record, std::vector<Row>& out) {
  std::vector<std::string> texts;
  std::vector<std::string> exploded;
  size_t exploded_at = q_.sort.size();
  for (size_t k = 0; k < q_.sort.size(); ++k) {
    std::string v;
    if (!value(q_.sort[k].item, id, record, v)) return false;
    if (q_.sort[k].exploded) {
      exploded = values_of(v);
      exploded_at = k;
    }
    texts.push_back(std::move(v));
  }
  size_t rows = exploded.empty() ? 1 : exploded.size();
  for (size_t n = 0; n < rows; ++n) {
    Row row;
    row.id = id;
    row.value = exploded.empty() ? 0 : static_cast<int64_t>(n) + 1;
    for (size_t k = 0; k < texts.size(); ++k) {
      SortValue sv;
      sv.text = k == exploded_at ? exploded[n] : texts[k];
      if (q_.sort[k].item.right) sv.numeric = number_of(sv.text, sv.number);
      row.keys.push_back(std::move(sv));
    }
    out.push_back(std::move(row));
  }
  return true;
}

void Engine::sort(std::vector<Row>& rows) const {
  auto cmp_key = [](const SortValue& a, const SortValue& b, bool right) {
    if (right && a.numeric && b.numeric) return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    if (right && a.text.size() != b.text.size()) return a.text.size() < b.text.size() ? -1 : 1;
    int c = a.text.compare(b.text);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  };
  bool id_right = id_right_;
  const std::vector<SortKey>& keys = q_.sort;
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    for (size_t k = 0; k < keys.size(); ++k) {
      int c = cmp_key(a.keys[k], b.keys[k], keys[k].item.right);
      if (c != 0) return keys[k].descending ? c > 0 : c < 0;
    }
    if (a.id != b.id) {
      SortValue x{a.id, 0, false}, y{b.id, 0, false};
      if (id_right) {
        x.numeric = number_of(x.text, x.number);
        y.numeric = number_of(y.text, y.number);
      }
      return cmp_key(x, y, id_right) < 0;
    }
    return a.value < b.value;
  });
}

bool Engine::run(std::vector<Row>& rows, const Visit& visit) {
  std::unique_ptr<files::IdStream> ids;
  bool whole_file = false;
  if (!source(ids, whole_file)) return false;
  bool sorting = !q_.sort.empty() || q_.verb == Verb::Sort || q_.verb == Verb::SSelect ||
                 q_.verb == Verb::SortItem;
  bool need_record = q_.with || q_.when || !q_.sort.empty() || q_.verb == Verb::List ||
                     q_.verb == Verb::Sort || q_.verb == Verb::ListItem || q_.verb == Verb::SortItem ||
                     !q_.columns.empty() || !q_.ids.empty();
  // A whole hashed file is read in one pass, ids and records together, unless a transaction is open (its
  // held writes are seen only through READ).
  std::unique_ptr<HashedScan> scan;
  auto* hashed = dynamic_cast<files::HashedFile*>(&file_);
  if (whole_file && need_record && hashed && files::txn_level() == 0)
    scan = std::make_unique<HashedScan>(*hashed);
  std::string id, record;
  files::Result fault;
  int64_t accepted = 0;
  while (q_.sample < 0 || accepted < q_.sample) {
    if (runtime::g_interrupt) {
      error_ = "Query interrupted";
      return false;
    }
    record.clear();
    if (scan) {
      std::string why;
      if (!scan->next(id, record, why)) {
        if (!why.empty()) {
          error_ = "Cannot read " + q_.file + ": " + why;
          return false;
        }
        break;
      }
      ++records_read_;
    } else {
      if (!ids->next(id, fault)) break;
      if (need_record && !read(id, record)) continue;
    }
    bool pass = true;
    if (q_.with && !test(*q_.with, id, record, pass)) return false;
    if (!pass) continue;
    ++accepted;
    if (sorting) {
      if (!keys_for(id, record, rows)) return false;
    } else if (visit) {
      Row row;
      row.id = id;
      if (!visit(row, record)) return false;
    } else {
      rows.push_back(Row{id, 0, {}});
    }
  }
  if (fault.end == files::End::Fault) {
    error_ = "Cannot read " + q_.file + ": " + fault.message;
    return false;
  }
  if (sorting) sort(rows);
  return true;
}

}  // namespace mv::stdlib::query
