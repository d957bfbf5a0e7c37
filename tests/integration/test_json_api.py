"""bp/examples/json_api.b as a real process, driven by python3's urllib: the items API end to end (create,
list, fetch, change, delete), JSON bodies with non-ASCII text, and every error reply: a body that is not
JSON, an item that is not valid (raised inside the ITEM.STORE class and caught across the method call), an
unknown item or path, a wrong method, a client that stops half-way (408) and one that vanishes."""
import json
import socket
import time
import unittest
import unittest.mock
import urllib.error
import urllib.request

import common
from common import Server, connect


class JsonApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = Server(common.example("json_api.b"), [0, "127.0.0.1"])
        cls.base = "http://127.0.0.1:%d" % cls.srv.port

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()

    def call(self, method, path, body=None, raw=None):
        """(status, headers, decoded JSON body or None) of one request."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=10 * common.SLOW) as r:
                status, headers, text = r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            status, headers, text = e.code, e.headers, e.read()
        if text:
            self.assertEqual(int(headers["Content-Length"]), len(text))
            self.assertEqual(headers["Content-Type"], "application/json")
        return status, headers, (json.loads(text) if text else None)

    def test_items_round_trip(self):
        status, headers, item = self.call("POST", "/items", {"name": "bolts", "qty": 40})
        self.assertEqual(status, 201)
        ident = item["id"]
        self.assertEqual(item, {"id": ident, "name": "bolts", "qty": 40})
        self.assertEqual(headers["Location"], "/items/%d" % ident)
        # Non-ASCII text survives the trip, and Content-Length counts its bytes.
        status, _, other = self.call("POST", "/items", {"name": "Grüße, 東京"})
        self.assertEqual((status, other["name"], other["qty"]), (201, "Grüße, 東京", 0))
        self.assertEqual(self.call("GET", "/items/%d" % ident), (200, unittest.mock.ANY, item))
        status, _, listing = self.call("GET", "/items")
        self.assertEqual(status, 200)
        self.assertIn(item, listing["items"])
        self.assertIn(other, listing["items"])
        self.assertEqual(listing["count"], len(listing["items"]))
        status, _, changed = self.call("PUT", "/items/%d" % ident, {"name": "nuts", "qty": 7})
        self.assertEqual((status, changed), (200, {"id": ident, "name": "nuts", "qty": 7}))
        self.assertEqual(self.call("GET", "/items/%d" % ident)[2]["name"], "nuts")
        status, _, body = self.call("DELETE", "/items/%d" % other["id"])
        self.assertEqual((status, body), (204, None))
        self.assertEqual(self.call("GET", "/items/%d" % other["id"])[0], 404)
        ids = [i["id"] for i in self.call("GET", "/items")[2]["items"]]
        self.assertIn(ident, ids)
        self.assertNotIn(other["id"], ids)

    def test_errors(self):
        status, _, body = self.call("POST", "/items", raw=b'{"name": "x",')
        self.assertEqual(status, 400)
        self.assertIn("not JSON", body["error"])
        for doc, field in [({"qty": 3}, "name"), ({"name": ""}, "name"), ({"name": 5}, "name"),
                           ({"name": "x", "qty": -1}, "qty"), ({"name": "x", "qty": 1.5}, "qty"),
                           ({"name": "x", "qty": True}, "qty"), ({"name": "x", "qty": "3"}, "qty")]:
            with self.subTest(doc=doc):
                status, _, body = self.call("POST", "/items", doc)
                self.assertEqual(status, 422)
                self.assertIn('"%s"' % field, body["error"])
        status, _, body = self.call("POST", "/items", [1, 2])
        self.assertEqual((status, body["error"]), (422, "the body must be a JSON object"))
        self.assertEqual(self.call("GET", "/items/999999")[0:3:2], (404, {"error": "no item 999999"}))
        self.assertEqual(self.call("PUT", "/items/abc", {"name": "x"})[0], 404)
        self.assertEqual(self.call("GET", "/nowhere")[0], 404)
        status, headers, body = self.call("PATCH", "/items")
        self.assertEqual((status, headers["Allow"]), (405, "GET, POST"))
        status, headers, _ = self.call("POST", "/items/1", {"name": "x"})
        self.assertEqual((status, headers["Allow"]), (405, "GET, PUT, DELETE"))
        # A body over 1 MB is refused as soon as its Content-Length is read, before any of it is sent.
        self.assertTrue(self.raw(b"POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n")
                        .startswith(b"HTTP/1.1 413 Content Too Large\r\n"))

    def raw(self, request):
        """Sends request bytes on a plain socket and returns everything the server sends back."""
        s = connect(socket.AF_INET, ("127.0.0.1", self.srv.port))
        s.sendall(request)
        s.settimeout(15 * common.SLOW)
        reply = common.recv_all(s, 4096)
        s.close()
        return reply

    def test_slow_and_vanishing_clients(self):
        # A client that sends half a request is answered 408 after the server's 5 s wait; one that vanishes
        # mid-request costs nothing. The server goes on serving either way.
        reply = self.raw(b"POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{\"na")
        self.assertTrue(reply.startswith(b"HTTP/1.1 408 Request Timeout\r\n"), reply)
        s = connect(socket.AF_INET, ("127.0.0.1", self.srv.port))
        s.sendall(b"GET /items HTTP/1.1\r\nHo")
        s.close()
        status, _, health = self.call("GET", "/health")
        self.assertEqual((status, health["status"]), (200, "ok"))
        self.assertTrue(self.srv.alive())


if __name__ == "__main__":
    common.main()
