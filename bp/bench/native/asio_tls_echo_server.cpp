// A single-threaded Boost.Asio TLS echo server: the native yardstick for TLS on mvbasic's sockets, the way
// openssl s_server would serve it but without its per-line overhead. The same work as asio_echo_server
// (accept, read what arrived, write it back) with a TLS handshake first.
//
//   asio_tls_echo_server CERT KEY [PORT [ADDRESS]]   (PORT 0 lets the system choose; prints "LISTENING <port>")
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange under C++20

#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace asio = boost::asio;
namespace ssl = asio::ssl;
using asio::ip::tcp;
using ErrorCode = boost::system::error_code;

namespace {

// One client: the handshake, then read whatever has arrived and write it all back until the client goes.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket s, ssl::context& ctx) : stream_(std::move(s), ctx) {}
  void start() {
    stream_.lowest_layer().set_option(tcp::no_delay(true));
    auto self = shared_from_this();
    stream_.async_handshake(ssl::stream_base::server, [self](const ErrorCode& ec) {
      if (!ec) self->read();
    });
  }

 private:
  void read() {
    auto self = shared_from_this();
    stream_.async_read_some(asio::buffer(buf_), [self](const ErrorCode& ec, std::size_t n) {
      if (!ec) self->write(n);
    });
  }
  void write(std::size_t n) {
    auto self = shared_from_this();
    asio::async_write(stream_, asio::buffer(buf_, n), [self](const ErrorCode& ec, std::size_t) {
      if (!ec) self->read();
    });
  }
  ssl::stream<tcp::socket> stream_;
  char buf_[65536];
};

void accept_loop(tcp::acceptor& acceptor, ssl::context& ctx) {
  acceptor.async_accept([&acceptor, &ctx](const ErrorCode& ec, tcp::socket s) {
    if (!ec) std::make_shared<Session>(std::move(s), ctx)->start();
    accept_loop(acceptor, ctx);
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: asio_tls_echo_server CERT KEY [PORT [ADDRESS]]\n");
    return 2;
  }
  unsigned short port = argc > 3 ? static_cast<unsigned short>(std::atoi(argv[3])) : 7010;
  std::string addr = argc > 4 ? argv[4] : "0.0.0.0";
  ssl::context ctx(ssl::context::tls_server);
  try {
    ctx.use_certificate_chain_file(argv[1]);
    ctx.use_private_key_file(argv[2], ssl::context::pem);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "asio_tls_echo_server: %s\n", e.what());
    return 2;
  }
  asio::io_context io(1);
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address(addr), port));
  std::printf("LISTENING %u\n", acceptor.local_endpoint().port());
  std::fflush(stdout);
  accept_loop(acceptor, ctx);
  io.run();
}
