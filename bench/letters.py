"""Benchmark: letter rendering in-process (one-page reply, 100-letter batch), with LibreOffice as a baseline,
and the services end to end on a demo office in SQLite (draft, issue with its database write, re-print,
dossier, batch supervision).

Run ``python bench/letters.py [--runs 30] [--batch 100]``; prints a table and writes bench/out/letters.json.
``--batches-only``: only the two batches against LibreOffice (bench/out/letter_batches.json). Batches report
CPU time per letter as well as letters per second: on a computer shared with other work, wall time also
counts the waits for a core (and a pool gains nothing when the other cores are busy).
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


def libreoffice_baseline(data, template, count: int, jobs: list[LetterJob] | None = None, repeat: int = 1) -> dict:
    """LibreOffice converting ``count`` letters (the same letter ``count`` times, or each of ``jobs`` with
    its own text) from .docx in one call, after one call for a single letter; the fastest of ``repeat``
    calls (each run's seconds are listed)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return {"skipped": "LibreOffice (soffice) is not installed here; baseline not measured"}

    def texts(index: int) -> tuple[str, list[str]]:
        job_data, job_template = (jobs[index].data, jobs[index].template) if jobs else (data, template)
        values = placeholder_values(job_data)
        return fill(job_template.title, values), [fill(item.value, values) for item in job_template.paragraphs
                                                  if item.kind == "text"]

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        profile = f"-env:UserInstallation=file://{folder / 'profile'}"
        for n in (1, count):
            sources = []
            for index in range(n):
                path = folder / f"in{n}" / f"letter{index:03d}.docx"
                path.parent.mkdir(exist_ok=True)
                minimal_docx(path, *texts(index))
                sources.append(str(path))
            runs = []
            for run in range(repeat if n == count else 1):
                start, cpu = time.perf_counter(), cpu_seconds()
                subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                                str(folder / f"out{n}-{run}"), *sources], check=True, capture_output=True)
                runs.append((time.perf_counter() - start, cpu_seconds()[1] - cpu[1]))
            elapsed, spent = min(runs)
            results[f"batch_{n}_seconds"] = round(elapsed, 3)
            results[f"batch_{n}_ms_per_document"] = round(elapsed * 1000 / n, 1)
            results[f"batch_{n}_cpu_ms_per_document"] = round(spent * 1000 / n, 1)
            results[f"batch_{n}_runs_seconds"] = [round(seconds, 3) for seconds, _cpu in runs]
    results["note"] = ("one soffice call per batch (a fresh profile, so the first call includes its start-up); "
                       "the fastest of the runs; CPU: user + system time of soffice and its children")
    return results


# --- a letter from the command line, and a batch in worker processes -------------------------

CLI_TARGET_MS = 400  # issue 14: a one-page reply from the command line in ≤ 0.4 s
BATCH_RATIO_TARGET = 20  # issue 14: a batch ≥ 20 × LibreOffice's .docx → PDF conversion
BENCH_TODAY = "2026-11-20"
OFFICE_IDENTITY = ("--name", "阿鲁科尔沁旗工业和信息化局", "--short-name", "阿旗工信局",
                   "--county", "阿鲁科尔沁旗", "--address", "天山镇新华大街1号", "--phone", "0476-4222222",
                   "--code", "阿工信投字")


