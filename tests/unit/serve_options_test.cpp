// The settings of `mvbasic serve`: the configuration file's [serve] section and SERVE.* parameters, the
// command line over them, and the usage errors for values of the wrong shape.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "runtime/cli/cli.hpp"
#include "runtime/cli/serve.hpp"
#include "runtime/config.hpp"

namespace {

using mv::cli::ServeOptions;

// A configuration file holding `text`, removed when the test ends.
struct ConfigFile {
  std::string path;
  explicit ConfigFile(const std::string& text) {
    path = "/tmp/mvbasic-serve-test-" + std::to_string(::getpid()) + ".conf";
    std::ofstream(path) << text;
  }
  ~ConfigFile() { std::remove(path.c_str()); }
};

int parse(std::vector<std::string> words, ServeOptions& o) {
  bool help = false;
  return mv::cli::parse_serve_options(words, o, help);
}

TEST(ServeConfig, ServeSectionNamesArePrefixed) {
  mv::runtime::Config c;
  std::string error;
  ASSERT_TRUE(mv::runtime::parse_config("t.conf",
                                        "NUMUSERS = 3\n[serve]\nport = 8080\nMAX.CLIENTS=9\n[mvbasic]\n"
                                        "SERVE.WORKERS = 2\n",
                                        c, error))
      << error;
  EXPECT_EQ(c.params["SERVE.PORT"], "8080");
  EXPECT_EQ(c.params["SERVE.MAX.CLIENTS"], "9");
  EXPECT_EQ(c.params["SERVE.WORKERS"], "2");
  EXPECT_EQ(c.params.count("PORT"), 0u);
  EXPECT_EQ(c.numusers, 3);
}

TEST(ServeOptions, ConfigurationGivesDefaultsAndTheCommandLineWins) {
  ConfigFile conf("[serve]\nLISTEN = 127.0.0.1\nPORT = 7007\nWORKERS = 3\nIDLE.TIMEOUT = 2.5\nNODELAY = 1\n");
  ServeOptions o;
  ASSERT_EQ(parse({"prog.b", "--config", conf.path, "--workers", "5"}, o), mv::cli::kExitOk);
  EXPECT_EQ(o.program, "prog.b");
  EXPECT_EQ(o.listen, "127.0.0.1");
  EXPECT_EQ(o.port, 7007);
  EXPECT_EQ(o.workers, 5);
  EXPECT_DOUBLE_EQ(o.idle_timeout, 2.5);
  EXPECT_TRUE(o.nodelay);
  EXPECT_FALSE(o.keepalive);
  EXPECT_EQ(o.max_clients, 256);
}

TEST(ServeOptions, UnixPathNeedsNoPort) {
  ConfigFile conf("");
  ServeOptions o;
  ASSERT_EQ(parse({"--config", conf.path, "--listen", "/tmp/x.sock", "prog.b"}, o), mv::cli::kExitOk);
  EXPECT_TRUE(o.is_unix());
  ServeOptions tcp;
  EXPECT_EQ(parse({"--config", conf.path, "prog.b"}, tcp), mv::cli::kExitUsage);  // TCP needs --port
}

TEST(ServeOptions, TlsAndRequeueFromTheConfigurationFile) {
  ConfigFile conf("[serve]\nPORT = 443\nREQUEUE = 1\nTLS.CERT = c.pem\nTLS.KEY = k.pem\nTLS.CA = ca.pem\n"
                  "TLS.VERIFY.CLIENT = require\nTLS.TIMEOUT = 2.5\n");
  ServeOptions o;
  ASSERT_EQ(parse({"prog.b", "--config", conf.path}, o), mv::cli::kExitOk);
  EXPECT_TRUE(o.requeue);
  EXPECT_TRUE(o.tls());
  EXPECT_EQ(o.tls_cert, "c.pem");
  EXPECT_EQ(o.tls_key, "k.pem");
  EXPECT_EQ(o.tls_ca, "ca.pem");
  EXPECT_EQ(o.tls_verify_client, "require");
  EXPECT_DOUBLE_EQ(o.tls_timeout, 2.5);
  ServeOptions plain;
  ConfigFile none("");
  ASSERT_EQ(parse({"prog.b", "--port", "0", "--config", none.path}, plain), mv::cli::kExitOk);
  EXPECT_FALSE(plain.requeue);
  EXPECT_FALSE(plain.tls());
  EXPECT_EQ(plain.tls_verify_client, "none");
}

TEST(ServeOptions, BadValuesAreUsageErrors) {
  ConfigFile conf("");
  const std::vector<std::vector<std::string>> bad = {
      {"p.b", "--port", "65536"},
      {"p.b", "--port", "-1"},
      {"p.b", "--port", "0", "--workers", "0"},
      {"p.b", "--port", "0", "--workers", "2x"},
      {"p.b", "--port", "0", "--backlog", "0"},
      {"p.b", "--port", "0", "--max-clients", "99999999999"},
      {"p.b", "--port", "0", "--grace", "nan"},
      {"p.b", "--port", "0", "--idle-timeout", "1e400"},
      {"p.b", "--port", "0", "--bogus"},
      {"p.b", "--port", "0", "--tls-key", "k.pem"},  // a key without a certificate
      {"p.b", "--port", "0", "--tls-cert", "c.pem", "--tls-verify-client", "maybe"},
      {"p.b", "--port", "0", "--tls-cert", "c.pem", "--tls-timeout", "0"},
      {"p.b", "--listen", "/tmp/x.sock", "--tls-cert", "c.pem"},
      {"p.b", "--port", "0", "--requeue", "1"},  // a switch takes no value: "1" is a second PROGRAM
      {"p.b", "q.b", "--port", "0"},
  };
  for (auto words : bad) {
    words.insert(words.end(), {"--config", conf.path});
    ServeOptions o;
    EXPECT_EQ(parse(words, o), mv::cli::kExitUsage) << words[1] << " " << words[2];
  }
  ConfigFile bad_conf("SERVE.GRACE = soon\n");
  ServeOptions o;
  EXPECT_EQ(parse({"p.b", "--port", "0", "--config", bad_conf.path}, o), mv::cli::kExitUsage);
}

}  // namespace
