"""Screenshots of the officer's desk for the docs: the case view and the registration dialog.

Usage (from the repository root; needs no display)::

    QT_QPA_PLATFORM=offscreen python tools/screenshot_case_desk.py [--out-dir docs/screenshots]

A throw-away demo office (``Office.open_demo``, seen through an officer's eyes) is opened in the
main window; an open arrears case of that officer with several claims and payments is shown in
its tab (``case_view.png``), and the registration dialog is filled in part, with the live check of
a mistyped credit code showing next to its field (``registration_dialog.png``).
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


def wait(app: QApplication, condition, timeout_s: float = 60.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)


def pick_case(office):
    """The officer's open arrears case with the most claims and payments (ties: the most overdue)."""
    from complaintdesk.services.case_query import CaseQuery

    best = None
    for row in office.cases.page(CaseQuery(open_only=True, category="arrears", handler_id=office.actor.user_id),
                                 0, 500):
        detail = office.lookup.detail(row.id)
        payments = sum(len(c.payments) for c in detail.claims)
        if len(detail.claims) < 2 or not payments or detail.respondent is None:
            continue
        score = (min(len(detail.claims), 4) + min(payments, 4), row.overdue)
        if best is None or score > best[0]:
            best = (score, detail)
    if best is None:
        raise SystemExit("the demo office has no suitable arrears case")
    return best[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=400, help="demo cases (default 400)")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    app = QApplication([sys.argv[0]])
    from complaintdesk.domain.uscc import uscc_check_char
    from complaintdesk.services.office import Office
    from complaintdesk.ui import i18n, tasks
    from complaintdesk.ui.case_view_models import ClaimColumn
    from complaintdesk.ui.main_window import MainWindow

    i18n.set_language(i18n.CHINESE)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        office = Office.open_demo(cases=args.cases)
        office.signed_in = True  # the demo officer, as `--demo` starts
        window = MainWindow(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1440, 880)
        window.show()
        window.open_office(lambda: office)
        wait(app, lambda: window.office is office and not window.model.loading)

        # The case view, in its tab beside the list
        detail = pick_case(office)
        view = window.open_case(detail.id)
        wait(app, lambda: view.detail is not None and not view.loading)
        overdue = next((c for c in view.detail.claims if c.days_overdue > 0), view.detail.claims[0])
        view.select_claim(overdue.id, ClaimColumn.INTEREST)
        view.ui.claim_table_view.setFocus()
        app.processEvents()
        window.grab().save(str(args.out_dir / "case_view.png"))
        print(f"wrote {args.out_dir / 'case_view.png'} ({detail.case_no})")

        # The registration dialog, partly typed, with one credit code mistyped in its last character
        dialog = window.new_case()
        wait(app, dialog.ui.save_button.isEnabled)
        ui = dialog.ui
        good = "91150925MA0Q7K2P3"
        good += uscc_check_char(good)
        wrong = good[:-1] + ("1" if good[-1] != "1" else "2")
        organ = "11150925011603514"
        organ += uscc_check_char(organ)
        ui.complainant_name_line_edit.setText("乌兰镇鑫源建材有限公司")
        ui.complainant_uscc_line_edit.setText(wrong)
        ui.complainant_industry_combo.setCurrentIndex(ui.complainant_industry_combo.findData("industry"))
        ui.complainant_employees_line_edit.setText("46")
        ui.complainant_revenue_line_edit.setText("2680")
        ui.complainant_assets_line_edit.setText("1950")
        ui.complainant_township_line_edit.setText("乌兰镇")
        ui.complainant_address_line_edit.setText("乌兰镇工业园区建材路8号")
        ui.complainant_contact_line_edit.setText("李红梅")
        ui.complainant_phone_line_edit.setText("13904771234")
        ui.respondent_name_line_edit.setText("县城市管理综合执法局")
        ui.respondent_uscc_line_edit.setText(organ)
        ui.channel_combo.setCurrentIndex(ui.channel_combo.findData("visit"))
        ui.category_combo.setCurrentIndex(ui.category_combo.findData("arrears"))
        ui.summary_plain_text_edit.setPlainText(
            "2025年4月为县城管局人行道改造工程供应透水砖，货款386,000元，5月12日验收合格。"
            "经多次催要，对方至今仅支付120,000元，余款未付。")
        ui.demands_plain_text_edit.setPlainText("请求督促对方支付剩余货款266,000元及逾期利息。")
        ui.complainant_uscc_line_edit.setFocus()
        dialog._check_uscc(dialog._complainant, True)  # as when the officer moves on to the next field
        app.processEvents()
        dialog.grab().save(str(args.out_dir / "registration_dialog.png"))
        print(f"wrote {args.out_dir / 'registration_dialog.png'}")

        dialog.mark_clean()
        dialog.close()
        window.close()
        tasks.wait_for_workers()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
