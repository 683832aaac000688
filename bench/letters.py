"""Benchmark: letter rendering in-process (one-page reply, 100-letter batch), with LibreOffice as a baseline,
and the services end to end on a demo office in SQLite (draft, issue with its database write, re-print,
dossier, batch supervision).

Run ``python bench/letters.py [--runs 30] [--batch 100]``; prints a table and writes bench/out/letters.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab

from complaintdesk.documents import LetterJob, load_font_set, load_template, render_batch, render_letter
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.documents.templates import fill, placeholder_values

OUT = Path(__file__).resolve().parent / "out"

# An office's compact reply (the shipped one, with its four headed sections, runs to two pages).
COMPACT_REPLY = {
    "kind": "reply",
    "version": 1,
    "title": "投诉事项办理结果答复书",
    "addressee": "{complainant_name}：",
    "paragraphs": [
        "你单位于{received_on}提出的关于{respondent_name}{category}的投诉（案件编号：{case_no}）收悉。"
        "经调查核实，现答复如下：",
        "{reply_text}",
        "根据《中华人民共和国中小企业促进法》第五十一条的规定，特此答复。",
    ],
    "note": "联系人：{handler_name}，联系电话：{handler_phone}",
    "cc": ["{accepting_department}"],
}


def one_page_reply():
    data = replace(sample_letter_data("reply"), reply_text=(
        "经本机关督办，某某县第一中学已于2026年11月20日支付欠款600,000.00元，并与你单位签订还款协议，"
        "承诺于2026年12月31日前付清剩余款项及逾期利息。"))
    return data, load_template("reply", COMPACT_REPLY)


def timed(function, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


# --- LibreOffice baseline ---------------------------------------------------------------------


def minimal_docx(path: Path, title: str, paragraphs: list[str]) -> None:
    """A bare WordprocessingML file: 16 pt FangSong paragraphs under a 22 pt title."""
    def run(text: str, size_half_points: int, centre: bool = False) -> str:
        align = '<w:jc w:val="center"/>' if centre else '<w:ind w:firstLineChars="200"/>'
        return (f'<w:p><w:pPr>{align}</w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="FangSong"/>'
                f'<w:sz w:val="{size_half_points}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    body = run(title, 44, centre=True) + "".join(run(p, 32) for p in paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        f'{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992"/>'
        '</w:sectPr></w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/document.xml", document)


def libreoffice_baseline(data, template, count: int) -> dict:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return {"skipped": "LibreOffice (soffice) is not installed here; baseline not measured"}
    values = placeholder_values(data)
    paragraphs = [fill(item.value, values) for item in template.paragraphs if item.kind == "text"]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        profile = f"-env:UserInstallation=file://{folder / 'profile'}"
        for n in (1, count):
            sources = []
            for index in range(n):
                path = folder / f"in{n}" / f"letter{index:03d}.docx"
                path.parent.mkdir(exist_ok=True)
                minimal_docx(path, fill(template.title, values), paragraphs)
                sources.append(str(path))
            start = time.perf_counter()
            subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder / f"out{n}"),
                            *sources], check=True, capture_output=True)
            elapsed = time.perf_counter() - start
            results[f"batch_{n}_seconds"] = round(elapsed, 3)
            results[f"batch_{n}_ms_per_document"] = round(elapsed * 1000 / n, 1)
    results["note"] = "one soffice call per batch (a fresh profile, so the first call includes its start-up)"
    return results


# --- a letter from the command line, and a batch in worker processes -------------------------

CLI_TARGET_MS = 400  # issue 14: a one-page reply from the command line in ≤ 0.4 s
BATCH_RATIO_TARGET = 20  # issue 14: a batch ≥ 20 × LibreOffice's .docx → PDF conversion
BENCH_TODAY = "2026-11-20"
OFFICE_IDENTITY = ("--office-name", "阿鲁科尔沁旗工业和信息化局", "--office-short-name", "阿旗工信局",
                   "--county", "阿鲁科尔沁旗", "--address", "天山镇新华大街1号", "--phone", "0476-4222222",
                   "--office-code", "阿工信投字")


def admin_command() -> list[str]:
    """The installed console script, run by this interpreter (``python -m complaintdesk.cli`` without one)."""
    script = Path(sys.executable).with_name("complaintdesk-admin")
    return [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m", "complaintdesk.cli"]


def _run_admin(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([*admin_command(), *args], check=True, env=env, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def cli_office(folder: Path) -> tuple[Path, str, dict]:
    """A 400-case demo office made with the command line, whose reply template is the compact one-page
    reply: (database, a case in handling, the commands' environment)."""
    from sqlalchemy import select

    from complaintdesk.services.demo import DEMO_PASSWORD
    from complaintdesk.services.office import Office
    from complaintdesk.store.models import Case

    root = Path(__file__).resolve().parent.parent
    # An installed package runs from its bytecode; this machine sets PYTHONDONTWRITEBYTECODE.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "complaintdesk")], check=True)
    db = folder / "office.sqlite"
    env = {**os.environ, "COMPLAINTDESK_DATA_DIR": str(folder / "data"), "COMPLAINTDESK_TODAY": BENCH_TODAY,
           "BENCH_ADMIN_PASSWORD": DEMO_PASSWORD}
    env.pop("COMPLAINTDESK_DB", None)
    _run_admin(["--db", str(db), "init", "--admin-password-env", "BENCH_ADMIN_PASSWORD", *OFFICE_IDENTITY], env)
    _run_admin(["--db", str(db), "demo", "--cases", "400"], env)
    office = Office.open(str(db), daily_backup=False)
    try:
        office.sign_in("admin", DEMO_PASSWORD)
        office.documents.save_template("reply", COMPACT_REPLY)
        with office.db.read() as session:
            case_no = session.execute(select(Case.case_no).where(Case.status == "in_handling")
                                      .order_by(Case.id)).scalars().first()
    finally:
        office.close()
    return db, case_no, env


def cli_letter_times(runs: int, folder: Path) -> dict:
    """Wall time of the real command, each run a new process: a draft, then an issued letter
    (``--issue --allow-gaps``: the demo records no reply text). The first run of each fills the font
    cache and takes the day's backup, as an office's first letter of the day does; it is not counted."""
    db, case_no, env = cli_office(folder)
    out = folder / "reply.pdf"
    draft = ["--db", str(db), "letter", case_no, "--kind", "reply", "--out", str(out)]
    issue = [*draft, "--issue", "--allow-gaps"]
    figures = {"case": case_no, "command": " ".join(["complaintdesk-admin", *draft[2:]])}
    for name, args in (("draft", draft), ("issue", issue)):
        _run_admin(args, env)  # warm-up
        times = [_run_admin(args, env) for _ in range(runs)]
        figures[name] = {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
                         "max_ms": round(max(times), 1), "runs": [round(t, 1) for t in times]}
    figures["pages"] = _pages(out.read_bytes())
    return figures


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def batch_jobs(count: int) -> list[LetterJob]:
    """``count`` one-page replies to as many firms (each letter its own text, as a real batch)."""
    data, template = one_page_reply()
    return [LetterJob("reply", replace(data, complainant_name=f"某某县第{i + 1}商贸有限公司",
                                       doc_no=f"X工信投字〔2026〕{i + 1}号"), draft=False, template=template)
            for i in range(count)]


def batch_rate(jobs: list[LetterJob], fonts, workers: int | None) -> tuple[float, int, int]:
    """(pages per second, pages, worker processes) of one render_batch call, the pool's start included."""
    from complaintdesk.documents.batch import worker_count

    start = time.perf_counter()
    documents = render_batch(jobs, fonts=fonts, workers=workers)
    seconds = time.perf_counter() - start
    pages = sum(d.page_count for d in documents)
    return pages / seconds, pages, worker_count(len(jobs)) if workers is None else workers


# --- the services, end to end ----------------------------------------------------------------


def service_figures(runs: int) -> dict:
    """draft(), issue() (number, render, store, history: one SQLite transaction), pdf() and the dossier
    on a 300-case demo office, and batch_supervision over its overdue cases."""
    from sqlalchemy import select

    from complaintdesk.services.demo import DEMO_PASSWORD
    from complaintdesk.services.office import Office
    from complaintdesk.store.models import ArrearsClaim, Case

    office = Office.open_demo(cases=300, seed=1)
    try:
        office.sign_in("admin", DEMO_PASSWORD)
        with office.db.read() as session:
            case_id = session.execute(select(Case.id).join(ArrearsClaim, ArrearsClaim.case_id == Case.id)
                                      .where(Case.status == "in_handling").order_by(Case.id)).scalars().first()
        documents = office.documents
        documents.draft(case_id, "acceptance")  # warm-up: fonts, templates, calendar
        drafts = timed(lambda: documents.draft(case_id, "acceptance"), runs)
        issued = []
        issues = timed(lambda: issued.append(documents.issue(case_id, "acceptance")), runs)
        reprints = timed(lambda: documents.pdf(issued[-1].id), runs)
        dossiers = timed(lambda: documents.dossier(case_id), max(3, runs // 5))
        start = time.perf_counter()
        batch = documents.batch_supervision()
        seconds = time.perf_counter() - start
        pages = sum(d.page_count for d in batch.issued)
        return {
            "database": "SQLite (WAL, synchronous=FULL), temporary demo office of 300 cases",
            "draft_median_ms": round(statistics.median(drafts), 2),
            "issue_median_ms": round(statistics.median(issues), 2),
            "issue_max_ms": round(max(issues), 2),
            "issued_pages": issued[-1].page_count,
            "reprint_median_ms": round(statistics.median(reprints), 3),
            "dossier_median_ms": round(statistics.median(dossiers), 2),
            "batch_supervision": {
                "cases": batch.total, "issued": len(batch.issued), "skipped": len(batch.skipped), "pages": pages,
                "seconds": round(seconds, 3),
                "ms_per_letter": round(seconds * 1000 / max(1, len(batch.issued)), 1),
                "note": "each letter its own transaction, with a 20 ms pause between letters on SQLite",
            },
        }
    finally:
        office.close()


# --- main -------------------------------------------------------------------------------------


def break_even(fonts, sizes=(2, 4, 8, 16, 32, 64, 128, 256)) -> dict:
    """One process against a pool of this computer's cores, per start method and batch size (ms, the
    pool's start included): where the pool starts to win is MIN_JOBS_FORK / MIN_JOBS_SPAWN."""
    from complaintdesk.documents import batch

    table = {}
    methods = ["fork", "spawn"] if batch.start_method() == "fork" else ["spawn"]
    original = batch.start_method
    try:
        for method in methods:
            batch.start_method = lambda method=method: method
            for size in sizes:
                jobs = batch_jobs(size)
                row = {}
                for workers in (1, os.cpu_count() or 1):
                    start = time.perf_counter()
                    render_batch(jobs, fonts=fonts, workers=workers)
                    row[workers] = round((time.perf_counter() - start) * 1000)
                table[f"{method} {size}"] = row
                print(f"  {method:5s} {size:4d} letters: " + ", ".join(f"{w} process(es) {ms} ms" for w, ms in row.items()),
                      flush=True)
    finally:
        batch.start_method = original
    return table


def batch_figures(fonts, count: int, baseline: dict) -> dict:
    """The batch in one process and in the pool ``render_batch`` chooses, against LibreOffice."""
    jobs = batch_jobs(count)
    render_batch(jobs[:2], fonts=fonts, workers=1)  # warm: the fonts' first subsets
    one_rate, pages, _ = batch_rate(jobs, fonts, 1)
    pool_rate, _, workers = batch_rate(jobs, fonts, None)
    figures = {"letters": count, "pages": pages, "one_process_pages_per_second": round(one_rate, 1),
               "pool_pages_per_second": round(pool_rate, 1), "workers": workers,
               "note": "one-page replies to as many firms; the pool's start is included"}
    seconds = baseline.get(f"batch_{count}_seconds")
    if seconds:
        libreoffice_rate = count / seconds  # one page per .docx letter
        figures["libreoffice_pages_per_second"] = round(libreoffice_rate, 1)
        figures["ratio"] = round(max(one_rate, pool_rate) / libreoffice_rate, 1)
    return figures


def verdict(value: float | None, passed: bool) -> str:
    return "" if value is None else ("PASS" if passed else "MISS")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--cli-runs", type=int, default=15, help="cold runs of the command-line letter")
    parser.add_argument("--break-even", action="store_true", help="only: one process against a pool, by batch size")
    args = parser.parse_args(argv)
    if args.break_even:
        fonts = load_font_set()
        batch_rate(batch_jobs(2), fonts, 1)  # the fonts' first subsets, outside the timing
        print(json.dumps(break_even(fonts), indent=1))
        return 0

    start = time.perf_counter()
    fonts = load_font_set()
    font_ms = (time.perf_counter() - start) * 1000

    data, compact = one_page_reply()
    first = render_letter("reply", data, template=compact, draft=False, fonts=fonts)
    if first.page_count != 1:
        raise SystemExit(f"the benchmark reply should be one page, got {first.page_count}")
    one_page = timed(lambda: render_letter("reply", data, template=compact, draft=False, fonts=fonts), args.runs)

    full = sample_letter_data("reply")
    full_doc = render_letter("reply", full, draft=False, fonts=fonts)
    full_times = timed(lambda: render_letter("reply", full, draft=False, fonts=fonts), max(5, args.runs // 3))

    baseline = libreoffice_baseline(data, compact, args.batch)
    with tempfile.TemporaryDirectory(prefix="complaintdesk-cli-bench-") as folder:
        cli = cli_letter_times(args.cli_runs, Path(folder))
    results = {
        "environment": {
            "python": platform.python_version(),
            "reportlab": reportlab.Version,
            "platform": platform.platform(),
            "cpu_count": os.cpu_count(),
            "fonts": fonts.source,
            "fonts_embedded": fonts.embedded,
        },
        "font_registration_ms": round(font_ms, 1),
        "one_page_reply": {
            "runs": args.runs,
            "median_ms": round(statistics.median(one_page), 2),
            "min_ms": round(min(one_page), 2),
            "max_ms": round(max(one_page), 2),
            "pdf_bytes": len(first.pdf),
        },
        "sample_reply_with_claims_table": {
            "pages": full_doc.page_count,
            "median_ms": round(statistics.median(full_times), 2),
        },
        "batch": batch_figures(fonts, args.batch, baseline),
        "command_line_letter": cli,
        "libreoffice_baseline": baseline,
        "services": service_figures(args.runs),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "letters.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_rows(results, args, full_doc.page_count)
    return 0


def print_rows(results: dict, args, full_pages: int) -> None:
    batch, cli, service = results["batch"], results["command_line_letter"], results["services"]
    ratio = batch.get("ratio")
    rows = [
        ("font registration (once per process)", f"{results['font_registration_ms']} ms", ""),
        (f"one-page reply, median of {args.runs}", f"{results['one_page_reply']['median_ms']} ms", ""),
        (f"sample reply ({full_pages} pages, claims table), median",
         f"{results['sample_reply_with_claims_table']['median_ms']} ms", ""),
        (f"command line: reply draft ({cli['pages']} page), median of {args.cli_runs} processes",
         f"{cli['draft']['median_ms']} ms (min {cli['draft']['min_ms']})  target ≤ {CLI_TARGET_MS} ms",
         verdict(1, cli["draft"]["median_ms"] <= CLI_TARGET_MS)),
        (f"command line: reply --issue, median of {args.cli_runs} processes",
         f"{cli['issue']['median_ms']} ms (min {cli['issue']['min_ms']})  target ≤ {CLI_TARGET_MS} ms",
         verdict(1, cli["issue"]["median_ms"] <= CLI_TARGET_MS)),
        (f"batch of {batch['letters']} letters, one process", f"{batch['one_process_pages_per_second']} pages/s", ""),
        (f"batch of {batch['letters']} letters, {batch['workers']} worker processes",
         f"{batch['pool_pages_per_second']} pages/s", ""),
        ("batch vs LibreOffice (.docx → PDF, same letters, one call)",
         f"{ratio} ×  target ≥ {BATCH_RATIO_TARGET} ×" if ratio is not None
         else results["libreoffice_baseline"].get("skipped", ""), verdict(ratio, (ratio or 0) >= BATCH_RATIO_TARGET)),
        ("service draft() (reads the case, renders)", f"{service['draft_median_ms']} ms", ""),
        ("service issue() (number + render + store + history, SQLite)", f"{service['issue_median_ms']} ms", ""),
        ("service pdf() re-print (read + SHA-256 check)", f"{service['reprint_median_ms']} ms", ""),
        ("service dossier()", f"{service['dossier_median_ms']} ms", ""),
        (f"batch_supervision on the demo ({service['batch_supervision']['issued']} letters)",
         f"{service['batch_supervision']['seconds']} s = {service['batch_supervision']['ms_per_letter']} ms/letter", ""),
    ]
    baseline = results["libreoffice_baseline"]
    if "skipped" not in baseline:
        rows.append(("LibreOffice, 1 letter (docx → pdf)", f"{baseline['batch_1_ms_per_document']} ms", ""))
        rows.append((f"LibreOffice, {args.batch} letters in one call",
                     f"{baseline[f'batch_{args.batch}_ms_per_document']} ms per letter", ""))
    width = max(len(label) for label, _, _ in rows)
    print(f"Letters benchmark — {results['environment']['fonts']}")
    for label, value, mark in rows:
        print(f"  {label.ljust(width)}  {value}  {mark}".rstrip())
    print(f"written: {OUT / 'letters.json'}")


if __name__ == "__main__":
    sys.exit(main())
