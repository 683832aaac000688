"""Realistic sample letter data for every kind (tests and the benchmark).

``python -m complaintdesk.documents.samples [OUT_DIR] [--pdf]`` writes each kind as 60 dpi PNG pages
(poppler's ``pdftoppm``), by default into bench/out/letters. The committed docs/letters PNGs come from
the demo database instead: ``python tools/demo_letters.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from complaintdesk.documents.letter_data import ClaimLine, LetterData, OfficeInfo
from complaintdesk.domain.arrears import DebtorKind, overdue_interest, payment_due_date
from complaintdesk.domain.money import to_money
from complaintdesk.domain.sme import classify_explained
from complaintdesk.domain.vocabulary import Category, Channel, ClaimSubject

ISSUED_ON = date(2026, 11, 26)
OFFICE = OfficeInfo(
    name="某某县工业和信息化局",
    short_name="某某县工信局",
    address="某某县人民路88号",
    phone="0471-6123456",
    contact_person="王晓堃",
)

# (contract no, subject, amount, signed, delivered, paid [(date, amount)])
_CONTRACTS = (
    ("HT-2025-0712", ClaimSubject.GOODS, "486000.00", date(2025, 7, 1), date(2025, 8, 15),
     [(date(2025, 10, 10), "200000.00")]),
    ("HT-2025-0930", ClaimSubject.SERVICES, "128500.00", date(2025, 9, 2), date(2025, 12, 20), []),
    ("HT-2026-0105", ClaimSubject.WORKS, "1236800.50", date(2026, 1, 5), date(2026, 3, 31),
     [(date(2026, 6, 30), "600000.00")]),
)


def claim_line(contract_no: str, subject: ClaimSubject, amount: str, signed: date, delivered: date,
               payments: list[tuple[date, str]], kind: DebtorKind, as_of: date) -> ClaimLine:
    """A claim computed by the domain rules: statutory due date, payments, interest to ``as_of``."""
    term = payment_due_date(kind, contract_signed_on=signed, delivered_on=delivered)
    principal = to_money(amount)
    interest = overdue_interest(principal, term.due_on, as_of, payments=payments)
    paid = sum((to_money(value) for _, value in payments), Decimal("0.00"))
    return ClaimLine(
        contract_no=contract_no,
        subject=subject.label_zh,
        amount=principal,
        due_on=term.due_on,
        days_overdue=max((as_of - term.due_on).days, 0),
        interest=interest.total,
        paid=paid,
        outstanding=principal - paid,
    )


def sample_claims(as_of: date = ISSUED_ON, count: int = 3) -> tuple[ClaimLine, ...]:
    lines = []
    for index in range(count):
        contract_no, subject, amount, signed, delivered, payments = _CONTRACTS[index % len(_CONTRACTS)]
        if index >= len(_CONTRACTS):  # more claims for long letters: later contracts, same shape
            shift = timedelta(days=7 * index)
            contract_no = f"{contract_no}-{index:02d}"
            signed, delivered = signed + shift, delivered + shift
            payments = [(day + shift, value) for day, value in payments]
        lines.append(claim_line(contract_no, subject, amount, signed, delivered, payments,
                                DebtorKind.PUBLIC_INSTITUTION, as_of))
    return tuple(lines)


def sample_letter_data(kind: str = "reply", *, doc_no: str | None = "X工信投字〔2026〕12号") -> LetterData:
    """Sample data for ``kind``: a county school owing an SME for desks, services and works."""
    size = classify_explained("industry", employees=86, revenue_wan=Decimal("5630"))
    return LetterData(
        office=OFFICE,
        issued_on=ISSUED_ON,
        doc_no=doc_no,
        case_no="2026-0042",
        received_on=date(2026, 10, 9),
        channel=Channel.TRANSFERRED_IN.label_zh,
        procedure="款项支付投诉",
        category=Category.ARREARS.label_zh,
        summary=(
            "投诉人称，2025年7月至2026年1月，其与被投诉人先后签订课桌椅采购、设备维护和教学楼改造"
            "三份合同，均已按约交付并经验收合格。截至投诉之日，被投诉人尚有部分款项未支付，"
            "投诉人多次书面催要未果，企业资金周转困难。"
        ),
        demands="督促被投诉人支付拖欠款项，并按规定支付逾期利息。",
        complainant_name="内蒙古某某农牧机械有限公司",
        complainant_uscc="91110000600037341L",
        complainant_address="某某县工业园区创业路6号",
        complainant_contact="张喆 13800001234",
        respondent_name="某某县第一中学",
        respondent_kind=DebtorKind.PUBLIC_INSTITUTION.label_zh,
        respondent_uscc="12150000MB1234567X",
        handler_name="王晓堃",
        handler_phone="0471-6123456",
        accepted_on=date(2026, 10, 10),
        due_on=date(2026, 11, 9),
        due_basis="《保障中小企业款项支付条例》（2025年修订）第二十五条第二款",
        respond_by=date(2026, 12, 10),
        accepting_department="自治区工业和信息化厅",
        transferred_to="某某县教育局",
        transferred_on=date(2026, 10, 12),
        refusal_reason=(
            "投诉所反映的事项系双方对工程质量和结算金额的争议，相关纠纷已由人民法院立案审理，"
            "不属于本机关投诉受理范围。"
        ),
        extension_days=30,
        extension_reason="涉及的合同履行跨越两个年度，需向财政部门核实资金拨付情况",
        extended_due_on=date(2026, 12, 9),
        outcome="已解决",
        reply_text=(
            "经本机关督办，某某县第一中学已于2026年11月20日支付欠款600,000.00元，并与你单位签订"
            "还款协议，承诺于2026年12月31日前付清剩余款项及逾期利息。本机关将跟踪协议履行情况；"
            "被投诉人逾期未履行的，本机关将依照《保障中小企业款项支付条例》的有关规定采取约谈、"
            "通报等措施。"
        ),
        claims=sample_claims(),
        interest_as_of=ISSUED_ON,
        size_class=size.size.label_zh,
        size_as_of=date(2025, 7, 1),
        size_basis=size.basis_lines,
    )


def long_reply_data(pages: int = 3) -> LetterData:
    """A reply long enough to run to ``pages`` pages (long summary and claims table)."""
    base = sample_letter_data("reply")
    summary = "\n".join([base.summary] * (3 if pages >= 3 else 1))
    claims = sample_claims(count=12 if pages >= 3 else 4)
    return replace(base, summary=summary, claims=claims)


def write_samples(out_dir: Path, *, keep_pdf: bool = False, resolution: int = 60) -> list[Path]:
    """Render every kind (issued, numbered) and a draft reply to ``out_dir`` as PNG pages (poppler's
    pdftoppm), and as PDF when ``keep_pdf`` or when pdftoppm is missing."""
    from complaintdesk.documents.render import render_letter
    from complaintdesk.documents.templates import TEMPLATE_KINDS

    out_dir.mkdir(parents=True, exist_ok=True)
    pdftoppm = shutil.which("pdftoppm")
    jobs = [(kind, kind, False) for kind in TEMPLATE_KINDS] + [("reply-draft", "reply", True)]
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, kind, draft in jobs:
            doc = render_letter(kind, sample_letter_data(kind), draft=draft)
            for warning in doc.warnings:
                print(f"{name}: {warning}", file=sys.stderr)
            pdf = (out_dir if keep_pdf or not pdftoppm else Path(tmp)) / f"{name}.pdf"
            pdf.write_bytes(doc.pdf)
            if pdf.parent == out_dir:
                written.append(pdf)
            if pdftoppm:
                for old in out_dir.glob(f"{name}-*.png"):
                    old.unlink()
                subprocess.run([pdftoppm, "-png", "-r", str(resolution), str(pdf), str(out_dir / name)], check=True)
                written += sorted(out_dir.glob(f"{name}-*.png"))
    return written


if __name__ == "__main__":
    arguments = sys.argv[1:]
    keep = "--pdf" in arguments
    folders = [a for a in arguments if a != "--pdf"]
    for path in write_samples(Path(folders[0] if folders else "bench/out/letters"), keep_pdf=keep):
        print(path)
