"""The command line: browser-style starts, check, version, help, unknown options."""
import json
import unittest

from hostio import Host, run_cli


class BrowserStartTest(unittest.TestCase):
    def assert_serves(self, *argv):
        with Host(*argv) as host:
            self.assertEqual(host.call({"type": "hello"})["type"], "hello")
            self.assertEqual(host.close(), 0)

    def test_chromium_origin(self):
        self.assert_serves("chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/")

    def test_chromium_on_windows_with_parent_window(self):
        self.assert_serves("chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/", "--parent-window=0")

    def test_firefox_manifest_path_and_extension_id(self):
        self.assert_serves("/home/u/.mozilla/native-messaging-hosts/org.secondthought.host.json",
                           "secondthought@example.org")

    def test_serve_command(self):
        self.assert_serves("serve")

    def test_a_log_file_that_cannot_be_opened_does_not_stop_serving(self):
        with Host("serve", "--log-file", "/proc/no-such-dir/host.log") as host:
            self.assertEqual(host.call({"type": "hello"})["type"], "hello")
            self.assertEqual(host.close(), 0)
            self.assertIn("cannot open the log file", host.stderr_text())

    def test_a_bad_log_level_in_the_environment_does_not_stop_serving(self):
        with Host("serve", env={"SECONDTHOUGHT_LOG_LEVEL": "chatty"}) as host:
            self.assertEqual(host.call({"type": "hello"})["type"], "hello")
            self.assertEqual(host.close(), 0)
            self.assertIn("SECONDTHOUGHT_LOG_LEVEL", host.stderr_text())


class CheckTest(unittest.TestCase):
    def test_json_is_the_analysis_object(self):
        status, out, err = run_cli("check", "--json", "--site", "x.com", "Lovely", "walk", "today")
        reply = json.loads(out)
        self.assertEqual(reply["type"], "analysis")
        self.assertIn("id", reply)
        self.assertIsInstance(reply["warnings"], list)
        self.assertIsInstance(reply["elapsed_us"], int)
        self.assertEqual(status, 1 if reply["warnings"] else 0)
        self.assertEqual(out.count("\n"), 1)

    def test_text_from_stdin(self):
        status, out, _ = run_cli("check", "--json", "-", stdin="A quiet clinic today\n".encode())
        self.assertEqual(json.loads(out)["type"], "analysis")
        self.assertIn(status, (0, 1))

    def test_human_output_without_warnings(self):
        status, out, _ = run_cli("check", "Marathon training week six done")
        if status == 0:
            self.assertEqual(out, "No warnings.\n")
        else:
            self.assertEqual(status, 1)
            self.assertRegex(out, r"^\d+ warnings?\n")

    def test_unknown_option_is_one_line_and_exit_2(self):
        for argv in (["--frobnicate"], ["check", "--colour", "x"], ["serve", "--fast"], ["launch"], []):
            with self.subTest(argv=argv):
                status, out, err = run_cli(*argv)
                self.assertEqual(status, 2)
                self.assertEqual(out, "")
                self.assertEqual(err.count("\n"), 1)

    def test_unknown_profile_is_exit_2(self):
        self.assertEqual(run_cli("check", "--profile", "nosuch", "hi")[0], 2)

    def test_invalid_utf8_is_exit_3(self):
        status, out, err = run_cli("check", "-", stdin=b"caf\xe9")
        self.assertEqual(status, 3)
        self.assertIn("UTF-8", err)

    def test_version_and_help(self):
        status, out, _ = run_cli("--version")
        self.assertEqual(status, 0)
        self.assertRegex(out, r"^secondthought-host \d+\.\d+\.\d+\n$")
        status, out, _ = run_cli("--help")
        self.assertEqual(status, 0)
        for word in ("serve", "check", "doctor", "--log-level", "--log-file", "SECONDTHOUGHT_LOG_LEVEL"):
            self.assertIn(word, out)


if __name__ == "__main__":
    unittest.main()
