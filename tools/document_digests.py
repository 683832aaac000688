"""SHA-256 digests of every letter kind and of dossiers of the demo office, to prove a refactoring left them byte for byte alone.

Usage (from the repository root)::

    python tools/document_digests.py --out /tmp/before.json          # before the change
    python tools/document_digests.py --out /tmp/after.json --compare /tmp/before.json

Steps, all as of one fixed day (``--today``, default 2026-12-15; the clock is set to it and the
machine's time zone to UTC): the deterministic demo county (``--cases 300 --seed 1``) is generated
into a temporary database (or ``--db FILE`` is copied and used, so that a change to the demo
generator cannot blur the comparison); the office's settings get a name, a number prefix and an
accepting department; a spread of cases is picked (the first of each status, cases with approved
extensions, transfers, written replies, claims). For each case and each letter kind the script
records the digest of the letter's data (``repr`` of ``LetterData``), of the draft PDF and the
draft's warnings; the digest of the dossier's data and PDF; then issues every kind on some of the
cases (gaps allowed, one correction) and records the issued PDFs, titles and numbers, and the
dossiers again.

What is normalised, and why: a dossier prints when it was generated (``generated_at``, the clock's
instant, which runs on in real time) — the script fixes it to ``--today`` 09:00 UTC; a dossier
printed after letters were issued lists the history events of those issues, whose timestamps are
the real instant of the run — the script fixes those events' times too. Nothing else is touched:
letters carry ``invariant=1`` and their issue date as PDF dates, so their bytes are compared as they are.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from complaintdesk import clock
from complaintdesk.documents import TEMPLATE_KINDS
from complaintdesk.services import documents as docs
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.demo import generate
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.office import Office
from complaintdesk.store.models import Case, Event, ExtensionRequest, Setting

SETTINGS = {
    "office.name": "某某县工业和信息化局",
    "office.short_name": "县工信局",
    "office.address": "某某县人民路1号",
    "office.phone": "0477-8310000",
    "documents.number_prefix": "X工信投字",
    "documents.accepting_department": "某某市工业和信息化局",
}
ISSUE_CASES = 6  # cases on which every kind is issued
ISSUE_EVENT_LABELS = ("签发文书", "更正文书")


def sha(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


class DossierCapture:
    """Wraps the service's ``build_dossier_data``: fixes what runs with the real clock, keeps the data."""

    def __init__(self, original, generated_at: datetime):
        self.original = original
        self.generated_at = generated_at
        self.last = None

    def __call__(self, *args, **kwargs):
        data = self.original(*args, **kwargs)
        events = tuple(dataclasses.replace(e, occurred_at=self.generated_at) if e.action in ISSUE_EVENT_LABELS else e
                       for e in data.events)
        self.last = dataclasses.replace(data, generated_at=self.generated_at, events=events)
        return self.last


def pick_cases(office: Office) -> list[tuple[int, str]]:
    with office.db.read() as s:
        chosen: list[int] = []

        def add(query, n: int) -> None:
            for case_id in s.execute(query.limit(n + len(chosen))).scalars():
                if case_id not in chosen and n > 0:
                    chosen.append(case_id)
                    n -= 1

        for status in ("registered", "accepted", "not_accepted", "transferred", "in_handling", "replied", "closed"):
            add(select(Case.id).where(Case.status == status).order_by(Case.id), 2)
        add(select(ExtensionRequest.case_id).where(ExtensionRequest.status == "approved")
            .order_by(ExtensionRequest.case_id), 3)
        add(select(Case.id).where(Case.transferred_to.is_not(None)).order_by(Case.id.desc()), 2)
        add(select(Case.id).where(Case.channel == "transferred_in", Case.status == "in_handling")
            .order_by(Case.id.desc()), 2)
        add(select(Event.case_id).where(Event.action == "reply").order_by(Event.case_id.desc()), 2)
        numbers = dict(s.execute(select(Case.id, Case.case_no).where(Case.id.in_(chosen))).all())
    return [(case_id, numbers[case_id]) for case_id in chosen]


def error_of(exc: ServiceError) -> dict:
    return {"error": type(exc).__name__, "text": str(exc)}


def letters_of(service: docs.DocumentService, case_id: int, today: date) -> dict:
    out: dict = {}
    for kind in TEMPLATE_KINDS:
        try:
            data = service.letter_data(case_id, kind, as_of=today)
            draft = service.draft(case_id, kind, as_of=today)
        except ServiceError as exc:
            out[kind] = error_of(exc)
            continue
        out[kind] = {"data": sha(repr(data)), "draft_pdf": sha(draft.pdf), "pages": draft.page_count,
                     "missing": list(draft.missing_fields), "warnings": [str(w) for w in draft.warnings]}
    return out


def dossier_of(service: docs.DocumentService, capture: DossierCapture, case_id: int) -> dict:
    rendered = service.render_dossier(case_id)
    return {"data": sha(repr(capture.last)), "pdf": sha(rendered.pdf), "pages": rendered.page_count,
            "warnings": [str(w) for w in rendered.warnings]}


