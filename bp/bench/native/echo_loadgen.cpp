// The load generator of the socket benchmarks: C connections, each sending a request and waiting for the whole
// answer before sending the next (closed loop), for D seconds after a warm-up. It reports requests per second
// and the latency percentiles of one request (send to last byte back).
//
//   echo_loadgen HOST PORT [CONNECTIONS=100] [SECONDS=5] [SIZE=64] [WARMUP_SECONDS=1] [--tls] [--http PATH]
//                [--close]
//
// Echo (the default): a SIZE-byte message, answered by the same bytes. --http PATH: an HTTP/1.1 keep-alive GET
// of PATH, answered by a response whose body length is its Content-Length; with --close the GET carries
// "Connection: close", so that a server that keeps connections alive is measured a connection per request.
// --tls: the connection is TLS (the server's certificate is not checked: this measures cost, not trust).
// An HTTP answer carrying
// "Connection: close" ends the connection: the client connects again for its next request, and that request's
// latency counts from the connect. The first request of every connection counts from its connect too, so a
// server that is slow to take new connections shows it.
// Output, one line: "requests=N seconds=S req_per_s=R p50_us=A p99_us=B max_us=C errors=E unserved=U
// connects=K", where U is the clients that never had an answer (a server that starves connections shows it
// here) and K the connections made.
// One thread: on a two-core machine the server under test gets the other core.
#include <algorithm>
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange under C++20

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace asio = boost::asio;
namespace ssl = asio::ssl;
using asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using ErrorCode = boost::system::error_code;

namespace {

struct Stats {
  Clock::time_point measure_from, stop_at;
  std::vector<uint32_t> latencies_us;
  long errors = 0;
  long connects = 0;
};

struct Options {
  size_t size = 64;
  std::string http_path;  // empty: echo
  bool tls = false;
  bool close = false;  // HTTP: ask for "Connection: close"
};

// Plain and TLS connections differ only in the handshake; the lowest layer is the TCP socket either way.
template <class Stream>
class Client : public std::enable_shared_from_this<Client<Stream>> {
 public:
  Client(Stats& st, const Options& o, asio::io_context& io, ssl::context& tls)
      : io_(io), tls_(tls), stats_(st), opt_(o) {
    if (o.http_path.empty()) {
      out_.resize(o.size);
      for (size_t i = 0; i < o.size; ++i) out_[i] = static_cast<char>('a' + i % 26);
    } else {
      out_ = "GET " + o.http_path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
      out_ += o.close ? "Connection: close\r\n\r\n" : "\r\n";
    }
  }
  void start(const tcp::endpoint& ep) {
    ep_ = ep;
    connect();
  }
  bool served() const { return served_; }

 private:
  void connect() {
    if constexpr (std::is_same_v<Stream, tcp::socket>)
      stream_ = std::make_unique<Stream>(io_);
    else
      stream_ = std::make_unique<Stream>(io_, tls_);
    connected_at_ = Clock::now();
    ++stats_.connects;
    auto self = this->shared_from_this();
    stream_->lowest_layer().async_connect(ep_, [self](const ErrorCode& ec) {
      if (ec) return self->fail();
      self->stream_->lowest_layer().set_option(tcp::no_delay(true));
      self->handshake();
    });
  }
  void handshake() {
    if constexpr (std::is_same_v<Stream, tcp::socket>) {
      send();
    } else {
      auto self = this->shared_from_this();
      stream_->async_handshake(ssl::stream_base::client, [self](const ErrorCode& ec) {
        if (ec) return self->fail();
        self->send();
      });
    }
  }
  void send() {
    Clock::time_point now = Clock::now();
    if (now >= stats_.stop_at) return;
    sent_at_ = fresh_ ? connected_at_ : now;
    fresh_ = false;
    auto self = this->shared_from_this();
    asio::async_write(*stream_, asio::buffer(out_), [self](const ErrorCode& ec, size_t) {
      if (ec) return self->fail();
      if (self->opt_.http_path.empty())
        self->read_echo();
      else
        self->read_head();
    });
  }
  void read_echo() {
    in_.resize(out_.size());
    auto self = this->shared_from_this();
    asio::async_read(*stream_, asio::buffer(in_), [self](const ErrorCode& ec, size_t) {
      if (ec || self->in_ != self->out_) return self->fail();
      self->done();
    });
  }
  // An HTTP response: the head up to the blank line, then Content-Length bytes of body.
  void read_head() {
    auto self = this->shared_from_this();
    asio::async_read_until(*stream_, asio::dynamic_buffer(buf_), "\r\n\r\n", [self](const ErrorCode& ec, size_t n) {
      if (ec || self->buf_.compare(0, 12, "HTTP/1.1 200") != 0) return self->fail();
      size_t len = 0;
      size_t at = self->buf_.find("Content-Length:");
      if (at != std::string::npos && at < n) len = std::strtoul(self->buf_.c_str() + at + 15, nullptr, 10);
      size_t close = self->buf_.find("Connection: close");
      self->closing_ = close != std::string::npos && close < n;
      self->buf_.erase(0, n);
      self->read_body(len);
    });
  }
  void read_body(size_t len) {
    if (buf_.size() >= len) {
      buf_.erase(0, len);
      return done();
    }
    auto self = this->shared_from_this();
    asio::async_read(*stream_, asio::dynamic_buffer(buf_), asio::transfer_exactly(len - buf_.size()),
                     [self, len](const ErrorCode& ec, size_t) {
                       if (ec) return self->fail();
                       self->buf_.erase(0, len);
                       self->done();
                     });
  }
  void done() {
    Clock::time_point t = Clock::now();
    if (sent_at_ >= stats_.measure_from && t <= stats_.stop_at) {
      auto us = std::chrono::duration_cast<std::chrono::microseconds>(t - sent_at_);
      stats_.latencies_us.push_back(static_cast<uint32_t>(us.count()));
    }
    served_ = true;
    if (!closing_) return send();
    // The server closes after each answer: a fresh connection for the next request.
    closing_ = false;
    fresh_ = true;
    buf_.clear();
    if (t < stats_.stop_at) connect();
  }
  void fail() { ++stats_.errors; }

