"""The open office: one database, its rules, the acting user and the services built on them."""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from complaintdesk import clock
from complaintdesk.config import DatabaseTarget, resolve_database
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.services import anchors, case_index, history, history_key, reference
from complaintdesk.services.actor import SYSTEM, Actor, actor_of
from complaintdesk.services.cases import CaseService
from complaintdesk.services.history_key import Desk, HistoryKeyMissing
from complaintdesk.services.replay import ensure_baseline as ensure_replay_baseline
from complaintdesk.services.users import desk_user
from complaintdesk.store.database import Database
from complaintdesk.store.migrate import ensure_daily_backup, upgrade_schema
from complaintdesk.store.models import CalendarDay, CalendarYear, User

DEMO_DESK_USER = "wanglh"
DAILY_BACKUPS_KEPT = 14
CALENDAR_RECHECK_SECONDS = 2.0


log = logging.getLogger(__name__)


def _manifest(target: DatabaseTarget, backup: Path | None) -> None:
    """A backup copy made on opening gets its manifest (the office's anchor then: services.anchors)."""
    if backup is not None and target.sqlite_path is not None:
        anchors.write_manifest(target.sqlite_path, backup)


if TYPE_CHECKING:  # the services below are imported when first used (start-up speed), typed here
    from complaintdesk.services.accounts import AccountService
    from complaintdesk.services.attachments import AttachmentService
    from complaintdesk.services.case_actions import CaseActions
    from complaintdesk.services.case_context import Workplace
    from complaintdesk.services.case_lookup import CaseLookup
    from complaintdesk.services.claims import ClaimService
    from complaintdesk.services.documents import DocumentService
    from complaintdesk.services.importer import Importer
    from complaintdesk.services.registration import RegistrationService
    from complaintdesk.services.reports import ReportService
    from complaintdesk.services.schedules import ScheduleService
    from complaintdesk.services.settings import OfficeIdentity, SettingsService
    from complaintdesk.services.statistics import StatisticsService


