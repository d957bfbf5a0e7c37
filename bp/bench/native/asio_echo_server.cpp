// A single-threaded Boost.Asio TCP echo server: the native yardstick for bp/examples/echo_server.b.
// It does the same work as the BASIC server (accept, read what arrived, write it back) on one thread, the
// way a careful C++ programmer would write it: one io_context, asynchronous accept, read and write.
//
//   asio_echo_server [PORT [ADDRESS]]      (PORT 0 lets the system choose; prints "LISTENING <port>")
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange under C++20

#include <boost/asio.hpp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

// One client: read whatever has arrived, write it all back, repeat until the client goes.
class Session : public std::enable_shared_from_this<Session> {
 public:
  explicit Session(tcp::socket s) : socket_(std::move(s)) {}
  void start() {
    socket_.set_option(tcp::no_delay(true));
    read();
  }

 private:
  void read() {
    auto self = shared_from_this();
    socket_.async_read_some(asio::buffer(buf_), [self](const boost::system::error_code& ec, std::size_t n) {
      if (!ec) self->write(n);
    });
  }
  void write(std::size_t n) {
    auto self = shared_from_this();
    asio::async_write(socket_, asio::buffer(buf_, n), [self](const boost::system::error_code& ec, std::size_t) {
      if (!ec) self->read();
    });
  }
  tcp::socket socket_;
  char buf_[65536];
};

void accept_loop(tcp::acceptor& acceptor) {
  acceptor.async_accept([&acceptor](const boost::system::error_code& ec, tcp::socket s) {
    if (!ec) std::make_shared<Session>(std::move(s))->start();
    accept_loop(acceptor);
  });
}

}  // namespace

int main(int argc, char** argv) {
  unsigned short port = argc > 1 ? static_cast<unsigned short>(std::atoi(argv[1])) : 7009;
  std::string addr = argc > 2 ? argv[2] : "0.0.0.0";
  asio::io_context io(1);
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address(addr), port));
  std::printf("LISTENING %u\n", acceptor.local_endpoint().port());
  std::fflush(stdout);
  accept_loop(acceptor);
  io.run();
}
