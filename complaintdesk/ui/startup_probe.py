"""Start-up measurement for the benchmarks: with COMPLAINTDESK_STARTUP_PROBE set, report and quit.

``window``: print right after the main window's first paint (its frame, menus and placeholder list);
``rows``: print when the first screen of case rows has arrived and been painted. The time is
``time.monotonic()`` (one clock for every process), so bench/run.py can subtract its own start time.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtWidgets import QApplication

ENV = "COMPLAINTDESK_STARTUP_PROBE"
LOGIN_ENV = "COMPLAINTDESK_PROBE_LOGIN"  # "user:password", honoured only while probing


def credentials() -> tuple[str, str] | None:
    """The benchmark's sign-in (checked by the real password check, scrypt included), or None."""
    if not os.environ.get(ENV) or ":" not in os.environ.get(LOGIN_ENV, ""):
        return None
    user, _, password = os.environ[LOGIN_ENV].partition(":")
    return user, password


def _report(what: str) -> None:
    print(f"probe {what} {time.monotonic():.6f}", file=sys.stdout, flush=True)
    QApplication.instance().quit()


def install(window) -> None:
    mode = os.environ.get(ENV)
    if mode == "window":
        # Visible = the frame has been painted (bench/run.py's bare window is timed the same way).
        from complaintdesk.ui.first_paint import after_first_paint

        after_first_paint(window, lambda: _report("window"))
    elif mode == "rows":
        def painted(page: int) -> None:
            if page == 0 and window.model.rowCount() > 0:
                window.repaint()  # the rows are on screen when this returns
                _report("rows")
        window.model.pageLoaded.connect(painted)
