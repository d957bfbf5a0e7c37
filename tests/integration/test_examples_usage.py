"""Every program in bp/examples checks its command-line arguments: a bad one (a port that is not a number from
0 to 65535, a number that is not a number or is out of range, a missing or empty required argument, too many
arguments, an unknown option) prints "NAME: what is wrong" and the usage and exits with status 2; --help or
-h prints the usage and exits 0. Arguments holding blanks arrive quoted in @SENTENCE and are taken back whole.

The programs are run to completion with bad arguments, so none of the servers ever listens; every run is
bounded by run_basic's timeout."""
import glob
import os
import unittest

import common

# The usage line each example prints first.
USAGE = {
    "chat_server.b": "usage: mvbasic run chat_server.b [PORT [ADDRESS [MAXCLIENTS [IDLE]]]]",
    "collatz.b": "usage: mvbasic run collatz.b [LIMIT [START]]",
    "echo_server.b": "usage: mvbasic run echo_server.b [PORT [ADDRESS [MAXCLIENTS [IDLE]]]]",
    "fizzbuzz.b": "usage: mvbasic run fizzbuzz.b [N]",
    "handoff_server.b": "usage: mvbasic run handoff_server.b [PORT [COUNT]]",
    "handoff_worker.b": "usage: PHANTOM RUN handoff_worker.b",
    "hello.b": "usage: mvbasic run hello.b [NAME]",
    "http_client.b": "usage: mvbasic run http_client.b URL [-i]",
    "http_server.b": "usage: mvbasic run http_server.b [PORT [ROOT [ADDRESS [MAXCLIENTS [IDLE]]]]]",
    "json_api.b": "usage: mvbasic run json_api.b [PORT [ADDRESS]]",
    "word_count.b": 'usage: mvbasic run word_count.b ["TEXT"]',
    "serve_echo.b": "usage: mvbasic serve serve_echo.b --port PORT [options]",
    "serve_http.b": "usage: mvbasic serve serve_http.b --port PORT [options]",
    "serve_echo1.b": "usage: mvbasic serve serve_echo1.b --requeue --port PORT [options]",
}

# (program, arguments, what the first line of output says is wrong)
BAD = [
    ("chat_server.b", ["70000"], "PORT is not a number from 0 to 65535: 70000"),
    ("chat_server.b", ["port"], "PORT is not a number from 0 to 65535: port"),
    ("chat_server.b", ["-1"], "PORT is not a number from 0 to 65535: -1"),
    ("chat_server.b", ["0", "127.0.0.1", "many"], "MAXCLIENTS is not a number from 1 to 100000: many"),
    ("chat_server.b", ["0", "127.0.0.1", "0"], "MAXCLIENTS is not a number from 1 to 100000: 0"),
    ("chat_server.b", ["0", "--verbose"], "unknown option --verbose"),
    ("chat_server.b", ["0", "127.0.0.1", "10", "x"], "IDLE is not a number from 0 to 86400: x"),
    ("chat_server.b", ["0", "127.0.0.1", "10", "60", "x"], "too many arguments"),
    ("echo_server.b", ["65536"], "PORT is not a number from 0 to 65535: 65536"),
    ("echo_server.b", ["7.5"], "PORT is not a number from 0 to 65535: 7.5"),
    ("echo_server.b", ["0", "", "1e3"], "MAXCLIENTS is not a number from 1 to 100000: 1e3"),
    ("echo_server.b", ["0", "", "100001"], "MAXCLIENTS is not a number from 1 to 100000: 100001"),
    ("echo_server.b", ["0", "", "", "1.5"], "IDLE is not a number from 0 to 86400: 1.5"),
    ("echo_server.b", ["0", "", "", "86401"], "IDLE is not a number from 0 to 86400: 86401"),
    ("echo_server.b", ["1", "2", "3", "4", "5"], "too many arguments"),
    ("http_server.b", ["http"], "PORT is not a number from 0 to 65535: http"),
    ("http_server.b", ["99999"], "PORT is not a number from 0 to 65535: 99999"),
    ("http_server.b", ["0", "/no/such/folder"], "ROOT is not a folder: /no/such/folder"),
    ("http_server.b", ["0", "", "127.0.0.1", "lots"], "MAXCLIENTS is not a number from 1 to 100000: lots"),
    ("http_server.b", ["0", "-x"], "unknown option -x"),
    ("http_server.b", ["0", "", "", "10", "soon"], "IDLE is not a number from 0 to 86400: soon"),
    ("http_server.b", ["0", "", "", "10", "60", "more"], "too many arguments"),
    ("json_api.b", ["api"], "PORT is not a number from 0 to 65535: api"),
    ("json_api.b", ["0", "--tls"], "unknown option --tls"),
    ("json_api.b", ["0", "127.0.0.1", "x"], "too many arguments"),
    ("handoff_server.b", ["4250x"], "PORT is not a number from 0 to 65535: 4250x"),
    ("handoff_server.b", ["0", "ten"], "COUNT is not a whole number: ten"),
    ("handoff_server.b", ["0", "1", "2"], "too many arguments"),
    ("handoff_worker.b", [], "no connection in @SOCKET"),
    ("handoff_worker.b", ["x"], "it takes no arguments"),
    ("http_client.b", [], "URL is missing"),
    ("http_client.b", [""], "URL is empty"),
    ("http_client.b", ["https://127.0.0.1/"], "https is not supported"),
    ("http_client.b", ["http://127.0.0.1:65536/"], "the port in the URL is not a number from 1 to 65535"),
    ("http_client.b", ["http://127.0.0.1:web/"], "the port in the URL is not a number from 1 to 65535"),
    ("http_client.b", ["http://:80/"], "no host in the URL"),
    ("http_client.b", ["http://127.0.0.1/", "-v"], "unknown option -v"),
    ("http_client.b", ["http://127.0.0.1/", "http://127.0.0.1/"], "too many arguments"),
    ("fizzbuzz.b", ["ten"], "N is not a whole number: ten"),
    ("fizzbuzz.b", ["2.5"], "N is not a whole number: 2.5"),
    ("fizzbuzz.b", ["0"], "N is out of range (1 to 10000): 0"),
    ("fizzbuzz.b", ["10001"], "N is out of range (1 to 10000): 10001"),
    ("fizzbuzz.b", ["1", "2"], "too many arguments"),
    ("collatz.b", ["x"], "LIMIT is not a whole number: x"),
    ("collatz.b", ["100001"], "LIMIT is out of range (1 to 100000): 100001"),
    ("collatz.b", ["10", "-6"], "START is not a whole number: -6"),
    ("collatz.b", ["10", "0"], "START is out of range (1 to 1000000): 0"),
    ("collatz.b", ["1", "2", "3"], "too many arguments"),
    ("hello.b", ["Ada", "Lovelace"], "too many arguments"),
    ("hello.b", [""], "NAME is empty"),
    ("hello.b", ["--name"], "unknown option --name"),
    ("word_count.b", ["the", "cat"], "too many arguments"),
    ("word_count.b", ["   "], "TEXT has no words"),
    ("word_count.b", ["-c"], "unknown option -c"),
    ("serve_echo.b", [], "no connection in @SOCKET"),
    ("serve_echo.b", ["x"], "it takes no arguments"),
    ("serve_http.b", [], "no connection in @SOCKET"),
    ("serve_http.b", ["7"], "it takes no arguments"),
    ("serve_echo1.b", [], "no connection in @SOCKET"),
    ("serve_echo1.b", ["x"], "it takes no arguments"),
]


