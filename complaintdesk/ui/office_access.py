"""Who may use the open office, and keeping its file safe: sign-in, first-run set-up, users' own
passwords, backup and restore, and the way out when a database file cannot be opened.

The main window opens an office on a worker; :func:`reach_office` (also on the worker) says what the
desk must do before showing it: nothing (already signed in), sign in, or set up the first
administrator. :class:`OfficeAccess` shows those dialogs and runs the File and User menu actions.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog

from complaintdesk import clock
from complaintdesk.errors import DatabaseDamaged, NotComplaintDeskDatabase, SchemaTooNew
from complaintdesk.ui import startup_probe, tasks
from complaintdesk.ui.labels import fill, role_label
from complaintdesk.ui.messages import error_text

if TYPE_CHECKING:
    from complaintdesk.config import DatabaseTarget
    from complaintdesk.services.office import Office
    from complaintdesk.ui.window_host import AccessHost

log = logging.getLogger(__name__)


def _dialogs():
    """Message boxes and file pickers, imported when first shown (not before the window is up)."""
    from complaintdesk.ui import dialogs

    return dialogs

translate = QCoreApplication.translate  # context: always "OfficeAccess"


class Access(StrEnum):
    READY = "ready"  # the office was opened for a known user (demo, tests, a caller that named one)
    SIGN_IN = "sign_in"
    SET_UP = "set_up"  # no administrator can sign in yet: first-run set-up


@dataclass(frozen=True)
class ReachedOffice:
    office: Office
    access: Access


# --- worker side ---------------------------------------------------------------------------------

def reach_office(opener: Callable[[], Office]) -> ReachedOffice:
    """Open the office, then find out whether someone must sign in (or set up an administrator) first."""
    office = opener()
    # The list's first screen is prepared in parallel: the password check (scrypt) leaves the
    # interpreter free, and a person typing a password leaves the machine idle.
    warm_up = threading.Thread(target=office.warm_up, name="warm-up", daemon=True)
    warm_up.start()
    try:
        if not office.signed_in and (credentials := startup_probe.credentials()):
            office.sign_in(*credentials)  # the benchmark types the password through the real check
            warm_up.join()
        if office.signed_in:
            return ReachedOffice(office, Access.READY)
        from complaintdesk.services.staged_office import StagedOffice

        if isinstance(office, StagedOffice):  # it has an administrator (open_staged): someone signs in
            office.start_loading()  # the data layer, while they type their password
            return ReachedOffice(office, Access.SIGN_IN)
        from complaintdesk.services.users import has_admin_with_password

        return ReachedOffice(office, Access.SIGN_IN if has_admin_with_password(office.db) else Access.SET_UP)
    except BaseException:
        office.close()
        raise


def backup_to(target: DatabaseTarget, dest: Path) -> Path:
    """A consistent copy of the database at ``dest``; an existing file there (the user agreed) is replaced."""
    from complaintdesk.services import maintenance

    dest = dest.expanduser().resolve()
    source = target.sqlite_path.resolve() if target.sqlite_path is not None else None
    if not dest.exists() or dest == source:  # the service refuses the database itself, in words
        return maintenance.backup(target, dest)
    partial_copy = dest.with_name(dest.name + ".partial")
    partial_copy.unlink(missing_ok=True)
    maintenance.backup(target, partial_copy)
    partial_copy.replace(dest)
    manifest = maintenance.manifest_of(partial_copy)  # the office's anchor goes with the copy
    if manifest.exists():
        manifest.replace(maintenance.manifest_of(dest))
    return dest


def verify_backup(path: Path) -> datetime:
    """The backup's time (file modification), after checking that it is an intact ComplaintDesk database."""
    from complaintdesk.services import maintenance

    maintenance.verify_backup_file(path)
    return datetime.fromtimestamp(path.stat().st_mtime)


def close_and_restore(office: Office | None, target: DatabaseTarget, backup: Path,
                      set_aside_unreadable: bool = False) -> Path | None:
    """Close the office (if one is open), then put the backup in place of its database."""
    from complaintdesk.services import maintenance

    if office is not None:
        office.close()
    return maintenance.restore(target, backup, set_aside_unreadable=set_aside_unreadable)


def list_backups(db_path: Path) -> list:
    from complaintdesk.services import maintenance

    return maintenance.list_backups(db_path)


def _is_unopenable(exc: BaseException) -> bool:
    return isinstance(exc, NotComplaintDeskDatabase | DatabaseDamaged | SchemaTooNew)


# --- GUI side ------------------------------------------------------------------------------------

