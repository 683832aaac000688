"""The application's one clock: what "today" and "now" are, overridable for tests, demos and benchmarks.

Every legal date the application computes as of "today" (overdue, due soon, the default of a date
field, the demo county's dates) comes from here, never from ``date.today()`` directly: a test that
read the machine's date would break on some New Year's Day, when the next year's holiday schedule is
not loaded yet. Timestamps of records (when an event was written) also come from here, in UTC.

The clock is set once per process: by tests (a fixed date), by ``--today`` / ``COMPLAINTDESK_TODAY``
(a demo or a training office as of a given day), or it is the system clock. No Qt, no database.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import date, datetime

# ``datetime`` is imported where a date is made, not here: the app imports this module before its window's
# first paint, which shows no date (≈ 2 ms). Once imported, such an import is a dictionary look-up.

ENV_TODAY = "COMPLAINTDESK_TODAY"


class Clock(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The machine's clock (local date; UTC instants)."""

    def today(self) -> date:
        from datetime import date

        return date.today()

    def now(self) -> datetime:
        from datetime import UTC, datetime

        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock whose day is fixed. Its instants move with the machine's time, shifted by whole days
    onto that day, so records written one after another keep their order, and two processes fixed
    to the same day (a test and the CLI it runs) write timestamps in one consistent order."""

    def __init__(self, day: date):
        from datetime import date, timedelta

        self.day = day
        self._shift = timedelta(days=(day - date.today()).days)

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        from datetime import UTC, datetime

        return datetime.now(UTC) + self._shift

    def __repr__(self) -> str:
        return f"FixedClock({self.day.isoformat()})"


_lock = threading.Lock()
_clock: Clock = SystemClock()


def parse_day(text: str) -> date:
    """``YYYY-MM-DD`` → date, with a message that says what was expected."""
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {text!r}") from None


def clock() -> Clock:
    return _clock


def set_clock(new: Clock) -> Clock:
    """Use ``new`` from now on; returns the clock it replaces."""
    global _clock
    with _lock:
        old, _clock = _clock, new
    return old


def set_today(day: date | None) -> Clock:
    """Fix today's date (``None``: back to the system clock); returns the clock it replaces."""
    return set_clock(SystemClock() if day is None else FixedClock(day))


@contextmanager
def fixed_today(day: date) -> Iterator[Clock]:
    """``with fixed_today(date(2026, 11, 20)):`` — as if it were that day, then back."""
    old = set_clock(FixedClock(day))
    try:
        yield _clock
    finally:
        set_clock(old)


def configure_from_environment(environ: os._Environ | dict | None = None) -> None:
    """``COMPLAINTDESK_TODAY=2027-03-15``: run the whole application as of that day (a training or
    demo office, a test's subprocess). Records then carry that day's date too: not for a live office."""
    value = (environ if environ is not None else os.environ).get(ENV_TODAY, "").strip()
    if value:
        set_today(parse_day(value))


try:  # a process started with COMPLAINTDESK_TODAY (a test's subprocess, a training office) runs as of that day
    configure_from_environment()
except ValueError:  # reported in words by the CLI and the app, which configure again at start
    pass


def today() -> date:
    """Today's date for every legal computation."""
    return _clock.today()


def now() -> datetime:
    """The current instant (UTC) for every record's timestamp."""
    return _clock.now()
