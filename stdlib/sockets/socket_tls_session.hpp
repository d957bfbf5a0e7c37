// The OpenSSL session of a secure socket, shared by socket_tls.cpp (SOCKET.INFO) and socket_tls_io.cpp
// (everything else). Not part of the socket_tls.hpp API.
#pragma once

#include <openssl/ssl.h>

#include <cstddef>
#include <string>

namespace mv::stdlib::sockets {

// OpenSSL reads the descriptor and writes through our own BIO (socket_tls_io.cpp): reads are recv() calls that
// report "retry" when nothing is there; writes go to the kernel at once when they can and wait in `out`
// otherwise, so OpenSSL never has to be retried with the same data and nothing raises SIGPIPE.
struct TlsSession {
  SSL* ssl = nullptr;
  int fd = -1;
  bool server = false;
  bool eof = false;     // recv() saw the end of the stream
  bool broken = false;  // a fatal error: no TLS close is sent
  int sys_error = 0;    // errno of the last failed recv() or send() inside OpenSSL
  std::string out;      // ciphertext written by OpenSSL that the kernel has not taken yet
  size_t out_pos = 0;
};

}  // namespace mv::stdlib::sockets
