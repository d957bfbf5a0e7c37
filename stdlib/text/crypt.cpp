// ENCRYPT() and DECRYPT(). QM documents AES-128 with a key of any length "transformed into a form usable by
// AES", and a result that never holds control characters or marks, but not the transformation or the
// encoding. mvbasic's documented scheme: the AES key is the first 16 bytes of SHA-256(key); the text is
// encrypted with AES-128-CBC, a zero IV and PKCS#7 padding (so equal inputs give equal outputs, as QM's
// ENCRYPT does), and the result is base64 text. DECRYPT(ENCRYPT(s, k), k) = s; text that is not
// something ENCRYPT could have produced with that key decrypts to "".
#include <openssl/evp.h>
#include <openssl/sha.h>

#include <memory>

#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {

constexpr unsigned char kZeroIv[16] = {};

struct CipherFree {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

void aes_key(std::string_view key, unsigned char out[16]) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(key.data()), key.size(), digest);
  std::copy(digest, digest + 16, out);
}

// Runs AES-128-CBC over `in`; false when decryption finds bad padding (a wrong key or damaged text).
bool aes(std::string_view key, std::string_view in, bool encrypt, std::string& out) {
  unsigned char k[16];
  aes_key(key, k);
  std::unique_ptr<EVP_CIPHER_CTX, CipherFree> ctx(EVP_CIPHER_CTX_new());
  if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_128_cbc(), nullptr, k, kZeroIv, encrypt ? 1 : 0) != 1)
    return false;
  out.resize(in.size() + 32);
  int n = 0, tail = 0;
  auto* dst = reinterpret_cast<unsigned char*>(out.data());
  if (EVP_CipherUpdate(ctx.get(), dst, &n, reinterpret_cast<const unsigned char*>(in.data()),
                       static_cast<int>(in.size())) != 1 ||
      EVP_CipherFinal_ex(ctx.get(), dst + n, &tail) != 1)
    return false;
  out.resize(static_cast<size_t>(n + tail));
  return true;
}

std::string base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  int n =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                      reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

// Decodes base64 text whose length is a multiple of 4; false for anything else.
bool unbase64(std::string_view text, std::string& out) {
  if (text.empty() || text.size() % 4 != 0) return false;
  out.assign(text.size() / 4 * 3 + 1, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
  if (n < 0) return false;
  size_t pad = text.back() == '=' ? (text[text.size() - 2] == '=' ? 2 : 1) : 0;
  out.resize(static_cast<size_t>(n) - pad);
  return true;
}

}  // namespace

void fn_encrypt(Context& cx, Value* args, int, Value& out) {
  std::string s, k, bytes;
  if (!aes(cx.text(args[1], k), cx.text(args[0], s), true, bytes)) cx.fail("ENCRYPT failed");
  out = Value::string(base64(bytes));
}

void fn_decrypt(Context& cx, Value* args, int, Value& out) {
  std::string s, k, bytes, plain;
  if (!unbase64(cx.text(args[0], s), bytes) || !aes(cx.text(args[1], k), bytes, false, plain)) plain.clear();
  out = Value::string(std::move(plain));
}

}  // namespace mv::stdlib
