"""Detection through the protocol, with spans in UTF-16 units as JavaScript counts.

These need the real engine: with the interim stub, which reported no warnings, they
failed. A bare number is not a finding for the engine, so every identifier here comes
with clinical context. Expected offsets are computed here from the text itself."""
import json
import unittest

from hostio import Host, run_cli, utf16_len

NUMBER = "943 476 5919"  # a valid NHS number (modulus 11)

PREFIXES = {
    "emoji": "Long night \U0001F469\u200D\u2695\uFE0F\U0001F3FD\U0001F62D ",
    "combining marks": "Cafe\u0301 na\u0308ive re\u0301sume\u0301 ",
    "cjk": "\u4eca\u5929\u5f88\u5fd9\uff0c\u60a3\u8005\u5f88\u591a ",
    "right-to-left": "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u200f",
    "astral cjk": "\U00020000\U0002A6D6 ",
}


def number_span(text):
    start = utf16_len(text[:text.index(NUMBER)])
    return {"start": start, "end": start + utf16_len(NUMBER)}


class SpansTest(unittest.TestCase):
    def analyze(self, host, text):
        reply = host.call({"type": "analyze", "id": "s", "text": text, "site": "x.com"})
        self.assertEqual(reply["type"], "analysis")
        return reply["warnings"]

    def assert_number_flagged(self, warnings, text):
        expected = number_span(text)
        covering = [w for w in warnings if w["category"] == "confidentiality" and expected in w["spans"]]
        self.assertTrue(covering, f"no confidentiality warning with span {expected}: {warnings}")

    def test_identifier_after_each_script(self):
        with Host() as host:
            for name, prefix in PREFIXES.items():
                with self.subTest(prefix=name):
                    text = f"{prefix}patient NHS no {NUMBER} seen in clinic"
                    self.assert_number_flagged(self.analyze(host, text), text)

    def test_identifier_after_all_of_them(self):
        text = "".join(PREFIXES.values()) + f"patient NHS no {NUMBER} seen in clinic"
        with Host() as host:
            self.assert_number_flagged(self.analyze(host, text), text)

    def test_emoji_shifts_by_two(self):
        plain = f"Patient NHS no {NUMBER} seen in clinic"
        with Host() as host:
            self.assert_number_flagged(self.analyze(host, plain), plain)
            shifted = "\U0001F600" + plain
            self.assertEqual(number_span(shifted)["start"], number_span(plain)["start"] + 2)
            self.assert_number_flagged(self.analyze(host, shifted), shifted)


class AcceptanceTest(unittest.TestCase):
    TEXT = "Saw Mrs Okafor today, NHS no 943 476 5919"

    def test_check_flags_name_and_number(self):
        status, out, _ = run_cli("check", "-", stdin=(self.TEXT + "\n").encode())
        self.assertEqual(status, 1)
        self.assertIn("[HIGH] confidentiality", out)
        self.assertIn("Okafor»", out)
        self.assertIn(f"«{NUMBER}»", out)

    def test_check_json_spans_cover_name_and_number(self):
        status, out, _ = run_cli("check", "--json", self.TEXT)
        reply = json.loads(out)
        high = [w for w in reply["warnings"] if w["category"] == "confidentiality" and w["severity"] == "high"]
        spans = [(s["start"], s["end"]) for w in high for s in w["spans"]]
        name_at = self.TEXT.index("Okafor")
        number_at = self.TEXT.index(NUMBER)
        self.assertTrue(any(s <= name_at < e for s, e in spans), spans)
        self.assertTrue(any(s <= number_at and number_at + len(NUMBER) <= e for s, e in spans), spans)
        self.assertEqual(status, 1)


if __name__ == "__main__":
    unittest.main()
