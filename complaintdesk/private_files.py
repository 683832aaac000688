"""The office's own files on disk: private to the OS account, replaced in one step, locked between processes.

On POSIX the database, its -wal/-shm (SQLite gives them the database file's mode), the backups, their
manifests and the history anchors are 0600 in 0700 folders: a complaint file names people and firms,
and another account on the same machine has no business reading it. On Windows the per-user folders
already keep other accounts out; the modes are left alone there.

A file that must never be seen half-written (a backup, an anchor) is written under a unique temporary
name in the folder it is meant for, flushed to the disk, then renamed over its final name.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
_POSIX = os.name == "posix"
LOCK_POLL_SECONDS = 0.05


def make_private_dir(path: Path, *, tighten: bool = True) -> Path:
    """Create ``path`` (and missing parents) 0700; with ``tighten``, an existing folder of this account
    loses its group and other permissions too. A folder the user chose for the file is not tightened."""
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    for created in missing:  # mkdir's mode is filtered by the umask, and parents get the default
        _chmod(created, PRIVATE_DIR_MODE)
    if tighten:
        _tighten(path, PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path) -> Path:
    """Create an empty file 0600 that must not exist yet (a unique temporary name, a new database)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    os.close(fd)
    _chmod(path, PRIVATE_FILE_MODE)
    return path


def tighten_file(path: Path) -> None:
    """An existing file of this account loses its group and other permissions (POSIX; chmod opens nothing,
    so this is safe on a live database)."""
    _tighten(path, PRIVATE_FILE_MODE)


def temporary_name(final: Path, purpose: str) -> Path:
    """A unique name beside ``final`` for writing it (same folder: the rename is atomic). The random part is
    ``os.urandom``'s, as ``secrets.token_hex`` is, without importing ``secrets`` (and with it hmac and
    OpenSSL's library, ≈ 5 ms) into the window's start-up: the app imports this module before its window shows."""
    return final.with_name(f".{final.name}.{purpose}-{os.getpid()}-{os.urandom(4).hex()}.tmp")


def fsync_file(path: Path) -> None:
    """Flush a file this process wrote and closed (never a live database another connection holds)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; Windows has no directory handle to flush)."""
    if not _POSIX:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_durably(written: Path, final: Path) -> Path:
    """Put a fully written temporary file in place of ``final`` in one step, and make that survive a
    power cut (the data first, then the rename)."""
    fsync_file(written)
    os.replace(written, final)
    fsync_dir(final.parent)
    return final


@contextmanager
def exclusive_lock(lock_file: Path, timeout: float) -> Iterator[bool]:
    """Hold an OS lock on ``lock_file`` between processes (and threads): yields True once held, False when
    another holder kept it for ``timeout`` seconds. The lock file is never deleted (deleting it would let
    two processes lock two different files); it is not a database, so its descriptor may be closed."""
    if not lock_file.exists():
        try:
            make_private_file(lock_file)
        except FileExistsError:
            pass
    fd = os.open(lock_file, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        held = _acquire(fd, timeout)
        try:
            yield held
        finally:
            if held:
                _release(fd)
    finally:
        os.close(fd)


def _acquire(fd: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if _try_lock(fd):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(LOCK_POLL_SECONDS)


if _POSIX:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not lockf: a lock per open file, so two threads of one process exclude each other too.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
else:
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def _chmod(path: Path, mode: int) -> None:
    if _POSIX:
        os.chmod(path, mode)


def _tighten(path: Path, mode: int) -> None:
    if not _POSIX:
        return
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if info.st_uid == os.getuid() and info.st_mode & 0o777 & ~mode:
        os.chmod(path, info.st_mode & mode & 0o777)
