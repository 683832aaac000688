"""Reports: xlsx read back with openpyxl (frozen panes, formats, Chinese sheets, values), PDF with pypdf, CSV."""

from __future__ import annotations

import csv
import io
from contextlib import closing
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from complaintdesk.documents.tables import (
    Column,
    ColumnKind,
    TableReport,
    TableSection,
    render_pdf,
    write_xlsx,
)
from complaintdesk.services.desk_types import ClaimInput, EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.store.models import Event
from tests.dates import TODAY

EVER = date(2000, 1, 1)


def _column(ws, title: str) -> int:
    header = [c.value for c in ws[3]]
    return header.index(title) + 1


def test_ledger_xlsx_has_a_frozen_header_formats_and_the_claims(demo_office, tmp_path):
    path = tmp_path / "台账.xlsx"
    result = demo_office.reports.export("ledger", "xlsx", path, start=EVER, end=TODAY)
    rows = list(demo_office.reports.ledger_rows(EVER, TODAY))
    assert result.rows == len(rows) > 100 and result.as_of == TODAY

    wb = load_workbook(path)
    assert wb.sheetnames == ["清欠台账"]
    ws = wb["清欠台账"]
    assert ws.freeze_panes == "A4"
    assert ws["A1"].value.startswith(demo_office.settings.values()["office.name"]) and "清欠台账" in ws["A1"].value
    assert "统计期间：2000-01-01 至" in ws["A2"].value
    assert ws.column_dimensions["D"].width == 26 and ws.print_title_rows == "$3:$3"
    claimed, due, interest, uscc = (_column(ws, t) for t in ("欠款金额（元）", "付款到期日", "逾期利息（元）",
                                                              "统一社会信用代码"))
    for i, r in enumerate(rows[:40]):
        line = 4 + i
        assert ws.cell(line, 1).value == r.case_no
        assert ws.cell(line, uscc).value == r.complainant_uscc
        assert ws.cell(line, claimed).number_format == "#,##0.00"
        assert Decimal(str(ws.cell(line, claimed).value)) == r.amount_claimed
        assert Decimal(str(ws.cell(line, interest).value or 0)).quantize(Decimal("0.01")) == r.interest
        if r.due_on:
            assert ws.cell(line, due).value.date() == r.due_on and ws.cell(line, due).number_format == "yyyy-mm-dd"
    total_line = 4 + len(rows)
    assert ws.cell(total_line, 1).value == f"合计 {len(rows)} 笔" and ws.cell(total_line, claimed).font.b
    assert Decimal(str(ws.cell(total_line, claimed).value)) == sum(r.amount_claimed for r in rows)
    with demo_office.db.read() as s:
        event = s.execute(select(Event).order_by(Event.id.desc()).limit(1)).scalar_one()
    assert event.action == "report_exported" and "台账.xlsx" in event.summary


def test_ledger_figures_are_the_case_views(demo_office):
    """Due date, days overdue and interest in the ledger are exactly what the case page shows."""
    rows = [r for r in demo_office.reports.ledger_rows(EVER, TODAY) if r.interest > 0][:15]
    assert rows
    for r in rows:
        detail = demo_office.lookup.detail(r.case_id)
        view = next(c for c in detail.claims if c.contract_no == r.contract_no)
        assert (view.due_on, view.days_overdue, view.interest, view.amount_paid, view.outstanding) == (
            r.due_on, r.days_overdue, r.interest, r.amount_paid, r.outstanding)


def test_a_ledger_as_of_an_earlier_day_leaves_later_payments_out(demo_office):
    later = [r for r in demo_office.reports.ledger_rows(EVER, TODAY) if r.last_paid_on and r.amount_paid][:5]
    assert later
    for r in later:
        before = r.last_paid_on - timedelta(days=1)
        # closed when left: the generator holds a read transaction open (PostgreSQL's twin is gone by the gc)
        with closing(demo_office.reports.ledger_rows(r.received_on, r.received_on, as_of=before)) as ledger:
            old = next(x for x in ledger if x.contract_no == r.contract_no)
        assert old.amount_paid < r.amount_paid and old.outstanding > r.outstanding and old.cleared_on is None


def test_statistics_and_yearly_xlsx_have_chinese_sheets_and_rates(demo_office, tmp_path):
    year = TODAY.year - 1
    demo_office.reports.export("statistics", "xlsx", tmp_path / "s.xlsx", start=date(year, 1, 1), end=date(year, 12, 31))
    wb = load_workbook(tmp_path / "s.xlsx")
    assert wb.sheetnames == ["总体情况", "分类别", "分渠道", "分单位类型", "欠款分单位类型", "欠款分乡镇"]
    stats = demo_office.statistics.period_statistics(date(year, 1, 1), date(year, 12, 31))
    ws = wb["总体情况"]
    assert ws.freeze_panes == "A4"
    values = {ws.cell(r, 1).value: (ws.cell(r, 2).value, ws.cell(r, 3).value, ws.cell(r, 4)) for r in range(4, 30)}
    assert values["收件"][0] == stats.closure.received.value
    assert values["按期办结率"][2].number_format == "0.0%"
    assert Decimal(str(values["按期办结率"][2].value)) == stats.closure.on_time_rate.value
    kinds = wb["欠款分单位类型"]
    assert [kinds.cell(r, 1).value for r in range(4, 9)] == ["机关", "事业单位", "国有企业", "大型企业", "其他"]
    assert kinds.cell(4, 4).number_format == "#,##0.00"
    assert Decimal(str(kinds.cell(4, 4).value)) == stats.arrears_by_kind[0].claimed.value

    demo_office.reports.export("yearly", "xlsx", tmp_path / "y.xlsx", year=year)
    wb = load_workbook(tmp_path / "y.xlsx")
    assert wb.sheetnames[:2] == ["年度概况", "月度情况"] and wb.sheetnames[-1] == "机关事业单位逾期欠款"
    assert [wb["月度情况"].cell(r, 1).value for r in (4, 15)] == [f"{year}-01", f"{year}-12"]


