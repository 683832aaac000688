"""Rows read by a thread of their own while the caller works on the ones already read.

A whole-office export (the ledger: 300,000 claims) spends part of its time waiting for the database —
PostgreSQL sorting and sending the rows, SQLite stepping through its pages — and the rest computing each
row. The database driver leaves the interpreter free while it waits (psycopg's wait, ``sqlite3_step``),
so a reader thread keeps the next rows coming while the calling thread computes: on a machine with two
cores the waits drop out of the export's time.

The iterable is consumed by the reader thread alone, from start to end: whatever it reads from (a
result of one connection) must not be used by another thread meanwhile. Closing the generator early
(a consumer that stops, an exception) stops the reader and waits for it, so the connection is free
again when the generator's ``close`` returns.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

_END = object()


class _Failure:
    def __init__(self, exc: BaseException):
        self.exc = exc


def read_ahead(items: Iterable[T], batch: int = 256, depth: int = 8) -> Iterator[T]:
    """``items`` in their order, read ``batch`` at a time by a thread of its own, at most ``depth`` batches
    ahead of the caller. An exception raised while reading is raised here, at the point it was reached."""
    chunks: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(chunk: object) -> bool:
        while not stop.is_set():
            try:
                chunks.put(chunk, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            source = iter(items)
            while not stop.is_set():
                chunk = list(islice(source, batch))
                if not chunk:
                    break
                if not put(chunk):
                    return
            put(_END)
        except BaseException as exc:  # noqa: BLE001 - handed to the calling thread
            put(_Failure(exc))

    reader = threading.Thread(target=read, name="read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            chunk = chunks.get()
            if chunk is _END:
                return
            if isinstance(chunk, _Failure):
                raise chunk.exc
            yield from chunk
    finally:
        stop.set()
        reader.join()
