// The load generator of the socket echo benchmark: C connections, each sending a fixed-size message and
// waiting for all of it to come back before sending the next (closed loop), for D seconds after a warm-up.
// It reports requests per second and the latency percentiles of one request (send to last byte back).
//
//   echo_loadgen HOST PORT [CONNECTIONS=100] [SECONDS=5] [SIZE=64] [WARMUP_SECONDS=1]
//
// Output, one line: "requests=N seconds=S req_per_s=R p50_us=A p99_us=B max_us=C errors=E".
// One thread: on a two-core machine the server under test gets the other core.
#include <algorithm>
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange under C++20

#include <boost/asio.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace asio = boost::asio;
using asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
  Clock::time_point measure_from, stop_at;
  std::vector<uint32_t> latencies_us;
  long errors = 0;
  int live = 0;
};

class Client : public std::enable_shared_from_this<Client> {
 public:
  Client(asio::io_context& io, Stats& st, size_t size) : socket_(io), stats_(st), out_(size, 'x'), in_(size) {
    for (size_t i = 0; i < size; ++i) out_[i] = static_cast<char>('a' + i % 26);
  }
  void start(const tcp::endpoint& ep) {
    auto self = shared_from_this();
    ++stats_.live;
    socket_.async_connect(ep, [self](const boost::system::error_code& ec) {
      if (ec) return self->fail();
      self->socket_.set_option(tcp::no_delay(true));
      self->send();
    });
  }

 private:
  void send() {
    Clock::time_point now = Clock::now();
    if (now >= stats_.stop_at) {
      --stats_.live;
      return;
    }
    sent_at_ = now;
    auto self = shared_from_this();
    asio::async_write(socket_, asio::buffer(out_), [self](const boost::system::error_code& ec, size_t) {
      if (ec) return self->fail();
      asio::async_read(self->socket_, asio::buffer(self->in_),
                       [self](const boost::system::error_code& rec, size_t) {
                         if (rec || self->in_ != self->out_) return self->fail();
                         Clock::time_point done = Clock::now();
                         if (self->sent_at_ >= self->stats_.measure_from && done <= self->stats_.stop_at) {
                           auto us = std::chrono::duration_cast<std::chrono::microseconds>(done - self->sent_at_);
                           self->stats_.latencies_us.push_back(static_cast<uint32_t>(us.count()));
                         }
                         self->send();
                       });
    });
  }
  void fail() {
    ++stats_.errors;
    --stats_.live;
  }
  tcp::socket socket_;
  Stats& stats_;
  std::vector<char> out_, in_;
  Clock::time_point sent_at_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: echo_loadgen HOST PORT [CONNECTIONS] [SECONDS] [SIZE] [WARMUP_SECONDS]\n");
    return 2;
  }
  std::string host = argv[1];
  unsigned short port = static_cast<unsigned short>(std::atoi(argv[2]));
  int connections = argc > 3 ? std::atoi(argv[3]) : 100;
  double seconds = argc > 4 ? std::atof(argv[4]) : 5;
  size_t size = argc > 5 ? static_cast<size_t>(std::atoi(argv[5])) : 64;
  double warmup = argc > 6 ? std::atof(argv[6]) : 1;

  asio::io_context io(1);
  tcp::endpoint ep(asio::ip::make_address(host), port);
  Stats st;
  auto start = Clock::now();
  st.measure_from = start + std::chrono::milliseconds(static_cast<long>(warmup * 1000));
  st.stop_at = st.measure_from + std::chrono::milliseconds(static_cast<long>(seconds * 1000));
  std::vector<std::shared_ptr<Client>> clients;
  for (int i = 0; i < connections; ++i) {
    clients.push_back(std::make_shared<Client>(io, st, size));
    clients.back()->start(ep);
  }
  // Bounded: every client stops sending at stop_at; a server that stops answering is cut off 5 s later.
  io.run_until(st.stop_at + std::chrono::seconds(5));

  std::vector<uint32_t>& l = st.latencies_us;
  std::sort(l.begin(), l.end());
  auto pct = [&](double p) -> uint32_t {
    if (l.empty()) return 0;
    size_t i = static_cast<size_t>(p * static_cast<double>(l.size() - 1));
    return l[i];
  };
  std::printf("requests=%zu seconds=%.2f req_per_s=%.0f p50_us=%u p99_us=%u max_us=%u errors=%ld\n", l.size(),
              seconds, static_cast<double>(l.size()) / seconds, pct(0.50), pct(0.99), l.empty() ? 0 : l.back(),
              st.errors);
  return st.errors || l.empty() ? 1 : 0;
}
