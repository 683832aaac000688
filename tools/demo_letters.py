"""Regenerate docs/letters/*.png: one issued letter of each kind, and a dossier, from the DEMO data.

Usage (from the repository root; needs poppler's ``pdftoppm``)::

    python tools/demo_letters.py [OUT_DIR] [--keep-db PATH]

Steps: ``complaintdesk-admin demo --cases 300 --seed 1`` into a temporary database; pick a suitable
case for each kind (an arrears case in handling with several overdue claims and an approved
extension for the supervision, extension and reply letters; a case against a school or hospital,
transferred here to its supervising department, for the transfer letter and the reminder; a
refused case for the refusal); record what the demo lacks through the services (the transfer, a
payment after the supervision letter, the written reply); then issue each letter with
``complaintdesk-admin letter CASE_NO --kind KIND --issue --out FILE.pdf``, write the case's dossier
with ``complaintdesk-admin dossier``, and render the pages with ``pdftoppm -png -r 60`` as
``<kind>-<page>.png`` (``dossier-1.png``: the dossier's first page).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from complaintdesk.cli import main as admin
from complaintdesk.documents import TEMPLATE_KINDS
from complaintdesk.domain.wording import third_person
from complaintdesk.services.desk_types import ActionInput, PaymentInput
from complaintdesk.services.office import Office
from complaintdesk.store.models import ArrearsClaim, Case, ExtensionRequest, Respondent

ROOT = Path(__file__).resolve().parent.parent
# A public institution's complaint goes to the department it answers to.
SUPERVISING_DEPARTMENT = {
    "县第一中学": "县教育局", "县实验小学": "县教育局", "县职业技术学校": "县教育局",
    "县人民医院": "县卫生健康委员会", "县蒙医医院": "县卫生健康委员会", "县疾病预防控制中心": "县卫生健康委员会",
    "县市政设施管理中心": "县住房和城乡建设局",
}
REPLY_TEXT = (
    "本机关受理投诉后，于{supervised}向{debtor}发出督办通知书，要求其核对账目、限期支付欠款及逾期利息。"
    "经督办，{debtor}已于{paid}支付欠款{amount}元，并书面承诺在本年度财政资金到位后一个月内付清剩余欠款及逾期利息。"
    "本机关将持续跟踪付款情况；{debtor}逾期仍未支付的，本机关将依照《保障中小企业款项支付条例》的规定"
    "采取约谈、通报等措施。"
)


def run(*argv: str) -> str:
    out = io.StringIO()
    code = admin(list(argv), out=out)
    text = out.getvalue()
    print(text, end="")
    if code != 0:
        raise SystemExit(f"complaintdesk-admin {' '.join(argv)} failed ({code})")
    return text


def pick_cases(office: Office) -> dict[str, str]:
    """Case numbers per kind, chosen by what the case is, not by a fixed number (the demo moves with today)."""
    today = date.today()
    with office.db.read() as s:
        overdue = (select(ArrearsClaim.case_id, func.count().label("n")).where(
            ArrearsClaim.amount_claimed > ArrearsClaim.amount_paid, ArrearsClaim.due_on < today)
            .group_by(ArrearsClaim.case_id).subquery())
        extended = select(ExtensionRequest.case_id).where(ExtensionRequest.status == "approved")
        arrears = s.execute(select(Case.case_no).join(overdue, overdue.c.case_id == Case.id)
                            .where(Case.status == "in_handling", Case.clock_stopped.is_(False), overdue.c.n >= 2)
                            .order_by(Case.id.in_(extended).desc(), overdue.c.n.desc(), Case.id.desc())).scalars().all()
        institutions = s.execute(select(Case.case_no, Respondent.name).join(Respondent, Respondent.id == Case.respondent_id)
                                 .where(Case.status == "in_handling", Respondent.name.in_(SUPERVISING_DEPARTMENT))
                                 .order_by(Case.id.desc())).all()
        refused = s.execute(select(Case.case_no).where(Case.status == "not_accepted", Case.category == "arrears")
                            .order_by(Case.id.desc())).scalars().first()
        accepted = s.execute(select(Case.case_no).where(Case.status == "in_handling", Case.channel == "transferred_in")
                             .order_by(Case.id.desc())).scalars().all()
    main_case = arrears[0]
    transfer_case, respondent = next((c, r) for c, r in institutions if c != main_case)
    acceptance = next(c for c in accepted if c not in (main_case, transfer_case))
    return {"acceptance": acceptance, "refusal": refused, "transfer": transfer_case, "supervision": main_case,
            "reminder": transfer_case, "extension": main_case, "reply": main_case,
            "size_determination": acceptance, "_department": SUPERVISING_DEPARTMENT[respondent]}


def prepare_transfer(office: Office, case_no: str, department: str) -> None:
    case = office.lookup.detail(office.documents.case_id_of(case_no))
    on = max(case.accepted_on or case.received_on, date.today() - timedelta(days=12))
    office.actions.act(case.id, "transfer", ActionInput(on=on, department=department), case.version)


def prepare_reply(office: Office, case_no: str, supervised_on: date) -> None:
    case = office.lookup.detail(office.documents.case_id_of(case_no))
    claim = max((c for c in case.claims if c.outstanding > 0), key=lambda c: c.outstanding)
    amount = (claim.outstanding * Decimal("0.4")).quantize(Decimal("0.01"))
    paid_on = date.today()
    case = office.claims.add_payment(claim.id, PaymentInput(paid_on=paid_on, amount=amount, voucher="国库集中支付凭证"))
    text = REPLY_TEXT.format(supervised=f"{supervised_on.year}年{supervised_on.month}月{supervised_on.day}日",
                             debtor=case.respondent.name, paid=f"{paid_on.year}年{paid_on.month}月{paid_on.day}日",
                             amount=f"{amount:,.2f}")
    case = office.actions.act(case.id, "reply", ActionInput(on=date.today(), note=text), case.version)
    # The officer confirms the third-person wording the reply quotes (the transfer letter keeps the rewrite).
    wording = "投诉人反映，" + third_person(case.summary).replace("投诉人", "其")
    office.documents.confirm_summary(case.id, wording, expected_version=case.version)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_dir", nargs="?", type=Path, default=ROOT / "docs" / "letters")
    parser.add_argument("--keep-db", type=Path, help="copy the demo database there afterwards")
    args = parser.parse_args(argv)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = str(folder / "demo.sqlite")
        run("demo", "--db", db, "--cases", "300", "--seed", "1")
        office = Office.open(db, daily_backup=False)
        try:
            cases = pick_cases(office)
            prepare_transfer(office, cases["transfer"], cases["_department"])
        finally:
            office.close()
        print({k: v for k, v in cases.items()})
        pdfs: dict[str, Path] = {}
        for kind in TEMPLATE_KINDS:
            if kind == "reply":
                office = Office.open(db, daily_backup=False)
                try:
                    prepare_reply(office, cases["reply"], date.today())
                finally:
                    office.close()
            pdfs[kind] = folder / f"{kind}.pdf"
            run("letter", cases[kind], "--kind", kind, "--issue", "--out", str(pdfs[kind]), "--db", db)
        pdfs["dossier"] = folder / "dossier.pdf"
        run("dossier", cases["reply"], "--out", str(pdfs["dossier"]), "--db", db)
        if args.keep_db:
            shutil.copy(db, args.keep_db)
        args.out_dir.mkdir(parents=True, exist_ok=True)
        for old in args.out_dir.glob("*.png"):
            old.unlink()
        for name, pdf in pdfs.items():
            extra = ["-f", "1", "-l", "1"] if name == "dossier" else []
            subprocess.run([pdftoppm, "-png", "-r", "60", *extra, str(pdf), str(args.out_dir / name)], check=True)
        for png in sorted(args.out_dir.glob("*.png")):
            # pdftoppm pads page numbers when a file has ten pages or more; the docs use <kind>-<page>.png
            stem, _, page = png.stem.rpartition("-")
            target = png.with_name(f"{stem}-{int(page)}.png")
            if target != png:
                png.rename(target)
    total = sum(p.stat().st_size for p in args.out_dir.glob("*.png"))
    print(f"{len(list(args.out_dir.glob('*.png')))} PNG files, {total / 1024:.0f} KB → {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
