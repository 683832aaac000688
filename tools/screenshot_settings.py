"""Screenshots of the settings dialog for the docs: docs/screenshots/settings_holidays.png, settings_letters.png.

Usage (from the repository root; needs no display)::

    QT_QPA_PLATFORM=offscreen python tools/screenshot_settings.py [--page holidays|letters] [--year 2026] [--out PATH]

A throw-away demo office is opened as its administrator. ``holidays`` (the default): the dialog shows the
shipped official schedule of ``--year``: its rest days and make-up working days, the notice it comes from,
and the editor with one day picked. ``letters``: the 文书 page, each role's font found on this computer
with its preview (the page as an office sees it before choosing anything).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def wait(app: QApplication, condition, timeout_s: float = 30.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the dialog")
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", type=int, default=2026, help="a year with a shipped schedule (default 2026)")
    parser.add_argument("--cases", type=int, default=300, help="demo cases (default 300)")
    parser.add_argument("--page", choices=("holidays", "letters"), default="holidays")
    parser.add_argument("--out", type=Path, default=None,
                        help="default: docs/screenshots/settings_<page>.png")
    args = parser.parse_args()
    args.out = args.out or ROOT / "docs" / "screenshots" / f"settings_{args.page}.png"

    app = QApplication([sys.argv[0]])
    from complaintdesk.services.demo import generate
    from complaintdesk.services.office import Office
    from complaintdesk.ui import i18n, tasks
    from complaintdesk.ui.settings import SettingsDialog

    i18n.set_language(i18n.CHINESE)
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "demo.sqlite")
        office = Office.open(path)
        generate(office.db, cases=args.cases, seed=7)
        office.close()
        office = Office.open(path)  # the desk acts as the office's administrator
        dialog = SettingsDialog(office, QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        dialog.resize(1080, 700)
        dialog.show()
        if args.page == "letters":
            show_letters(app, dialog)
        else:
            show_holidays(app, dialog, args.year)
        app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(args.out))
        print(f"wrote {args.out}")
        dialog.close()
        tasks.wait_for_workers()
        office.close()
    return 0


def show_letters(app: QApplication, dialog) -> None:
    dialog.resize(1024, 700)
    dialog.ui.tab_widget.setCurrentIndex(dialog.LETTERS)
    page = dialog.letters
    wait(app, lambda: page.loaded is not None and page.families is not None)
    page.rows["body"].combo.setFocus()


def show_holidays(app: QApplication, dialog, year: int) -> None:
    page = dialog.holidays
    wait(app, lambda: page.loaded is not None and bool(page.years))
    ui = dialog.ui
    ui.year_combo.setCurrentIndex(ui.year_combo.findData(year))
    ui.year_combo.activated.emit(ui.year_combo.currentIndex())
    wait(app, lambda: page.loaded is not None and page.loaded.year == year)
    if not page.loaded.rows:
        raise SystemExit(f"{year} has no schedule: choose a year with data")
    row = next(i for i, r in enumerate(page.current_rows()) if r.name == "国庆节")
    ui.holiday_table_widget.selectRow(row)
    ui.holiday_table_widget.scrollToItem(ui.holiday_table_widget.item(row, 0))
    page.run_preview()  # the unchanged year: shows that saving it again would move nothing
    wait(app, lambda: page.preview is not None)
    ui.holiday_table_widget.setFocus()


if __name__ == "__main__":
    raise SystemExit(main())
