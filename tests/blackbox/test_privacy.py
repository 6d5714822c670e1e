"""The draft never reaches a log: a distinctive draft, sent every way we can think
of at the most verbose level with a log file on, must not appear in stderr or in
the file, whole or in part."""
import json
import os
import tempfile
import unittest

from hostio import MIB, Host, encode, frame, run_cli

NAME = "Zephyrine Quabblesworth"
WARD = "Xylophonia"
DRAFT = (f"Saw {NAME} today on Ward {WARD}, NHS 943 476 5919, DOB 03/07/1951 - "
         "\U0001F337 tr\u00e8s inqui\u00e8te")
# Substrings that could only have come from the draft or the settings.
NEEDLES = ["943 476 5919", "9434765919", "03/07/1951", "inqui\u00e8te", "\U0001F337"]
for word in ("Zephyrine", "Quabblesworth", WARD):
    NEEDLES += [word[i:i + 6] for i in range(len(word) - 5)]


def leaked(text):
    low = text.lower()
    return [n for n in NEEDLES if n.lower() in low]


def hostile_messages():
    """Every kind of message the draft can arrive in, well-formed or not."""
    good = encode({"type": "analyze", "id": "p1", "text": DRAFT, "site": "x.com",
                   "context": {"surface": "post", "account": {"display_name": NAME, "handle": "@zq"}}})
    yield encode({"type": "configure", "settings": {"identity": {"real_name": NAME}, "watch_terms": [WARD]}})
    yield good
    for cut in range(10, len(good), 7):  # JSON errors at every position, near the draft
        yield good[:cut]
    yield good.replace(b"Saw", b"S\xffw")  # invalid UTF-8 in the draft
    yield good.replace(b'"text"', b'"text" "text"')
    yield encode({"type": DRAFT})
    yield encode({"type": "analyze", "id": "p2", "text": [DRAFT]})
    yield encode({"type": "analyze", "id": DRAFT, "text": DRAFT})
    yield encode({"type": "analyze", "id": "p3", "text": DRAFT, "context": {"surface": DRAFT}})
    yield encode({"type": "configure", "settings": {"profile": DRAFT}})
    yield encode({"type": "configure", "settings": {"categories": {DRAFT: True}}})
    yield encode({"type": "configure", "settings": {"watch_terms": [DRAFT, 1]}})
    yield encode([DRAFT])
    yield encode(DRAFT)
    yield encode({"type": "analyze", "id": "big", "text": DRAFT * (MIB // len(DRAFT) + 10)})


class PrivacyTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.log_path = os.path.join(self.dir.name, "host.log")

    def tearDown(self):
        self.dir.cleanup()

    def log_file_text(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def speak(self, host):
        for body in hostile_messages():
            host.send(body)
            host.reply()
        # Finally, input that ends inside a frame, in the middle of the draft.
        host.send_raw(frame(encode({"type": "analyze", "id": "cut", "text": DRAFT}))[:60])
        self.assertEqual(host.close(), 1)

    def assert_clean(self, stderr):
        log = self.log_file_text()
        # The logs are really at trace level, so the search below means something.
        self.assertIn("[trace]", log)
        self.assertGreater(log.count("\n"), 50)
        self.assertEqual(leaked(stderr), [])
        self.assertEqual(leaked(log), [])

    def test_serve_with_options(self):
        with Host("serve", "--log-level", "trace", "--log-file", self.log_path) as host:
            self.speak(host)
            self.assert_clean(host.stderr_text())

    def test_browser_start_with_environment(self):
        env = {"SECONDTHOUGHT_LOG_LEVEL": "trace", "SECONDTHOUGHT_LOG_FILE": self.log_path}
        with Host("chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/", env=env) as host:
            self.speak(host)
            self.assert_clean(host.stderr_text())

    def test_check_command_logs_nothing_of_the_draft(self):
        # The check command's stdout shows the excerpt to the user who asked; its
        # logs must still hold nothing of it.
        for args, stdin in ((["--json", DRAFT], b""), (["-"], DRAFT.encode()), (["-"], b"\xff" + DRAFT.encode())):
            with self.subTest(args=args[0]):
                status, _, err = run_cli("--log-level", "trace", "--log-file", self.log_path, "check", *args,
                                         stdin=stdin)
                self.assertIn(status, (0, 1, 3))
                self.assertEqual(leaked(err), [])
                self.assertEqual(leaked(self.log_file_text()), [])

    def test_needles_are_found_when_present(self):
        # Guards the search itself: a log line quoting the draft would be caught.
        self.assertNotEqual(leaked(json.dumps({"m": DRAFT}, ensure_ascii=False)), [])
        self.assertNotEqual(leaked("... Quabbl ..."), [])


if __name__ == "__main__":
    unittest.main()