def admin_command() -> list[str]:
    """The installed console script, run by this interpreter (``python -m complaintdesk.cli`` without one)."""
    script = Path(sys.executable).with_name("complaintdesk-admin")
    return [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m", "complaintdesk.cli"]


def _run_admin(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([*admin_command(), *args], check=True, env=env, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def cli_office(folder: Path, db: str | None = None) -> tuple[str, str, dict]:
    """A 400-case demo office made with the command line, in ``db`` (a new database's location; default a
    file in ``folder``), whose reply template is the compact one-page reply: (database, a case in handling,
    the commands' environment)."""
    from sqlalchemy import select

    from complaintdesk.services.demo import DEMO_PASSWORD
    from complaintdesk.services.office import Office
    from complaintdesk.store.models import Case

    root = Path(__file__).resolve().parent.parent
    # An installed package runs from its bytecode; this machine sets PYTHONDONTWRITEBYTECODE.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "complaintdesk")], check=True)
    db = db or str(folder / "office.sqlite")
    # The demo's administrator issues (--user admin): the password from the environment, as a script would.
    env = {**os.environ, "COMPLAINTDESK_DATA_DIR": str(folder / "data"), "COMPLAINTDESK_TODAY": BENCH_TODAY,
           "COMPLAINTDESK_PASSWORD": DEMO_PASSWORD,
           # this checkout's code, whatever checkout the console script was installed from
           "PYTHONPATH": os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH"))))}
    env.pop("COMPLAINTDESK_DB", None)
    _run_admin(["--db", str(db), "demo", "--cases", "400"], env)  # a demo office, in a new database
    _run_admin(["--db", str(db), "office", "set", "--user", "admin", *OFFICE_IDENTITY], env)
    # This process opens it as the commands' desk: with their data folder, which holds the office's key.
    before = os.environ.get("COMPLAINTDESK_DATA_DIR")
    os.environ["COMPLAINTDESK_DATA_DIR"] = env["COMPLAINTDESK_DATA_DIR"]
    office = Office.open(str(db), daily_backup=False)
    try:
        office.sign_in("admin", DEMO_PASSWORD)
        office.documents.save_template("reply", COMPACT_REPLY)
        with office.db.read() as session:
            case_no = session.execute(select(Case.case_no).where(Case.status == "in_handling")
                                      .order_by(Case.id)).scalars().first()
    finally:
        office.close()
        if before is None:
            os.environ.pop("COMPLAINTDESK_DATA_DIR", None)
        else:
            os.environ["COMPLAINTDESK_DATA_DIR"] = before
    return db, case_no, env


def cli_letter_times(runs: int, folder: Path, db: str | None = None) -> dict:
    """Wall time of the real command, each run a new process: a draft, then an issued letter
    (``--issue --allow-gaps``: the demo records no reply text; ``--user admin``: the password checked). The first run of each fills the font
    cache and takes the day's backup, as an office's first letter of the day does; it is not counted."""
    db, case_no, env = cli_office(folder, db)
    out = folder / "reply.pdf"
    draft = ["--db", str(db), "letter", case_no, "--kind", "reply", "--out", str(out)]
    issue = [*draft, "--issue", "--allow-gaps", "--user", "admin"]
    figures = {"case": case_no, "command": " ".join(["complaintdesk-admin", *draft[2:]])}
    commands = {"draft": [*admin_command(), *draft], "issue": [*admin_command(), *issue], "floor": floor_command(db)}
    for command in commands.values():
        _run(command, env)  # warm-up
    times = {name: [] for name in commands}
    for _ in range(runs):  # interleaved: the three see the same machine
        for name, command in commands.items():
            times[name].append(_run(command, env))
    for name, values in times.items():
        figures[name] = {"median_ms": round(statistics.median(values), 1), "min_ms": round(min(values), 1),
                         "max_ms": round(max(values), 1), "runs": [round(t, 1) for t in values]}
    figures["pages"] = _pages(out.read_bytes())
    return figures


def floor_command(db: str) -> list[str]:
    """The least a letter from the command line costs on this database: the interpreter started, the driver
    imported (psycopg for PostgreSQL, sqlite3 for a file), a connection opened and one statement answered."""
    if "://" not in str(db):
        code = f"import sqlite3; sqlite3.connect({str(db)!r}).execute('SELECT 1').fetchone()"
    else:
        from psycopg.conninfo import make_conninfo

        from complaintdesk.store.pg_plain import connect_params

        code = f"import psycopg; psycopg.connect({make_conninfo(**connect_params(db))!r}).execute('SELECT 1').fetchone()"
    return [sys.executable, "-c", code]


def _run(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


PLACES = ("赤峰市松山区", "通辽市科尔沁区", "阿鲁科尔沁旗", "巴林左旗", "翁牛特旗", "克什克腾旗", "林西县", "宁城县",
          "敖汉旗", "喀喇沁旗", "元宝山区", "红山区")
WORDS = ("鑫垚", "恒达", "瑞丰", "永盛", "华泰", "兴隆", "博远", "宏图", "聚源", "金桥", "德润", "晟祥", "昊天", "锦程")
TRADES = ("商贸", "建材", "机械", "电气", "物流", "农牧", "印务", "科技", "餐饮", "装饰")
DEBTORS = ("第一中学", "人民医院", "交通运输局", "住房和城乡建设局", "自来水公司", "供热公司", "城市管理局", "水利局")


def batch_jobs(count: int, varied: bool = False) -> list[LetterJob]:
    """``count`` one-page replies to as many firms. Plain: the firms differ only by a number in their
    names (every letter embeds the very same glyphs). ``varied``: each firm, debtor, amount and date of its
    own, as a real batch of letters to different firms is."""
    data, template = one_page_reply()
    jobs = []
    for i in range(count):
        letter = replace(data, complainant_name=f"某某县第{i + 1}商贸有限公司", doc_no=f"X工信投字〔2026〕{i + 1}号")
        if varied:
            place, word = PLACES[i % len(PLACES)], WORDS[(i // len(PLACES)) % len(WORDS)]
            debtor = PLACES[(i * 7) % len(PLACES)] + DEBTORS[i % len(DEBTORS)]
            letter = replace(letter, complainant_name=f"{place}{word}{TRADES[i % len(TRADES)]}有限公司",
                             respondent_name=debtor, reply_text=(
                                 f"经本机关督办，{debtor}已于2026年11月{1 + i % 28}日支付欠款{(i + 3) * 37_511:,}.00元，"
                                 f"并与你单位签订还款协议，承诺于2026年12月{1 + (i * 3) % 30}日前付清剩余款项及逾期利息。"))
        jobs.append(LetterJob("reply", letter, draft=False, template=template))
    return jobs


def forget_kept_subsets(fonts) -> None:
    """Start a batch as a fresh process would: no font subset kept from an earlier letter
    (documents.font_cache keeps them for the letters after)."""
    from reportlab.pdfbase import pdfmetrics

    for name in fonts.files:
        try:
            face = pdfmetrics.getFont(name).face
        except KeyError:
            continue
        face.__dict__.pop("_cache_kept", None)
        face.__dict__.pop("_cache_objects", None)


def cpu_seconds() -> tuple[float, float]:
    """(this process's CPU time, that of its children waited for) in seconds, user + system. On a computer
    other work shares, CPU time is what a letter costs; wall time also counts the waits for a core."""
    times = os.times()
    return times.user + times.system, times.children_user + times.children_system


def batch_rate(jobs: list[LetterJob], fonts, workers: int | None) -> dict:
    """One render_batch call, the pool's start included: pages per second, pages, worker processes, and the
    CPU time per letter of this process and the workers together (``os.times``: the pool's workers are
    waited for when it shuts down)."""
    from complaintdesk.documents.batch import worker_count

    start, cpu = time.perf_counter(), cpu_seconds()
    documents = render_batch(jobs, fonts=fonts, workers=workers)
    seconds = time.perf_counter() - start
    spent = sum(cpu_seconds()) - sum(cpu)
    pages = sum(d.page_count for d in documents)
    return {"rate": pages / seconds, "pages": pages, "cpu_ms_per_letter": spent * 1000 / len(jobs),
            "workers": worker_count(len(jobs)) if workers is None else workers,
            "bytes_per_letter": sum(len(d.pdf) for d in documents) / len(jobs)}


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


def best_batch(jobs: list[LetterJob], fonts, workers: int | None, repeat: int) -> dict:
    """The fastest of ``repeat`` batches, each started as a fresh process would (no subsets kept)."""
    runs = []
    for _ in range(repeat):
        forget_kept_subsets(fonts)
        runs.append(batch_rate(jobs, fonts, workers))
    best = max(runs, key=lambda run: run["rate"])
    return {**best, "runs_per_second": [round(run["rate"], 1) for run in runs],
            "runs_cpu_ms_per_letter": [round(run["cpu_ms_per_letter"], 2) for run in runs]}


def batch_figures(fonts, count: int, baseline: dict, varied: bool = False, repeat: int = 1) -> dict:
    """The batch in one process and in the pool ``render_batch`` chooses (the fastest of ``repeat`` runs
    each), against LibreOffice. Letters are one page each: letters per second = pages per second."""
    jobs = batch_jobs(count, varied)
    render_batch(jobs[:2], fonts=fonts, workers=1)  # warm: the fonts' registration, outside the timing
    one = best_batch(jobs, fonts, 1, repeat)
    pool = best_batch(jobs, fonts, None, repeat)
    one_rate, pool_rate = one["rate"], pool["rate"]
    figures = {"letters": count, "pages": one["pages"], "one_process_pages_per_second": round(one_rate, 1),
               "pool_pages_per_second": round(pool_rate, 1), "workers": pool["workers"],
               "letters_per_second": round(max(one_rate, pool_rate), 1),
               "one_process_cpu_ms_per_letter": round(one["cpu_ms_per_letter"], 2),
               "pool_cpu_ms_per_letter": round(pool["cpu_ms_per_letter"], 2),
               "pdf_bytes_per_letter": round(one["bytes_per_letter"]),
               "one_process_runs": {"letters_per_second": one["runs_per_second"],
                                    "cpu_ms_per_letter": one["runs_cpu_ms_per_letter"]},
               "pool_runs": {"letters_per_second": pool["runs_per_second"],
                             "cpu_ms_per_letter": pool["runs_cpu_ms_per_letter"]},
               "note": ("each letter to a firm, debtor, amount and dates of its own" if varied else
                        "the firms differ by a number in their names") + f"; the fastest of {repeat} runs; the "
                       "pool's start is included; pool CPU: this process and its workers"}
    seconds = baseline.get(f"batch_{count}_seconds")
    if seconds:
        libreoffice_rate = count / seconds  # one page per .docx letter
        figures["libreoffice_pages_per_second"] = round(libreoffice_rate, 1)
        figures["libreoffice_letters_per_second"] = round(libreoffice_rate, 1)
        figures["ratio"] = round(max(one_rate, pool_rate) / libreoffice_rate, 1)
        libreoffice_cpu = baseline[f"batch_{count}_cpu_ms_per_document"]
        figures["libreoffice_cpu_ms_per_letter"] = libreoffice_cpu
        # CPU time a letter costs, LibreOffice's ÷ ours in one process: the ratio on a computer whose
        # cores are free (wall ratios move with the other work a shared computer runs).
        figures["cpu_ratio"] = round(libreoffice_cpu / one["cpu_ms_per_letter"], 1)
    return figures


def verdict(value: float | None, passed: bool) -> str:
    return "" if value is None else ("PASS" if passed else "MISS")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--cli-runs", type=int, default=15, help="cold runs of the command-line letter")
    parser.add_argument("--break-even", action="store_true", help="only: one process against a pool, by batch size")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each batch (ours and LibreOffice's); the fastest is reported")
    parser.add_argument("--batches-only", action="store_true",
                        help="only: the two batches against LibreOffice (written to bench/out/letter_batches.json)")
    args = parser.parse_args(argv)
    if args.break_even:
        fonts = load_font_set()
        batch_rate(batch_jobs(2), fonts, 1)  # the fonts' first subsets, outside the timing
        print(json.dumps(break_even(fonts), indent=1))
        return 0
    if args.batches_only:
        return batches_only(args.batch, args.repeat)

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

    baseline = libreoffice_baseline(data, compact, args.batch, repeat=args.repeat)
    varied_baseline = libreoffice_baseline(data, compact, args.batch, jobs=batch_jobs(args.batch, varied=True),
                                           repeat=args.repeat)
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
        "batch": batch_figures(fonts, args.batch, baseline, repeat=args.repeat),
        "batch_varied": batch_figures(fonts, args.batch, varied_baseline, varied=True, repeat=args.repeat),
        "libreoffice_baseline_varied": varied_baseline,
        "command_line_letter": cli,
        "libreoffice_baseline": baseline,
        "services": service_figures(args.runs),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "letters.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_rows(results, args, full_doc.page_count)
    return 0


def batches_only(count: int, repeat: int) -> int:
    """The two batches of ``count`` letters and LibreOffice on the same letters, nothing else."""
    fonts = load_font_set()
    data, compact = one_page_reply()
    varied = batch_jobs(count, varied=True)
    results = {
        "environment": {"python": platform.python_version(), "reportlab": reportlab.Version,
                        "cpu_count": os.cpu_count(), "load_average": os.getloadavg(), "fonts": fonts.source},
        "libreoffice_baseline": libreoffice_baseline(data, compact, count, repeat=repeat),
        "libreoffice_baseline_varied": libreoffice_baseline(data, compact, count, jobs=varied, repeat=repeat),
    }
    results["batch"] = batch_figures(fonts, count, results["libreoffice_baseline"], repeat=repeat)
    results["batch_varied"] = batch_figures(fonts, count, results["libreoffice_baseline_varied"], varied=True,
                                            repeat=repeat)
    OUT.mkdir(exist_ok=True)
    (OUT / "letter_batches.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    rows = [*batch_rows(results["batch"], results["libreoffice_baseline"], "same template, firms differ by a number"),
            *batch_rows(results["batch_varied"], results["libreoffice_baseline_varied"],
                        "each to a firm, debtor, amount of its own")]
    width = max(len(label) for label, _, _ in rows)
    print(f"Letter batches — {fonts.source}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for label, value, mark in rows:
        print(f"  {label.ljust(width)}  {value}  {mark}".rstrip())
    print(f"written: {OUT / 'letter_batches.json'}")
    return 0


def batch_rows(batch: dict, baseline: dict, what: str) -> list[tuple[str, str, str]]:
    """A batch's rows: letters/s here, in one process and in the pool, LibreOffice's on the same letters, the
    ratio of the faster; CPU time per letter of each, and the ratio of CPU time per letter (one process)."""
    ratio, cpu_ratio = batch.get("ratio"), batch.get("cpu_ratio")
    n = batch["letters"]
    return [
        (f"batch of {n} letters ({what}), one process",
         f"{batch['one_process_pages_per_second']} letters/s, CPU {batch['one_process_cpu_ms_per_letter']} ms/letter, "
         f"{batch['pdf_bytes_per_letter']} bytes/letter", ""),
        (f"batch of {n} letters ({what}), {batch['workers']} worker processes",
         f"{batch['pool_pages_per_second']} letters/s, CPU {batch['pool_cpu_ms_per_letter']} ms/letter", ""),
        (f"LibreOffice, the same {n} letters as .docx → PDF in one call",
         f"{batch['libreoffice_letters_per_second']} letters/s, CPU {batch['libreoffice_cpu_ms_per_letter']} ms/letter"
         if ratio is not None else baseline.get("skipped", ""), ""),
        (f"batch ({what}) ÷ LibreOffice, letters/s", f"{ratio} ×  target ≥ {BATCH_RATIO_TARGET} ×" if ratio is not None
         else "—", verdict(ratio, (ratio or 0) >= BATCH_RATIO_TARGET)),
        (f"batch ({what}) ÷ LibreOffice, CPU per letter (one process)", f"{cpu_ratio} ×" if cpu_ratio is not None
         else "—", ""),
    ]


def print_rows(results: dict, args, full_pages: int) -> None:
    cli, service = results["command_line_letter"], results["services"]
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
        ("command line's floor: python + the driver imported + one statement", f"{cli['floor']['median_ms']} ms",
         ""),
        *batch_rows(results["batch"], results["libreoffice_baseline"], "same template, firms differ by a number"),
        *batch_rows(results["batch_varied"], results["libreoffice_baseline_varied"],
                    "each to a firm, debtor, amount of its own"),
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
