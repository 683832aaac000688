"""An office opened in two stages: the sign-in and the case list's first screen over a plain connection at once,
the whole office (SQLAlchemy, the models, the services) loaded meanwhile on a thread of its own.

Importing the data layer takes longer than anything else before the desk's first rows (≈ 0.6 s of the
interpreter's time: SQLAlchemy, our models, their mappers, the case list's service). Opening over a plain
connection (``services.quick_office``, as the command line's letter does) needs none of it: the sign-in dialog
can be shown as soon as the window is, the password is checked by the same rules (``login_rules``) and recorded
in the same history, and the first screen of the list is read by ``services.first_screen``. ``complete`` then
gives the ``Office`` itself, acting as whoever signed in; the window lets it in and the list goes on with it.

``open_staged`` returns None wherever ``Office.open`` has more to do than read (a new database, a schema to
upgrade, reference data to seed, a history to seal, no administrator yet): the window then opens the office as
before. Nothing here imports SQLAlchemy until the loading thread does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from complaintdesk import clock
from complaintdesk.config import DatabaseTarget, resolve_database
from complaintdesk.domain.vocabulary import Role
from complaintdesk.services import first_screen
from complaintdesk.services.actor import Actor
from complaintdesk.services.case_query import CaseQuery, CaseRow, Seek
from complaintdesk.services.quick_office import QuickOffice, load_calendar, open_quick

if TYPE_CHECKING:
    from complaintdesk.domain.calendar import WorkCalendar
    from complaintdesk.services.office import Office


def open_staged(db: str | DatabaseTarget | None, *, today: Callable[[], date] = clock.today) -> StagedOffice | None:
    """The office at ``db`` (a path or URL; None: the default) opened for its sign-in and first screen, its data
    layer not loaded yet (``StagedOffice.start_loading``) — or None where ``Office.open`` must open it. Raises
    what ``Office.open`` raises for a location that cannot be used or a file that is not an office's."""
    target = db if isinstance(db, DatabaseTarget) else resolve_database(db)
    quick = open_quick(target, today=today, any_thread=True)  # the day's backup made as Office.open makes it
    if quick is None:
        return None
    try:
        admin = quick.db.execute(
            "SELECT 1 FROM user_account WHERE role = ? AND active = ? AND password_hash IS NOT NULL LIMIT 1",
            (Role.ADMIN.value, True)).fetchone()  # users.has_admin_with_password: else the first-run set-up
    except BaseException:
        quick.close()
        raise
    if admin is None:
        quick.close()
        return None
    return StagedOffice(quick, target, today)


