"""The streaming xlsx writer, read back by openpyxl: values, types, formats, styles and sheet layout."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from complaintdesk.documents.tables import Column, ColumnKind, TableReport, TableSection, write_xlsx
from complaintdesk.documents.xlsx_stream import MAX_CELL_CHARS, SheetSpec, Style, XlsxStream, column_letter

M, D, N, P, T = ColumnKind.MONEY, ColumnKind.DATE, ColumnKind.INT, ColumnKind.PERCENT, ColumnKind.TEXT
COLUMNS = (Column("名称", T, 20), Column("金额", M, 15), Column("日期", D, 11), Column("天数", N, 8),
           Column("比率", P, 9))


def _report(rows, total=None, notes=()) -> TableReport:
    return TableReport("清欠台账", "某某县工信局", "2025-01-01 至 2025-12-31",
                       [TableSection("台账", COLUMNS, rows, total=total, notes=notes)], subtitle="数据截至 2025-12-31")


def test_values_come_back_with_their_types_and_formats(tmp_path):
    rows = [("甲公司", Decimal("1234567.89"), date(2024, 2, 29), 419, Decimal("0.935")),
            ("乙公司", Decimal("0.00"), "2026-01-05（暂定）", None, None),
            (None, None, None, 0, Decimal("1"))]
    report = _report(iter(rows), total=("合计 3 笔", Decimal("1234567.89"), None, 419), notes=("说明一", "说明二"))
    write_xlsx(report, tmp_path / "t.xlsx")
    assert report.rows_written == {"台账": 3}
    ws = load_workbook(tmp_path / "t.xlsx")["台账"]
    assert ws["A1"].value == "某某县工信局　清欠台账" and ws["A1"].font.b and ws["A1"].font.sz == 14
    assert ws["A2"].value == "统计期间：2025-01-01 至 2025-12-31　数据截至 2025-12-31"
    assert [c.value for c in ws[3]] == ["名称", "金额", "日期", "天数", "比率"]
    header = ws["B3"]
    assert header.font.b and header.fill.fgColor.rgb == "FFDDE4EE" and header.border.left.style == "thin"
    assert header.alignment.horizontal == "center" and header.alignment.wrap_text
    a, b, c, d, e = ws[4]
    assert (a.value, a.data_type) == ("甲公司", "s")
    assert Decimal(str(b.value)) == Decimal("1234567.89") and b.number_format == "#,##0.00"
    assert c.value == datetime(2024, 2, 29) and c.number_format == "yyyy-mm-dd"
    assert d.value == 419 and d.number_format == "#,##0"
    assert e.value == pytest.approx(0.935) and e.number_format == "0.0%"
    assert ws["B5"].value == 0 and ws["C5"].value == "2026-01-05（暂定）" and ws["D5"].value is None
    assert ws["A6"].value is None and ws["D6"].value == 0
    assert ws["A7"].value == "合计 3 笔" and ws["A7"].font.b and ws["B7"].font.b
    assert ws["B7"].number_format == "#,##0.00" and ws["C7"].value is None
    assert ws["A8"].value is None and (ws["A9"].value, ws["A10"].value) == ("说明一", "说明二")


def test_the_sheet_has_a_frozen_header_print_titles_widths_and_merged_title_rows(tmp_path):
    write_xlsx(_report([("甲", Decimal("1.00"), None, None, None)]), tmp_path / "t.xlsx")
    ws = load_workbook(tmp_path / "t.xlsx")["台账"]
    assert ws.freeze_panes == "A4" and ws.print_title_rows == "$3:$3"
    assert [ws.column_dimensions[x].width for x in "ABCDE"] == [20, 15, 11, 8, 9]
    assert sorted(str(r) for r in ws.merged_cells.ranges) == ["A1:E1", "A2:E2"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage


def test_hostile_text_stays_text(tmp_path):
    """The writer's own guarantee (``write_xlsx`` adds domain.cells' apostrophe in front of formula-like text)."""
    texts = ['=HYPERLINK("http://x","点我")', "<b>粗</b>&amp;", "  前后空格  ", "tab\tand\nnewline",
             "bell\x07and\x00nul\x1f", "x" * (MAX_CELL_CHARS + 10), "", "It's \"quoted\""]
    with XlsxStream(tmp_path / "t.xlsx", [SheetSpec("台账", [20], 0)]) as book, book.sheet() as sheet:
        for text in texts:
            sheet.append([text])
    ws = load_workbook(tmp_path / "t.xlsx")["台账"]
    got = [ws.cell(1 + i, 1) for i in range(len(texts))]
    assert all(cell.data_type == "s" for cell in got[:6])
    assert [cell.value for cell in got[:5]] == [texts[0], texts[1], texts[2], texts[3], "bellandnul"]
    assert got[5].value == "x" * MAX_CELL_CHARS
    assert got[6].value in ("", None) and got[7].value == texts[7]


def test_a_name_with_a_control_character_no_longer_breaks_the_export(office, tmp_path):
    """openpyxl refused the whole workbook (IllegalCharacterError) for one pasted control character."""
    from complaintdesk.services.desk_types import (
        ClaimInput,
        EnterpriseInput,
        RegistrationInput,
        RespondentInput,
    )
    from tests.dates import TODAY

    case = office.registration.register(RegistrationInput(
        channel="online", procedure="direct", category="arrears", summary="x", received_on=TODAY,
        complainant=EnterpriseInput(name="恒达建材有限公司"), respondent=RespondentInput(name="县教育局", kind="state_organ")))
    office.claims.add_claim(case.id, ClaimInput(amount_claimed=Decimal("10.00"), subject="goods",
                                                contract_no="HT-\x0b1"))
    office.reports.export("ledger", "xlsx", tmp_path / "l.xlsx", start=TODAY, end=TODAY)
    ws = load_workbook(tmp_path / "l.xlsx")["清欠台账"]
    assert ws["I4"].value == "HT-1"


def test_several_sheets_and_an_empty_workbook(tmp_path):
    report = TableReport("测试", "某某县工信局", "2025", [
        TableSection("空表", [Column("名称"), Column("金额", M)], []),
        TableSection("a/b:c*?", [Column("名称")], [("甲",)]),
        TableSection("It's", [Column("名称")], [("乙",)]),
    ])
    write_xlsx(report, tmp_path / "t.xlsx")
    wb = load_workbook(tmp_path / "t.xlsx")
    assert wb.sheetnames == ["空表", "a_b_c__", "It's"]
    assert wb["It's"].print_title_rows == "$3:$3" and wb["It's"]["A4"].value == "乙"
    assert wb["空表"]["A1"].value == "某某县工信局　测试（空表）" and wb["空表"].max_row == 3
    write_xlsx(TableReport("测试", "某某县工信局", "2025", []), tmp_path / "e.xlsx")
    assert load_workbook(tmp_path / "e.xlsx").sheetnames == ["空"]


def test_the_package_is_laid_out_for_spreadsheet_detectors(tmp_path):
    write_xlsx(_report([("甲",)]), tmp_path / "t.xlsx")
    with zipfile.ZipFile(tmp_path / "t.xlsx") as archive:
        names = archive.namelist()
        assert names[0] == "[Content_Types].xml" and "xl/worksheets/sheet1.xml" in names
        assert archive.testzip() is None


def test_the_writer_refuses_misuse(tmp_path):
    with pytest.raises(ValueError):
        XlsxStream(tmp_path / "x.xlsx", [])
    with XlsxStream(tmp_path / "y.xlsx", [SheetSpec("一", [10], 0)]) as book:
        with book.sheet() as ws:
            ws.append([True, 1.5, datetime(2025, 1, 2, 12, 0), Decimal("NaN")], [Style.GENERAL, Style.MONEY])
        with pytest.raises(ValueError):
            book.sheet()
    ws = load_workbook(tmp_path / "y.xlsx")["一"]
    assert ws["A1"].value is True and ws["B1"].value == 1.5 and ws["C1"].value == datetime(2025, 1, 2, 12, 0)
    assert ws["D1"].value == "NaN"


@pytest.mark.parametrize(("index", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
def test_column_letters(index, letters):
    assert column_letter(index) == letters


def test_a_sheet_written_behind_is_the_sheet_written_directly(tmp_path):
    """The sheet's zip stream is written by a thread of its own (deflate beside the rows being made): the
    rows arrive in order, byte for byte what a direct write makes, many flushes long."""
    import io

    from complaintdesk.documents import xlsx_stream

    spec = SheetSpec("台账", [20, 15, 11], header_row=1)
    rows = [(f"第{i}号公司", Decimal(i) / 100, date(2024, 1, 1 + i % 28)) for i in range(5_000)]

    def sheet_bytes(stream_of) -> bytes:
        out = io.BytesIO()
        writer = xlsx_stream.SheetWriter(stream_of(out), spec)
        for row in rows:
            writer.append(row, [Style.GENERAL, Style.MONEY, Style.DATE])
        writer.close()
        return out

    direct = sheet_bytes(lambda out: out).getvalue()
    behind_target = io.BytesIO()
    behind = xlsx_stream._WriteBehind(behind_target, depth=2)
    writer = xlsx_stream.SheetWriter(behind, spec)
    for row in rows:
        writer.append(row, [Style.GENERAL, Style.MONEY, Style.DATE])
    writer.close()
    behind.close()
    assert behind_target.getvalue() == direct
    assert len(direct) > 40 * xlsx_stream._FLUSH_ROWS  # several chunks went through the thread


def test_a_failed_write_behind_is_raised_in_the_writing_thread(tmp_path):
    from complaintdesk.documents import xlsx_stream

    class Full:
        def write(self, data):
            raise OSError(28, "No space left on device")

    behind = xlsx_stream._WriteBehind(Full())
    behind.write(b"x")
    with pytest.raises(OSError, match="No space left"):
        for _ in range(100):  # the failure is seen at a later write, or at the latest at close
            behind.write(b"y")
        behind.close()
