"""Helpers for UI tests: waiting for the asynchronous case list to settle."""

from __future__ import annotations

LOAD_TIMEOUT_MS = 15_000


def wait_until_loaded(qtbot, model) -> None:
    qtbot.waitUntil(lambda: not model.loading and model.query is not None, timeout=LOAD_TIMEOUT_MS)


def visible_rows(qtbot, model, limit: int | None = None) -> list:
    """The CaseRows of the first ``limit`` rows, waiting for their pages to arrive."""
    count = model.rowCount() if limit is None else min(limit, model.rowCount())
    rows = []
    for row in range(count):
        if not model.is_row_loaded(row):
            model.row_at(row)  # asks for the page, as painting would
            qtbot.waitUntil(lambda row=row: model.is_row_loaded(row), timeout=LOAD_TIMEOUT_MS)
        rows.append(model.row_at(row))
    return rows
