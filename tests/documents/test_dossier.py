"""The case dossier from plain data: A4 pages with the case number and page numbers, the whole history,
attachment and document hashes, embedded fonts, literal hostile text, missing glyphs reported."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader

from complaintdesk.documents import OfficeInfo, load_font_set
from complaintdesk.documents.dossier import (
    DossierAttachment,
    DossierClaim,
    DossierData,
    DossierDeadline,
    DossierDocument,
    DossierEvent,
    render_dossier,
)
from complaintdesk.domain.money import format_yuan
from tests.documents.boxscan import read_boxes, rule_clearance
from tests.documents.pdfscan import PAGE_A4, fonts_of

START = datetime(2026, 10, 9, 1, 30, tzinfo=UTC)
HASH_A = hashlib.sha256(b"contract").hexdigest()
HASH_B = hashlib.sha256(b"invoice").hexdigest()
HASH_DOC = hashlib.sha256(b"letter").hexdigest()


def dossier_data(n_events: int = 6, **changes) -> DossierData:
    data = DossierData(
        office=OfficeInfo(name="某某县工业和信息化局"),
        case_no="2026-0042",
        status="办理中",
        generated_at=datetime(2026, 11, 26, 2, 0, tzinfo=UTC),
        generated_by="王晓红",
        facts=(("案件编号", "2026-0042"), ("状态", "办理中"), ("收件日期", "2026-10-09"),
               ("投诉事项", "投诉人称，2025年7月至2026年1月，其与被投诉人先后签订三份合同，均已交付并验收合格，尚有款项未付。")),
        complainant=(("名称", "内蒙古某某农牧机械有限公司"), ("统一社会信用代码", "91110000600037341L")),
        respondent=(("名称", "某某县第一中学"), ("类型", "事业单位")),
        claims=(DossierClaim(
            contract_no="HT-2025-0712", subject="货物", amount=Decimal("486000.00"), signed_on=date(2025, 7, 1),
            delivered_on=date(2025, 8, 15), due_on=date(2025, 9, 15), days_overdue=437, paid=Decimal("200000.00"),
            outstanding=Decimal("286000.00"), interest=Decimal("71643.00"),
            term_lines=("《保障中小企业款项支付条例》第八条第一款", "自交付之日起30日内支付"),
            interest_lines=("按每日万分之五计算", "合计逾期利息：71,643.00 元（计至2026-11-26）"),
            payments=("2025-10-10  200,000.00 元（银行回单）",)),),
        totals=(("欠付合计", "286,000.00 元"), ("逾期利息合计", "71,643.00 元")),
        deadlines=(DossierDeadline("形成处理结果，书面答复投诉人", date(2026, 10, 9), date(2026, 11, 9), "已逾期",
                                   ("收到投诉材料：2026年10月9日", "期限：30日")),),
        steps=("延期申请 2026-11-01：30日，理由：需核实结算情况；已批准",),
        events=tuple(DossierEvent(START + timedelta(days=i), "王晓红", "登记还款", f"第{i + 1}条记录：登记还款 {i + 1},000.00 元",
                                  (f"已付金额：— → {i + 1}000.00",)) for i in range(n_events)),
        attachments=(DossierAttachment("合同.pdf", "合同", 183_204, HASH_A, START, "王晓红", "课桌椅采购合同"),
                     DossierAttachment("发票.jpg", "发票", 20_480, HASH_B, START, "王晓红")),
        documents=(DossierDocument("X工信投字〔2026〕12号", "督办通知书", date(2026, 11, 20), "王晓红", HASH_DOC, 2),),
    )
    return replace(data, **changes)


@pytest.fixture
def rendered(fonts):
    return render_dossier(dossier_data(), fonts=fonts)


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with all whitespace removed (extraction breaks lines where the layout wraps)."""
    return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_pages_are_a4_with_the_case_number_and_page_numbers(fonts):
    doc = render_dossier(dossier_data(n_events=120), fonts=fonts)
    reader = PdfReader(io.BytesIO(doc.pdf))
    assert doc.page_count == len(reader.pages) > 2
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(PAGE_A4[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(PAGE_A4[1], abs=0.01)
    for number, text in enumerate(page_texts(doc.pdf), start=1):
        assert "案件编号2026-0042" in text and f"第{number}页共{doc.page_count}页" in text


def test_the_whole_history_and_every_hash_are_printed(rendered):
    flat = "".join(page_texts(rendered.pdf))
    for i in range(6):
        assert f"第{i + 1}条记录：登记还款{i + 1},000.00元" in flat
    for digest in (HASH_A, HASH_B, HASH_DOC):
        assert digest in flat
    for expected in ("内蒙古某某农牧机械有限公司", "某某县第一中学", "HT-2025-0712", "486,000.00", "71,643.00",
                     "按每日万分之五计算", "期限：30日", "X工信投字〔2026〕12号", "课桌椅采购合同", "需核实结算情况"):
        assert expected in flat, expected
    assert rendered.warnings == ()


def test_a_long_history_keeps_every_event(fonts):
    doc = render_dossier(dossier_data(n_events=300), fonts=fonts)
    flat = "".join(page_texts(doc.pdf))
    assert all(f"第{i}条记录" in flat for i in range(1, 301))


def test_fonts_are_embedded(rendered):
    for name, font in fonts_of(PdfReader(io.BytesIO(rendered.pdf))).items():
        descriptor = font["/FontDescriptor"] if "/FontDescriptor" in font else None
        assert descriptor is not None and "/FontFile2" in descriptor, name


HOSTILE = ("<b>甲&乙</b>公司", "<img src=/etc/passwd>", "&amp; &lt;", "<para>x</para>", "\"引号\" 'x'",
           "<font name=Courier>y</font>")


def test_user_text_is_never_read_as_markup(fonts):
    data = dossier_data(
        case_no="<b>2026</b>&1",
        complainant=(("名称", HOSTILE[0]),),
        events=(DossierEvent(START, "<i>王</i>", "<br/>", " ".join(HOSTILE), ("字段：<a> → &",)),),
        attachments=(DossierAttachment(HOSTILE[1], "其他", 1, HASH_A, START, description=HOSTILE[3]),),
    )
    doc = render_dossier(data, fonts=fonts)
    flat = "".join(page_texts(doc.pdf))
    for text in (*HOSTILE, "<b>2026</b>&1", "<i>王</i>", "<br/>", "字段：<a>→&"):
        assert "".join(text.split()) in flat, text


def test_characters_the_body_font_lacks_come_from_another_font(gb2312_font_path):
    font_set = load_font_set(gb2312_font_path)  # like the Arphic GB fonts: no 堃, no 喆
    assert not font_set.has_char(font_set.body, "堃")
    doc = render_dossier(dossier_data(complainant=(("名称", "张堃喆农机有限公司"),)), fonts=font_set)
    assert not [w for w in doc.warnings if "缺少" in str(w)]
    assert "张堃喆农机有限公司" in "".join(page_texts(doc.pdf))  # drawn from a font that has them


def test_characters_no_font_has_are_shown_and_reported(fonts):
    doc = render_dossier(dossier_data(complainant=(("名称", "𠮷氏农机有限公司"),)), fonts=fonts)
    [warning] = [str(w) for w in doc.warnings if "缺少" in str(w)]
    assert "𠮷" in warning
    flat = "".join(page_texts(doc.pdf))
    assert "□氏农机有限公司" in flat and "𠮷" not in flat


def test_same_data_same_bytes_and_empty_sections_say_so(fonts):
    data = dossier_data(claims=(), totals=(), attachments=(), documents=(), events=(), deadlines=())
    first, second = render_dossier(data, fonts=fonts), render_dossier(data, fonts=fonts)
    assert first.pdf == second.pdf and first.sha256 == hashlib.sha256(first.pdf).hexdigest()
    flat = "".join(page_texts(first.pdf))
    assert flat.count("（无）") == 5


CLOSING = set("，。、；：！？）》」』】〕〗〉”’…%")


def punctuated(length: int, start: int) -> str:
    """Clauses of varying length, each ending in a mark that may not begin a line."""
    return "".join("甲乙丙丁戊己庚"[: (k % 7) + 1] + "；，。：、）》"[k % 7] for k in range(start, start + length))


@pytest.mark.parametrize("start", range(0, 14, 3))
def test_no_line_of_the_dossier_starts_with_closing_punctuation(fonts, start):
    text, note = punctuated(40, start), punctuated(12, start + 1)
    data = dossier_data(
        facts=(("投诉事项", text), ("处理意见", note)),
        notes=(text,), steps=(note,),
        deadlines=(DossierDeadline("形成处理结果；书面答复", date(2026, 10, 9), date(2026, 11, 9), "已逾期", (text,)),),
        events=tuple(DossierEvent(START + timedelta(days=i), "王晓红", "记录", "摘要" + text[i:], ("变更" + note[i:],))
                     for i in range(4)),
        claims=(replace(dossier_data().claims[0], term_lines=(text,), interest_lines=(note,)),),
    )
    lines = read_boxes(render_dossier(data, fonts=fonts).pdf).lines()
    assert len(lines) > 100
    starts = [line.text for line in lines if line.text[:1] in CLOSING]
    assert not starts, starts[:5]


@pytest.mark.parametrize("digits", [9, 12])
def test_the_dossier_claims_table_keeps_amounts_whole_and_clear_of_its_rules(fonts, digits):
    big = Decimal("9" * digits + ".99")
    claim = replace(dossier_data().claims[0], contract_no="HT-2025-0712-补充协议-第二批次", amount=big,
                    paid=big - 1, outstanding=Decimal("1.00"), interest=big)
    boxes = read_boxes(render_dossier(dossier_data(claims=(claim,) * 3), fonts=fonts).pdf)
    cells = [(glyph, space) for glyph in boxes.glyphs if (space := rule_clearance(boxes, glyph)) is not None]
    assert all(left >= 2 and right >= 2 for _glyph, (left, right) in cells)
    assert sum(line.text == format_yuan(big) for line in boxes.lines()) == 6
