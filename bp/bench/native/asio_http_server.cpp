// A single-threaded Boost.Asio HTTP/1.1 keep-alive file server: the native yardstick for
// bp/examples/http_server.b and `mvbasic serve bp/examples/serve_http.b` in bp/bench/serve.sh. It does the work
// those do for a GET (read the request head, find the file under ROOT, read it, answer 200 with a
// Content-Length, or 404) the way a careful C++ programmer would write it on one io_context. It reads the
// file at every request, as http_server.b does with OSREAD, so the comparison is of the serving, not caching.
//
//   asio_http_server ROOT [PORT [ADDRESS]]   (PORT 0 lets the system choose; prints "LISTENING <port>")
//
// Connections are kept alive unless the request says "Connection: close"; pipelined requests are answered
// in order. Paths holding ".." are refused with 404; "/" means /index.html.
#include <utility>  // before Asio: Boost 1.74's awaitable.hpp needs std::exchange under C++20

#include <boost/asio.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>

namespace asio = boost::asio;
using asio::ip::tcp;
using ErrorCode = boost::system::error_code;

namespace {

std::string g_root;

// The whole response to one request head.
std::string respond(const std::string& head, bool& keep_alive) {
  std::istringstream line(head.substr(0, head.find("\r\n")));
  std::string method, path, version;
  line >> method >> path >> version;
  keep_alive = version == "HTTP/1.1" && head.find("Connection: close") == std::string::npos;
  if (path == "/") path = "/index.html";
  std::string body;
  bool found = false;
  if (!path.empty() && path[0] == '/' && path.find("..") == std::string::npos) {
    std::ifstream in(g_root + path, std::ios::binary);
    if (in) {
      body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      found = true;
    }
  }
  if (!found) body = "not found\n";
  std::string out = found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n";
  out += "Content-Type: text/html\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  out += keep_alive ? "\r\n" : "Connection: close\r\n\r\n";
  if (method != "HEAD") out += body;
  return out;
}

// One client: read until a whole request head has arrived, answer every complete head, repeat.
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
    socket_.async_read_some(asio::buffer(buf_), [self](const ErrorCode& ec, std::size_t n) {
      if (ec) return;
      self->in_.append(self->buf_, n);
      self->answer();
    });
  }
  void answer() {
    std::string out;
    bool keep_alive = true;
    size_t end;
    while (keep_alive && (end = in_.find("\r\n\r\n")) != std::string::npos) {
      out += respond(in_.substr(0, end + 4), keep_alive);
      in_.erase(0, end + 4);
    }
    if (in_.size() > 65536) return;  // a head that never ends: drop the client
    if (out.empty()) return read();
    out_ = std::move(out);
    auto self = shared_from_this();
    asio::async_write(socket_, asio::buffer(out_), [self, keep_alive](const ErrorCode& ec, std::size_t) {
      if (ec) return;
      if (keep_alive) return self->read();
      ErrorCode ignored;
      self->socket_.shutdown(tcp::socket::shutdown_both, ignored);
    });
  }
  tcp::socket socket_;
  char buf_[16384];
  std::string in_, out_;
};

void accept_loop(tcp::acceptor& acceptor) {
  acceptor.async_accept([&acceptor](const ErrorCode& ec, tcp::socket s) {
    if (!ec) std::make_shared<Session>(std::move(s))->start();
    accept_loop(acceptor);
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: asio_http_server ROOT [PORT [ADDRESS]]\n");
    return 2;
  }
  g_root = argv[1];
  unsigned short port = argc > 2 ? static_cast<unsigned short>(std::atoi(argv[2])) : 8080;
  std::string addr = argc > 3 ? argv[3] : "0.0.0.0";
  asio::io_context io(1);
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address(addr), port));
  std::printf("LISTENING %u\n", acceptor.local_endpoint().port());
  std::fflush(stdout);
  accept_loop(acceptor);
  io.run();
}
