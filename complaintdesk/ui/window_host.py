"""What the main window offers the helpers it hosts (menus, pages, dialogs): a small protocol, and the one change signal's payload.

Helpers (``OfficeTools``, ``LetterTools``, ``OfficeAccess``, the settings dialog) depend on
:class:`WindowHost` only, never on ``MainWindow``'s widgets or private attributes; tests can host
them in anything that has these few members. After every write the UI does, the writer calls
``host.office_changed(OfficeChange…)``; the window emits ``officeChanged(change)`` once, and every
view (case list, dashboard, approvals, open case tabs) refreshes from that signal.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from complaintdesk.frozen import Frozen

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

    from complaintdesk.services.case_query import CaseQuery
    from complaintdesk.services.office import Office
    from complaintdesk.ui.case_table_model import CaseTableModel


class Changed(Enum):
    """What kind of data a write changed (views ask only about what they show)."""

    CASES = "cases"  # a case, its claims, payments, deadlines, history
    DOCUMENTS = "documents"  # letters issued, attachments
    SETTINGS = "settings"  # procedures, LPR, the office's own settings
    CALENDAR = "calendar"  # holiday schedules: deadlines of every open case move
    USERS = "users"  # staff added or changed


class OfficeChange(Frozen):
    """One write, as the views need to know it: which kinds of data, and which cases (none named: any)."""

    __slots__ = ("kinds", "case_ids", "origin")
    _compared = ("kinds", "case_ids")  # not the origin
    kinds: frozenset[Changed]
    case_ids: frozenset[int]
    # The view that made the change and already shows its result (it need not read it again).
    origin: object | None

    def __init__(self, kinds: frozenset[Changed], case_ids: frozenset[int] = frozenset(),
                 origin: object | None = None) -> None:
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "case_ids", case_ids)
        object.__setattr__(self, "origin", origin)

    @classmethod
    def of_cases(cls, case_ids: Iterable[int] = (), *, documents: bool = False,
                 origin: object | None = None) -> OfficeChange:
        """Cases changed (``case_ids``; empty: any of them), with their documents if ``documents``."""
        kinds = {Changed.CASES, Changed.DOCUMENTS} if documents else {Changed.CASES}
        return cls(frozenset(kinds), frozenset(case_ids), origin)

    @classmethod
    def of(cls, *kinds: Changed) -> OfficeChange:
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> OfficeChange:
        """Read everything again (F5: another desk may have changed anything)."""
        return cls(frozenset(Changed))

    def touches(self, *kinds: Changed) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def touches_case(self, case_id: int) -> bool:
        """Could the case's own view be out of date? (A new calendar moves every case's deadlines.)"""
        if Changed.CALENDAR in self.kinds or Changed.SETTINGS in self.kinds:
            return True
        return self.touches(Changed.CASES, Changed.DOCUMENTS) and (not self.case_ids or case_id in self.case_ids)


class WindowHost(Protocol):
    """The main window, as the tools, pages and dialogs it hosts see it."""

    # Signals: the office shown changed (opened, switched user), or data in it changed (OfficeChange).
    officeOpened: SignalInstance
    officeChanged: SignalInstance

    @property
    def office(self) -> Office | None: ...

    @property
    def settings(self) -> QSettings:
        """The user's own settings (window geometry, last folders), not the office's."""
        ...

    @property
    def model(self) -> CaseTableModel:
        """The case list (its loading state: pages wait for its first rows)."""
        ...

    @property
    def tabs(self) -> QTabWidget:
        """The tabs beside the case list, where pages (dashboard, approvals) and case views go."""
        ...

    def dialog_parent(self) -> QWidget:
        """The widget dialogs and message boxes are opened over."""
        ...

    def insert_menu(self, menu: QMenu) -> None:
        """Add ``menu`` to the menu bar, before the window's own Settings menu."""
        ...

    def show_status(self, text: str, msecs: int = 10_000) -> None:
        """A line in the status bar (0 ms: until replaced; empty text clears it)."""
        ...

    def office_changed(self, change: OfficeChange) -> None:
        """Something was written: emit ``officeChanged(change)`` so every view refreshes."""
        ...

    def open_case(self, case_id: int) -> object: ...

    def show_query(self, query: CaseQuery, title: str) -> None:
        """List exactly the cases of ``query``, with a banner naming the figure ``title``."""
        ...


class AccessHost(WindowHost, Protocol):
    """What sign-in, backup and restore need beyond :class:`WindowHost`: the office's comings and goings."""

    def open_database(self, db: str | None = None) -> None: ...

    def choose_database(self) -> None:
        """Ask the user for a database file and open it."""
        ...

    def detach_office(self) -> Office | None: ...

    def close_user_windows(self) -> bool: ...

    def user_switched(self, office: Office) -> None: ...

    def close(self) -> bool: ...
