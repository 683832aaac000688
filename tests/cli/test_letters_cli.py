"""complaintdesk-admin letter / dossier / reprint on the demo county: drafts, issued letters, errors in one line."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from complaintdesk.cli import main
from complaintdesk.documents.render import DRAFT_NUMBER, WATERMARK
from complaintdesk.documents.templates import format_date
from complaintdesk.store.models import ArrearsClaim, Case, Document
from tests.dates import TODAY
from tests.documents.pdfscan import scan


@pytest.fixture(autouse=True)
def _fonts():
    from complaintdesk.documents import load_font_set

    if not load_font_set().embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def demo(demo_office):
    """(database path, an arrears case in handling with overdue claims, a refused case)."""
    with demo_office.db.read() as s:
        owing = s.execute(select(Case.case_no).join(ArrearsClaim, ArrearsClaim.case_id == Case.id)
                          .where(Case.status == "in_handling", ArrearsClaim.amount_claimed > ArrearsClaim.amount_paid,
                                 ArrearsClaim.due_on < TODAY, Case.clock_stopped.is_(False))
                          .order_by(Case.id)).scalars().first()
        refused = s.execute(select(Case.case_no).where(Case.status == "not_accepted")).scalars().first()
    return str(demo_office.target.sqlite_path), owing, refused, demo_office


def issued_count(office) -> int:
    with office.db.read() as s:
        return s.execute(select(func.count(Document.id))).scalar()


def test_draft_letter_is_watermarked_and_unnumbered(demo, tmp_path):
    db, case_no, _refused, office = demo
    out = tmp_path / "draft.pdf"
    code, text = run("letter", case_no, "--kind", "supervision", "--out", str(out), "--db", db)
    assert code == 0 and "草稿 / draft" in text and str(out) in text
    pdf = scan(out.read_bytes())
    assert WATERMARK in [line.text for line in pdf.lines if line.rotated] and DRAFT_NUMBER in pdf.text()
    assert issued_count(office) == 0


def test_issue_writes_the_frozen_pdf_and_reprint_gives_the_same_bytes(demo, tmp_path):
    db, case_no, _refused, office = demo
    out = tmp_path / "supervision.pdf"
    code, text = run("letter", case_no, "--kind", "supervision", "--issue", "--user", "admin", "--out", str(out), "--db", db)
    doc_no = f"演工信投字〔{TODAY.year}〕1号"
    assert code == 0 and f"已签发 / issued: {doc_no}" in text
    document = office.documents.find(doc_no)
    assert out.read_bytes() == office.documents.pdf(document.id) and document.sha256 in text
    detail = office.lookup.detail(office.documents.case_id_of(case_no))
    printed = scan(out.read_bytes()).text()
    for expected in (doc_no, detail.complainant.name, detail.respondent.name, format_date(TODAY)):
        assert expected in printed
    again = tmp_path / "again.pdf"
    code, text = run("reprint", doc_no, "--out", str(again), "--db", db)
    assert code == 0 and again.read_bytes() == out.read_bytes()
    # A correction through the command line.
    fixed = tmp_path / "fixed.pdf"
    code, text = run("letter", case_no, "--kind", "supervision", "--issue", "--user", "admin", "--replaces", doc_no, "--out", str(fixed),
                     "--db", db)
    assert code == 0 and f"本文书更正{doc_no}" in scan(fixed.read_bytes()).text()
    assert office.documents.find(f"演工信投字〔{TODAY.year}〕2号").replaces_id == document.id


def test_an_incomplete_letter_is_refused_unless_gaps_are_allowed(demo, tmp_path, capsys):
    db, _case_no, refused, office = demo
    out = tmp_path / "transfer.pdf"
    code, _text = run("letter", refused, "--kind", "transfer", "--issue", "--user", "admin", "--out", str(out), "--db", db)
    error = capsys.readouterr().err
    assert code == 2 and "转办单位" in error and len(error.strip().splitlines()) == 1
    assert not out.exists() and issued_count(office) == 0
    code, text = run("letter", refused, "--kind", "transfer", "--issue", "--user", "admin", "--allow-gaps", "--out", str(out), "--db", db)
    assert code == 0 and "警告 / warning:" in text and "转办单位" in text
    assert f"演工信投字〔{TODAY.year}〕1号" in text  # the refused attempt left no gap


def test_refusal_letter_of_a_refused_case(demo, tmp_path):
    db, _case_no, refused, office = demo
    out = tmp_path / "refusal.pdf"
    code, text = run("letter", refused, "--kind", "refusal", "--issue", "--user", "admin", "--out", str(out), "--db", db)
    assert code == 0
    detail = office.lookup.detail(office.documents.case_id_of(refused))
    assert detail.refusal_reason in scan(out.read_bytes()).text()


@pytest.mark.parametrize("argv, message", [
    (("letter", "1999-0001", "--kind", "reply"), "没有案件编号"),
    (("letter", "{case}", "--kind", "memo"), "unknown kind 'memo'"),
    (("letter", "{case}", "--kind", "reply", "--allow-gaps"), "need --issue"),
    (("dossier", "1999-0001"), "没有案件编号"),
    (("reprint", "演工信投字〔1999〕1号"), "没有文号"),
])
def test_errors_are_one_line_with_exit_code_2(demo, tmp_path, capsys, argv, message):
    db, case_no, _refused, office = demo
    argv = tuple(a.replace("{case}", case_no) for a in argv)
    code, _text = run(*argv, "--out", str(tmp_path / "x.pdf"), "--db", db)
    error = capsys.readouterr().err
    assert code == 2 and message in error and len(error.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("target", ["missing-folder/x.pdf", "."])
def test_an_unwritable_output_is_refused_before_anything_is_issued(demo, tmp_path, capsys, target):
    db, case_no, _refused, office = demo
    out = tmp_path / target
    code, _text = run("letter", case_no, "--kind", "supervision", "--issue", "--user", "admin", "--out", str(out), "--db", db)
    error = capsys.readouterr().err
    assert code == 2 and ("不存在" in error or "文件夹" in error) and len(error.strip().splitlines()) == 1
    assert issued_count(office) == 0


@pytest.mark.skipif(sys.platform.startswith("win") or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(demo, tmp_path, capsys):
    db, case_no, _refused, office = demo
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _text = run("letter", case_no, "--kind", "supervision", "--issue", "--user", "admin", "--out", str(folder / "x.pdf"),
                          "--db", db)
    finally:
        folder.chmod(0o700)
    assert code == 2 and "无法写入" in capsys.readouterr().err and issued_count(office) == 0


def test_dossier_holds_the_history_and_the_issued_documents(demo, tmp_path):
    db, case_no, _refused, office = demo
    run("letter", case_no, "--kind", "supervision", "--issue", "--user", "admin", "--out", str(tmp_path / "s.pdf"), "--db", db)
    out = tmp_path / "dossier.pdf"
    code, text = run("dossier", case_no, "--out", str(out), "--db", db)
    assert code == 0 and "案卷 / dossier" in text
    reader = PdfReader(out)
    flat = "".join("".join(page.extract_text().split()) for page in reader.pages)
    document = office.documents.documents(office.documents.case_id_of(case_no))[0]
    detail = office.lookup.detail(document.case_id)
    assert case_no in flat and document.doc_no in flat and document.sha256 in flat
    for event in detail.events:
        assert "".join(event.summary.split()) in flat


def test_the_console_script_issues_a_letter(demo, tmp_path):
    db, case_no, _refused, office = demo
    out = tmp_path / "acceptance.pdf"
    result = subprocess.run([sys.executable, "-m", "complaintdesk.cli", "letter", case_no, "--kind", "acceptance",
                             "--issue", "--user", "admin", "--out", str(out), "--db", db], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert result.returncode == 0, result.stderr
    assert Path(out).read_bytes() == office.documents.pdf(office.documents.find(f"演工信投字〔{TODAY.year}〕1号").id)
