"""Screenshot of the first-start set-up (administrator and office identity) for the docs: docs/screenshots/first_start.png.

Usage (from the repository root; needs no display)::

    QT_QPA_PLATFORM=offscreen python tools/screenshot_first_start.py [--out PATH] [--errors]
        [--pending-translations FILE.tsv ...]

A new, empty office database is opened in a temporary folder and the set-up dialog is filled in the way
an administrator of 阿鲁科尔沁旗 would type it: the short name and the county come from the full name.
``--errors`` instead leaves the form as a hurried user sends it (empty fields, a code with 〔2026〕, a
malformed telephone) to show the messages next to the fields. The dialog is shown at the size it opens
with, which must fit a 1024×768 screen (the tool fails otherwise).

``--pending-translations`` reads ``context<TAB>source<TAB>translation`` lines (the helpers' hand-off
files) for strings the committed catalogue does not have yet, so that the picture is all Chinese before
the catalogue is merged; once merged the option changes nothing.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREEN = (1024, 768)
# What an administrator of a real banner types (the short name and the county are suggested).
TYPED = {"display_name_line_edit": "张建国", "password_line_edit": "county-office-2026",
         "password_again_line_edit": "county-office-2026", "office_name_line_edit": "阿鲁科尔沁旗工业和信息化局",
         "address_line_edit": "阿鲁科尔沁旗天山镇新华大街1号", "phone_line_edit": "0476-4222222",
         "number_prefix_line_edit": "阿工信投字"}
HURRIED = {"display_name_line_edit": "张建国", "password_line_edit": "county-office-2026",
           "password_again_line_edit": "county-office-2026", "county_line_edit": "阿鲁科尔沁",
           "phone_line_edit": "call me", "number_prefix_line_edit": "阿工信投字〔2026〕"}


class PendingTranslations(QTranslator):
    """Translations from hand-off files, asked after the installed catalogue (Qt asks the newest first:
    install this one before the catalogue)."""

    def __init__(self, files: list[Path]):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        for path in files:
            with path.open(encoding="utf-8", newline="") as stream:
                for row in csv.reader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(row) == 3:
                        self.entries[(row[0], row[1])] = row[2]

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        return self.entries.get((context, source))  # None: not here, ask the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return not self.entries


class PendingMessages(QTranslator):
    """Coded messages the committed catalogue does not have yet, in their catalogue Chinese."""

    def __init__(self):
        super().__init__()
        from complaintdesk.messages import catalogue

        self.entries = {message.en: message.zh for message in catalogue().values()}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        return self.entries.get(source) if context == "messages" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def wait(app: QApplication, condition, timeout_s: float = 30.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the dialog")
        app.processEvents()
        time.sleep(0.01)


def _install(app: QApplication, pending: list[Path]) -> None:
    from complaintdesk.ui import i18n

    if pending:  # installed first, so asked last: the committed catalogue wins where it has a string
        for translator in (PendingTranslations(pending), PendingMessages()):
            app.installTranslator(translator)
            _KEEP.append(translator)
    i18n.set_language(i18n.CHINESE)


_KEEP: list[QTranslator] = []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "first_start.png")
    parser.add_argument("--errors", action="store_true", help="show the messages of a badly filled form")
    parser.add_argument("--pending-translations", type=Path, nargs="*", default=[], metavar="FILE.tsv")
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    from complaintdesk.services.office import Office
    from complaintdesk.ui import tasks
    from complaintdesk.ui.admin_setup_dialog import AdminSetupDialog

    _install(app, args.pending_translations)
    with tempfile.TemporaryDirectory() as folder:
        office = Office.open(str(Path(folder) / "office.sqlite"), daily_backup=False)
        dialog = AdminSetupDialog(office)
        dialog.show()
        tasks.wait_for_workers()
        app.processEvents()
        for name, text in (HURRIED if args.errors else TYPED).items():
            getattr(dialog.ui, name).setText(text)
        if args.errors:
            dialog.save()
        dialog.ui.office_name_line_edit.setFocus()
        app.processEvents()
        size = dialog.size()
        if size.width() > SCREEN[0] or size.height() > SCREEN[1] - 60:
            raise SystemExit(f"the dialog is {size.width()}×{size.height()}: too big for {SCREEN[0]}×{SCREEN[1]}")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(args.out))
        print(f"wrote {args.out} ({size.width()}×{size.height()})")
        dialog.mark_clean()
        dialog.close()
        tasks.wait_for_workers()
        office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
