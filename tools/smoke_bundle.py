"""Smoke-test an installed ComplaintDesk as a new office would meet it, from a folder of its own.

Usage::

    python tools/smoke_bundle.py dist/ComplaintDesk          # the PyInstaller bundle (Linux or Windows)
    python tools/smoke_bundle.py --cli V/bin/complaintdesk-admin --gui V/bin/complaintdesk   # a venv

In a fresh temporary folder (never the checkout), with ``PYTHONPATH`` and ``COMPLAINTDESK_DB`` removed
and a data folder, config folder and temp folder of its own, it runs the administrator's command line:
``init`` of an office (the password from an environment variable), ``demo --cases 50`` into a database
of its own (a demo office: the demo is refused on a real one), then on the demo office ``list``, a draft
``reply`` letter of the first case, an ``overdue`` report over the demo's period, and ``check``; then the desktop
app on ``--demo`` with ``QT_QPA_PLATFORM=offscreen``, which must stay up for at least 8 seconds and log
that the demo office opened, and is then terminated. Any failure: its output and exit status 1.

Only the standard library is used, so it runs with the Python that built the bundle, on any system.
On Windows the GUI executable is windowed (no console, so no log to read): there the smoke test
checks only that it stays up.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

PASSWORD_ENV = "COMPLAINTDESK_SMOKE_PASSWORD"
PASSWORD = "smoke-test-Passw0rd"
OPENED = "office opened:"  # complaintdesk/ui/main_window.py logs it once an office is shown
STAY_UP_SECONDS = 8.0
OPEN_TIMEOUT_SECONDS = 180.0
CLI_TIMEOUT_SECONDS = 300
EXE = ".exe" if os.name == "nt" else ""


class SmokeFailure(Exception):
    """A step failed; the message carries what it printed."""


class Outputs(NamedTuple):
    """What the command-line part wrote, for a caller that wants to look closer."""

    db: Path
    case_no: str
    letter: Path
    report: Path
    timings: dict[str, float]


def smoke_env(work: Path) -> dict[str, str]:
    """The environment of a user on a fresh machine: nothing pointing back at a checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "COMPLAINTDESK_DB")}
    for name in ("data", "config", "tmp"):
        (work / name).mkdir(parents=True, exist_ok=True)
    env.update({
        "COMPLAINTDESK_DATA_DIR": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),  # QSettings on Linux
        "TMPDIR": str(work / "tmp"), "TEMP": str(work / "tmp"), "TMP": str(work / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        PASSWORD_ENV: PASSWORD,
    })
    return env


def run_cli(cli: Sequence[str], work: Path, env: dict[str, str], *args: str) -> str:
    """Run one administrator's command in ``work``; its standard output, or SmokeFailure."""
    result = subprocess.run([*cli, *args], cwd=work, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                            timeout=CLI_TIMEOUT_SECONDS)
    stdout = result.stdout.decode("utf-8", "replace")
    if result.returncode != 0:
        stderr = result.stderr.decode("utf-8", "replace")
        raise SmokeFailure(f"{' '.join(args)}: exit {result.returncode}\n{stdout}\n{stderr}")
    return stdout


def _timed(timings: dict[str, float], name: str, call, *args, **kwargs):
    start = time.perf_counter()
    result = call(*args, **kwargs)
    timings[name] = time.perf_counter() - start
    print(f"  ok  {name} ({timings[name]:.1f} s)", flush=True)
    return result


def smoke_cli(cli: Sequence[str], work: Path, env: dict[str, str], timings: dict[str, float] | None = None) -> Outputs:
    """init, demo, list, a draft letter, a report and check, in ``work``; what they wrote. ``timings``
    receives each step that passed, with its duration."""
    timings = {} if timings is None else timings
    db = "demo.sqlite"  # the demo office; init makes a real one beside it (demo is refused on a real office)

    def step(name: str, *args: str, office: str = db) -> str:
        return _timed(timings, name, run_cli, cli, work, env, "--db", office, *args)

    step("init", "init", "--admin-password-env", PASSWORD_ENV, office="o.sqlite")
    step("demo --cases 50", "demo", "--cases", "50")
    cases = json.loads(step("list", "list", "--format", "json"))
    if not cases:
        raise SmokeFailure("list: the demo office has no cases")
    case_no = cases[0]["case_no"]
    received = sorted(case["received_on"] for case in cases)
    step("letter (draft reply)", "letter", case_no, "--kind", "reply", "--out", "r.pdf")
    step("report overdue", "report", "overdue", "--from", received[0], "--to", received[-1], "--out", "x.xlsx")
    step("check", "check")
    letter, report = work / "r.pdf", work / "x.xlsx"
    if not letter.read_bytes().startswith(b"%PDF") or not report.is_file():
        raise SmokeFailure(f"the letter {letter} or the report {report} was not written")
    return Outputs(work / db, case_no, letter, report, timings)


