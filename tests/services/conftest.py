"""Fixtures shared by the letter tests of this folder (the quick path on SQLite and on PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from complaintdesk import clock
from tests.dates import TODAY


class FrozenClock:
    """Today and a fixed instant: two offices doing the same things write the same rows."""

    def today(self):
        return TODAY

    def now(self):
        return datetime(TODAY.year, TODAY.month, TODAY.day, 2, 3, 4, 567890, tzinfo=UTC)


@pytest.fixture
def frozen():
    previous = clock.set_clock(FrozenClock())
    yield
    clock.set_clock(previous)


@pytest.fixture
def cjk_fonts():
    """Skips a test that compares letters when no TrueType CJK font is installed to embed."""
    from complaintdesk.documents import load_font_set

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
