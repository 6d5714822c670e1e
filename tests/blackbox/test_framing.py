"""Framing over real pipes: limits, end of input, split writes, reply size."""
import json
import struct
import time
import unittest

from hostio import MIB, Host, encode, frame


class EndOfInputTest(unittest.TestCase):
    def test_end_at_boundary_exits_0_at_once(self):
        with Host() as host:
            host.call({"type": "hello"})
            began = time.monotonic()
            self.assertEqual(host.close(), 0)
            self.assertLess(time.monotonic() - began, 5)

    def test_no_input_at_all_exits_0(self):
        with Host() as host:
            self.assertEqual(host.close(), 0)

    def test_end_inside_body_exits_1(self):
        with Host() as host:
            host.call({"type": "hello"})
            body = encode({"type": "hello"})
            host.send_raw(frame(body)[:-3])
            self.assertEqual(host.close(), 1)
            self.assertEqual(host.stdout_rest(), b"")
            self.assertIn("inside a message", host.stderr_text())

    def test_end_inside_length_exits_1(self):
        with Host() as host:
            host.send_raw(b"\x10\x00")
            self.assertEqual(host.close(), 1)


class LimitsTest(unittest.TestCase):
    def test_zero_length_is_bad_request_and_serving_goes_on(self):
        with Host() as host:
            host.send_raw(struct.pack("=I", 0))
            reply = host.reply()
            self.assertEqual((reply["type"], reply["code"]), ("error", "bad_request"))
            self.assertEqual(host.call({"type": "hello"})["type"], "hello")
            self.assertEqual(host.close(), 0)

    def test_over_one_mib_is_too_large_and_serving_goes_on(self):
        with Host() as host:
            text = "x" * (MIB + 10)
            host.send({"type": "analyze", "id": "big", "text": text})
            reply = host.reply()
            self.assertEqual((reply["type"], reply["code"]), ("error", "too_large"))
            self.assertEqual(host.call({"type": "analyze", "id": "after", "text": "ok"})["id"], "after")
            self.assertEqual(host.close(), 0)

    def test_exactly_one_mib_is_handled(self):
        # A ping padded with an ignored key: the frame's size matters, not the engine.
        with Host() as host:
            shell = encode({"type": "ping", "id": "edge", "pad": ""})
            body = encode({"type": "ping", "id": "edge", "pad": "a" * (MIB - len(shell))})
            self.assertEqual(len(body), MIB)
            self.assertEqual(host.call(body), {"type": "pong", "id": "edge"})

    def test_over_64_mib_declared_exits_1(self):
        with Host() as host:
            host.send_raw(struct.pack("=I", 64 * MIB + 1) + b"{}")
            self.assertEqual(host.wait(), 1)
            self.assertEqual(host.stdout_rest(), b"")
            self.assertIn("64 MiB", host.stderr_text())


class SplitWritesTest(unittest.TestCase):
    def test_frame_split_across_many_small_writes(self):
        with Host() as host:
            data = frame(encode({"type": "analyze", "id": "slow", "text": "written one byte at a time ✓"}))
            for i in range(len(data)):
                host.send_raw(data[i:i + 1])
                time.sleep(0.002)
            self.assertEqual(host.reply()["id"], "slow")
            # Two frames in one write, then a third split mid-header.
            two = frame(encode({"type": "ping", "id": 1})) + frame(encode({"type": "ping", "id": 2}))
            third = frame(encode({"type": "ping", "id": 3}))
            host.send_raw(two + third[:2])
            time.sleep(0.05)
            host.send_raw(third[2:])
            self.assertEqual([host.reply()["id"] for _ in range(3)], [1, 2, 3])
            self.assertEqual(host.close(), 0)


class ReplySizeTest(unittest.TestCase):
    def test_text_full_of_identifiers_gets_a_truncated_reply_and_serving_goes_on(self):
        # 12,000 valid NHS numbers in clinical context (~0.5 MB of text): the spans
        # of their warnings alone take more than 1 MiB of JSON.
        text = "Saw patient NHS no 943 476 5919 in clinic. " * 12000
        with Host() as host:
            host.send({"type": "analyze", "id": "many", "text": text})
            raw = host.reply_bytes()
            self.assertLessEqual(len(raw), MIB)
            reply = json.loads(raw)
            self.assertEqual((reply["type"], reply["id"]), ("analysis", "many"))
            self.assertIs(reply.get("truncated"), True)
            self.assertTrue(reply["warnings"], "the warnings that fit are sent")
            self.assertEqual(host.call({"type": "hello"})["type"], "hello")
            self.assertEqual(host.close(), 0)


if __name__ == "__main__":
    unittest.main()
