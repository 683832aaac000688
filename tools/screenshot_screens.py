"""Screenshots at the screen sizes offices have: docs/screenshots/<screen>_<W>x<H>.png.

Usage (from the repository root; needs no display)::

    python tools/screenshot_screens.py [--size 1024x700 --size 1600x1000] [--out-dir docs/screenshots]

For each size a fresh process runs Qt's offscreen platform with a screen of exactly that size (so
that dialogs are fitted to it as on an office PC), opens a throw-away demo office as its officer
and grabs:

- ``case_list``: the main window filling the screen, list and filter panel (``case_list_en`` in English);
- ``dashboard``: the statistics tab, as the office's supervisor sees it;
- ``registration``: the registration dialog after "register" was pressed on a half-filled form, with
  a received date typed after today — every message next to its field, the date kept as typed;
- ``action``: the accept dialog of an open case with a date before the case was received;
- ``claim``: the arrears-claim dialog with mistyped amounts and dates, all messages at once;
- ``report``: the report dialog after an export, saying where the file went.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = ("1024x700", "1600x1000")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", action="append", help="WxH (repeatable; default 1024x700 and 1600x1000)")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = args.size or list(DEFAULT_SIZES)
    if args.in_process:
        return shoot(sizes[0], args.out_dir, args.cases)
    for size in sizes:
        width, height = (int(n) for n in size.split("x"))
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "screen.json"
            config.write_text(json.dumps({"screens": [{"name": "office", "x": 0, "y": 0, "width": width,
                                                       "height": height, "logicalDpi": 96, "dpr": 1}]}))
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
            subprocess.run([sys.executable, __file__, "--in-process", "--size", size, "--out-dir", str(args.out_dir),
                            "--cases", str(args.cases)], env=env, check=True)
    return 0


def shoot(size: str, out_dir: Path, cases: int) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from complaintdesk.services.office import Office
    from complaintdesk.ui import i18n, tasks
    from complaintdesk.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    i18n.set_language(i18n.CHINESE)
    out_dir.mkdir(parents=True, exist_ok=True)
    screen = app.primaryScreen().availableGeometry()
    shots = Shots(app, out_dir, size)
    with tempfile.TemporaryDirectory() as folder:
        office = Office.open_demo(cases=cases)
        office.signed_in = True  # the demo officer, as `--demo` starts
        window = MainWindow(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window.setGeometry(screen)
        window.show()
        window.open_office(lambda: office)
        shots.wait(lambda: window.office is office and not window.model.loading)
        shots.settle()
        shots.grab(window, "case_list")

        i18n.set_language(i18n.ENGLISH)
        shots.settle()
        shots.grab(window, "case_list_en")
        i18n.set_language(i18n.CHINESE)
        shots.settle()

        page = window.tools.show_dashboard()
        shots.wait(lambda: page.dashboard is not None and not page.loading)
        shots.settle()
        shots.grab(window, "dashboard")
        window.ui.case_tab_widget.setCurrentWidget(window.ui.case_list_tab)

        registration(shots, window)
        case_dialogs(shots, office, window)
        report(shots, office, window, Path(folder))
        window.close()
        tasks.wait_for_workers()
    return 0


class Shots:
    def __init__(self, app, out_dir: Path, size: str):
        self.app, self.out_dir, self.size = app, out_dir, size

    def wait(self, condition, timeout_s: float = 60.0) -> None:
        end = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("timed out waiting for the window")
            self.app.processEvents()
            time.sleep(0.01)

    def settle(self) -> None:
        from complaintdesk.ui import tasks

        self.wait(lambda: tasks.pending_count() == 0)
        for _ in range(20):
            self.app.processEvents()
            time.sleep(0.005)

    def grab(self, widget, name: str) -> None:
        path = self.out_dir / f"{name}_{self.size}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path} ({widget.width()}×{widget.height()})")


def registration(shots: Shots, window) -> None:
    dialog = window.new_case()
    shots.wait(dialog.ui.save_button.isEnabled)
    ui = dialog.ui
    ui.complainant_name_line_edit.setText("乌兰镇鑫源建材有限公司")
    ui.complainant_industry_combo.setCurrentIndex(ui.complainant_industry_combo.findData("industry"))
    ui.complainant_employees_line_edit.setText("46")
    ui.complainant_revenue_line_edit.setText("2680")
    ui.respondent_name_line_edit.setText("县城市管理综合执法局")
    ui.category_combo.setCurrentIndex(ui.category_combo.findData("arrears"))
    ui.received_date_edit.setText("2030-01-15")
    dialog.save()
    shots.settle()
    shots.grab(dialog, "registration")
    dialog.mark_clean()
    dialog.close()


def case_dialogs(shots: Shots, office, window) -> None:
    from datetime import timedelta

    from complaintdesk import clock
    from complaintdesk.services.case_query import CaseQuery
    from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput

    today = clock.today()
    fresh = office.registration.register(RegistrationInput(
        channel="visit", procedure="payment_complaint", category="arrears", summary="拖欠工程款，多次催要未付。",
        received_on=today - timedelta(days=6),
        complainant=EnterpriseInput(name="金山宏远市政工程有限公司", industry="construction"),
        respondent=RespondentInput(name="县城市管理综合执法局", kind="state_organ"),
        handler_id=office.actor.user_id))
    view = window.open_case(fresh.id)
    shots.wait(lambda: view.detail is not None and not view.loading)
    view.action_button("accept").click()
    action = view.dialog
    action.ui.on_date_edit.setText((view.detail.received_on - timedelta(days=3)).isoformat())
    action.save()
    shots.settle()
    shots.grab(action, "action")
    action.mark_clean()
    action.close()

    arrears = next(r for r in office.cases.page(CaseQuery(open_only=True, category="arrears"), 0, 50))
    view = window.open_case(arrears.id)
    shots.wait(lambda: view.detail is not None and not view.loading)
    view.ui.add_claim_button.click()
    claim = view.dialog
    ui = claim.ui
    ui.amount_claimed_line_edit.setText("12O00")
    ui.delivered_line_edit.setText("2025-13-01")
    ui.agreed_rate_line_edit.setText("abc")
    claim.save()
    shots.settle()
    shots.grab(claim, "claim")
    claim.mark_clean()
    claim.close()
    window.ui.case_tab_widget.setCurrentWidget(window.ui.case_list_tab)


def report(shots: Shots, office, window, folder: Path) -> None:
    from complaintdesk.ui.report_dialog import ReportDialog

    dialog = ReportDialog(office, window.settings, window)
    dialog.show()
    dialog.set_kind("ledger")
    dialog.ui.path_line_edit.setText(str(folder / "清欠台账.xlsx"))
    dialog.export()
    shots.wait(lambda: not dialog.busy)
    shots.settle()
    shots.grab(dialog, "report")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
