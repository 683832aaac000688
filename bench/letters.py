"""Benchmark: letter rendering in-process (one-page reply, 100-letter batch), with LibreOffice as a baseline,
and the services end to end on a demo office in SQLite (draft, issue with its database write, re-print,
dossier, batch supervision).

Run ``python bench/letters.py [--runs 30] [--batch 100]``; prints a table and writes bench/out/letters.json.
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--baseline-batch", type=int, default=20)
    args = parser.parse_args(argv)

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

    sample = sample_letter_data("supervision")
    jobs = [LetterJob("supervision", replace(sample, respondent_name=f"某某县第{i + 1}中学",
                                              doc_no=f"X工信投字〔2026〕{i + 1}号"), draft=False)
            for i in range(args.batch)]
    start = time.perf_counter()
    documents = render_batch(jobs, fonts=fonts)
    batch_seconds = time.perf_counter() - start
    pages = sum(doc.page_count for doc in documents)

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
        "batch": {
            "letters": args.batch,
            "kind": "supervision",
            "pages": pages,
            "seconds": round(batch_seconds, 3),
            "pages_per_second": round(pages / batch_seconds, 1),
            "ms_per_letter": round(batch_seconds * 1000 / args.batch, 2),
        },
        "libreoffice_baseline": libreoffice_baseline(data, compact, args.baseline_batch),
        "services": service_figures(args.runs),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "letters.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    rows = [
        ("font registration (once per process)", f"{results['font_registration_ms']} ms"),
        (f"one-page reply, median of {args.runs}", f"{results['one_page_reply']['median_ms']} ms"),
        (f"sample reply ({full_doc.page_count} pages, claims table), median",
         f"{results['sample_reply_with_claims_table']['median_ms']} ms"),
        (f"batch of {args.batch} supervision letters ({pages} pages)",
         f"{results['batch']['seconds']} s = {results['batch']['pages_per_second']} pages/s"),
    ]
    service = results["services"]
    rows += [
        ("service draft() (reads the case, renders)", f"{service['draft_median_ms']} ms"),
        ("service issue() (number + render + store + history, SQLite)", f"{service['issue_median_ms']} ms"),
        ("service pdf() re-print (read + SHA-256 check)", f"{service['reprint_median_ms']} ms"),
        ("service dossier()", f"{service['dossier_median_ms']} ms"),
        (f"batch_supervision on the demo ({service['batch_supervision']['issued']} letters)",
         f"{service['batch_supervision']['seconds']} s = {service['batch_supervision']['ms_per_letter']} ms/letter"),
    ]
    baseline = results["libreoffice_baseline"]
    if "skipped" in baseline:
        rows.append(("LibreOffice baseline", baseline["skipped"]))
    else:
        rows.append(("LibreOffice, 1 letter (docx → pdf)", f"{baseline['batch_1_ms_per_document']} ms"))
        rows.append((f"LibreOffice, {args.baseline_batch} letters in one call",
                     f"{baseline[f'batch_{args.baseline_batch}_ms_per_document']} ms per letter"))
    width = max(len(label) for label, _ in rows)
    print(f"Letters benchmark — {fonts.source}")
    for label, value in rows:
        print(f"  {label.ljust(width)}  {value}")
    print(f"written: {OUT / 'letters.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
