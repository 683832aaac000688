"""Report tables read back glyph by glyph: columns as wide as their amounts, dates and codes, text
columns not wrapped a character or two a line, and no cell's text within 2 pt of its cell's rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from complaintdesk.documents.tables import (
    PDF_SIZES,
    Column,
    ColumnKind,
    TableReport,
    TableSection,
    render_pdf,
)
from complaintdesk.domain.money import format_yuan
from tests.documents.boxscan import read_boxes, rule_clearance

M, D, N, P, T = ColumnKind.MONEY, ColumnKind.DATE, ColumnKind.INT, ColumnKind.PERCENT, ColumnKind.TEXT
PADDING = 2.0  # pt: the least space between any glyph and its cell's rules
NAMES = ("内蒙古自治区某某农牧机械设备制造有限责任公司", "某某县第一中学", "机关", "锡林郭勒盟某某建筑工程有限公司第三分公司")


def ledger(amount_digits: int, rows: int = 30, extra_money: int = 0) -> TableReport:
    """A ledger-like table: case number, names, type, contract number, dates and amounts of
    ``amount_digits`` integer digits, a percent and a long note; plus ``extra_money`` amount columns."""
    big = Decimal("9" * amount_digits + ".99")
    columns = [Column("案件编号", T, sample="2026-0000"), Column("投诉企业", T, 26), Column("欠款单位", T, 24),
               Column("单位类型", T, 9), Column("合同编号", T, 16), Column("标的", T, 6),
               Column("欠款金额（元）", M), Column("付款到期日", D), Column("逾期天数", N),
               Column("已还金额（元）", M), Column("按期办结率", P), Column("备注", T, 30)]
    columns += [Column(f"其他金额{i}（元）", M) for i in range(extra_money)]

    def row(i: int) -> tuple:
        amount = big - i * 1_000_003
        return (f"2026-{i:04d}", NAMES[i % 4], NAMES[(i + 1) % 4], ("事业单位", "机关", "国有企业")[i % 3],
                f"HT-2025-{i:04d}-{'B' * (i % 5)}", ("货物", "工程", "服务")[i % 3], amount,
                date(2025, 1 + i % 12, 1 + i % 28), 1000 + i, amount / 3, Decimal(i % 100) / 100,
                "付款；" * (i % 9), *([amount] * extra_money))

    total = ("合计 9999 笔", "", "", "", "", "", big * rows, None, None, big * rows, None, "",
             *([big * rows] * extra_money))
    return TableReport("清欠台账", "某某县工业和信息化局", "2025-01-01 至 2025-12-31",
                       [TableSection("台账", columns, (row(i) for i in range(rows)), total=total)])


def cell_glyphs(boxes):
    """(glyph, (left space, right space)) of every glyph between two vertical rules."""
    found = [(glyph, rule_clearance(boxes, glyph)) for glyph in boxes.glyphs]
    return [(glyph, space) for glyph, space in found if space is not None]


@pytest.mark.parametrize(("digits", "extra"), [(9, 0), (12, 0), (12, 8), (9, 14)],
                         ids=["9-digit", "12-digit", "12-digit-many-columns", "very-many-columns"])
def test_no_cell_text_comes_within_2_pt_of_its_rules(fonts, digits, extra):
    report = ledger(digits, extra_money=extra)
    boxes = read_boxes(render_pdf(report, fonts))
    cells = cell_glyphs(boxes)
    assert len(cells) > 1000
    for glyph, (left, right) in cells:
        assert left >= PADDING and right >= PADDING, (glyph, left, right)
    assert report.rows_written == {"台账": 30}


@pytest.mark.parametrize("digits", [9, 12])
def test_amounts_dates_and_codes_stand_whole_on_one_line(fonts, digits):
    report = ledger(digits)
    lines = {line.text for line in read_boxes(render_pdf(report, fonts)).lines()}
    big = Decimal("9" * digits + ".99")
    for i in range(30):
        amount = big - i * 1_000_003
        assert {format_yuan(amount), f"2026-{i:04d}", date(2025, 1 + i % 12, 1 + i % 28).isoformat(),
                f"{1000 + i:,}", f"HT-2025-{i:04d}-{'B' * (i % 5)}"} <= lines
    assert format_yuan(big * 30) in lines and "合计 9999 笔" in lines


def test_no_column_is_narrower_than_its_widest_number(fonts):
    report = ledger(12, extra_money=4)
    boxes = read_boxes(render_pdf(report, fonts))
    edges = sorted({round(s.x0, 2) for s in boxes.strokes if s.vertical and s.page == 1})
    widest = stringWidth(format_yuan(Decimal("9" * 12 + ".99") * 30), fonts.heading1, min(PDF_SIZES))
    amount_columns = [b - a for a, b in zip(edges, edges[1:], strict=False) if b - a >= widest + 2 * PADDING]
    assert len(amount_columns) >= 6  # the two amounts and four more, each wider than its widest total


def test_short_text_stays_on_one_line_and_names_wrap_several_characters_a_line(fonts):
    report = ledger(9)
    lines = read_boxes(render_pdf(report, fonts)).lines()
    texts = [line.text for line in lines]
    assert {"事业单位", "国有企业", "机关", "货物", "工程"} <= set(texts)
    # A name that wraps keeps at least five characters on every line but its last.
    for name in NAMES[:2] + NAMES[3:]:
        parts = [t for t in texts if t and name.startswith(t)]
        assert parts and all(len(t) >= 5 for t in parts)


def test_a_table_too_wide_for_the_base_size_is_set_smaller_not_over_the_rules(fonts):
    boxes = read_boxes(render_pdf(ledger(12, extra_money=8), fonts))
    sizes = {round(glyph.size, 2) for glyph, _space in cell_glyphs(boxes)}
    assert max(sizes) < PDF_SIZES[0] and min(sizes) >= PDF_SIZES[-1]
    assert all(glyph.x1 <= boxes.page_sizes[0][0] - 12 for glyph in boxes.glyphs)


def test_user_text_in_a_cell_is_drawn_as_it_is(fonts):
    hostile = "<b>粗</b>&amp;<font size=40>大</font>" + "x" * 120
    report = TableReport("表", "某某县工信局", "2025", [TableSection("s", [Column("名称"), Column("金额", M)],
                                                                     [(hostile, Decimal("1.00"))])])
    boxes = read_boxes(render_pdf(report, fonts))
    assert hostile in "".join(line.text for line in boxes.lines())
    assert all(left >= PADDING and right >= PADDING for _glyph, (left, right) in cell_glyphs(boxes))
