"""Starting the built host and speaking native messaging to it, as a browser does.

The binary is taken from the ST_HOST environment variable (CTest sets it)."""
import json
import os
import struct
import subprocess
import tempfile
import time

HOST = os.environ.get("ST_HOST", "")
MIB = 1 << 20


def frame(body: bytes) -> bytes:
    return struct.pack("=I", len(body)) + body


def encode(message) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode("utf-8")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class Host:
    """One host process. stderr goes to a temporary file so it can never block."""

    def __init__(self, *args, env=None):
        if not HOST:
            raise RuntimeError("ST_HOST is not set: run through ctest")
        self.stderr_file = tempfile.TemporaryFile()
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.proc = subprocess.Popen([HOST, *(args or ("serve",))], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr_file, env=full_env)

    def send_raw(self, data: bytes):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        self.send_raw(frame(message if isinstance(message, bytes) else encode(message)))

    def read_exact(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self.proc.stdout.read(size - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def reply_bytes(self) -> bytes:
        head = self.read_exact(4)
        if len(head) < 4:
            raise EOFError(f"host closed its output (exit {self.proc.poll()})")
        (length,) = struct.unpack("=I", head)
        if length > MIB:
            raise AssertionError(f"reply of {length} bytes is over 1 MiB")
        return self.read_exact(length)

    def reply(self):
        return json.loads(self.reply_bytes().decode("utf-8"))

    def call(self, message):
        self.send(message)
        return self.reply()

    def close(self, timeout=30) -> int:
        """Ends input and returns the exit status."""
        try:
            self.proc.stdin.close()
        except BrokenPipeError:
            pass
        return self.wait(timeout)

    def wait(self, timeout=30) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError("host did not exit in time")

    def stdout_rest(self) -> bytes:
        return self.proc.stdout.read()

    def stderr_text(self) -> str:
        self.stderr_file.seek(0)
        return self.stderr_file.read().decode("utf-8", "replace")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
        if not self.proc.stdin.closed:
            try:
                self.proc.stdin.close()
            except BrokenPipeError:
                pass
        self.stderr_file.close()


def run_cli(*args, stdin: bytes = b"", env=None, timeout=60):
    """Runs the host once as a command; returns (status, stdout, stderr) as text."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    done = subprocess.run([HOST, *args], input=stdin, capture_output=True, env=full_env, timeout=timeout)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace")


def timed(function):
    began = time.monotonic()
    result = function()
    return result, time.monotonic() - began