def run(program, args):
    return common.run_basic(common.example(program), args, timeout=30)


class ExamplesUsageTest(unittest.TestCase):
    def test_every_example_is_listed(self):
        # A new example must check its arguments too: it has to be added to these tables.
        names = sorted(os.path.basename(p) for p in glob.glob(common.example("*.b")))
        self.assertEqual(names, sorted(USAGE))
        self.assertEqual(sorted({p for p, _, _ in BAD}), sorted(USAGE))

    def test_help(self):
        for program, usage in sorted(USAGE.items()):
            for flag in ["--help", "-h"]:
                with self.subTest(program=program, flag=flag):
                    rc, out, err, _ = run(program, [flag])
                    self.assertEqual(rc, 0, err)
                    self.assertTrue(out.startswith(usage), out)
                    self.assertGreater(len(out.splitlines()), 1, "the usage describes the arguments")
                    self.assertEqual(err, "")
            # Help wins over a bad argument beside it.
            with self.subTest(program=program, flag="bad --help"):
                rc, out, err, _ = run(program, ["bad value", "--help"])
                self.assertEqual(rc, 0, err)
                self.assertTrue(out.startswith(usage), out)

    def test_bad_arguments(self):
        for program, args, problem in BAD:
            with self.subTest(program=program, args=args):
                rc, out, err, _ = run(program, args)
                lines = out.splitlines()
                self.assertEqual(rc, 2, out + err)
                self.assertEqual(err, "")
                self.assertTrue(lines and lines[0].startswith(program[:-2] + ": " + problem), out)
                self.assertTrue(len(lines) > 1 and lines[1].startswith(USAGE[program]), out)


class ExamplesGoodArgumentsTest(unittest.TestCase):
    """The defaults are unchanged, and arguments, quoted ones with blanks included, are used."""

    def test_defaults(self):
        rc, out, err, _ = run("fizzbuzz.b", [])
        self.assertEqual((rc, out), (0, "1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz\n"), err)
        rc, out, err, _ = run("collatz.b", [])
        self.assertEqual((rc, out.splitlines()), (0, ["Below 31, 27 takes the most steps to reach 1: 111.",
                                                      "The path from 6: 6 3 10 5 16 8 4 2 1"]), err)
        rc, out, err, _ = run("hello.b", [])
        self.assertEqual((rc, out.splitlines()[0]), (0, "Hello from mvbasic!"), err)
        rc, out, err, _ = run("word_count.b", [])
        self.assertEqual((rc, out.splitlines()[-1]), (0, "13 words, 10 different."), err)

    def test_arguments(self):
        rc, out, err, _ = run("fizzbuzz.b", ["5"])
        self.assertEqual((rc, out), (0, "1 2 Fizz 4 Buzz\n"), err)
        rc, out, err, _ = run("collatz.b", ["10", "7"])
        self.assertEqual((rc, out.splitlines()), (0, ["Below 11, 9 takes the most steps to reach 1: 19.",
                                                      "The path from 7: 7 22 11 34 17 52 26 13 40 20 10 5 16 8 4 2 1"]),
                         err)
        # Blanks and quotes inside one argument survive the trip through @SENTENCE.
        rc, out, err, _ = run("hello.b", ['Ada "the Countess" Lovelace'])
        self.assertEqual((rc, out.splitlines()[0]), (0, 'Hello, Ada "the Countess" Lovelace, from mvbasic!'), err)
        rc, out, err, _ = run("word_count.b", ["the cat  and the hat"])
        self.assertEqual((rc, out.splitlines()), (0, ["WORD       COUNT", "and            1", "cat            1",
                                                      "hat            1", "the            2",
                                                      "5 words, 4 different."]), err)


if __name__ == "__main__":
    common.main()
