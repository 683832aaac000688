"""store.read_ahead: rows read by a thread of their own, in order; a failure raised where it was reached; a
consumer that stops early stops the reader before the connection is used again."""

from __future__ import annotations

import threading
import time

import pytest

from complaintdesk.store.read_ahead import read_ahead


def test_every_item_in_order_whatever_the_batch():
    for batch in (1, 3, 256):
        assert list(read_ahead(iter(range(10_000)), batch=batch, depth=2)) == list(range(10_000))
    assert list(read_ahead(iter([]))) == []


def test_the_items_are_read_by_another_thread():
    readers = set()

    def items():
        for i in range(5):
            readers.add(threading.current_thread().name)
            yield i

    assert list(read_ahead(items())) == [0, 1, 2, 3, 4]
    assert readers == {"read-ahead"}


def test_a_failure_is_raised_after_the_items_read_before_it():
    def items():
        yield from range(600)
        raise ValueError("the connection was lost")

    seen = []
    with pytest.raises(ValueError, match="connection was lost"):
        for item in read_ahead(items(), batch=256):
            seen.append(item)
    assert seen == list(range(512))  # the whole batches read before the failure, then the failure


def test_a_consumer_that_stops_early_stops_the_reader_and_waits_for_it():
    read = []
    finished = threading.Event()

    def items():
        try:
            for i in range(1_000_000):
                read.append(i)
                yield i
        finally:
            finished.set()

    stream = read_ahead(items(), batch=10, depth=2)
    assert [next(stream) for _ in range(5)] == [0, 1, 2, 3, 4]
    stream.close()
    assert len(read) <= 10 * (2 + 2)  # bounded: a few batches ahead, never the whole source
    count = len(read)
    time.sleep(0.05)
    assert len(read) == count  # nothing read after close returned
    assert not any(t.name == "read-ahead" and t.is_alive() for t in threading.enumerate())
