// POSIX stdio needs no set-up for binary frames (placeholder until the host I/O lands).
