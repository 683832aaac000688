"""Screenshot of the dashboard on the demo data for the docs: docs/screenshots/dashboard.png.

Usage (from the repository root; needs no display)::

    QT_QPA_PLATFORM=offscreen python tools/screenshot_dashboard.py [--cases 400] [--out PATH]

A throw-away demo office is opened in the main window as its administrator (a supervisor's
view), two officers' extension requests are put in the approvals queue, and the dashboard page
is grabbed at full height (the page scrolls in the window; the picture shows all of it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def wait(app: QApplication, condition, timeout_s: float = 60.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)


def sign_in(app: QApplication, window) -> None:
    """As the demo office's administrator (a supervisor's view: the approvals tab is shown too)."""
    from complaintdesk.services.demo import DEMO_PASSWORD
    from complaintdesk.ui.login_dialog import LoginDialog

    wait(app, lambda: isinstance(window.access.dialog, LoginDialog) or window.office is not None)
    dialog = window.access.dialog
    if isinstance(dialog, LoginDialog):
        dialog.ui.username_line_edit.setText("admin")
        dialog.ui.password_line_edit.setText(DEMO_PASSWORD)
        dialog.ui.sign_in_button.click()


def request_extensions(path: str, count: int) -> None:
    """Officers ask for more time on a few open cases, so that the queue is not empty."""
    from complaintdesk.services.actor import actor_of
    from complaintdesk.services.case_query import CaseQuery
    from complaintdesk.services.desk_types import ActionInput
    from complaintdesk.services.office import Office
    from complaintdesk.store.models import User

    office = Office.open(path, daily_backup=False)
    try:
        asked = 0
        for row in office.cases.page(CaseQuery(open_only=True, statuses=("in_handling",)), 0, 200):
            detail = office.lookup.detail(row.id)
            if detail.handler_id is None:
                continue
            with office.db.read() as s:
                office.actor = actor_of(s.get(User, detail.handler_id))
            state = next((a for a in detail.actions if a.action == "request_extension"), None)
            if state is None or not state.enabled:
                continue
            office.actions.act(row.id, "request_extension", ActionInput(
                on=date.today(), days=30, reason="需委托第三方审计核对工程结算金额"), detail.version)
            asked += 1
            if asked == count:
                return
    finally:
        office.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=400, help="demo cases (default 400, as `--demo` starts)")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "dashboard.png")
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    from complaintdesk.services.demo import generate
    from complaintdesk.services.office import Office
    from complaintdesk.ui import i18n, tasks
    from complaintdesk.ui.main_window import MainWindow

    i18n.set_language(i18n.CHINESE)
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "demo.sqlite")
        office = Office.open(path, daily_backup=False)
        generate(office.db, cases=args.cases, seed=1)
        office.close()
        request_extensions(path, 2)

        window = MainWindow(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(args.width, 900)
        window.show()
        window.open_database(path)
        sign_in(app, window)
        wait(app, lambda: window.office is not None and not window.model.loading)
        page = window.tools.show_dashboard()
        wait(app, lambda: page.dashboard is not None and not page.loading)
        wait(app, lambda: tasks.pending_count() == 0)
        # The whole page, not just what the window's height shows: the scroll area's contents at
        # their natural height, inside the window's chrome width.
        bar = page.ui.scroll_area.verticalScrollBar()
        for _ in range(10):
            for _ in range(20):
                app.processEvents()
            if bar.maximum() == 0:
                break
            window.resize(args.width, window.height() + bar.maximum())
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(args.out)):
            raise SystemExit(f"could not write {args.out}")
        print(f"wrote {args.out} ({window.width()}×{window.height()})")
        window.close()
        tasks.wait_for_workers()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