class OfficeAccess(QObject):
    """Sign-in, set-up, password, backup and restore for one main window (the host wires its menu actions)."""

    busyChanged = Signal(bool)  # a backup or restore started or ended: the host enables its actions

    def __init__(self, host: AccessHost):
        super().__init__(host.dialog_parent())
        self._host = host
        self.dialog: QDialog | None = None  # the sign-in/set-up/password dialog shown now (tests read it)
        self._pending: Office | None = None  # opened, not yet signed in to
        self._busy = False
        self._note: str | None = None  # said after the next office is let in (what a restore did)
        self._by_dialog = False  # the user now let in typed their password (not the demo's automatic sign-in)

    @property
    def busy(self) -> bool:
        """A backup or restore is running (the File and User actions wait for it)."""
        return self._busy

    def _status(self, text: str, msecs: int = 15_000) -> None:
        self._host.show_status(text, msecs)

    # --- after opening: sign in or set up ------------------------------------------------------

    def admit(self, reached: ReachedOffice, on_admitted: Callable[[Office], Any],
              on_refused: Callable[[Office], Any]) -> None:
        """Let the office in at once, or after the sign-in (or set-up) dialog is accepted."""
        office = reached.office
        if reached.access == Access.READY:
            on_admitted(office)
            return
        if reached.access == Access.SET_UP:
            from complaintdesk.ui.admin_setup_dialog import AdminSetupDialog

            dialog: QDialog = AdminSetupDialog(office, self._host.dialog_parent())
        else:
            from complaintdesk.ui.login_dialog import LoginDialog

            dialog = LoginDialog(office, parent=self._host.dialog_parent())
        self._pending = office
        self._show(dialog, lambda: self._after_sign_in(office, lambda: self._admitted(office, on_admitted),
                                                       lambda: self._refused(office, on_refused)),
                   lambda: self._refused(office, on_refused))

    def _after_sign_in(self, office: Office, go_on: Callable[[], Any],
                       give_up: Callable[[], Any] | None = None) -> None:
        """Someone signed in with a one-time password (given by an administrator): they choose their own
        before anything else — the office goes on only once it is saved; cancelling signs nobody in."""
        if office.password_change_pending is None:
            go_on()
            return
        from complaintdesk.ui.change_password_dialog import ChangePasswordDialog

        def cancelled() -> None:
            office.password_change_pending = None
            if give_up is not None:
                give_up()

        self._show(ChangePasswordDialog(office, self._host.dialog_parent(), one_time=True), go_on, cancelled)

    def _admitted(self, office: Office, on_admitted: Callable[[Office], Any]) -> None:
        self._pending = None
        self._by_dialog = True
        on_admitted(office)

    def _refused(self, office: Office, on_refused: Callable[[Office], Any]) -> None:
        self._pending = None
        on_refused(office)

    def _show(self, dialog: QDialog, on_accepted: Callable[[], Any], on_rejected: Callable[[], Any] | None = None) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accepted)
        if on_rejected is not None:
            dialog.rejected.connect(on_rejected)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_done(d))
        dialog.open()  # window-modal, and the event loop goes on (the office stays hidden meanwhile)

    def _dialog_done(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def welcome(self, office: Office, *, demo: bool) -> None:
        """The status bar line after an office was let in."""
        actor = office.actor
        note, self._note = self._note, None
        automatic, self._by_dialog = demo and not self._by_dialog, False
        if note:
            self._status(note, 0)
        elif automatic:
            self._status(fill(translate("OfficeAccess", "Demo office: signed in automatically as %1 (%2), an "
                                                        "officer. Other demo users sign in with the password %3."),
                              actor.display_name, actor.username, _demo_password()), 0)
        else:
            self._status(fill(translate("OfficeAccess", "Signed in as %1 (%2)."),
                              actor.display_name, role_label(actor.role)))

    def shutdown(self) -> None:
        """The window closes while a sign-in is asked: the office that waited for it is closed too."""
        office, self._pending = self._pending, None
        if self.dialog is not None:
            self.dialog.blockSignals(True)  # no "refused" follows: the window is going away
            self.dialog.close()
        if office is not None:
            tasks.wait_for_workers()  # a sign-in may still be checking the password
            office.close()

    # --- the User menu -------------------------------------------------------------------------

    def switch_user(self) -> None:
        office = self._host.office
        if office is None or self.dialog is not None:
            return
        if not self._host.close_user_windows():
            return
        from complaintdesk.ui.login_dialog import LoginDialog

        self._show(LoginDialog(office, parent=self._host.dialog_parent()),
                   lambda: self._after_sign_in(office, lambda: self._user_switched(office)))

    def _user_switched(self, office: Office) -> None:
        self._by_dialog = True
        self._host.user_switched(office)

    def change_password(self) -> None:
        office = self._host.office
        if office is None or self.dialog is not None:
            return
        from complaintdesk.ui.change_password_dialog import ChangePasswordDialog

        self._show(ChangePasswordDialog(office, self._host.dialog_parent()),
                   lambda: self._status(translate("OfficeAccess", "Your password was changed.")))

    # --- the File menu: backup and restore -----------------------------------------------------

    def _sqlite_target(self, office: Office, what: str) -> DatabaseTarget | None:
        if office.target.sqlite_path is not None:
            return office.target
        _dialogs().show_information(self._host.dialog_parent(), what, translate(
            "OfficeAccess", "This office keeps its data on a PostgreSQL server. Back it up and restore it with "
                            "the server's own tools (pg_dump and pg_restore), or ask whoever runs the server."))
        return None

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def back_up(self) -> None:
        office = self._host.office
        title = translate("OfficeAccess", "Back up the database")
        if office is None or self._busy or (target := self._sqlite_target(office, title)) is None:
            return
        db_path = target.sqlite_path
        suggested = db_path.parent / f"{db_path.stem}-{clock.now().astimezone():%Y%m%d-%H%M}.sqlite"
        chosen = _dialogs().ask_backup_destination(self._host.dialog_parent(), str(suggested))
        if not chosen:
            return
        self._set_busy(True)
        self._status(translate("OfficeAccess", "Backing up the database…"), 0)
        tasks.run_task(partial(backup_to, target, Path(chosen)), self._backed_up,
                       partial(self._failed, title), owner=self)

    def _backed_up(self, path: Path) -> None:
        self._set_busy(False)
        self._status(fill(translate("OfficeAccess", "Backup saved: %1"), str(path)), 30_000)

    def _failed(self, title: str, exc: BaseException) -> None:
        self._set_busy(False)
        self._host.show_status("", 0)
        _dialogs().show_error(self._host.dialog_parent(), title, error_text(exc))

    def restore(self) -> None:
        office = self._host.office
        title = translate("OfficeAccess", "Restore from a backup")
        if office is None or self._busy or (target := self._sqlite_target(office, title)) is None:
            return
        from complaintdesk.config import backup_dir_for

        chosen = _dialogs().ask_backup_file(self._host.dialog_parent(), str(backup_dir_for(target.sqlite_path)))
        if not chosen:
            return
        self._set_busy(True)
        self._status(translate("OfficeAccess", "Checking the backup…"), 0)
        backup = Path(chosen)
        tasks.run_task(partial(verify_backup, backup), partial(self._backup_verified, office, target, backup),
                       partial(self._failed, title), owner=self)

    def _backup_verified(self, office: Office, target: DatabaseTarget, backup: Path, made: datetime) -> None:
        self._set_busy(False)
        self._host.show_status("", 0)
        if self._host.office is not office:  # another database was opened meanwhile
            return
        if not _dialogs().confirm_restore(self._host.dialog_parent(), backup.name, made.strftime("%Y-%m-%d %H:%M"), office.location):
            return
        if not self._host.close_user_windows():
            return
        self._host.detach_office()
        self._run_restore(office, target, backup, set_aside_unreadable=False)

    def _run_restore(self, office: Office | None, target: DatabaseTarget, backup: Path, *,
                     set_aside_unreadable: bool) -> None:
        self._set_busy(True)
        self._status(translate("OfficeAccess", "Restoring the backup…"), 0)
        tasks.run_task(partial(close_and_restore, office, target, backup, set_aside_unreadable),
                       partial(self._restored, target, backup), partial(self._restore_failed, target), owner=self)

    def _restored(self, target: DatabaseTarget, backup: Path, kept: Path | None) -> None:
        self._set_busy(False)
        if kept is not None:
            self._note = fill(translate("OfficeAccess", "Restored from %1. The database as it was is kept in %2."),
                              backup.name, str(kept))
        else:
            self._note = fill(translate("OfficeAccess", "Restored from %1."), backup.name)
        self._host.open_database(str(target.sqlite_path))  # and sign in again

    def _restore_failed(self, target: DatabaseTarget, exc: BaseException) -> None:
        self._failed(translate("OfficeAccess", "Restore from a backup"), exc)
        # Whatever happened, show the database as it now is (the service backed it up before replacing it).
        self._host.open_database(str(target.sqlite_path))

    # --- a database that cannot be opened --------------------------------------------------------

    def offer_recovery(self, exc: BaseException, db: str | None) -> bool:
        """For a damaged, foreign or too-new SQLite file: the recovery dialog instead of an error box.

        Returns False when this is not such a failure (the caller shows the error as usual).
        """
        if not _is_unopenable(exc):
            return False
        from complaintdesk.config import ConfigError, resolve_database

        try:
            target = resolve_database(db)
        except ConfigError:
            return False
        if target.sqlite_path is None:
            return False
        backups = list_backups(target.sqlite_path)
        from complaintdesk.ui import damaged_database_dialog  # only for a damaged file
        from complaintdesk.ui.damaged_database_dialog import RecoveryChoice

        recovery = damaged_database_dialog.ask_recovery(self._host.dialog_parent(), target.sqlite_path, error_text(exc), backups)
        if recovery.choice == RecoveryChoice.RESTORE and recovery.backup is not None:
            self._run_restore(None, target, recovery.backup, set_aside_unreadable=True)
        elif recovery.choice == RecoveryChoice.OTHER_DATABASE:
            self._host.choose_database()
        elif recovery.choice == RecoveryChoice.QUIT:
            self._host.close()
        return True


def _demo_password() -> str:
    from complaintdesk.services.demo import DEMO_PASSWORD

    return DEMO_PASSWORD