def smoke_gui(gui: Sequence[str], work: Path, env: dict[str, str], *, expect_log: bool = True,
              stay_up: float = STAY_UP_SECONDS) -> str:
    """Start the app on ``--demo`` offscreen: it must stay up ``stay_up`` seconds and (with a console) log
    that the office opened. Then it is terminated; its log is returned."""
    log_path = work / "gui.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen([*gui, "--demo"], cwd=work, env=env, stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        _watch(proc, log_path, expect_log, stay_up)
    finally:
        if proc.poll() is None:
            proc.terminate()  # SIGTERM: the app ends as on a normal exit (app.quit_on_termination)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    output = log_path.read_text(encoding="utf-8", errors="replace")
    if os.name == "posix":
        if proc.returncode != 0:
            raise SmokeFailure(f"the app ended with status {proc.returncode} on SIGTERM:\n{output}")
        left = sorted(Path(env["TMPDIR"]).glob("complaintdesk-demo-*"))
        if left:
            raise SmokeFailure(f"the demo office's temporary folder was not deleted: {left}\n{output}")
    return output


def _watch(proc: subprocess.Popen, log_path: Path, expect_log: bool, stay_up: float) -> None:
    start = time.monotonic()
    while True:
        elapsed = time.monotonic() - start
        opened = not expect_log or OPENED in log_path.read_text(encoding="utf-8", errors="replace")
        if proc.poll() is not None:
            raise SmokeFailure(f"the app exited with status {proc.returncode} after {elapsed:.1f} s:\n"
                               + log_path.read_text(encoding="utf-8", errors="replace"))
        if opened and elapsed >= stay_up:
            return
        if elapsed > OPEN_TIMEOUT_SECONDS:
            raise SmokeFailure(f"the app did not log {OPENED!r} within {OPEN_TIMEOUT_SECONDS:.0f} s:\n"
                               + log_path.read_text(encoding="utf-8", errors="replace"))
        time.sleep(0.5)


def smoke(cli: Sequence[str], gui: Sequence[str], work: Path, timings: dict[str, float], *,
          gui_log: bool = True) -> Outputs:
    """The whole smoke test in ``work`` (which must exist and be outside the checkout)."""
    env = smoke_env(work)
    outputs = smoke_cli(cli, work, env, timings)
    step = f"GUI --demo offscreen stays up {STAY_UP_SECONDS:.0f} s" + (", office opened" if gui_log else "")
    _timed(timings, step, smoke_gui, gui, work, env, expect_log=gui_log)
    return outputs


def _targets(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    if args.bundle:
        bundle = Path(args.bundle).resolve()
        return [str(bundle / f"complaintdesk-admin{EXE}")], [str(bundle / f"ComplaintDesk{EXE}")]
    if not (args.cli and args.gui):
        raise SystemExit("give the bundle folder, or both --cli and --gui")
    return [str(Path(args.cli).resolve())], [str(Path(args.gui).resolve())]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", help="the bundle folder (dist/ComplaintDesk)")
    parser.add_argument("--cli", help="the complaintdesk-admin executable (instead of a bundle)")
    parser.add_argument("--gui", help="the complaintdesk executable (instead of a bundle)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and say where it is")
    args = parser.parse_args(argv)
    cli, gui = _targets(args)
    work = Path(tempfile.mkdtemp(prefix="complaintdesk-smoke-"))
    print(f"smoke test of {cli[0]} and {gui[0]} in {work}", flush=True)
    timings: dict[str, float] = {}
    failed = 0
    try:
        # A windowed Windows executable has no console: its log cannot be read.
        smoke(cli, gui, work, timings, gui_log=not (os.name == "nt" and args.bundle))
    except (SmokeFailure, subprocess.TimeoutExpired, OSError) as exc:
        print(f"FAILED: {exc}", file=sys.stderr, flush=True)
        failed = 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"smoke: {len(timings)} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
