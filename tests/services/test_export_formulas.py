"""No export hands a spreadsheet program a formula: text cells beginning with = + - @ (or a tab or carriage
return) get an apostrophe (domain.cells.inert), while numbers — a negative amount too — stay numbers.

Every path that writes CSV or xlsx is enumerated below: the CLI's ``list --format csv`` and each report
in both spreadsheet formats (the report dialog exports through the same ``ReportService.export``).
"""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

import pytest
from openpyxl import load_workbook

from complaintdesk.cli import main
from complaintdesk.documents.tables import (
    Column,
    ColumnKind,
    TableReport,
    TableSection,
    write_csv,
    write_xlsx,
)
from complaintdesk.domain.cells import FORMULA_STARTS, inert
from complaintdesk.services.desk_types import ClaimInput, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.reports import ReportFormat, ReportKind
from tests.dates import TODAY

HYPERLINK = '=HYPERLINK("http://evil.example/x","点击查看")'
HOSTILE = {"complainant": HYPERLINK, "respondent": "@SUM(1+1)*cmd|' /C calc'!A0", "summary": "+拖欠货款",
           "township": "-2+3", "contract": "\t=1+1"}


def test_inert_changes_text_only():
    assert [inert(v) for v in ("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", "合同", "", "'=x")] == \
        ["'=1+1", "'+1", "'-1", "'@A1", "'\t=1", "'\r=1", "合同", "", "'=x"]
    assert [inert(v) for v in (Decimal("-12.34"), -3, 0.5, None, TODAY, True)] == \
        [Decimal("-12.34"), -3, 0.5, None, TODAY, True]


def _report() -> TableReport:
    columns = [Column("名称"), Column("金额", ColumnKind.MONEY), Column("天数", ColumnKind.INT),
               Column("日期", ColumnKind.DATE)]
    rows = [[HYPERLINK, Decimal("-12.34"), -3, date(2025, 3, 1)], ["-5", Decimal("7.00"), 2, None]]
    return TableReport("=标题", "@单位", "2025", [TableSection("=表", columns, rows, total=["+合计", Decimal("-5.34"),
                                                                                           -1, None])])


def test_the_table_writers_keep_numbers_and_neutralise_text(tmp_path):
    buffer = io.StringIO()
    write_csv(_report(), buffer)
    lines = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert lines[1] == ["'" + HYPERLINK, "-12.34", "-3", "2025-03-01"]
    assert lines[2][0] == "'-5" and lines[3][:3] == ["'+合计", "-5.34", "-1"]

    write_xlsx(_report(), tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx").active
    cells = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
    assert cells["A4"] == "'" + HYPERLINK and cells["A5"] == "'-5" and cells["A6"] == "'+合计"
    assert cells["B4"] == -12.34 and cells["C4"] == -3 and cells["B6"] == -5.34  # numbers, not text
    assert cells["A1"].startswith("'@单位")


def _spreadsheet_cells(path) -> list:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [cell for row in csv.reader(handle) for cell in row]
    wb = load_workbook(path)
    return [cell.value for ws in wb.worksheets for row in ws.iter_rows() for cell in row if cell.value is not None]


def _dangerous(cell) -> bool:
    """A text cell a spreadsheet program would run as a formula (a number written as text is harmless)."""
    if not isinstance(cell, str) or not cell.startswith(FORMULA_STARTS):
        return False
    try:
        Decimal(cell)
        return False
    except InvalidOperation:
        return True


@pytest.fixture
def hostile_office(office):
    """Cases whose parties, summary, township and contract were typed by someone who knows about CSV injection."""
    for n in range(2):
        case = office.registration.register(RegistrationInput(
            channel="phone", procedure="direct", category="arrears", summary=HOSTILE["summary"] + str(n),
            received_on=TODAY - timedelta(days=120 + n),
            complainant=EnterpriseInput(name=HOSTILE["complainant"] + str(n), township=HOSTILE["township"]),
            respondent=RespondentInput(name=HOSTILE["respondent"] + str(n), kind="state_organ")))
        office.claims.add_claim(case.id, ClaimInput(
            amount_claimed=Decimal("1000.00"), subject="goods", contract_no=HOSTILE["contract"] + str(n),
            contract_signed_on=TODAY - timedelta(days=400), delivered_on=TODAY - timedelta(days=300)))
    return office


EXPORTS = [(kind, fmt) for kind in ReportKind for fmt in (ReportFormat.XLSX, ReportFormat.CSV)]


@pytest.mark.parametrize("kind, fmt", EXPORTS, ids=[f"{k.value}-{f.value}" for k, f in EXPORTS])
def test_no_report_export_writes_a_formula(hostile_office, tmp_path, kind, fmt):
    path = tmp_path / f"{kind.value}.{fmt.value}"
    if kind is ReportKind.YEARLY:
        hostile_office.reports.export(kind, fmt, path, year=TODAY.year)
    else:
        hostile_office.reports.export(kind, fmt, path, start=date(2000, 1, 1), end=TODAY)
    cells = _spreadsheet_cells(path)
    assert cells and not [c for c in cells if _dangerous(c)]
    if kind in (ReportKind.LEDGER, ReportKind.OVERDUE):  # the hostile names are in these, made inert
        assert "'" + HYPERLINK + "0" in cells


def test_the_cli_list_csv_writes_no_formula(hostile_office):
    out = io.StringIO()
    assert main(["list", "--db", hostile_office.location, "--format", "csv"], out=out) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 2 and not [c for r in rows for c in r.values() if _dangerous(c)]
    assert {r["complainant"] for r in rows} == {"'" + HYPERLINK + "0", "'" + HYPERLINK + "1"}
    assert {r["respondent"] for r in rows} == {"'" + HOSTILE["respondent"] + "0", "'" + HOSTILE["respondent"] + "1"}
    assert all(int(r["workdays_left"]) < 0 for r in rows)  # overdue: a negative number, not "'-…"
