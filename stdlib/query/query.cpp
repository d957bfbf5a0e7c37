// Running a query sentence (query.hpp): the file and its dictionary, the engine, and what each verb does
// with the records it finds, with QM's closing messages.
#include "stdlib/query/query.hpp"

#include <cstdio>

#include "stdlib/files/file_select.hpp"
#include "stdlib/query/engine.hpp"
#include "stdlib/query/report.hpp"

namespace mv::stdlib::query {

namespace {

constexpr int64_t kUsage = -2;
constexpr int64_t kFailed = -3;

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

void say(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

// Opens the file a query names (and its dictionary, when it has one).
int64_t open_files(const std::vector<Token>& words, size_t& at, Query& q, std::unique_ptr<files::File>& file,
                   std::unique_ptr<Dictionary>& dict, const QueryEnv& env, std::string& error) {
  if (at < words.size() && !words[at].quoted && upper(words[at].text) == "DICT") {
    q.dict = true;
    ++at;
  }
  if (at >= words.size()) {
    error = "File name required\n";
    return kUsage;
  }
  const Token& name = words[at++];
  q.file = name.text;
  std::string dir = env.info ? env.info->program_dir : "";
  files::File* f = nullptr;
  files::Result r = files::open_file(q.dict ? "DICT" : "", q.file, dir, f);
  file.reset(f);
  if (!r.is_ok()) {
    error = (q.dict ? "DICT " : "") + q.file + ": File not found (word " + std::to_string(name.position) +
            ")" + (r.end == files::End::Fault && !r.message.empty() ? ": " + r.message : "") + "\n";
    return kFailed;
  }
  std::unique_ptr<files::File> d;
  if (!q.dict) {
    files::File* df = nullptr;
    if (files::open_file("DICT", q.file, dir, df).is_ok())
      d.reset(df);
    else
      delete df;
  }
  dict = std::make_unique<Dictionary>(std::move(d), q.file);
  return 0;
}

// SELECT with fields: the list holds each value of those fields instead of the ids.
bool field_values(Engine& e, Query& q, const Row& row, const std::string& record,
                  std::vector<std::string>& out) {
  for (const Column& c : q.columns) {
    std::string v;
    if (!e.value(c.item, row.id, record, v)) return false;
    size_t at = 0;
    for (;;) {
      size_t vm = v.find_first_of("\xFD\xFC", at);
      std::string one = v.substr(at, vm == std::string::npos ? std::string::npos : vm - at);
      if (!one.empty()) out.push_back(one);
      if (vm == std::string::npos) break;
      at = vm + 1;
    }
  }
  return true;
}

int64_t select_or_count(Engine& e, Query& q, std::string& error) {
  std::vector<Row> rows;
  bool values = !q.columns.empty() && q.verb != Verb::Count;
  std::vector<std::string> list;
  Engine::Visit visit;
  if (values) {
    visit = [&](const Row& row, const std::string& record) { return field_values(e, q, row, record, list); };
  }
  if (!e.run(rows, visit)) {
    error = e.error() + "\n";
    return kFailed;
  }
  std::string prefix = q.sample >= 0 ? "Sample of " : "";
  if (q.verb == Verb::Count) {
    say(prefix + std::to_string(rows.size()) + " record(s) counted\n");
    return static_cast<int64_t>(rows.size());
  }
  if (values && !rows.empty()) {
    // Sorted: the values in the rows' order.
    for (const Row& row : rows) {
      std::string record;
      e.read(row.id, record);
      if (!field_values(e, q, row, record, list)) {
        error = e.error() + "\n";
        return kFailed;
      }
    }
  } else if (!values) {
    list.reserve(rows.size());
    for (Row& row : rows) list.push_back(std::move(row.id));
  }
  int64_t n = static_cast<int64_t>(list.size());
  files::set_select_list(q.to_list, std::move(list));
  files::set_selected_count(n);
  say(prefix + std::to_string(n) + " record(s) selected to list " + std::to_string(q.to_list) + "\n");
  return n;
}

int64_t list_report(Engine& e, Query& q, std::string& error) {
  Report report(q, e);
  std::vector<Row> rows;
  Engine::Visit visit = [&](const Row& row, const std::string& record) { return report.record(row, record); };
  bool ok = e.run(rows, visit);
  for (size_t i = 0; ok && i < rows.size() && !report.quit(); ++i) {
    std::string record;
    if (!e.read(rows[i].id, record)) continue;
    ok = report.record(rows[i], record);
  }
  if (!ok && !report.quit()) {
    std::fflush(stdout);
    error = e.error() + "\n";
    return kFailed;
  }
  report.finish(report.listed());
  return report.listed();
}

}  // namespace

bool is_query_command(const std::string& name) {
  Verb v;
  return query_verb(name, v);
}

int64_t query_command(const std::string& sentence, const QueryEnv& env, std::string& error) {
  std::vector<Token> words = tokenize(sentence);
  Query q;
  q.sentence = sentence;
  if (words.empty() || !query_verb(upper(words[0].text), q.verb)) {
    error = "Not a query command: " + sentence + "\n";
    return kUsage;
  }
  size_t at = 1;
  std::unique_ptr<files::File> file;
  std::unique_ptr<Dictionary> dict;
  if (int64_t r = open_files(words, at, q, file, dict, env, error)) return r;
  std::string why;
  if (!parse_sentence(words, at, *dict, q, why)) {
    error = why + "\n";
    return kUsage;
  }
  Engine engine(q, *file, *dict, env);
  if (q.verb == Verb::Select || q.verb == Verb::SSelect || q.verb == Verb::Count)
    return select_or_count(engine, q, error);
  return list_report(engine, q, error);
}

}  // namespace mv::stdlib::query
