"""Render every output a user can get from the command line into a folder, for before/after comparisons.

Usage (from the checkout whose outputs you want)::

    COMPLAINTDESK_TODAY=2026-12-02 python tools/output_snapshot.py OUT_DIR

A deterministic demo county (120 cases, seed 5) is built through the CLI; then every letter kind is
drafted for a spread of cases, dossiers and every report (xlsx/pdf/csv) are written, and the list is
printed. ``OUT_DIR/digests.json`` holds the SHA-256 of every file and the exact text of every command's
output (errors included), so two checkouts compare with one ``diff`` of their digests. Only the
command line is used, so any two versions of the application can be compared. Pin the day with
``COMPLAINTDESK_TODAY`` (versions from before the clock existed read the machine's date: run them on
that day, or under ``faketime``).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

KINDS = ("acceptance", "refusal", "transfer", "supervision", "reminder", "extension", "reply", "size_determination")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    db = out / "office.sqlite"
    if db.exists():
        db.unlink()
    env = {**os.environ, "SNAPSHOT_PW": "snapshot-password", "COMPLAINTDESK_DATA_DIR": str(out / "data")}
    results: dict[str, object] = {}

    def cli(name: str, *args: str) -> str:
        r = subprocess.run([sys.executable, "-m", "complaintdesk.cli", "--db", str(db), *args],
                           capture_output=True, text=True, env=env)
        text = r.stdout if "demo" not in args else ""  # the demo line carries its own timing
        results[name] = {"rc": r.returncode, "out": text, "err": r.stderr.strip().splitlines()[-1:] }
        return r.stdout

    # The demo makes the new database a demo office (from issue 15 on it is refused after init).
    cli("demo", "demo", "--cases", "120", "--seed", "5")
    listing = cli("list", "list", "--format", "csv")
    cases = [line.split(",")[0] for line in listing.splitlines()[1:]]
    for i, case_no in enumerate(cases[::6]):
        for kind in KINDS:
            cli(f"letter {case_no} {kind}", "letter", case_no, "--kind", kind, "--out", str(out / f"letter-{i}-{kind}.pdf"))
        if i % 3 == 0:
            cli(f"dossier {case_no}", "dossier", case_no, "--out", str(out / f"dossier-{i}.pdf"))
    for kind in ("overdue", "ledger", "statistics"):
        for fmt in ("xlsx", "pdf", "csv"):
            cli(f"report {kind} {fmt}", "report", kind, "--from", "2025-01-01", "--to", "2026-11-30",
                "--format", fmt, "--out", str(out / f"report-{kind}.{fmt}"))
    for fmt in ("xlsx", "pdf", "csv"):
        cli(f"report yearly {fmt}", "report", "yearly", "--year", "2025", "--format", fmt,
            "--out", str(out / f"report-yearly.{fmt}"))
    cli("list overdue", "list", "--overdue", "--format", "json")
    cli("check", "check")
    cli("calendar 2027", "calendar", "show", "2027")
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())
             if p.is_file() and p.suffix in (".pdf", ".csv", ".xlsx")}
    (out / "digests.json").write_text(json.dumps({"files": files, "commands": results}, ensure_ascii=False,
                                                 indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(files)} files, {len(results)} commands → {out / 'digests.json'}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(main(Path(sys.argv[1])))