def issue_all(office: Office, service: docs.DocumentService, case_id: int, correct: bool) -> dict:
    out: dict = {}
    for kind in TEMPLATE_KINDS:
        try:
            issued = service.issue(case_id, kind, allow_gaps=True)
        except ServiceError as exc:
            out[kind] = error_of(exc)
            continue
        out[kind] = {"doc_no": issued.doc_no, "title": issued.title, "pdf": sha(service.pdf(issued.id)),
                     "sha256": issued.sha256, "pages": issued.page_count,
                     "warnings": [str(w) for w in issued.warnings]}
        if correct and kind == "acceptance":
            fixed = service.issue(case_id, kind, allow_gaps=True, replaces_id=issued.id)
            out["acceptance_correction"] = {"doc_no": fixed.doc_no, "pdf": sha(service.pdf(fixed.id))}
    return out


def prepare(db_path: Path, source: Path | None, cases: int, seed: int, today: date) -> None:
    if source is not None:
        shutil.copy(source, db_path)
        office = Office.open(str(db_path), actor=SYSTEM, daily_backup=False)
    else:
        office = Office.open(str(db_path), actor=SYSTEM, daily_backup=False)
        generate(office.db, cases=cases, seed=seed, as_of=today)
    try:
        with office.db.write() as s:
            for key, value in SETTINGS.items():
                row = s.get(Setting, key)
                if row is None:
                    s.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
                else:
                    row.value = json.dumps(value, ensure_ascii=False)
    finally:
        office.close()


def digests(db_path: Path, today: date) -> dict:
    office = Office.open(str(db_path), actor=SYSTEM, daily_backup=False, today=lambda: today)
    service = office.documents
    capture = DossierCapture(docs.build_dossier_data, datetime.combine(today, datetime.min.time(), UTC)
                             .replace(hour=9))
    docs.build_dossier_data = capture
    result: dict = {"today": today.isoformat(), "cases": {}}
    try:
        picked = pick_cases(office)
        for case_id, case_no in picked:
            result["cases"][case_no] = {"letters": letters_of(service, case_id, today),
                                        "dossier": dossier_of(service, capture, case_id)}
        for index, (case_id, case_no) in enumerate(picked[:: max(1, len(picked) // ISSUE_CASES)][:ISSUE_CASES]):
            entry = result["cases"][case_no]
            entry["issued"] = issue_all(office, service, case_id, correct=index == 0)
            entry["dossier_after_issue"] = dossier_of(service, capture, case_id)
    finally:
        docs.build_dossier_data = capture.original
        office.close()
    return result


def compare(before: dict, after: dict, path: str = "") -> list[str]:
    if isinstance(before, dict) and isinstance(after, dict):
        diffs = []
        for key in sorted(set(before) | set(after)):
            where = f"{path}/{key}"
            if key not in after:
                diffs.append(f"{where}: missing after")
            elif key not in before:
                diffs.append(f"{where}: new after")
            else:
                diffs += compare(before[key], after[key], where)
        return diffs
    return [] if before == after else [f"{path}: {before!r} → {after!r}"]


def count(result: dict) -> dict[str, int]:
    totals = {"cases": 0, "letter_data": 0, "draft_pdfs": 0, "dossiers": 0, "issued_pdfs": 0, "errors": 0}
    for entry in result["cases"].values():
        totals["cases"] += 1
        for letter in entry["letters"].values():
            totals["letter_data" if "data" in letter else "errors"] += 1
            totals["draft_pdfs"] += "draft_pdf" in letter
        totals["dossiers"] += 1 + ("dossier_after_issue" in entry)
        for issued in entry.get("issued", {}).values():
            totals["issued_pdfs" if "pdf" in issued else "errors"] += 1
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="write the digests (JSON) there")
    parser.add_argument("--compare", type=Path, help="digests of an earlier run: list every difference")
    parser.add_argument("--db", type=Path, help="use a copy of this demo database instead of generating one")
    parser.add_argument("--keep-db", type=Path, help="copy the generated demo database there (before any letter)")
    parser.add_argument("--today", type=clock.parse_day, default=date(2026, 12, 15))
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ["TZ"] = "UTC"  # the dossier prints instants in local time
    time.tzset()
    clock.set_today(args.today)
    with tempfile.TemporaryDirectory(prefix="document-digests-") as tmp:
        db_path = Path(tmp) / "demo.sqlite"
        prepare(db_path, args.db, args.cases, args.seed, args.today)
        if args.keep_db:
            shutil.copy(db_path, args.keep_db)
        result = digests(db_path, args.today)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{count(result)} → {args.out}")
    if args.compare is None:
        return 0
    diffs = compare(json.loads(args.compare.read_text(encoding="utf-8")), result)
    for line in diffs:
        print(line)
    print("identical" if not diffs else f"{len(diffs)} difference(s)")
    return 0 if not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
