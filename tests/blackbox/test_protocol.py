"""Protocol v1 messages over pipes: hello, configure, analyze, errors, a long session."""
import unittest

from hostio import Host

CATEGORIES = ["confidentiality", "boundaries", "anonymity", "colleagues",
              "conflicts", "conduct", "visibility"]


class HelloTest(unittest.TestCase):
    def test_hello(self):
        with Host() as host:
            reply = host.call({"type": "hello"})
            self.assertEqual(reply["type"], "hello")
            self.assertEqual(reply["protocol"], 1)
            self.assertRegex(reply["host_version"], r"^\d+\.\d+\.\d+")
            self.assertEqual(reply["profiles"][0], "gmc")
            self.assertIn("nmc", reply["profiles"])
            self.assertEqual(reply["categories"], CATEGORIES)
            self.assertEqual(host.close(), 0)

    def test_ping_extension(self):
        with Host() as host:
            self.assertEqual(host.call({"type": "ping", "id": 3}), {"type": "pong", "id": 3})


class ConfigureTest(unittest.TestCase):
    def test_valid_settings_are_reported_in_force(self):
        with Host() as host:
            reply = host.call({"type": "configure", "settings": {
                "profile": "nmc", "identity": {"real_name": "Jo Bloggs"},
                "categories": {"conduct": False}, "sensitivity": "strict",
                "watch_terms": ["Ward 7"], "allow_terms": ["Dr Who"]}})
            self.assertEqual(reply["type"], "configured")
            s = reply["settings"]
            self.assertEqual(s["profile"], "nmc")
            self.assertEqual(s["identity"], {"real_name": "Jo Bloggs"})
            self.assertEqual(s["categories"], {c: c != "conduct" for c in CATEGORIES})
            self.assertEqual(s["sensitivity"], "strict")
            self.assertEqual(s["watch_terms"], ["Ward 7"])
            self.assertEqual(s["allow_terms"], ["Dr Who"])

    def test_configure_merges_over_current(self):
        with Host() as host:
            host.call({"type": "configure", "settings": {"profile": "nmc", "categories": {"conduct": False}}})
            s = host.call({"type": "configure", "settings": {"categories": {"anonymity": False}}})["settings"]
            self.assertEqual(s["profile"], "nmc")
            self.assertFalse(s["categories"]["conduct"])
            self.assertFalse(s["categories"]["anonymity"])

    def test_wrong_types_change_nothing(self):
        with Host() as host:
            before = host.call({"type": "configure", "settings": {"profile": "nmc"}})["settings"]
            for bad in [{"profile": 3}, {"profile": "nope"}, {"categories": {"conduct": "off"}},
                        {"categories": {"no_such_category": True}}, {"sensitivity": "max"},
                        {"watch_terms": "Ward 7"}, {"identity": {"real_name": 5}},
                        {"profile": "gmc", "allow_terms": [1]}]:
                with self.subTest(bad=bad):
                    reply = host.call({"type": "configure", "id": "c", "settings": bad})
                    self.assertEqual(reply["type"], "error")
                    self.assertEqual(reply["code"], "invalid_field")
                    self.assertEqual(reply["id"], "c")
            after = host.call({"type": "configure", "settings": {}})["settings"]
            self.assertEqual(after, before)

    def test_unknown_keys_are_ignored(self):
        with Host() as host:
            reply = host.call({"type": "configure", "settings": {"theme": "dark", "profile": "nmc",
                                                                 "identity": {"pronouns": "they"}}})
            self.assertEqual(reply["type"], "configured")
            self.assertEqual(reply["settings"]["profile"], "nmc")
            self.assertNotIn("theme", reply["settings"])


class AnalyzeTest(unittest.TestCase):
    def test_round_trip(self):
        with Host() as host:
            reply = host.call({"type": "analyze", "id": "a1", "text": "Lovely run this morning",
                               "site": "x.com", "context": {"surface": "reply",
                                                            "account": {"display_name": "J", "handle": "@j"}}})
            self.assertEqual(reply["type"], "analysis")
            self.assertEqual(reply["id"], "a1")
            self.assertIsInstance(reply["warnings"], list)
            self.assertIsInstance(reply["elapsed_us"], int)
            for warning in reply["warnings"]:
                self.assertEqual(set(warning), {"rule", "category", "severity", "title", "message",
                                                "spans", "guidance"})

    def test_numeric_id_is_echoed_as_given(self):
        with Host() as host:
            self.assertEqual(host.call({"type": "analyze", "id": 12, "text": "x"})["id"], 12)

    def test_thousand_requests_in_one_session(self):
        with Host() as host:
            for n in range(1000):
                if n % 100 == 0:
                    self.assertEqual(host.call({"type": "configure", "settings": {"profile": "gmc"}})["type"],
                                     "configured")
                reply = host.call({"type": "analyze", "id": f"r{n}", "text": f"Shift {n} done, tired but fine"})
                self.assertEqual((reply["type"], reply["id"]), ("analysis", f"r{n}"))
            self.assertEqual(host.close(), 0)


class ErrorTest(unittest.TestCase):
    def expect_error(self, host, body, code, request_id=None):
        reply = host.call(body)
        self.assertEqual(reply["type"], "error")
        self.assertEqual(reply["code"], code)
        self.assertIsInstance(reply["message"], str)
        if request_id is None:
            self.assertNotIn("id", reply)
        else:
            self.assertEqual(reply["id"], request_id)

    def test_malformed_messages_are_answered_and_serving_goes_on(self):
        with Host() as host:
            self.expect_error(host, b'{"type": "hello"', "invalid_json")
            self.expect_error(host, b"not json at all", "invalid_json")
            self.expect_error(host, b'\xc3\x28{"type":"hello"}', "invalid_utf8")
            self.expect_error(host, b"[1, 2, 3]", "bad_request")
            self.expect_error(host, b"42", "bad_request")
            self.expect_error(host, {"id": "x"}, "bad_request", "x")
            self.expect_error(host, {"type": 5}, "bad_request")
            self.expect_error(host, {"type": "shutdown", "id": "u"}, "unknown_type", "u")
            self.expect_error(host, {"type": "analyze", "id": "w", "text": 7}, "invalid_field", "w")
            self.expect_error(host, {"type": "analyze", "id": "w", "text": "x", "site": ["x.com"]},
                              "invalid_field", "w")
            self.expect_error(host, {"type": "analyze", "id": "w", "text": "x", "context": "post"},
                              "invalid_field", "w")
            self.expect_error(host, {"type": "analyze", "id": {"n": 1}, "text": "x"}, "invalid_field")
            self.expect_error(host, {"type": "analyze", "text": "x"}, "missing_field")
            self.expect_error(host, {"type": "analyze", "id": "m"}, "missing_field", "m")
            self.expect_error(host, {"type": "configure", "id": 4}, "missing_field", 4)
            self.assertEqual(host.call({"type": "hello"})["type"], "hello")
            self.assertEqual(host.close(), 0)


if __name__ == "__main__":
    unittest.main()
