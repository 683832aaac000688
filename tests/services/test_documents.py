"""Letters through the service layer: data from the case, drafts, numbered frozen issues, corrections,
batches, templates, permissions — on SQLite and PostgreSQL, and with two desks issuing at once."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import multiprocessing
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from complaintdesk.documents import TEMPLATE_KINDS, TemplateError
from complaintdesk.documents.render import DRAFT_NUMBER, WATERMARK
from complaintdesk.documents.templates import BLANK, format_date
from complaintdesk.domain.money import format_yuan
from complaintdesk.domain.uscc import uscc_check_char
from complaintdesk.services import documents as docs
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.auth import PermissionDenied
from complaintdesk.services.cases import CaseQuery
from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.errors import ConflictError, ServiceError
from complaintdesk.services.office import Office
from complaintdesk.services.users import create_user
from complaintdesk.store.models import Enterprise, Event, Setting
from tests.conftest import tampering_connection
from tests.dates import TODAY
from tests.documents.pdfscan import scan
from tests.identity import OFFICE_IDENTITY, PREFIX, give_identity

D = Decimal
PASSWORD = "correct horse 1"
STAFF = (  # username, name, role, phone
    ("wangxh", "王晓红", "officer", "0477-8312345"),
    ("lisi", "李四", "officer", "0477-8312346"),
    ("boss", "赵国庆", "supervisor", "0477-8312000"),
    ("audit", "审计员", "auditor", None),
    ("chief", "管理员", "admin", None),
)


@pytest.fixture(autouse=True)
def _fonts():
    from complaintdesk.documents import load_font_set

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")


@pytest.fixture
def desk(office):
    """The office with its identity and its staff; the officer 王晓红 is signed in."""
    give_identity(office)
    with office.db.write() as s:
        for username, name, role, phone in STAFF:
            create_user(s, SYSTEM, username=username, display_name=name, role=role, password=PASSWORD).phone = phone
    office.sign_in("wangxh", PASSWORD)
    return office


def arrears_case(office, n: int = 1, *, claims: int = 3, complainant: str | None = None, summary: str | None = None,
                 respondent: str | None = None, handling: bool = True):
    """An accepted arrears case (in handling) with ``claims`` overdue contracts, one partly paid."""
    case = office.registration.register(RegistrationInput(
        channel="transferred_in", procedure="payment_complaint", category="arrears",
        summary=summary or f"县教育局拖欠我公司货款，第{n}案。", demands="督促对方支付欠款及逾期利息。",
        received_on=TODAY - timedelta(days=20),
        complainant=EnterpriseInput(name=complainant or f"乌兰恒达建材有限公司{n}", uscc=uscc(n), industry="industry",
                                    employees=45, revenue_wan=D("900"), contact_person="张喆", phone="13800001234"),
        respondent=RespondentInput(name=respondent or f"某某县教育局{n}", kind="state_organ")))
    case = office.actions.act(case.id, "accept", ActionInput(on=TODAY - timedelta(days=19)), case.version)
    if handling:
        case = office.actions.act(case.id, "start_handling", ActionInput(on=TODAY - timedelta(days=18)), case.version)
    for i in range(claims):
        case = office.claims.add_claim(case.id, ClaimInput(
            amount_claimed=D("120000.00") + i * D("36500.50"), subject=("goods", "services", "works")[i % 3],
            contract_no=f"HT-{n}-{i + 1:03d}", contract_signed_on=TODAY - timedelta(days=400 + 30 * i),
            delivered_on=TODAY - timedelta(days=300 + 30 * i)))
    if claims:
        case = office.claims.add_payment(case.claims[0].id, PaymentInput(paid_on=TODAY - timedelta(days=5),
                                                                       amount=D("20000.00")))
    return case


def uscc(n: int) -> str:
    first17 = f"91150121MA0{n:06d}"
    return first17 + uscc_check_char(first17)


def seqs(documents) -> list[int]:
    return [int(re.search(r"〕(\d+)号", d.doc_no).group(1)) for d in documents]


def set_setting(office, key: str, value) -> None:
    with office.db.write() as s:
        row = s.get(Setting, key)
        if row is None:
            s.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        else:
            row.value = json.dumps(value, ensure_ascii=False)


# --- letter data from the record --------------------------------------------------------------


def test_letter_data_comes_from_the_case_and_the_office(desk):
    case = arrears_case(desk)
    data = desk.documents.letter_data(case.id, "supervision")
    assert data.complainant_name == "乌兰恒达建材有限公司1" and data.respondent_name == "某某县教育局1"
    assert data.respondent_kind == "机关" and data.channel == "上级转办" and data.category == "拖欠账款"
    assert data.case_no == case.case_no and data.received_on == case.received_on and data.accepted_on == case.accepted_on
    assert data.handler_name == "王晓红" and data.handler_phone == "0477-8312345"
    assert data.complainant_contact == "张喆 13800001234"
    assert data.office.name == OFFICE_IDENTITY["name"] and data.issued_on == TODAY and data.doc_no is None
    reply = next(d for d in case.deadlines if d.step == "reply")
    assert data.due_on == reply.due_on and data.due_basis == "《保障中小企业款项支付条例》（2025年修订）第二十五条第二款"
    assert data.respond_by == desk.calendar().add_workdays(TODAY, 10)
    # One line per claim, with what the domain computed as of today.
    assert [c.contract_no for c in data.claims] == ["HT-1-001", "HT-1-002", "HT-1-003"]
    for line, claim in zip(data.claims, case.claims, strict=True):
        assert (line.amount, line.paid, line.outstanding, line.due_on) == (
            claim.amount_claimed, claim.amount_paid, claim.outstanding, claim.due_on)
        assert line.interest == claim.interest > 0 and line.days_overdue == claim.days_overdue > 0
    assert data.claims[0].subject == "货物" and data.total_paid == D("20000.00")
    assert data.interest_as_of == TODAY
    # Only today's figures are known: the size is the complaint-time one, dated so, and said to be inferred
    # (issue 16: it used to be dated the earliest signing day, as if it were the size at signing).
    assert data.size_class == "小型" and data.size_as_of == case.received_on
    assert "以投诉时规模推定" in data.size_basis[0]


def test_each_kind_is_addressed_to_its_party(desk):
    case = arrears_case(desk)
    case = desk.actions.act(case.id, "transfer", ActionInput(on=TODAY, department="某某县教育局主管部门"), case.version)
    first_lines = {}
    for kind in TEMPLATE_KINDS:
        pdf = scan(desk.documents.draft(case.id, kind).pdf)
        body = [line.text for line in pdf.lines if not line.rotated and line.size == 16]
        first_lines[kind] = body[1]  # the number, (the 22 pt title), then the addressee
    for kind in ("acceptance", "extension", "reply", "size_determination", "refusal"):
        assert first_lines[kind] == "乌兰恒达建材有限公司1：", kind
    assert first_lines["supervision"] == "某某县教育局1："
    assert first_lines["transfer"] == first_lines["reminder"] == "某某县教育局主管部门："


def test_supervision_lists_only_what_is_still_owed(desk):
    case = arrears_case(desk, claims=2)
    paid = case.claims[1]
    desk.claims.add_payment(paid.id, PaymentInput(paid_on=TODAY, amount=paid.outstanding))
    data = desk.documents.letter_data(case.id, "supervision")
    reply = desk.documents.letter_data(case.id, "reply")
    assert len(reply.claims) == 2
    # A claim paid in full still carries its overdue interest, so it stays on the debtor's letter.
    assert len(data.claims) == 2 and data.claims[1].outstanding == 0 and data.claims[1].interest > 0


def test_the_reply_prints_the_last_written_reply_and_the_extension_its_dates(desk):
    case = arrears_case(desk)
    case = desk.actions.act(case.id, "request_extension", ActionInput(on=TODAY, days=30, reason="需核实三份合同的结算情况"),
                         case.version)
    desk.sign_in("boss", PASSWORD)
    case = desk.actions.act(case.id, "approve_extension", ActionInput(on=TODAY), case.version)
    reply_due = next(d for d in case.deadlines if d.step == "reply").due_on
    data = desk.documents.letter_data(case.id, "extension")
    assert data.extension_days == 30 and data.extension_reason == "需核实三份合同的结算情况"
    assert data.extended_due_on == reply_due and data.due_on == desk.calendar().add_days(case.received_on, 30)
    case = desk.actions.act(case.id, "reply", ActionInput(on=TODAY, note="经督办，对方已支付全部欠款。"), case.version)
    assert desk.documents.letter_data(case.id, "reply").reply_text == "经督办，对方已支付全部欠款。"
    preview = desk.documents.letter_data(case.id, "reply", overrides={"reply_text": "另拟的答复"})
    assert preview.reply_text == "另拟的答复"
    with pytest.raises(ServiceError):
        desk.documents.letter_data(case.id, "reply", overrides={"doc_no": "X〔2026〕1号"})


def test_short_citation_font_config_and_prefix():
    assert docs.short_citation("《信访工作条例》（2022年）第二十三条：自收到信访事项之日起15日内") == "《信访工作条例》（2022年）第二十三条"
    assert docs.short_citation("本地12345政务服务便民热线工单办理规定（默认15个工作日，按本地规定配置）") == \
        "本地12345政务服务便民热线工单办理规定"
    assert docs.short_citation("《中华人民共和国中小企业促进法》第五十一条；办理期限按本地规定") == "《中华人民共和国中小企业促进法》第五十一条"
    assert docs.font_config("") is None and docs.font_config(None) is None
    assert docs.font_config("/f/simfang.ttf").body.path == "/f/simfang.ttf"
    config = docs.font_config({"body": "/f/simfang.ttf", "title": ["/f/simsun.ttc", 1]})
    assert config.title.subfont_index == 1 and config.heading1 is None
    settings = {"documents.number_prefix": "X工信投字", "documents.number_prefix.supervision": "X工信督字"}
    assert docs.number_prefix(settings, "reply") == "X工信投字"
    assert docs.number_prefix(settings, "supervision") == "X工信督字"
    for bad in ("", "X工信〔投〕字", "X 工信", "工信2026"):
        with pytest.raises(ServiceError):
            docs.number_prefix({"documents.number_prefix": bad}, "reply")


# --- drafts and issuing -----------------------------------------------------------------------


def test_a_draft_is_watermarked_unnumbered_and_not_stored(desk):
    case = arrears_case(desk)
    draft = desk.documents.draft(case.id, "supervision")
    pdf = scan(draft.pdf)
    assert draft.draft and not draft.missing_fields
    assert [line.text for line in pdf.lines if line.rotated] == [WATERMARK] * draft.page_count
    assert DRAFT_NUMBER in pdf.text() and "〔" not in pdf.text().replace("工信部联企业〔2011〕", "")
    assert desk.documents.documents(case.id) == []
    assert seqs([desk.documents.issue(case.id, "supervision")]) == [1]  # the draft took no number


def test_an_issued_letter_is_frozen_and_reprints_byte_for_byte(desk):
    case = arrears_case(desk)
    issued = desk.documents.issue(case.id, "supervision")
    assert issued.doc_no == f"{PREFIX}〔{TODAY.year}〕1号" and issued.title == "督办通知书"
    assert issued.issued_by == "王晓红" and issued.issued_on == TODAY and issued.warnings == ()
    stored = desk.documents.pdf(issued.id)
    assert hashlib.sha256(stored).hexdigest() == issued.sha256
    assert desk.documents.pdf(issued.id) == stored  # a re-print is the same file
    assert PdfReader(io.BytesIO(stored)).pages and len(PdfReader(io.BytesIO(stored)).pages) == issued.page_count
    # Printed: the names, the amounts, the date and the number.
    data = desk.documents.letter_data(case.id, "supervision")
    printed = scan(stored).text()
    for expected in (issued.doc_no, "乌兰恒达建材有限公司1", "某某县教育局1", format_date(TODAY),
                     format_yuan(data.total_outstanding), format_yuan(data.claims[0].amount), "王晓红"):
        assert expected in printed, expected
    assert WATERMARK not in [line.text for line in scan(stored).lines if line.rotated]
    # The history says who issued which number with which hash.
    [event] = [e for e in desk.lookup.detail(case.id).events if e.entity == "document"]
    assert event.action == "document_issued" and issued.doc_no in event.summary
    assert event.changes["sha256"] == [None, issued.sha256] and event.changes["doc_no"] == [None, issued.doc_no]
    assert desk.documents.documents(case.id) == [dataclasses.replace(issued, warnings=())]
    assert desk.documents.find(issued.doc_no).id == issued.id


def test_numbers_run_per_series_and_year_without_gaps(desk):
    one, two = arrears_case(desk, 1), arrears_case(desk, 2)
    # By default every kind carries the office's one code, so they share its series.
    shared = [desk.documents.issue(one.id, "acceptance"), desk.documents.issue(two.id, "supervision"),
              desk.documents.issue(one.id, "size_determination")]
    assert seqs(shared) == [1, 2, 3]
    # A kind with a code of its own is numbered on its own.
    set_setting(desk, "documents.number_prefix.supervision", "X工信督字")
    own = [desk.documents.issue(one.id, "supervision"), desk.documents.issue(two.id, "supervision")]
    assert [d.doc_no for d in own] == [f"X工信督字〔{TODAY.year}〕1号", f"X工信督字〔{TODAY.year}〕2号"]
    assert seqs([desk.documents.issue(two.id, "acceptance")]) == [4]
    # A new year starts again at 1.
    desk.documents._today = lambda: date(TODAY.year + 1, 1, 4)
    assert desk.documents.issue(one.id, "acceptance").doc_no == f"{PREFIX}〔{TODAY.year + 1}〕1号"


def test_an_incomplete_letter_is_refused_and_its_number_given_back(desk):
    case = arrears_case(desk)
    with pytest.raises(docs.LetterIncomplete) as refused:
        desk.documents.issue(case.id, "reply")  # no written reply recorded yet
    assert refused.value.missing_fields == ("reply_text",) and "办理结果" in str(refused.value)
    with pytest.raises(docs.LetterIncomplete):
        desk.documents.issue(case.id, "transfer")  # not transferred
    assert desk.documents.documents(case.id) == []
    assert seqs([desk.documents.issue(case.id, "acceptance")]) == [1]  # no gap
    # Explicitly allowed: issued with visible blanks, and the history says so.
    gappy = desk.documents.issue(case.id, "reply", allow_gaps=True)
    assert seqs([gappy]) == [2] and any("＿＿＿＿" in str(w) for w in gappy.warnings)
    assert BLANK in scan(desk.documents.pdf(gappy.id)).text()
    assert "留有空白：办理结果" in desk.lookup.detail(case.id).events[-1].summary


def test_a_correction_is_a_new_document_naming_the_one_it_replaces(desk):
    case = arrears_case(desk)
    first = desk.documents.issue(case.id, "acceptance")
    original = desk.documents.pdf(first.id)
    fixed = desk.documents.issue(case.id, "acceptance", replaces_id=first.id)
    assert fixed.replaces_id == first.id and fixed.doc_no != first.doc_no
    assert f"本文书更正{first.doc_no}" in scan(desk.documents.pdf(fixed.id)).text()
    listed = desk.documents.documents(case.id)
    assert [(d.id, d.replaces_id, d.replaced_by_id) for d in listed] == [(first.id, None, fixed.id),
                                                                         (fixed.id, first.id, None)]
    assert desk.documents.pdf(first.id) == original  # the replaced one stays, unchanged
    with pytest.raises(ServiceError, match="已由"):
        desk.documents.issue(case.id, "acceptance", replaces_id=first.id)
    with pytest.raises(ServiceError, match="种类相同"):
        desk.documents.issue(case.id, "supervision", replaces_id=fixed.id)
    other = arrears_case(desk, 2)
    with pytest.raises(ServiceError, match="不属于本案件"):
        desk.documents.issue(other.id, "acceptance", replaces_id=fixed.id)
    event = desk.lookup.detail(case.id).events[-1]
    assert event.action == "document_corrected" and event.changes["replaces"] == [None, first.doc_no]


def test_the_database_refuses_to_change_or_delete_an_issued_document(desk):
    case = arrears_case(desk)
    issued = desk.documents.issue(case.id, "acceptance")
    for statement in ("UPDATE document SET title = 'changed'", "DELETE FROM document"):
        with pytest.raises(DBAPIError, match="frozen"), desk.db.write() as s:
            s.execute(text(statement))
    assert desk.documents.document(issued.id).title == "投诉受理告知书"


def test_a_damaged_stored_pdf_is_reported_not_printed(tmp_path):
    office = Office.open(str(tmp_path / "o.sqlite"))
    try:
        give_identity(office)
        case = arrears_case(office)
        issued = office.documents.issue(case.id, "acceptance", allow_gaps=True)  # no handler: blanks
    finally:
        office.close()
    conn = tampering_connection(tmp_path / "o.sqlite")
    conn.execute("DROP TRIGGER document_no_update")
    conn.execute("UPDATE document SET pdf = CAST(? AS BLOB)", (b"%PDF-1.4 forged",))
    conn.commit()
    conn.close()
    office = Office.open(str(tmp_path / "o.sqlite"))
    try:
        with pytest.raises(ServiceError, match="SHA-256"):
            office.documents.pdf(issued.id)
    finally:
        office.close()


# --- user text is data ------------------------------------------------------------------------

HOSTILE_NAME = "<b>甲&乙</b>公司"
HOSTILE_SUMMARY = "对方称<img src=/etc/passwd>已付款；&amp; \"引号\" 'x' <script>alert(1)</script>"


def test_hostile_case_text_prints_literally_in_letters_and_dossier(desk):
    case = arrears_case(desk, complainant=HOSTILE_NAME, summary=HOSTILE_SUMMARY, respondent="县<i>局</i>&")
    case = desk.actions.act(case.id, "transfer", ActionInput(on=TODAY, department="<u>县教育局</u>"), case.version)
    issued = desk.documents.issue(case.id, "transfer")
    printed = scan(desk.documents.pdf(issued.id)).text()
    assert HOSTILE_NAME in printed and HOSTILE_SUMMARY in printed and "<u>县教育局</u>：" in printed
    assert "县<i>局</i>&" in printed and issued.title == f"关于转办{HOSTILE_NAME}投诉事项的函"
    dossier = desk.documents.render_dossier(case.id)
    flat = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(dossier.pdf)).pages)
    for expected in (HOSTILE_NAME, HOSTILE_SUMMARY, "县<i>局</i>&", "<u>县教育局</u>"):
        assert "".join(expected.split()) in flat, expected


# --- permissions ------------------------------------------------------------------------------


def test_an_auditor_may_read_but_not_issue(desk):
    case = arrears_case(desk)
    issued = desk.documents.issue(case.id, "acceptance")
    desk.sign_in("audit", PASSWORD)
    assert desk.documents.draft(case.id, "acceptance").draft  # reading is allowed
    assert desk.documents.pdf(issued.id) and desk.documents.dossier(case.id)
    with pytest.raises(PermissionDenied):
        desk.documents.issue(case.id, "acceptance")
    with pytest.raises(PermissionDenied):
        desk.documents.batch_supervision()
    with pytest.raises(PermissionDenied):
        desk.documents.save_template("acceptance", desk.documents.template("acceptance").definition)
    assert len(desk.documents.documents(case.id)) == 1


def test_an_officer_issues_on_their_own_cases_only(desk):
    desk.sign_in("lisi", PASSWORD)
    theirs = arrears_case(desk, 2)
    desk.sign_in("wangxh", PASSWORD)
    with pytest.raises(PermissionDenied, match="其他承办人"):
        desk.documents.issue(theirs.id, "acceptance")
    assert desk.documents.supervision_candidates() == []
    desk.sign_in("boss", PASSWORD)
    assert desk.documents.issue(theirs.id, "acceptance").issued_by == "赵国庆"
    assert desk.documents.supervision_candidates() == [theirs.id]


# --- batch ------------------------------------------------------------------------------------


def test_batch_supervision_issues_one_letter_per_overdue_case_with_progress(desk):
    a, b = arrears_case(desk, 1), arrears_case(desk, 2)
    arrears_case(desk, 3, claims=0)  # nothing owed
    arrears_case(desk, 4, handling=False)  # accepted, not yet in handling
    calls = []
    result = desk.documents.batch_supervision(progress=lambda done, total: calls.append((done, total)))
    assert [d.case_id for d in result.issued] == [a.id, b.id] and not result.cancelled and result.skipped == ()
    assert calls == [(0, 2), (1, 2), (2, 2)] and seqs(result.issued) == [1, 2]
    assert {d.kind for d in result.issued} == {"supervision"}
    # Run again the same day: nobody gets a second letter.
    again = desk.documents.batch_supervision()
    assert again.issued == () and [s.case_id for s in again.skipped] == [a.id, b.id]
    assert all("已于" in s.reason.zh for s in again.skipped)


def test_a_cancelled_batch_keeps_what_it_issued(desk):
    cases = [arrears_case(desk, n) for n in range(1, 4)]
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1

    result = desk.documents.batch_supervision(cancelled=cancelled)
    assert result.cancelled and result.total == 3 and [d.case_id for d in result.issued] == [cases[0].id]
    assert len(desk.documents.documents(cases[0].id)) == 1 and desk.documents.documents(cases[1].id) == []


def test_batch_skips_an_incomplete_letter_and_goes_on(desk):
    a, b = arrears_case(desk, 1), arrears_case(desk, 2)
    with desk.db.write() as s:  # the complainant's credit code is gone
        s.get(Enterprise, a.complainant.id).uscc = None
    result = desk.documents.batch_supervision(case_ids=[a.id])
    assert result.issued == () and result.skipped[0].case_no == a.case_no
    assert "投诉人统一社会信用代码" in result.skipped[0].reason.zh
    with desk.db.write() as s:
        s.get(Enterprise, a.complainant.id).uscc = uscc(1)
    result = desk.documents.batch_supervision()
    assert [d.case_id for d in result.issued] == [a.id, b.id] and seqs(result.issued) == [1, 2]


def test_batch_supervision_on_the_demo_county(demo_office):
    from complaintdesk.services.reference import RuleBook

    result = demo_office.documents.batch_supervision()
    candidates = result.total
    assert candidates > 0 and len(result.issued) + len(result.skipped) == candidates
    assert len(result.issued) == candidates  # the demo's cases have every fact a supervision letter needs
    assert seqs(result.issued) == list(range(1, candidates + 1))
    for issued in result.issued:
        assert hashlib.sha256(demo_office.documents.pdf(issued.id)).hexdigest() == issued.sha256
    # Every demo case gives letter data for every kind (no crash on any shape of case).
    with demo_office.db.read() as s:
        rules = RuleBook.load(s)
    for row in demo_office.cases.page(CaseQuery(), 0, 1000):
        detail = demo_office.lookup.detail(row.id)
        for kind in TEMPLATE_KINDS:
            data, _warnings = docs.build_letter_data(detail, kind, rules.settings, issued_on=TODAY,
                                                     calendar=rules.calendar)
            assert data.complainant_name and data.case_no == row.case_no


# --- templates --------------------------------------------------------------------------------


def test_the_office_edits_and_resets_a_template(desk):
    case = arrears_case(desk)
    shipped = desk.documents.template("acceptance")
    assert not shipped.customised and shipped.template.version == 1
    desk.sign_in("chief", PASSWORD)
    edited = dict(shipped.definition, title="投诉受理通知书")
    saved = desk.documents.save_template("acceptance", edited)
    assert saved.customised and saved.template.version == 2 and saved.updated_by == "管理员"
    assert desk.documents.template("acceptance").template.title == "投诉受理通知书"
    issued = desk.documents.issue(case.id, "acceptance")
    assert issued.title == "投诉受理通知书" and issued.template_version == 2
    assert "投诉受理通知书" in scan(desk.documents.pdf(issued.id)).text()
    # Edits are validated, and a stale editor is told.
    with pytest.raises(TemplateError, match="debtor"):
        desk.documents.save_template("acceptance", dict(edited, paragraphs=["{debtor}欠款"]))
    with pytest.raises(ConflictError):
        desk.documents.save_template("acceptance", edited, expected_version=saved.row_version + 5)
    again = desk.documents.save_template("acceptance", json.dumps(edited, ensure_ascii=False),
                                         expected_version=saved.row_version)
    assert again.template.version == 3
    with desk.db.read() as s:
        actions = s.execute(select(Event.action).where(Event.entity == "letter_template").order_by(Event.id)).scalars()
        assert list(actions) == ["template_saved", "template_saved"]
    desk.sign_in("wangxh", PASSWORD)
    with pytest.raises(PermissionDenied):
        desk.documents.save_template("acceptance", edited, expected_version=again.row_version)
    assert [t.kind for t in desk.documents.templates()] == list(TEMPLATE_KINDS)


def test_a_broken_stored_template_stops_letters_until_it_is_mended(desk):
    case = arrears_case(desk)
    desk.sign_in("chief", PASSWORD)
    shipped = desk.documents.template("reply").definition
    desk.documents.save_template("reply", shipped)
    with desk.db.write() as s:  # e.g. written by a newer release that knows more placeholders
        s.execute(text("UPDATE letter_template SET definition = :d"),
                  {"d": json.dumps(dict(shipped, title="{future_field}"), ensure_ascii=False)})
    with pytest.raises(ServiceError, match="模板有误"):
        desk.documents.draft(case.id, "reply")
    assert desk.documents.template("reply").customised
    mended = desk.documents.save_template("reply", shipped)
    assert mended.template.version == 3 and desk.documents.draft(case.id, "reply").page_count


def test_unknown_kinds_and_cases_are_refused_in_words(desk):
    with pytest.raises(ServiceError, match="未知的文书种类"):
        desk.documents.draft(1, "memo")
    with pytest.raises(ServiceError, match="案件不存在"):
        desk.documents.issue(999, "acceptance")
    with pytest.raises(ServiceError, match="没有案件编号"):
        desk.documents.case_id_of("1999-0001")
    with pytest.raises(ServiceError, match="没有文号"):
        desk.documents.find(f"{PREFIX}〔1999〕1号")


# --- two desks --------------------------------------------------------------------------------


def _issue_many(location: str, case_id: int, count: int, start, queue) -> None:
    office = Office.open(location, daily_backup=False)
    try:
        office.documents.fonts()  # fonts registered before the race starts
        start.wait(timeout=120)
        queue.put([office.documents.issue(case_id, "acceptance").doc_no for _ in range(count)])
    finally:
        office.close()


def test_two_desks_issuing_at_once_get_gapless_unique_numbers(desk, db_location):
    cases = [arrears_case(desk, n) for n in (1, 2)]
    ctx = multiprocessing.get_context("spawn")
    queue, start = ctx.Queue(), ctx.Barrier(2)
    procs = [ctx.Process(target=_issue_many, args=(db_location, case.id, 12, start, queue)) for case in cases]
    for p in procs:
        p.start()
    first, second = queue.get(timeout=240), queue.get(timeout=240)
    for p in procs:
        p.join(timeout=60)
    numbers = first + second
    assert len(set(numbers)) == 24
    assert sorted(int(re.search(r"〕(\d+)号", n).group(1)) for n in numbers) == list(range(1, 25))
    stored = desk.documents.documents(cases[0].id) + desk.documents.documents(cases[1].id)
    assert sorted(d.doc_no for d in stored) == sorted(numbers)
    for document in stored:
        assert hashlib.sha256(desk.documents.pdf(document.id)).hexdigest() == document.sha256


# --- the office's identity: no letter goes out under placeholders -------------------------------------

IDENTITY_REFUSAL = ("本单位信息尚未填写（为空或仍是示例内容）：{fields}。填写之前不能签发文书，请管理员在“设置 ▸ 本单位”中填写，"
                    "或运行 complaintdesk-admin office set。")
ALL_FIELDS = "单位名称、单位简称、所在县（旗、区）、地址、电话、文号前缀"


@pytest.fixture
def placeholder_desk(office):
    """A new office exactly as shipped (某某县工业和信息化局, X工信投字, no address or phone), with its staff."""
    with office.db.write() as s:
        for username, name, role, phone in STAFF:
            create_user(s, SYSTEM, username=username, display_name=name, role=role, password=PASSWORD).phone = phone
    office.sign_in("wangxh", PASSWORD)
    return office


def test_a_new_office_issues_nothing_until_its_identity_is_filled_in(placeholder_desk):
    desk = placeholder_desk
    case = arrears_case(desk)
    for allow_gaps in (False, True):  # blanks may be allowed; a placeholder issuer never
        with pytest.raises(docs.OfficeIdentityIncomplete) as refused:
            desk.documents.issue(case.id, "supervision", allow_gaps=allow_gaps)
        assert str(refused.value) == IDENTITY_REFUSAL.format(fields=ALL_FIELDS)
        assert refused.value.missing_fields == ("name", "short_name", "county", "address", "phone", "number_prefix")
        assert refused.value.field == "office" and refused.value.code == "documents.office_identity_incomplete"
    # The draft still renders, and its pre-issue check says the same first.
    draft = desk.documents.draft(case.id, "supervision")
    assert draft.page_count >= 1 and draft.warnings[0].code == "documents.office_identity_gaps"
    assert ALL_FIELDS in draft.warnings[0].zh and "设置 ▸ 本单位" in draft.warnings[0].zh
    assert desk.documents.documents(case.id) == []

    give_identity(desk)

    issued = desk.documents.issue(case.id, "supervision")
    assert issued.doc_no == f"{PREFIX}〔{TODAY.year}〕1号"  # the refusals drew no number
    assert all(w.code != "documents.office_identity_gaps" for w in desk.documents.draft(case.id, "supervision").warnings)
    printed = scan(desk.documents.pdf(issued.id)).text()
    assert OFFICE_IDENTITY["name"] in printed and "某某县工业和信息化局" not in printed


@pytest.mark.parametrize(("changes", "named"), [
    ({"office.phone": "   "}, "电话"),  # whitespace only is empty
    ({"office.county": "某某旗"}, "所在县（旗、区）"),  # a stand-in, though not the shipped one
    ({"office.name": "××县工业和信息化局", "documents.number_prefix": "X工信投字"}, "单位名称、文号前缀"),
])
def test_each_placeholder_left_is_named(placeholder_desk, changes, named):
    desk = placeholder_desk
    case = arrears_case(desk)
    give_identity(desk)
    for key, value in changes.items():  # written past the Settings checks, as an old database may hold them
        set_setting(desk, key, value)
    with pytest.raises(docs.OfficeIdentityIncomplete) as refused:
        desk.documents.issue(case.id, "acceptance")
    assert str(refused.value) == IDENTITY_REFUSAL.format(fields=named)


def test_batch_supervision_is_refused_as_a_whole_while_the_identity_is_incomplete(placeholder_desk):
    desk = placeholder_desk
    a, b = arrears_case(desk, 1), arrears_case(desk, 2)
    calls = []
    with pytest.raises(docs.OfficeIdentityIncomplete, match="单位名称"):
        desk.documents.batch_supervision(progress=lambda done, total: calls.append((done, total)))
    assert calls == [] and desk.documents.documents(a.id) == []
    give_identity(desk)
    result = desk.documents.batch_supervision()
    assert [d.case_id for d in result.issued] == [a.id, b.id] and seqs(result.issued) == [1, 2]


def test_the_dossier_is_made_with_a_warning_while_the_identity_is_incomplete(placeholder_desk):
    desk = placeholder_desk
    case = arrears_case(desk)
    dossier = desk.documents.render_dossier(case.id)  # an internal record: not refused
    assert dossier.page_count >= 1
    assert dossier.warnings[0].code == "documents.dossier_office_identity_gaps" and ALL_FIELDS in dossier.warnings[0].zh
    give_identity(desk)
    assert all("本单位信息" not in w.zh for w in desk.documents.render_dossier(case.id).warnings)
