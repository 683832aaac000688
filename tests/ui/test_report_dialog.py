"""The report dialog: kind, period, format and file, exported on a worker by the reports service."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from complaintdesk.ui import dialogs
from complaintdesk.ui.report_dialog import ReportDialog
from tests.ui.helpers import LOAD_TIMEOUT_MS


def make(qtbot, office, settings) -> ReportDialog:
    dialog = ReportDialog(office, settings, today=date(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_ledger_is_exported_as_xlsx_to_the_chosen_file(qtbot, demo_office, settings, tmp_path, monkeypatch):
    dialog = make(qtbot, demo_office, settings)
    dialog.set_kind("ledger")
    dialog.set_format("xlsx")
    suggested = Path(dialog.ui.path_line_edit.text())  # in the Documents folder, not the working folder
    assert suggested.name == "清欠台账_20260101-20261126.xlsx" and suggested.is_absolute()
    dialog.ui.from_date_edit.setDate(date(2000, 1, 1))
    target = tmp_path / "台账"
    monkeypatch.setattr(dialogs, "ask_report_path", lambda parent, suggested, fmt: str(target))
    qtbot.mouseClick(dialog.ui.browse_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(dialog.exported, timeout=LOAD_TIMEOUT_MS) as signal:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)

    result = signal.args[0]
    assert result.path == tmp_path / "台账.xlsx" and result.path.exists() and result.rows > 0
    assert load_workbook(result.path).sheetnames[0] == "清欠台账"
    assert dialog.ui.open_file_button.isVisible() and dialog.ui.open_folder_button.isVisible()
    assert str(tmp_path / "台账.xlsx") in dialog.ui.status_label.text()  # where it went, in full
    opened = []
    monkeypatch.setattr(dialogs, "open_folder", opened.append)
    qtbot.mouseClick(dialog.ui.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "台账.xlsx")]
    assert settings.value("report_dialog/format") == "xlsx"


def test_the_yearly_summary_asks_for_a_year_not_a_period(qtbot, demo_office, settings, tmp_path):
    dialog = make(qtbot, demo_office, settings)
    dialog.set_kind("yearly")
    dialog.set_format("csv")

    assert not dialog.ui.from_date_edit.isVisible() and dialog.ui.year_spin_box.isVisible()
    assert dialog.period() == (None, None, 2026)
    assert Path(dialog.ui.path_line_edit.text()).name == "年度投诉办理情况汇总_2026.csv"
    dialog.ui.path_line_edit.setText(str(tmp_path / "yearly.csv"))

    with qtbot.waitSignal(dialog.exported, timeout=LOAD_TIMEOUT_MS) as signal:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].period == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_reversed_period_is_refused_before_anything_runs(qtbot, demo_office, settings, tmp_path):
    dialog = make(qtbot, demo_office, settings)
    dialog.set_kind("overdue")
    dialog.ui.from_date_edit.setDate(date(2026, 6, 1))
    dialog.ui.to_date_edit.setDate(date(2026, 5, 1))
    dialog.ui.path_line_edit.setText(str(tmp_path / "x.xlsx"))

    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)

    assert not dialog.busy and dialog.ui.error_label.text() == "统计期间的结束日早于开始日。"
    assert not (tmp_path / "x.xlsx").exists()