  asio::io_context& io_;
  ssl::context& tls_;
  std::unique_ptr<Stream> stream_;
  tcp::endpoint ep_;
  Stats& stats_;
  const Options& opt_;
  std::string out_, in_, buf_;
  Clock::time_point sent_at_, connected_at_;
  bool fresh_ = true, closing_ = false, served_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  std::vector<std::string> pos;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--tls") == 0)
      opt.tls = true;
    else if (std::strcmp(argv[i], "--close") == 0)
      opt.close = true;
    else if (std::strcmp(argv[i], "--http") == 0 && i + 1 < argc)
      opt.http_path = argv[++i];
    else
      pos.emplace_back(argv[i]);
  }
  if (pos.size() < 2) {
    std::fprintf(stderr,
                 "usage: echo_loadgen HOST PORT [CONNECTIONS] [SECONDS] [SIZE] [WARMUP_SECONDS] [--tls] "
                 "[--http PATH] [--close]\n");
    return 2;
  }
  auto arg = [&](size_t i, const char* dflt) { return i < pos.size() ? pos[i] : std::string(dflt); };
  unsigned short port = static_cast<unsigned short>(std::atoi(pos[1].c_str()));
  int connections = std::atoi(arg(2, "100").c_str());
  double seconds = std::atof(arg(3, "5").c_str());
  opt.size = static_cast<size_t>(std::atoi(arg(4, "64").c_str()));
  double warmup = std::atof(arg(5, "1").c_str());

  asio::io_context io(1);
  ssl::context tls(ssl::context::tls_client);
  tls.set_verify_mode(ssl::verify_none);
  tcp::endpoint ep(asio::ip::make_address(pos[0]), port);
  Stats st;
  auto start = Clock::now();
  st.measure_from = start + std::chrono::milliseconds(static_cast<long>(warmup * 1000));
  st.stop_at = st.measure_from + std::chrono::milliseconds(static_cast<long>(seconds * 1000));
  std::vector<std::shared_ptr<Client<ssl::stream<tcp::socket>>>> tls_clients;
  std::vector<std::shared_ptr<Client<tcp::socket>>> plain_clients;
  for (int i = 0; i < connections; ++i) {
    if (opt.tls) {
      tls_clients.push_back(std::make_shared<Client<ssl::stream<tcp::socket>>>(st, opt, io, tls));
      tls_clients.back()->start(ep);
    } else {
      plain_clients.push_back(std::make_shared<Client<tcp::socket>>(st, opt, io, tls));
      plain_clients.back()->start(ep);
    }
  }
  // Bounded: every client stops sending at stop_at; a server that stops answering is cut off 5 s later.
  io.run_until(st.stop_at + std::chrono::seconds(5));

  long unserved = 0;
  for (auto& c : tls_clients) unserved += !c->served();
  for (auto& c : plain_clients) unserved += !c->served();
  std::vector<uint32_t>& l = st.latencies_us;
  std::sort(l.begin(), l.end());
  auto pct = [&](double p) -> uint32_t {
    if (l.empty()) return 0;
    size_t i = static_cast<size_t>(p * static_cast<double>(l.size() - 1));
    return l[i];
  };
  std::printf("requests=%zu seconds=%.2f req_per_s=%.0f p50_us=%u p99_us=%u max_us=%u errors=%ld unserved=%ld "
              "connects=%ld\n",
              l.size(), seconds, static_cast<double>(l.size()) / seconds, pct(0.50), pct(0.99),
              l.empty() ? 0 : l.back(), st.errors, unserved, st.connects);
  return st.errors || l.empty() ? 1 : 0;
}
