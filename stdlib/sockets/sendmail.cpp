// SENDMAIL sender, to, cc, bcc, subject, text {, attachments}: sends one email through the SMTP server named
// by the configuration parameters SMTPSERVER (required), SMTPPORT (25) and SMTPSENDER (the sender used when
// the statement's sender is ""), with SMTPTIMEOUT (seconds, 30) bounding every step. The conversation is
// plain SMTP (RFC 5321): EHLO (HELO when EHLO is refused), MAIL FROM, one RCPT TO per address of to, cc and
// bcc (comma-separated lists), DATA, QUIT. The message carries From, To, Cc (never Bcc), Subject and Date
// headers; field marks and newlines in the text become CRLF line ends, and a line starting with '.' is
// doubled as SMTP requires. Attachments, a comma-separated list of file paths, make a multipart/mixed
// message with each file in base64.
//
// It is synchronous for the program but runs on Boost.Asio with a deadline, so a silent or slow server can
// never hang it. STATUS() is 0 on success, otherwise: ER$NO.CONFIG (1014) no SMTPSERVER, ER$PARAMS (1000)
// no sender or no recipient (or an address holding a line end), ER$NOT.FOUND (1004) an attachment that
// cannot be read, ER$RESOLVE (7007), ER$CONNECT (7005, OS.ERROR() the errno), ER$TIMEOUT (1011),
// ER$SKT.CLOSED (7013) the server hung up, ER$SERVER (7001) the server refused a step. As in QM the
// statement has no THEN/ELSE clauses.
#include <unistd.h>

#include <algorithm>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iterator>
#include <vector>

#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

constexpr int kErParams = 1000, kErNotFound = 1004, kErTimeout = 1011, kErNoConfig = 1014;
constexpr int kErServer = 7001, kErConnect = 7005, kErResolve = 7007, kErSktClosed = 7013;
constexpr size_t kMaxReplyLine = 64 * 1024;  // SMTP reply lines are at most 512 bytes (RFC 5321)

struct MailFailure {
  int status;
  int os_error = 0;
};

std::string config_value(const Context& cx, const char* name) {
  if (!cx.config) return "";
  auto it = cx.config->params.find(name);
  return it == cx.config->params.end() ? std::string() : it->second;
}

// The addresses of a comma-separated list (field and value marks separate them too), spaces trimmed.
std::vector<std::string> address_list(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    size_t b = cur.find_first_not_of(" \t"), e = cur.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
    cur.clear();
  };
  for (char c : text) {
    if (c == ',' || c == runtime::kFM || c == runtime::kVM)
      flush();
    else
      cur += c;
  }
  flush();
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
  return s;
}

std::string base64(const std::string& data) {
  static const char* const kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  size_t line = 0;
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t n = static_cast<uint32_t>(static_cast<unsigned char>(data[i])) << 16;
    if (i + 1 < data.size()) n |= static_cast<uint32_t>(static_cast<unsigned char>(data[i + 1])) << 8;
    if (i + 2 < data.size()) n |= static_cast<unsigned char>(data[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < data.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < data.size() ? kAlphabet[n & 63] : '=';
    if (++line == 19) {  // 76 characters a line
      out += "\r\n";
      line = 0;
    }
  }
  if (line) out += "\r\n";
  return out;
}

// The text as SMTP DATA lines: CRLF line ends, leading dots doubled.
std::string data_lines(const std::string& text) {
  std::string out;
  bool at_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\n' || c == runtime::kFM) {
      out += "\r\n";
      at_start = true;
      continue;
    }
    if (at_start && c == '.') out += '.';
    out += c;
    at_start = false;
  }
  if (!at_start || out.empty()) out += "\r\n";
  return out;
}

std::string rfc_date() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  long off = tm.tm_gmtoff / 60;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d %c%02ld%02ld", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec,
                off < 0 ? '-' : '+', (off < 0 ? -off : off) / 60, (off < 0 ? -off : off) % 60);
  return buf;
}

struct Attachment {
  std::string name;
  std::string bytes;
};

// A header value on one line: line ends and marks become spaces, so the text cannot add headers.
std::string header_text(std::string s) {
  for (char& c : s)
    if (c == '\r' || c == '\n' || static_cast<unsigned char>(c) >= 251) c = ' ';
  return s;
}

// The message: headers, then the text, or a multipart/mixed body when there are attachments.
std::string build_message(const std::string& from, const std::vector<std::string>& to,
                          const std::vector<std::string>& cc, const std::string& subject,
                          const std::string& text, const std::vector<Attachment>& files) {
  std::string m = "From: " + header_text(from) + "\r\n";
  if (!to.empty()) m += "To: " + header_text(join(to)) + "\r\n";
  if (!cc.empty()) m += "Cc: " + header_text(join(cc)) + "\r\n";
  m += "Subject: " + header_text(subject) + "\r\nDate: " + rfc_date() + "\r\nMIME-Version: 1.0\r\n";
  if (files.empty()) return m + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + data_lines(text);
  const std::string boundary = "mvbasic-part-" + std::to_string(std::time(nullptr));
  m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
  m += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + data_lines(text);
  for (const Attachment& a : files) {
    m += "--" + boundary + "\r\nContent-Type: application/octet-stream; name=\"" + a.name + "\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"" + a.name +
         "\"\r\n\r\n";
    m += base64(a.bytes);
  }
  return m + "--" + boundary + "--\r\n";
}

// One SMTP connection; every operation runs the io_context for at most `timeout` and fails with
// ER$TIMEOUT past it.
class SmtpSession {
 public:
  explicit SmtpSession(std::chrono::seconds timeout) : timeout_(timeout), socket_(io_) {}

