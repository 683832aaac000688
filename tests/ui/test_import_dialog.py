"""The import dialog: choose a file, map its columns, dry-run every row, then import all or nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from complaintdesk.services.case_query import CaseQuery
from complaintdesk.store.models import ArrearsClaim, Case, Event
from complaintdesk.ui import dialogs
from complaintdesk.ui.import_dialog import ImportDialog, ProblemKind
from tests.dates import TODAY
from tests.ui.helpers import LOAD_TIMEOUT_MS

GOOD_USCC = "91110000600037341L"
OTHER_USCC = "914403001922038216"
HEADER = ["来文编号", "收件日期", "投诉企业", "统一社会信用代码", "被投诉单位", "单位类型", "合同编号", "标的",
          "欠款金额（元）", "交付日期", "合同签订日期", "渠道"]


def workbook(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "转办清单"
    ws.append(["自治区工信厅转办投诉清单"])
    ws.append([])
    ws.append(HEADER)  # row 3
    for row in rows:
        ws.append(row)
    wb.save(path)
    return str(path)


def row(ref, *, name="乌兰恒达建材有限公司", uscc=GOOD_USCC, received=None, amount=123456.78, kind="机关"):
    return [ref, received or TODAY - timedelta(days=20), name, uscc, "县交通运输局", kind, f"HT-{ref}", "工程",
            amount, TODAY - timedelta(days=200), TODAY - timedelta(days=300), "上级转办"]


def counts(office) -> tuple[int, int, int]:
    with office.db.read() as s:
        return tuple(s.execute(select(func.count()).select_from(m)).scalar_one() for m in (Case, ArrearsClaim, Event))


@pytest.fixture
def office(demo_office):
    return demo_office


@pytest.fixture
def dialog(qtbot, office, settings):
    dialog = ImportDialog(office, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot, dialog, monkeypatch, path: str) -> None:
    monkeypatch.setattr(dialogs, "ask_import_file", lambda parent, start="": path)
    with qtbot.waitSignal(dialog.fileLoaded, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.ui.choose_file_button, Qt.MouseButton.LeftButton)


def check(qtbot, dialog):
    with qtbot.waitSignal(dialog.checked, timeout=LOAD_TIMEOUT_MS) as signal:
        qtbot.mouseClick(dialog.ui.dry_run_button, Qt.MouseButton.LeftButton)
    return signal.args[0]


def test_the_mapping_is_suggested_from_the_headings(qtbot, dialog, monkeypatch, tmp_path):
    choose(qtbot, dialog, monkeypatch, workbook(tmp_path / "batch.xlsx", [row("省转1号")]))

    assert dialog.combo("case_ref").currentData() == "来文编号"
    assert dialog.combo("amount_claimed").currentData() == "欠款金额（元）"
    assert dialog.combo("handler").currentData() == ""  # no such column: not imported
    assert "表头在第 3 行，数据 1 行" in dialog.ui.file_info_label.text()
    assert not dialog.ui.import_button.isEnabled()  # not before a dry run


def test_a_file_with_bad_rows_shows_each_error_and_imports_nothing(qtbot, dialog, office, monkeypatch, tmp_path):
    # Given a batch with a good row and three bad ones
    path = workbook(tmp_path / "batch.xlsx", [
        row("省转1号"),                                       # row 4: fine
        row("省转2号", uscc="914403001922038217"),            # 5: wrong check character
        row("省转3号", received="2025-02-30"),                # 6: no such day
        row("省转4号", amount=-5),                            # 7: negative
    ])
    before = counts(office)
    choose(qtbot, dialog, monkeypatch, path)

    # When it is checked
    report = check(qtbot, dialog)

    # Then each bad row is in the table with its column and reason, and nothing can be imported
    errors = [line for line in dialog.problem_model.lines() if line.kind == ProblemKind.ERROR]
    assert {(e.row, e.column) for e in errors} >= {(5, "统一社会信用代码"), (6, "收件日期"), (7, "欠款金额（元）")}
    assert not any(e.row == 4 for e in errors)
    assert len(errors) == len(report.errors)
    model = dialog.problem_model
    assert [model.index(0, c).data() for c in range(3)] == ["错误", str(errors[0].row), errors[0].column]
    assert "3 处" in dialog.ui.summary_label.text() or f"{len(report.errors)} 处" in dialog.ui.summary_label.text()
    assert not dialog.ui.import_button.isEnabled()
    assert counts(office) == before

    # And the import cannot be forced either
    dialog.run_import()
    assert not dialog.busy and counts(office) == before


def test_a_good_file_imports_once(qtbot, dialog, office, monkeypatch, tmp_path):
    path = workbook(tmp_path / "good.xlsx", [row("省转1号"), row("省转2号", name="恒达二厂", uscc=OTHER_USCC, amount="2,000.50")])
    before = counts(office)
    choose(qtbot, dialog, monkeypatch, path)

    report = check(qtbot, dialog)
    assert report.ok and report.new_cases == 2
    assert dialog.ui.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=LOAD_TIMEOUT_MS) as signal:
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)

    result = signal.args[0]
    assert len(result.case_ids) == 2
    assert counts(office)[:2] == (before[0] + 2, before[1] + 2)
    assert "新建案件 2 件" in dialog.ui.summary_label.text()
    assert not dialog.ui.import_button.isEnabled()  # not twice
    imported = office.cases.page(CaseQuery(ids=tuple(result.case_ids)), 0, 10)
    assert sorted(r.complainant for r in imported) == ["乌兰恒达建材有限公司", "恒达二厂"]
    events = office.lookup.detail(result.case_ids[0]).events
    assert any("good.xlsx" in e.summary for e in events)

    # The same file again: every row is already there
    report = check(qtbot, dialog)
    assert report.ok and report.new_cases == report.new_claims == 0 and len(report.skipped) == 2


def test_changing_the_mapping_needs_a_new_check(qtbot, dialog, monkeypatch, tmp_path):
    choose(qtbot, dialog, monkeypatch, workbook(tmp_path / "good.xlsx", [row("省转1号")]))
    assert check(qtbot, dialog).ok

    combo = dialog.combo("contract_no")
    combo.setCurrentIndex(0)  # (not imported)

    assert not dialog.ui.import_button.isEnabled()
    assert "重新预检" in dialog.ui.summary_label.text()


def test_an_unreadable_file_is_reported(qtbot, dialog, monkeypatch, tmp_path):
    bad = tmp_path / "not-a-workbook.xlsx"
    bad.write_text("hello")
    monkeypatch.setattr(dialogs, "ask_import_file", lambda parent, start="": str(bad))

    qtbot.mouseClick(dialog.ui.choose_file_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)
    assert dialog.ui.summary_label.text().startswith("无法读取文件")
    assert not dialog.ui.dry_run_button.isEnabled()


def test_the_problem_model_passes_qtmodeltester(qtbot, qtmodeltester, dialog, monkeypatch, tmp_path):
    choose(qtbot, dialog, monkeypatch, workbook(tmp_path / "b.xlsx", [row("1", uscc="x"), row("2", amount=-1)]))
    check(qtbot, dialog)
    qtmodeltester.check(dialog.problem_model)


def test_the_menu_opens_the_dialog_and_an_import_refreshes_the_list(qtbot, open_window, demo_db_path, monkeypatch,
                                                                    tmp_path):
    window = open_window(str(demo_db_path))
    window.tools.import_action.trigger()
    dialog = window.tools.import_dialog
    assert dialog is not None and dialog.isVisible()
    choose(qtbot, dialog, monkeypatch, workbook(tmp_path / "good.xlsx", [row("省转9号")]))
    assert check(qtbot, dialog).ok
    total = window.model.total
    with qtbot.waitSignal(window.model.countChanged, timeout=LOAD_TIMEOUT_MS):
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert window.model.total == total + 1

    qtbot.mouseClick(dialog.ui.show_cases_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.model.loading and window.model.total == 1, timeout=LOAD_TIMEOUT_MS)
    assert "good.xlsx" in window.figure_title