class Office:
    """Composition of the services over one database; safe to share between threads."""

    def __init__(self, db: Database, actor: Actor, *, backup_taken: Path | None = None,
                 temp_dir: tempfile.TemporaryDirectory | None = None, signed_in: bool = False,
                 today: Callable[[], date] = clock.today):
        self.db = db
        # Every service asks this for "today" (complaintdesk.clock: fixed by tests and demos).
        self.today = today
        self.actor = actor
        # True once the actor was chosen on purpose: signed in with a password, or named by the
        # caller (CLI, tests). False while the office acts as the fallback desk user: the desktop
        # app then asks who is there before it shows anything.
        self.signed_in = signed_in
        # Signed in with a one-time password, not yet replaced: nobody acts as this user until then.
        self.password_change_pending: Actor | None = None
        self.backup_taken = backup_taken
        # This desk's part in the history (services.history_key): the office's identity, this desk's key
        # (None: it reads but may not write), where the chain head is anchored. Set by ``open``.
        self.desk: Desk | None = None
        self._temp_dir = temp_dir
        self._calendar_lock = threading.Lock()
        self._calendar: tuple[tuple, WorkCalendar] | None = None
        self._calendar_checked = 0.0
        self.cases = CaseService(db, self.calendar)

    # Opening the office and its first screen of cases need only the case list (``cases``): every other
    # service is imported when first used, so that the first rows are up before they are loaded.

    @cached_property
    def accounts(self) -> AccountService:
        """The acting user's own account: first administrator, own password."""
        from complaintdesk.services.accounts import AccountService

        return AccountService(self.db, lambda: self.actor)

    @cached_property
    def settings(self) -> SettingsService:
        """Procedure rules, the LPR table, the office's details and users; ``settings.values()`` reads them all."""
        from complaintdesk.services.settings import SettingsService

        return SettingsService(self.db, lambda: self.actor, lambda: self.today())

    @cached_property
    def schedules(self) -> ScheduleService:
        from complaintdesk.services.schedules import ScheduleService

        # After a save this desk counts working days by the new schedule at once.
        return ScheduleService(self.db, lambda: self.actor, schedule_saved=self.forget_calendar)

    # The services below pull in ReportLab and openpyxl: they are loaded when first used, so that
    # the window shows its first rows before anything a letter or a spreadsheet needs is imported.

    # The officer's desk: one service per use case, over the same collaborators.

    @cached_property
    def workplace(self) -> Workplace:
        """What the desk's services work with: the database, who acts now, and today."""
        from complaintdesk.services.case_context import Workplace

        return Workplace(self.db, lambda: self.actor, lambda: self.today())

    @cached_property
    def lookup(self) -> CaseLookup:
        from complaintdesk.services.case_lookup import CaseLookup

        return CaseLookup(self.workplace)

    @cached_property
    def registration(self) -> RegistrationService:
        from complaintdesk.services.registration import RegistrationService

        return RegistrationService(self.workplace, self.cases)

    @cached_property
    def actions(self) -> CaseActions:
        from complaintdesk.services.case_actions import CaseActions

        return CaseActions(self.workplace)

    @cached_property
    def claims(self) -> ClaimService:
        from complaintdesk.services.claims import ClaimService

        return ClaimService(self.workplace)

    @cached_property
    def attachments(self) -> AttachmentService:
        from complaintdesk.services.attachments import AttachmentService

        return AttachmentService(self.workplace, lambda: self.settings.values())

    @cached_property
    def documents(self) -> DocumentService:
        from complaintdesk.services.documents import DocumentService

        return DocumentService(self.workplace, lambda: self.settings.values())

    @cached_property
    def statistics(self) -> StatisticsService:
        from complaintdesk.services.statistics import StatisticsService

        return StatisticsService(self.db, self.cases, self.calendar, lambda: self.today())

    @cached_property
    def reports(self) -> ReportService:
        from complaintdesk.services.reports import ReportService

        return ReportService(self.workplace, self.cases, self.statistics)

    @cached_property
    def importer(self) -> Importer:
        from complaintdesk.services.importer import Importer

        return Importer(self.workplace)

    # --- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, db: str | DatabaseTarget | None = None, *, actor: Actor | None = None,
             daily_backup: bool = True, today: Callable[[], date] = clock.today) -> Office:
        """Open (creating if needed) and upgrade the database; raise ConfigError/StoreError in words.

        A SQLite office is copied to ``backups/`` once a day (the newest 14 copies are kept).
        """
        target = db if isinstance(db, DatabaseTarget) else resolve_database(db)
        database = Database(target)
        case_index.install(database.write_sessions)  # every write keeps the cases' copied columns in step
        signed_in = actor is not None
        try:
            upgrade = upgrade_schema(database)
            _manifest(target, upgrade.backup)
            if daily_backup and target.sqlite_path is not None:
                _manifest(target, ensure_daily_backup(target.sqlite_path, keep=DAILY_BACKUPS_KEPT))
            # This desk's key and anchors on every write session; a history not sealed yet is sealed now.
            desk = history.open_desk(database)
            try:
                with database.write() as session:
                    # First, so that everything this version writes comes after it (services.replay).
                    ensure_replay_baseline(session)
                    reference.seed_defaults(session)
                    if upgrade.upgraded_from is not None:  # stored records brought up to this version's rules
                        from complaintdesk.services import upkeep
                        from complaintdesk.services.rule_book import RuleBook

                        upkeep.after_upgrade(session, SYSTEM, RuleBook.load(session), today())
            except HistoryKeyMissing:
                pass  # a desk without the office's key reads the office as it is; one that has it does this
            if actor is None:
                with database.read() as session:
                    user = desk_user(session)
                    actor = actor_of(user) if user is not None else SYSTEM
        except BaseException:
            database.dispose()
            raise
        office = cls(database, actor, backup_taken=upgrade.backup, signed_in=signed_in, today=today)
        office.desk = desk
        return office

    @classmethod
    def open_demo(cls, cases: int = 400, seed: int = 1) -> Office:
        """A throw-away office in a temporary folder, filled with the deterministic demo dataset."""
        from complaintdesk.services.demo import generate

        # A worker may still hold the file open for a moment; Windows then refuses to delete it.
        temp_dir = tempfile.TemporaryDirectory(prefix="complaintdesk-demo-", ignore_cleanup_errors=True)
        office = cls.open(str(Path(temp_dir.name) / "demo.sqlite"), daily_backup=False)
        generate(office.db, cases=cases, seed=seed)
        with office.db.read() as session:
            # A newcomer sees the office through an officer's eyes.
            user = session.execute(select(User).where(User.username == DEMO_DESK_USER)).scalar()
        office.actor = actor_of(user) if user is not None else office.actor
        office._temp_dir = temp_dir
        return office

    def set_up(self, username: str, display_name: str, password: str, identity: OfficeIdentity) -> Actor:
        """First start: the first administrator and the office's identity, saved in one transaction
        (``services.first_start``), then signed in as that administrator."""
        from complaintdesk.services.first_start import set_up_office

        admin = set_up_office(self.db, username=username, display_name=display_name, password=password,
                              identity=identity)
        return self.sign_in(admin.username, password)

    def sign_in(self, username: str, password: str) -> Actor:
        """Check the password (with lockout) and act as that user from now on — unless it is a one-time
        password an administrator gave: then the office goes on as before, and that user is only
        ``password_change_pending`` until ``finish_sign_in`` sets their own password. Returns the user."""
        from complaintdesk.services.auth import sign_in

        signed = sign_in(self.db, username, password)
        if signed.must_change_password:
            self.password_change_pending = signed.actor
            return signed.actor
        self.actor, self.password_change_pending = signed.actor, None
        self.signed_in = True
        return self.actor

    def finish_sign_in(self, new_password: str) -> Actor:
        """The user who signed in with a one-time password sets their own (recorded); then acts."""
        from complaintdesk.services.auth import replace_one_time_password

        pending = self.password_change_pending
        if pending is None:
            from complaintdesk.messages import auth as auth_msg
            from complaintdesk.services.errors import ServiceError

            raise ServiceError(auth_msg.NO_ONE_TIME_PASSWORD)
        replace_one_time_password(self.db, pending, new_password)
        self.actor, self.password_change_pending, self.signed_in = pending, None, True
        return self.actor


    @property
    def target(self) -> DatabaseTarget:
        return self.db.target

    @property
    def location(self) -> str:
        return self.db.target.display()

    # --- shared rule data --------------------------------------------------------------------

    def calendar(self) -> WorkCalendar:
        """The office's working-day calendar, reloaded when another desk changes a schedule.

        Whether it changed is asked at most every CALENDAR_RECHECK_SECONDS: the case list calls this
        for every screen of rows, and a schedule entered at another desk may show a moment later.
        """
        now = time.monotonic()
        with self._calendar_lock:
            if self._calendar is not None and now - self._calendar_checked < CALENDAR_RECHECK_SECONDS:
                return self._calendar[1]
        with self.db.read() as session:
            stamp = tuple(session.execute(
                select(func.count(CalendarDay.day), func.max(CalendarYear.entered_at), func.count(CalendarYear.year))
                .select_from(CalendarYear).outerjoin(CalendarDay, CalendarDay.year == CalendarYear.year)
            ).one())
            with self._calendar_lock:
                if self._calendar is None or self._calendar[0] != stamp:
                    self._calendar = (stamp, reference.load_calendar(session))
                self._calendar_checked = now
                return self._calendar[1]

    def warm_up(self) -> None:
        """Load what the first screen of the case list needs — the calendar, the list's compiled
        statements — while nobody waits for it (during the password check, or while someone types
        into the sign-in dialog). Never raises: it only saves time."""
        from complaintdesk.services.case_query import CaseQuery

        try:
            self.calendar()
            for query in (CaseQuery(handler_id=0, open_only=True), CaseQuery(open_only=True), CaseQuery()):
                self.cases.count(query)
                self.cases.page(query, 0, 1)
        except Exception:  # noqa: BLE001 - e.g. the office was closed meanwhile
            log.debug("warm-up stopped", exc_info=True)

    def forget_calendar(self) -> None:
        """Reload the calendar on next use (after this desk saved a schedule)."""
        with self._calendar_lock:
            self._calendar = None

    def close(self) -> None:
        self.db.dispose()
        if self._temp_dir is not None:
            self._temp_dir.cleanup()
            self._temp_dir = None
            if self.desk is not None:  # a throw-away demo leaves no key or anchor in this computer's data folder
                history_key.forget_key(self.desk.office)
                anchors.desk_anchor(self.desk.office).unlink(missing_ok=True)
