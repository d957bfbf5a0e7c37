// File built-ins (placeholders until directory and sequential files land; see issue 5).
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {
[[noreturn]] void not_yet(Context& cx, const char* name) {
  cx.fail(std::string(name) + " is not implemented yet in this build of mvbasic");
}
}  // namespace

void fn_fileinfo(Context& cx, Value*, int, Value&) { not_yet(cx, "FILEINFO"); }
void fn_recordlocked(Context& cx, Value*, int, Value&) { not_yet(cx, "RECORDLOCKED"); }
void fn_open(Context& cx, Value*, int, Value&) { not_yet(cx, "OPEN"); }
void fn_openpath(Context& cx, Value*, int, Value&) { not_yet(cx, "OPENPATH"); }
void fn_close(Context& cx, Value*, int, Value&) { not_yet(cx, "CLOSE"); }
void fn_read(Context& cx, Value*, int, Value&) { not_yet(cx, "READ"); }
void fn_readv(Context& cx, Value*, int, Value&) { not_yet(cx, "READV"); }
void fn_write(Context& cx, Value*, int, Value&) { not_yet(cx, "WRITE"); }
void fn_writev(Context& cx, Value*, int, Value&) { not_yet(cx, "WRITEV"); }
void fn_delete_record(Context& cx, Value*, int, Value&) { not_yet(cx, "DELETE"); }
void fn_release(Context& cx, Value*, int, Value&) { not_yet(cx, "RELEASE"); }
void fn_select(Context& cx, Value*, int, Value&) { not_yet(cx, "SELECT"); }
void fn_readnext(Context& cx, Value*, int, Value&) { not_yet(cx, "READNEXT"); }
void fn_clearselect(Context& cx, Value*, int, Value&) { not_yet(cx, "CLEARSELECT"); }
void fn_openseq(Context& cx, Value*, int, Value&) { not_yet(cx, "OPENSEQ"); }
void fn_readseq(Context& cx, Value*, int, Value&) { not_yet(cx, "READSEQ"); }
void fn_writeseq(Context& cx, Value*, int, Value&) { not_yet(cx, "WRITESEQ"); }
void fn_weofseq(Context& cx, Value*, int, Value&) { not_yet(cx, "WEOFSEQ"); }
void fn_closeseq(Context& cx, Value*, int, Value&) { not_yet(cx, "CLOSESEQ"); }

}  // namespace mv::stdlib
