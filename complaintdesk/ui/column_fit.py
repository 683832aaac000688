"""Columns that fit the table's width: short columns as wide as their widest text, names share the rest.

The case list must show its deadline and the time left on a 1024-pixel screen with the filter
panel open. Fixed widths did not (the last two columns scrolled off to the right, the respondent
got three characters). Here each column has a rule: a *content* column is as wide as the widest
text it can show (measured in the view's font, translated), a *shared* column (the names) takes a
share of what is left, elided with "…" (the row's tooltip has the full text). When the names would
get less than a few characters, the columns that matter least are hidden first; the ones the rules
mark as kept are never hidden. A width the user drags is remembered and used from then on;
a name column dragged keeps its width and the other name takes the rest. "Fit columns to the window"
in the header's menu forgets them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTableView

# Room around a cell's text (the style's margins and a little air), and a header's sort arrow.
CELL_PADDING = 18
SORT_ARROW = 16


@dataclass(frozen=True)
class ColumnRule:
    """How one column is sized. ``texts``: the widest texts it shows (content columns); ``share``: its
    part of the room left (shared columns, which get at least ``least_chars`` characters before a
    column is hidden); ``hide_rank``: hidden when room runs out, lowest rank first (0: never hidden)."""

    column: int
    texts: Callable[[], Sequence[str]] = tuple
    share: int = 0
    least_chars: int = 6
    hide_rank: int = 0


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted to its width by ``rules``; user widths saved under ``key``."""

    def __init__(self, view: QTableView, rules: Sequence[ColumnRule], settings: QSettings, key: str):
        super().__init__(view)
        self._view = view
        self._rules = {rule.column: rule for rule in rules}
        self._settings = settings
        self._key = key
        self._fitting = False
        self._user_widths: dict[int, int] = {}
        self._shares: dict[int, int] = {r.column: r.share for r in rules if r.share}
        self._hidden: tuple[int, ...] = ()
        self._restore()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(self._section_resized)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)

    # --- public API ----------------------------------------------------------------------------

    @property
    def hidden_for_room(self) -> tuple[int, ...]:
        """The columns hidden because the table is too narrow for them."""
        return self._hidden

    def take_over(self) -> None:
        """After a header state was restored: every section interactive and shown, then fitted."""
        header = self._view.horizontalHeader()
        self._fitting = True
        try:
            header.setStretchLastSection(False)
            for column in range(header.count()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.setSectionHidden(column, False)
        finally:
            self._fitting = False
        self.fit()

    def reset(self) -> None:
        """Forget the widths and shares the user chose."""
        self._user_widths.clear()
        self._shares = {r.column: r.share for r in self._rules.values() if r.share}
        self._save()
        self.fit()

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        if header.count() == 0 or not self._view.isVisible():
            return  # a hidden view's width means nothing: it is fitted when shown (a Resize follows)
        room = self._view.viewport().width()
        # A name column the user dragged keeps its width like a content column; the other names share the rest.
        widths = {c: self.content_width(c) for c, r in self._rules.items() if not r.share or c in self._user_widths}
        least = {c: self._least_width(c) for c, r in self._rules.items() if r.share and c not in widths}
        hidden: list[int] = []
        for rule in sorted((r for r in self._rules.values() if r.hide_rank), key=lambda r: r.hide_rank):
            if sum(w for c, w in widths.items() if c not in hidden) + sum(least.values()) <= room:
                break
            hidden.append(rule.column)
        left = room - sum(w for c, w in widths.items() if c not in hidden)
        total_share = sum(self._shares.get(c, 1) for c in least) or 1
        for column in least:
            widths[column] = max(left * self._shares.get(column, 1) // total_share, self._floor_width())
        self._apply(widths, hidden)

    def content_width(self, column: int) -> int:
        """A column's width when it is not shared: what the user chose, else its widest text (or its header's)."""
        if column in self._user_widths:
            return self._user_widths[column]
        rule = self._rules[column]
        metrics = self._view.fontMetrics()
        text = max((metrics.horizontalAdvance(t) for t in rule.texts()), default=0) + CELL_PADDING
        model = self._view.model()
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        heading = self._view.horizontalHeader().fontMetrics().horizontalAdvance(title) + CELL_PADDING + SORT_ARROW
        return max(text, heading)

    # --- events --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and not self._fitting:
            self.fit()
        return False

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column not in self._rules:
            return
        rule = self._rules[column]
        if rule.share:
            # A name column dragged keeps that width; the other names share what is left (one pinned at a time).
            for c in self._shares:
                self._user_widths.pop(c, None)
        self._user_widths[column] = new
        self._save()
        self.fit()

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self._view)
        menu.addAction(QCoreApplication.translate("ColumnFitter", "Fit columns to the window"), self.reset)
        menu.exec(self._view.horizontalHeader().mapToGlobal(pos))

    # --- helpers -------------------------------------------------------------------------------

    def _apply(self, widths: dict[int, int], hidden: list[int]) -> None:
        header = self._view.horizontalHeader()
        self._fitting = True
        try:
            for column, width in widths.items():
                header.setSectionHidden(column, column in hidden)
                if column not in hidden and header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
        self._hidden = tuple(hidden)

    def _least_width(self, column: int) -> int:
        return self._rules[column].least_chars * self._char_width() + CELL_PADDING

    def _floor_width(self) -> int:
        return 2 * self._char_width() + CELL_PADDING

    def _char_width(self) -> int:
        return self._view.fontMetrics().horizontalAdvance("中")

    def _restore(self) -> None:
        try:
            saved = json.loads(str(self._settings.value(self._key, "") or "{}"))
            widths = {int(c): int(w) for c, w in saved.get("widths", {}).items() if int(c) in self._rules}
            shares = {int(c): int(w) for c, w in saved.get("shares", {}).items() if int(c) in self._shares}
        except (ValueError, TypeError, AttributeError):
            return  # a damaged or foreign value: the fitted widths
        margin = self._view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        self._user_widths = {c: w for c, w in widths.items() if w > margin}
        self._shares.update({c: w for c, w in shares.items() if w > 0})

    def _save(self) -> None:
        self._settings.setValue(self._key, json.dumps({
            "widths": {str(c): w for c, w in self._user_widths.items()},
            "shares": {str(c): w for c, w in self._shares.items()},
        }))