  void connect(const std::string& host, const std::string& port) {
    tcp::resolver resolver(io_);
    boost::system::error_code ec;
    tcp::resolver::results_type endpoints;
    resolver.async_resolve(host, port,
                           [&](const boost::system::error_code& e, tcp::resolver::results_type r) {
                             ec = e;
                             endpoints = std::move(r);
                           });
    run([&] { resolver.cancel(); });
    if (ec) throw MailFailure{kErResolve};
    asio::async_connect(socket_, endpoints,
                        [&](const boost::system::error_code& e, const tcp::endpoint&) { ec = e; });
    run([&] { socket_.close(); });
    if (ec) throw MailFailure{kErConnect, ec.value()};
  }

  // Reads one whole reply (every "ddd-" continuation line and the final "ddd " line); returns its code.
  int reply() {
    for (;;) {
      boost::system::error_code ec;
      size_t n = 0;
      asio::async_read_until(socket_, asio::dynamic_buffer(buf_, kMaxReplyLine), "\r\n",
                             [&](const boost::system::error_code& e, size_t got) { ec = e, n = got; });
      run([&] { socket_.close(); });
      if (ec == asio::error::not_found)
        throw MailFailure{kErServer};           // a reply line longer than any real one
      if (ec) throw MailFailure{kErSktClosed};  // end of stream, or the deadline closed it
      std::string line = buf_.substr(0, n - 2);
      buf_.erase(0, n);
      if (line.size() < 3) throw MailFailure{kErServer};
      if (line.size() == 3 || line[3] != '-') return std::atoi(line.substr(0, 3).c_str());
    }
  }

  void send(const std::string& text) {
    boost::system::error_code ec;
    asio::async_write(socket_, asio::buffer(text),
                      [&](const boost::system::error_code& e, size_t) { ec = e; });
    run([&] { socket_.close(); });
    if (ec) throw MailFailure{kErSktClosed};
  }

  // Sends a command and insists on a reply code in [lo, hi].
  void command(const std::string& text, int lo, int hi) {
    send(text + "\r\n");
    int code = reply();
    if (code < lo || code > hi) throw MailFailure{kErServer};
  }

 private:
  template <typename Cancel>
  void run(Cancel cancel) {
    io_.restart();
    io_.run_for(timeout_);
    if (!io_.stopped()) {  // the deadline passed with the operation still pending
      cancel();
      io_.run();
      throw MailFailure{kErTimeout};
    }
  }

  std::chrono::seconds timeout_;
  asio::io_context io_;
  tcp::socket socket_;
  std::string buf_;
};

std::string host_name() {
  char buf[256] = {0};
  if (::gethostname(buf, sizeof buf - 1) != 0 || !buf[0]) return "localhost";
  return buf;
}

void deliver(const Context& cx, const std::string& from, const std::vector<std::string>& rcpts,
             const std::string& message) {
  std::string server = config_value(cx, "SMTPSERVER");
  if (server.empty()) throw MailFailure{kErNoConfig};
  std::string port = config_value(cx, "SMTPPORT");
  int64_t secs = std::atoll(config_value(cx, "SMTPTIMEOUT").c_str());
  SmtpSession s(std::chrono::seconds(secs > 0 ? secs : 30));
  s.connect(server, port.empty() ? "25" : port);
  if (s.reply() != 220) throw MailFailure{kErServer};
  s.send("EHLO " + host_name() + "\r\n");
  if (s.reply() != 250) s.command("HELO " + host_name(), 250, 250);
  s.command("MAIL FROM:<" + from + ">", 250, 250);
  for (const std::string& r : rcpts) s.command("RCPT TO:<" + r + ">", 250, 251);
  s.command("DATA", 354, 354);
  s.command(message + ".", 250, 250);
  s.send("QUIT\r\n");
  try {
    s.reply();  // a server that hangs up without answering QUIT has still taken the message
  } catch (const MailFailure&) {
  }
}

}  // namespace

void fn_sendmail(Context& cx, Value* args, int argc, Value&) {
  std::string from = cx.string(args[0]);
  if (from.empty()) from = config_value(cx, "SMTPSENDER");
  std::vector<std::string> to = address_list(cx.string(args[1]));
  std::vector<std::string> cc = address_list(cx.string(args[2]));
  std::vector<std::string> bcc = address_list(cx.string(args[3]));
  std::vector<std::string> rcpts = to;
  rcpts.insert(rcpts.end(), cc.begin(), cc.end());
  rcpts.insert(rcpts.end(), bcc.begin(), bcc.end());
  cx.os_error = 0;
  try {
    // An address holding a line end would smuggle SMTP commands into the envelope.
    auto bad = [](const std::string& a) { return a.find_first_of("\r\n") != std::string::npos; };
    if (from.empty() || rcpts.empty() || bad(from) || std::any_of(rcpts.begin(), rcpts.end(), bad))
      throw MailFailure{kErParams};
    std::vector<Attachment> files;
    for (const std::string& path : address_list(argc > 7 ? cx.string(args[6]) : std::string())) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw MailFailure{kErNotFound};
      std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      size_t slash = path.find_last_of('/');
      files.push_back({slash == std::string::npos ? path : path.substr(slash + 1), std::move(bytes)});
    }
    deliver(cx, from, rcpts, build_message(from, to, cc, cx.string(args[4]), cx.string(args[5]), files));
    cx.status = Value::integer(0);
    cx.outcome = Context::kThen;
  } catch (const MailFailure& f) {
    cx.status = Value::integer(f.status);
    cx.os_error = f.os_error;
    cx.outcome = Context::kElse;
  }
}

}  // namespace mv::stdlib
