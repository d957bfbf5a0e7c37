// Socket built-ins (placeholders until the Boost.Asio implementation lands; see issue 3).
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {
[[noreturn]] void not_yet(Context& cx, const char* name) {
  cx.fail(std::string(name) + " is not implemented yet in this build of mvbasic");
}
}  // namespace

void fn_accept_socket(Context& cx, Value*, int, Value&) { not_yet(cx, "ACCEPT.SOCKET.CONNECTION"); }
void fn_close_socket(Context& cx, Value*, int, Value&) { not_yet(cx, "CLOSE.SOCKET"); }
void fn_create_server_socket(Context& cx, Value*, int, Value&) { not_yet(cx, "CREATE.SERVER.SOCKET"); }
void fn_open_socket(Context& cx, Value*, int, Value&) { not_yet(cx, "OPEN.SOCKET"); }
void fn_read_socket(Context& cx, Value*, int, Value&) { not_yet(cx, "READ.SOCKET"); }
void fn_write_socket(Context& cx, Value*, int, Value&) { not_yet(cx, "WRITE.SOCKET"); }
void fn_select_socket(Context& cx, Value*, int, Value&) { not_yet(cx, "SELECT.SOCKET"); }
void fn_server_addr(Context& cx, Value*, int, Value&) { not_yet(cx, "SERVER.ADDR"); }
void fn_set_socket_mode(Context& cx, Value*, int, Value&) { not_yet(cx, "SET.SOCKET.MODE"); }
void fn_socket_info(Context& cx, Value*, int, Value&) { not_yet(cx, "SOCKET.INFO"); }

}  // namespace mv::stdlib