def test_pdf_reports_carry_the_rows_page_numbers_and_office(demo_office, tmp_path):
    start = TODAY - timedelta(days=120)
    demo_office.reports.export("ledger", "pdf", tmp_path / "l.pdf", start=start, end=TODAY)
    reader = PdfReader(tmp_path / "l.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    rows = list(demo_office.reports.ledger_rows(start, TODAY))
    assert rows
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    for r in rows:
        assert r.case_no in text and r.complainant_uscc in text
    assert f"第 1 页 / 共 {len(reader.pages)} 页" in text and demo_office.settings.values()["office.name"] in text
    assert "合计" in text

    demo_office.reports.export("overdue", "pdf", tmp_path / "o.pdf", start=EVER, end=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "o.pdf").pages)
    for r in demo_office.reports.overdue_rows(EVER, TODAY):
        assert r.case_no in text


def test_user_text_cannot_inject_markup_or_formulas(office, tmp_path):
    hostile = "<b>粗</b>&amp;<font size=40>大</font><para>"
    formula = '=HYPERLINK("http://x","点我")'
    case = office.registration.register(RegistrationInput(
        channel="online", procedure="direct", category="arrears", summary="x", received_on=TODAY,
        complainant=EnterpriseInput(name=hostile + "有限公司" * 6), respondent=RespondentInput(name=formula, kind="state_organ")))
    office.claims.add_claim(case.id, ClaimInput(amount_claimed=Decimal("10.00"), subject="goods", contract_no="<i>1</i>"))
    office.reports.export("ledger", "pdf", tmp_path / "l.pdf", start=TODAY, end=TODAY)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "l.pdf").pages).replace("\n", "")
    assert "<b>粗</b>&amp;<font" in text and "<i>1</i>" in text
    office.reports.export("ledger", "xlsx", tmp_path / "l.xlsx", start=TODAY, end=TODAY)
    cell = load_workbook(tmp_path / "l.xlsx")["清欠台账"]["G4"]
    assert cell.value == "'" + formula and cell.data_type == "s"  # as in CSV (domain.cells.inert)
    office.reports.export("ledger", "csv", tmp_path / "l.csv", start=TODAY, end=TODAY)
    rows = list(csv.reader(io.StringIO((tmp_path / "l.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][6] == "'" + formula


def test_csv_is_utf8_with_bom_and_plain_numbers(demo_office, tmp_path):
    demo_office.reports.export("ledger", "csv", tmp_path / "l.csv", start=EVER, end=TODAY)
    data = (tmp_path / "l.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    ledger = list(demo_office.reports.ledger_rows(EVER, TODAY))
    assert rows[0][:4] == ["案件编号", "收件日期", "来源渠道", "投诉企业"] and len(rows) == len(ledger) + 2
    assert rows[1][11] == f"{ledger[0].amount_claimed:.2f}" and rows[1][1] == ledger[0].received_on.isoformat()


def test_report_periods_are_checked(demo_office, tmp_path):
    with pytest.raises(ValueError, match="自然年"):
        demo_office.reports.build("yearly", date(2025, 2, 1), date(2025, 12, 31))
    with pytest.raises(ValueError, match="起止日期"):
        demo_office.reports.build("ledger", date(2025, 2, 1))
    with pytest.raises(ValueError, match="结束日早于开始日"):
        demo_office.reports.build("overdue", date(2025, 2, 1), date(2025, 1, 1))


def test_table_renderer_handles_empty_and_several_sections(tmp_path):
    report = TableReport("测试", "某某县工信局", "2025-01-01 至 2025-01-31", [
        TableSection("空表", [Column("名称"), Column("金额", ColumnKind.MONEY)], []),
        TableSection("a/b:c*?", [Column("名称")], [("甲",)]),
    ])
    write_xlsx(report, tmp_path / "t.xlsx")
    assert load_workbook(tmp_path / "t.xlsx").sheetnames == ["空表", "a_b_c__"]
    pdf = render_pdf(report)
    assert "（无记录）" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_ledger_reads_ahead_on_postgresql_with_the_same_rows(office, monkeypatch):
    """On PostgreSQL the ledger's claims and payments are read by a thread of their own (store.read_ahead)
    while the rows already read are computed; SQLite reads them in the computing thread. The rows are the
    same either way, in the same order."""
    from complaintdesk.services import reports
    from complaintdesk.services.demo import generate
    from complaintdesk.store.read_ahead import read_ahead

    generate(office.db, cases=120, seed=5)
    postgres = office.db.engine.dialect.name == "postgresql"
    readers = []

    def recording(items, *args, **kwargs):
        readers.append(items)
        return read_ahead(items, *args, batch=7, depth=2)  # small batches: many hand-overs

    monkeypatch.setattr(reports, "read_ahead", recording)
    read = list(office.reports.ledger_rows(EVER, TODAY))
    assert len(readers) == (1 if postgres else 0)
    monkeypatch.setattr(reports, "read_ahead", lambda items, *a, **k: items)
    direct = list(office.reports.ledger_rows(EVER, TODAY))
    assert read == direct and len(read) > 200
    assert sum(len(r.case_no) for r in read) and any(r.amount_paid for r in read)