class StagedOffice:
    """What the window needs of an ``Office`` before it has one — ``sign_in``, ``finish_sign_in``, ``actor``,
    ``signed_in``, ``password_change_pending``, ``location``, ``cases`` (the first screen), ``warm_up``, ``close`` —
    and ``complete``, which gives the ``Office``. Safe to share between threads: the plain connection is used by
    one at a time."""

    def __init__(self, quick: QuickOffice, target: DatabaseTarget, today: Callable[[], date]):
        self.target = target
        self.today = today
        # As an Office's: who acts (the desk user until someone signs in), whether someone signed in, who signed
        # in with a one-time password they must replace first.
        self.actor: Actor = quick.actor
        self.signed_in = False
        self.password_change_pending: Actor | None = None
        self._quick: QuickOffice | None = quick
        self._lock = threading.Lock()  # the plain connection, the first screen, the calendar
        self._screen = first_screen.FirstScreen(quick.db)
        self._calendar: WorkCalendar | None = None
        self._loading = threading.Lock()  # starting the loader, once
        self._loader: threading.Thread | None = None
        self._office: Office | None = None
        self._failure: BaseException | None = None
        self._handed = False  # complete() gave the Office to its caller, who closes it from then on
        self._closed = False
        self.cases = StagedCases(self)

    # --- what the sign-in needs ----------------------------------------------------------------------

    @property
    def location(self) -> str:
        return self.target.display()

    def sign_in(self, username: str, password: str) -> Actor:
        """``Office.sign_in`` over the plain connection (the same rules, account row and event)."""
        with self._lock:
            quick = self._quick_office()
            actor = quick.sign_in(username, password)
            self.actor, self.password_change_pending = quick.actor, quick.password_change_pending
            self.signed_in = self.signed_in or quick.password_change_pending is None
            return actor

    def finish_sign_in(self, new_password: str) -> Actor:
        """``Office.finish_sign_in``: on the loaded office (it writes the password as the settings do)."""
        office = self._wait()
        with self._lock:
            office.actor, office.password_change_pending = self.actor, self.password_change_pending
            self.actor = office.finish_sign_in(new_password)
            self.password_change_pending, self.signed_in = None, True
            return self.actor

    def warm_up(self) -> None:
        """``Office.warm_up``'s part here: the calendar the first screen counts working days by (read beside the
        password check when a password is given at once)."""
        try:
            self._first(CaseQuery(), lambda calendar, today: None)
        except Exception:  # noqa: BLE001 - only saves time; the first screen reads it again and says why
            pass

    # --- the whole office ----------------------------------------------------------------------------

    def start_loading(self) -> None:
        """Import the data layer and open the ``Office`` on a thread of its own (once)."""
        with self._loading:
            if self._loader is None and not self._closed:
                self._loader = threading.Thread(target=self._load, name="office-loader", daemon=True)
                self._loader.start()

    def _load(self) -> None:
        from complaintdesk.services.office import Office

        try:
            # Today's backup was made by open_quick; the rest of Office.open finds nothing to do but open.
            self._office = Office.open(self.target, daily_backup=False, today=self.today)
        except BaseException as exc:  # noqa: BLE001 - given to whoever waits for the office
            self._failure = exc

    def loaded(self) -> Office | None:
        """The ``Office`` once loaded (without waiting), else None."""
        loader = self._loader
        return self._office if loader is not None and not loader.is_alive() else None

    def _wait(self) -> Office:
        self.start_loading()
        if self._loader is not None:
            self._loader.join()
        if self._failure is not None:
            raise self._failure
        if self._office is None:
            raise RuntimeError("the office was closed while it was being opened")
        return self._office

    def complete(self) -> Office:
        """Wait for the ``Office`` (loading it now if not begun) and give it, acting as whoever signed in here;
        from then on the caller closes it. The plain connection is closed."""
        office = self._wait()
        with self._lock:
            office.actor, office.password_change_pending = self.actor, self.password_change_pending
            office.signed_in = self.signed_in
            if self._quick is not None:
                self._quick.close()
                self._quick = None
            self._handed = True  # ours no longer: close() leaves it to the caller
            return office

    def close(self) -> None:
        """Close the plain connection and, unless ``complete`` gave it away, the ``Office`` (once loaded)."""
        with self._loading:
            self._closed = True
        with self._lock:
            if self._quick is not None:
                self._quick.close()
                self._quick = None
        if self._loader is not None:
            self._loader.join()
        if self._office is not None and not self._handed:
            self._office.close()
            self._office = None

    # --- the first screen ----------------------------------------------------------------------------

    def _quick_office(self) -> QuickOffice:
        if self._quick is None:
            raise RuntimeError("the office was closed, or given to the window, since it was opened")
        return self._quick

    def _first(self, query: CaseQuery, read: Callable[[WorkCalendar, date], object]):
        """``read(calendar, today)`` over the plain connection while it is open, for a list ``first_screen``
        reads; else None (the caller asks the office)."""
        if not first_screen.reads(query):
            return None
        with self._lock:
            if self._quick is None:  # handed over or closed meanwhile
                return None
            if self._calendar is None:
                self._calendar = load_calendar(self._quick.db)
            return read(self._calendar, self.today())

    def first_count(self, query: CaseQuery) -> int | None:
        """``CaseService.count(query)`` over the plain connection, or None (not a list it reads, or handed over)."""
        return self._first(query, lambda calendar, today: self._screen.count(query, calendar, today))

    def first_page(self, query: CaseQuery, limit: int) -> list[CaseRow] | None:
        """``CaseService.page(query, 0, limit)`` over the plain connection, or None (as ``first_count``)."""
        return self._first(query, lambda calendar, today: self._screen.page(query, limit, calendar, today))

    def wait_for_cases(self):
        """The ``Office``'s ``CaseService`` (waiting for it to load)."""
        return self._wait().cases


class StagedCases:
    """The case list's source (``CaseService``'s count, page, anchors) before the office is loaded: the first
    screen of a list ``first_screen`` reads comes over the plain connection, anything else from the office's own
    ``CaseService`` once it has loaded (the caller — the list's worker — waits for it)."""

    def __init__(self, staged: StagedOffice):
        self._staged = staged

    @property
    def pages_are_local(self) -> bool:
        return False  # never read on the window's thread: a page may wait for the office to load

    @property
    def successor(self):
        """The office's ``CaseService`` once loaded (the list then reads from it), else None."""
        office = self._staged.loaded()
        return office.cases if office is not None else None

    def count(self, query: CaseQuery) -> int:
        if self.successor is None and (counted := self._staged.first_count(query)) is not None:
            return counted
        return self._staged.wait_for_cases().count(query)

    def page(self, query: CaseQuery, offset: int, limit: int, seek: Seek | None = None) -> list[CaseRow]:
        if offset == 0 and seek is None and self.successor is None:
            rows = self._staged.first_page(query, limit)
            if rows is not None:
                return rows
        return self._staged.wait_for_cases().page(query, offset, limit, seek)

    def anchors(self, query: CaseQuery, every: int = 500) -> list[tuple]:  # CaseService.anchors's default
        return self._staged.wait_for_cases().anchors(query, every)
