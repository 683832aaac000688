"""complaintdesk-admin: the administrator's command line, a thin layer over the services."""

from __future__ import annotations

import argparse
import csv
import gc
import getpass
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from complaintdesk import __version__, clock
from complaintdesk.config import ConfigError, resolve_database
from complaintdesk.domain.cells import inert
from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.errors import StoreError
from complaintdesk.messages import Text
from complaintdesk.messages.settings import OFFICE_NOT_SET_UP
from complaintdesk.services.errors import ServiceError

# Start-up. Each command runs in a process of its own, and a letter is wanted from the command line in
# well under half a second. So this file imports only the standard library and light modules, and each
# command imports what it uses in its first lines — the services, and through them SQLAlchemy, the
# models, ReportLab or openpyxl: `backup` never loads ReportLab, `letter` never openpyxl. main() runs
# the command with the garbage collector's passes spaced out (_collector_relaxed).

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2

# Commands that act on cases, documents or settings run as an application user who proves it (--user):
# the password from this variable, else asked at a terminal. The new one of `user passwd` from the other.
PASSWORD_ENV = "COMPLAINTDESK_PASSWORD"
NEW_PASSWORD_ENV = "COMPLAINTDESK_NEW_PASSWORD"

LIST_COLUMNS = ("case_no", "complainant", "respondent", "status", "handler", "next_deadline", "overdue")
LIST_HEADINGS_ZH = ("案件编号", "投诉人", "被投诉人", "状态", "承办人", "下一期限", "逾期")


class CliError(Exception):
    """An expected failure, printed as one line."""


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar="URL_OR_PATH", default=argparse.SUPPRESS,
                        help="SQLAlchemy URL or SQLite file path (default: $COMPLAINTDESK_DB, then the "
                             "per-user data folder)")
    return parent


def _user_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--user", metavar="NAME", default=None,
                        help=f"act as this user of the office, who proves it with their password: from the "
                             f"environment variable {PASSWORD_ENV} when it is set, else asked at the terminal "
                             f"(a wrong password counts as a failed sign-in, with the desk's lockout). Required "
                             f"for what changes cases, documents or settings")
    return parent


USER = _user_parent()


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the arguments it is to parse, when they name a command, only that
    command's parser is added: a letter from the command line need not build the sixteen others (10–15 ms
    of its ≈ 0.4 s). Otherwise (no command, ``--help``, a misspelt command, an option it does not know
    before the command) it has them all, and answers as ever."""
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="complaintdesk-admin", parents=[db],
        description="投诉办理台管理命令 / ComplaintDesk administration",
    )
    parser.add_argument("--version", action="version", version=f"ComplaintDesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    named = _command_named(argv)
    for name, add_subcommand in _SUBCOMMANDS.items():
        if named is None or name == named:
            add_subcommand(sub, db)
    return parser


def _command_named(argv: Sequence[str] | None) -> str | None:
    """The command ``argv`` names before anything else the top-level parser would have to judge: its first
    word after ``--db`` and its value; None when another option comes first or the word is no command."""
    words = iter(argv or ())
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("--db="):
            return word if word in _SUBCOMMANDS else None
    return None


# One function per sub-command: its parser and arguments (``db`` is the shared --db parent).


# The office's identity on the command line: option → (field of services.settings.IDENTITY_FIELDS, help).
IDENTITY_OPTIONS = {
    "name": ("--office-name", "--name", "发文机关全称 / the office's full name, e.g. 阿鲁科尔沁旗工业和信息化局"),
    "short_name": ("--office-short-name", "--short-name", "单位简称 / its short name, e.g. 阿鲁科尔沁旗工信局"),
    "county": ("--county", "--county", "所在县（旗、区） / the county or banner it serves, e.g. 阿鲁科尔沁旗"),
    "address": ("--address", "--address", "机关地址 / the office's postal address"),
    "phone": ("--phone", "--phone", "机关电话 / the office's telephone, e.g. 0476-4222222"),
    "number_prefix": ("--office-code", "--code", "机关代字（文号前缀） / the document code, e.g. 阿工信投字 "
                                                 "(numbers become 阿工信投字〔2026〕12号)"),
}


def _identity_arguments(p: argparse.ArgumentParser, which: int) -> None:
    """The identity options: ``which`` 0 for init's spelling (--office-name …), 1 for office set's (--name …)."""
    for field, spellings in IDENTITY_OPTIONS.items():
        p.add_argument(spellings[which], dest=f"identity_{field}", metavar="TEXT", help=spellings[2])


def _init_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[db], help="create or upgrade the database, the first administrator and "
                                                  "the office's identity (name, code… printed on every letter)")
    p.add_argument("--admin-user", default="admin")
    p.add_argument("--admin-name", default="管理员")
    p.add_argument("--admin-password-env", metavar="VAR",
                   help="read the administrator's password from this environment variable")
    _identity_arguments(p, 0)


def _office_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("office", parents=[db], help="show or set the office's identity (name, short name, county, "
                                                    "address, phone, document code)")
    office = p.add_subparsers(dest="office_command", required=True, metavar="ACTION")
    office.add_parser("show", parents=[db], help="the office's identity, and what is still to fill in")
    c = office.add_parser("set", parents=[db, USER], help="change identity fields (checked like Settings, recorded; "
                                                        "as --user, an administrator)")
    _identity_arguments(c, 1)


def _demo_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[db], help="create a demo office (a new or empty database, marked as a "
                                                  "demo) filled with a realistic demo county; refused on a real "
                                                  "office")
    p.add_argument("--cases", type=int, default=400)
    p.add_argument("--seed", type=int, default=1)


def _list_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[db], help="list cases with their next deadline")
    p.add_argument("--status", action="append", metavar="S",
                   help="only this status (code or Chinese label); repeatable")
    p.add_argument("--overdue", action="store_true", help="only open cases past their deadline")
    p.add_argument("--open", action="store_true", help="only open cases")
    p.add_argument("--search", default="", metavar="TEXT")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--as-of", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help=argparse.SUPPRESS)
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")


def _backup_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[db], help="copy the SQLite database to a file (online)")
    p.add_argument("--to", required=True, type=Path, metavar="FILE")


def _restore_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("restore", parents=[db], help="replace the SQLite database with a verified backup (checked "
                                                     "on a copy first: intact, the schema of its version, its "
                                                     "history; the office closed everywhere)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--other-office", action="store_true",
                   help="the backup is another office's database (another office.uuid): restore it anyway")


def _check_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[db], help="integrity check, schema version, history chain, counts, "
                                                   "the cases' copied columns and summed figures, the history "
                                                   "replayed against the tables")
    p.add_argument("--refresh-copies", action="store_true",
                   help="recompute every case's copied list and dashboard columns first (after a write that "
                        "bypassed the app, e.g. by hand in SQL); each case rewritten is recorded as an event "
                        "(old → new), and what the bypassing write changed is still named by the replay; the "
                        "dashboard's summed figure tables are written again from the rows they sum")


def _audit_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[db], help="verify the tamper-evident history")
    audit = p.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    audit.add_parser("verify", parents=[db], help="check every event's hash chain and seal, the anchors (beside the "
                                                  "file, in this computer's data folder, in backups' manifests), every "
                                                  "issued document against the history, and replay the history "
                                                  "against the tables; non-zero naming the first bad row")


def _key_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("key", parents=[db], help="this computer's history key of the office (it seals every event): "
                                                 "export it for another desk, import it here")
    key = p.add_subparsers(dest="key_command", required=True, metavar="ACTION")
    c = key.add_parser("export", parents=[db], help="write the key to FILE (0600, never over an existing file) "
                                                    "for another desk; recorded in the history")
    c.add_argument("--to", required=True, type=Path, metavar="FILE")
    c = key.add_parser("import", parents=[db], help="make the key in FILE this computer's key of the office, once "
                                                    "it is shown to seal the office's history; recorded")
    c.add_argument("file", type=Path, metavar="FILE")


def _letter_parser(sub, db: argparse.ArgumentParser) -> None:
    kinds = "acceptance, refusal, transfer, supervision, reminder, extension, reply, size_determination"
    p = sub.add_parser("letter", parents=[db, USER], help="a case's letter as PDF: a draft watermarked 草稿, or "
                                                          "--issue a numbered, frozen one (as --user)")
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--kind", required=True, metavar="KIND", help=f"one of: {kinds}")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--issue", action="store_true",
                   help="assign the next document number, store the PDF with the case and record it")
    p.add_argument("--allow-gaps", action="store_true",
                   help="with --issue: issue even if facts are missing (printed as blanks ＿＿＿＿)")
    p.add_argument("--replaces", metavar="DOC_NO", help="with --issue: this letter corrects that document")


def _dossier_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("dossier", parents=[db], help="the whole case as one PDF (for the archive or a review)")
    p.add_argument("case_no", metavar="CASE_NO")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")


def _reprint_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("reprint", parents=[db], help="write an issued document's frozen PDF (byte for byte)")
    p.add_argument("doc_no", metavar="DOC_NO", help="e.g. X工信投字〔2026〕12号")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")


def _report_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report", parents=[db], help="write a report for a period: overdue, ledger, statistics, yearly",
        description="报表 / reports: overdue = 逾期案件清单 (open cases received in the period whose next deadline "
                    "passed); ledger = 清欠台账 (one row per arrears claim of the cases received in the period, "
                    "with due date, days overdue, interest, repaid, outstanding); statistics = 统计表 (intake, "
                    "closed, on time, by category/channel/debtor kind, amounts); yearly = 年度汇总 (a calendar "
                    "year, with the art. 18 disclosure of organs' and institutions' overdue arrears). Figures are "
                    "as of the period's last day (today, while the period is not over).")
    p.add_argument("kind", choices=("overdue", "ledger", "statistics", "yearly"), metavar="KIND",
                   help="overdue, ledger, statistics or yearly")
    p.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD", help="last day of the period")
    p.add_argument("--year", type=int, metavar="YYYY",
                   help="a calendar year instead of --from/--to (the usual way to ask for `yearly`; for the "
                        "other kinds the same as --from YYYY-01-01 --to YYYY-12-31)")
    p.add_argument("--format", choices=("xlsx", "pdf", "csv"), default=None,
                   help="default: from the --out file's extension, else xlsx")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument("--as-of", type=_iso_date, default=None, help=argparse.SUPPRESS)


def _import_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import", parents=[db, USER], help="import a ledger or a forwarded batch (xlsx/csv): all rows or none "
                                           "(as --user)",
        description="导入 / import: the header row is found below any title rows; columns are mapped by their "
                    "headings (the mapping last used for the same headings, else Chinese/English synonyms; "
                    "override with --map). Every row is checked first; when any row is invalid nothing is "
                    "written, the problems are listed by row and column, and the exit status is 1. Rows "
                    "already in the database (same complainant, contract number and amount) are skipped, so "
                    "importing a file again creates no duplicates.",
        epilog="fields: " + ", ".join(f"{name} ({label})" for name, label in IMPORT_FIELD_LABELS))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--sheet", default=None, help="xlsx: the sheet to read (default: the first)")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="map a field to a column heading (repeatable); FIELD= unmaps it")


def _calendar_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("calendar", parents=[db], help="show or enter a year's official holiday schedule")
    cal = p.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    c = cal.add_parser("show", parents=[db], help="list a year's holidays and make-up working days")
    c.add_argument("year", type=int)
    c = cal.add_parser("import", parents=[db, USER], help="enter a year from a CSV file (date,kind,name); without a "
                       "notice number and date, or missing a statutory holiday, it is kept as a draft (exit 1)")
    c.add_argument("file", type=Path)
    c.add_argument("--source", default=None,
                   help="the notice with its number, e.g. 国办发明电〔2025〕7号 (default: the file name)")
    c.add_argument("--notice-date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="the date of the notice (required for an official schedule)")
    c.add_argument("--dry-run", action="store_true",
                   help="only check it and show which deadlines and claim due dates would move")
    c = cal.add_parser("recompute", parents=[db, USER], help="compute again every open case's deadlines and the claim "
                       "due dates in provisional years (after an upgrade that knows more about them)")
    c.add_argument("--dry-run", action="store_true", help="only show what would move")


# Fonts by role on the command line: role (services.letter_fonts.ROLES, in their order) → option.
FONT_ROLE_OPTIONS = {"body": "--body", "title": "--title", "heading1": "--heading1", "heading2": "--heading2",
                     "page_number": "--page-number"}
_FONT_ROLE_HELP = {"body": "正文 / body text (GB/T 9704: 仿宋)", "title": "标题 / title (小标宋)",
                   "heading1": "一级标题 / level-1 headings (黑体)", "heading2": "二级标题 / level-2 headings (楷体)",
                   "page_number": "页码 / page numbers (宋体)"}


def _font_role(text: str) -> str:
    role = text.strip().replace("-", "_")
    if role not in FONT_ROLE_OPTIONS:
        raise argparse.ArgumentTypeError(f"用途应为 / ROLE is one of: {', '.join(FONT_ROLE_OPTIONS)}; got {text!r}")
    return role


def _yes_no(text: str) -> bool:
    answer = text.strip().casefold()
    if answer in ("yes", "y", "true", "1", "是"):
        return True
    if answer in ("no", "n", "false", "0", "否"):
        return False
    raise argparse.ArgumentTypeError(f"应为 yes 或 no / give yes or no, not {text!r}")


def _settings_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("settings", parents=[db], help="letter settings: the font of each role, pre-printed "
                                                      "letterhead paper")
    settings = p.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    c = settings.add_parser(
        "fonts", parents=[db, USER], help="show or set the letters' fonts by role and the pre-printed letterhead "
                                          "flag (setting: as --user)",
        description="文书字体 / letter fonts. Without options: per role the setting (or 自动 / automatic), the "
                    "family and file letters use, whether the body is a 仿宋, and the pre-printed letterhead "
                    "flag. A role's value is a family installed here (see --list ROLE), a TrueType file "
                    "(.ttf/.ttc; FILE.ttc#N for face N of a collection), or auto. Changes are checked, "
                    "recorded in the history, and need the right to manage the office's rules.")
    for role, option in FONT_ROLE_OPTIONS.items():
        c.add_argument(option, dest=f"font_{role}", metavar="FAMILY|FILE|auto", help=_FONT_ROLE_HELP[role])
    c.add_argument("--list", type=_font_role, metavar="ROLE",
                   help="list the families this computer offers for ROLE (body, title, heading1, heading2, "
                        "page-number) and exit")
    c.add_argument("--preprinted-letterhead", type=_yes_no, metavar="yes|no",
                   help="使用预印红头纸 / print on pre-printed letterhead paper: the letters leave the letterhead "
                        "and the red line blank, at the same distances")


def _user_parser(sub, db: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", parents=[db], help="reset a forgotten password (whoever holds the database), or "
                                                  "change one's own")
    user = p.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    c = user.add_parser(
        "reset-password", parents=[db],
        help="give the account NAME a one-time password and lift its lockout; NAME must choose a new password "
             "when next signing in. Needs no sign-in: it is maintenance by whoever holds the database, recorded "
             "with the operating-system account")
    c.add_argument("username", metavar="NAME")
    c.add_argument("--password-env", metavar="VAR",
                   help="read the one-time password from this environment variable (default: asked twice at a "
                        "terminal; without one, a password is generated and printed)")
    c = user.add_parser(
        "passwd", parents=[db],
        help=f"change NAME's own password (a one-time password included): the current one from {PASSWORD_ENV} or "
             f"asked, the new one from {NEW_PASSWORD_ENV} or asked twice")
    c.add_argument("username", metavar="NAME")


# In the order `--help` lists them.
# Each adds the command of its name (its own sub-commands, if any, with it).
_SUBCOMMANDS = {"init": _init_parser, "office": _office_parser, "demo": _demo_parser, "list": _list_parser,
                "backup": _backup_parser, "restore": _restore_parser, "check": _check_parser, "audit": _audit_parser,
                "key": _key_parser, "letter": _letter_parser, "dossier": _dossier_parser, "reprint": _reprint_parser,
                "report": _report_parser, "import": _import_parser, "calendar": _calendar_parser,
                "settings": _settings_parser, "user": _user_parser}


def _target(args):

    return resolve_database(getattr(args, "db", None))


# Who a command acts as (never an account named by LOGNAME/USER): a read-only command as the command
# line's reader (an auditor's rights), maintenance as the command line's administrator with the OS
# account, and what changes cases, documents or settings as the --user who signed in (_open_as_user).
READER, MAINTENANCE = "reader", "maintenance"


def _cli_actor(kind: str):
    from complaintdesk.services.actor import cli_maintenance, cli_reader

    return cli_maintenance() if kind == MAINTENANCE else cli_reader()


def _open(args, kind: str = READER):
    from complaintdesk.services.office import Office

    return Office.open(_target(args), actor=_cli_actor(kind))


def _open_as_user(args):
    """The office, acting as the --user who proved it with their password (refused without one)."""
    _require_user(args)
    office = _open(args)
    try:
        _sign_in(office, args.user)
    except BaseException:
        office.close()
        raise
    return office


def _require_user(args) -> None:
    if not getattr(args, "user", None):
        raise CliError(f"此命令以本单位用户的身份办理，请用 --user 用户名 指明（密码取自环境变量 {PASSWORD_ENV}，或在终端输入） / "
                       f"this command acts as a user of the office: give --user NAME (the password is read from "
                       f"{PASSWORD_ENV}, or asked at the terminal)")


def _user_password(username: str, variable: str = PASSWORD_ENV) -> str:
    password = os.environ.get(variable)
    if password is not None:
        return password
    if not _interactive():
        raise CliError(f"未给出 {username} 的密码：请设置环境变量 {variable}，或在终端运行 / "
                       f"no password for {username}: set {variable}, or run the command at a terminal")
    return getpass.getpass(f"{username} 的密码 / password of {username}: ")


def _sign_in(office, username: str, beside: Callable[[], object] | None = None) -> None:
    """Sign ``username`` in with their password (a wrong one counts as a failed sign-in; LoginFailed, exit
    2); refused while they still have a one-time password to replace. ``beside`` runs on a thread meanwhile."""
    from complaintdesk.messages.auth import CHANGE_PASSWORD_FIRST

    password = _user_password(username)  # asked at the terminal, if need be, before anything runs beside
    with _running_beside(beside):
        office.sign_in(username, password)
    pending = office.password_change_pending
    if pending is not None:
        raise ServiceError(CHANGE_PASSWORD_FIRST, name=pending.display_name, username=pending.username)


@contextmanager
def _running_beside(work: Callable[[], object] | None) -> Iterator[None]:
    """``work`` on a thread of its own while the block runs here; its exception is raised after the block.
    A sign-in spends ≈ 0.1 s in scrypt, which releases the interpreter's lock: an import beside it is free."""
    if work is None:
        yield
        return
    import threading

    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - raised again on this thread, after the block
            failed.append(exc)

    thread = threading.Thread(target=run, name="complaintdesk-beside", daemon=True)
    thread.start()
    try:
        yield
    finally:
        thread.join()
    if failed:
        raise failed[0]


def _import_letter_code() -> None:
    """The letter's own code (its data, checks and ReportLab: services.quick_letter), imported beside the
    sign-in's password check instead of after it."""
    import importlib

    importlib.import_module("complaintdesk.services.quick_letter")


def _open_for_letter(args):
    """The office for ``letter``: without SQLAlchemy (services.quick_office, ≈ 0.3 s sooner) when it is a
    SQLite file or a PostgreSQL database ready as it is, else opened as every other command opens it; signed
    in as --user (an issued letter needs one), the letter's code imported meanwhile."""
    from complaintdesk.services.quick_office import QuickOffice, open_quick

    if args.issue:
        _require_user(args)
    office = open_quick(_target(args), actor=_cli_actor(READER)) or _open(args)
    if args.user:
        try:
            _sign_in(office, args.user, _import_letter_code if isinstance(office, QuickOffice) else None)
        except BaseException:
            office.close()
            raise
    return office


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask_password(args) -> str | None:
    from complaintdesk.security import password_problem

    if args.admin_password_env:
        password = os.environ.get(args.admin_password_env)
        if password is None:
            raise CliError(f"环境变量 {args.admin_password_env} 未设置 / {args.admin_password_env} is not set")
        return password
    if not _interactive():
        return None
    while True:
        password = getpass.getpass("管理员密码 / administrator password: ")
        if problem := password_problem(password):
            print(bilingual(problem), file=sys.stderr)
            continue
        if getpass.getpass("再输入一次 / again: ") == password:
            return password
        print("两次输入不一致 / the two entries differ", file=sys.stderr)


def _identity_given(args) -> dict[str, str]:
    """The identity options given on the command line (field → text)."""
    return {field: value for field in IDENTITY_OPTIONS
            if (value := getattr(args, f"identity_{field}", None)) is not None}


def _ask_identity(fields) -> dict[str, str]:
    """Ask a terminal for ``fields``, each checked as the first start checks it; Enter skips one."""
    from complaintdesk.services.settings import OFFICE_FIELDS, identity_field_problems

    answers = {}
    for field in fields:
        label = OFFICE_FIELDS[field][1]()
        while True:
            value = input(f"{label.zh} / {label.en}（回车跳过 / Enter to skip）: ").strip()
            problems = identity_field_problems(field, value) if value else ()
            if not problems:
                break
            for problem in problems:
                print(bilingual(problem.text), file=sys.stderr)
        if value:
            answers[field] = value
    return answers


def _print_identity_gaps(gaps, out) -> None:
    from complaintdesk.services.settings import identity_labels

    if gaps:
        print(f"注意 / note: {bilingual(OFFICE_NOT_SET_UP(fields=identity_labels(gaps)))}", file=out)


def cmd_init(args, out) -> int:
    from complaintdesk.services.maintenance import identity_gaps, init_office
    from complaintdesk.services.settings import OFFICE_FIELDS

    password = _ask_password(args)
    identity = _identity_given(args)
    missing = [f for f in IDENTITY_OPTIONS if f not in identity]
    if missing and _interactive():
        gaps = identity_gaps(_target(args))
        identity.update(_ask_identity([f for f in missing if f in gaps]))
    result = init_office(_target(args), admin_username=args.admin_user, admin_name=args.admin_name,
                         admin_password=password, identity=identity, actor=_cli_actor(MAINTENANCE))
    print(f"数据库就绪 / database ready: {result.location}", file=out)
    if result.backup_taken:
        print(f"升级前已备份 / backed up before the upgrade: {result.backup_taken}", file=out)
    if result.admin_created:
        print(f"已创建管理员 / administrator created: {result.admin_created}", file=out)
    if result.generated_password:
        print(f"一次性密码（请立即登录并修改） / one-time password (log in and change it): "
              f"{result.generated_password}", file=out)
    elif result.admin_created:
        print("此密码为一次性密码，首次登录时须设置新密码 / this is a one-time password: a new one is chosen at the "
              "first sign-in", file=out)
    if result.identity_changed:
        print("已填写本单位信息 / office identity set: "
              + "、".join(OFFICE_FIELDS[f][1]().zh for f in result.identity_changed), file=out)
    _print_identity_gaps(result.identity_gaps, out)
    return EXIT_OK


def _show_identity(details, gaps, out) -> None:
    from complaintdesk.services.settings import OFFICE_FIELDS

    for field in IDENTITY_OPTIONS:
        label = OFFICE_FIELDS[field][1]()
        value = getattr(details, field).strip()
        mark = ("  （未填写 / empty）" if not value else "  （示例，需修改 / placeholder）") if field in gaps else ""
        print(f"{label.zh} / {label.en}: {value or '—'}{mark}", file=out)
    _print_identity_gaps(gaps, out)


def cmd_office(args, out) -> int:
    setting = args.office_command == "set"
    if setting and not _identity_given(args):
        raise CliError("请至少给出一项，如 --name … --county … / give at least one field, e.g. --name …")
    office = _open_as_user(args) if setting else _open(args)
    try:
        if setting:
            office.settings.set_office_identity(_identity_given(args))
            print("已保存 / saved.", file=out)
        _show_identity(office.settings.office_details(), office.settings.identity_gaps(), out)
    finally:
        office.close()
    return EXIT_OK


def cmd_demo(args, out) -> int:
    from complaintdesk.services.demo import DEMO_PASSWORD, generate

    if args.cases < 0 or args.cases > 2_000_000:
        raise CliError("--cases 应在 0 到 2000000 之间 / --cases must be between 0 and 2,000,000")
    from complaintdesk.services.office import Office

    # No daily backup: on a real office the demo is refused and must leave no trace.
    office = Office.open(_target(args), actor=_cli_actor(MAINTENANCE), daily_backup=False)
    try:
        summary = generate(office.db, cases=args.cases, seed=args.seed)
    finally:
        office.close()
    print(f"已生成演示数据 / demo data written: {summary.cases} 件案件, {summary.claims} 笔欠款, "
          f"{summary.events} 条记录, {summary.overdue} 件逾期 ({summary.seconds:.1f} s) → {office.location}", file=out)
    print(f"这是演示库，不得用于实际办案；演示账户（admin、wanglh 等）的密码均为 {DEMO_PASSWORD} / this is a demo "
          f"office, not for real cases; the demo accounts (admin, wanglh…) sign in with {DEMO_PASSWORD}", file=out)
    return EXIT_OK


def cmd_list(args, out) -> int:
    from complaintdesk.services.cases import CaseQuery

    try:
        statuses = tuple(CaseStatus.parse(s).value for s in (args.status or ()))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    query = CaseQuery(statuses=statuses, overdue=args.overdue, open_only=args.open, text=args.search,
                      as_of=args.as_of or clock.today())
    office = _open(args)
    try:
        total = office.cases.count(query)
        limit = total if args.limit is None else max(args.limit, 0)
        rows = []
        offset = 0
        while offset < limit:
            batch = office.cases.page(query, offset, min(5000, limit - offset))
            if not batch:
                break
            rows.extend(batch)
            offset += len(batch)
    finally:
        office.close()
    records = [{
        "case_no": r.case_no, "complainant": r.complainant, "respondent": r.respondent, "status": r.status,
        "handler": r.handler, "next_deadline": r.next_due_on.isoformat() if r.next_due_on else None,
        "overdue": r.overdue, "next_step": r.next_step, "provisional": r.provisional,
        "workdays_left": r.workdays_left, "received_on": r.received_on.isoformat(),
    } for r in rows]
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "csv":
        writer = csv.DictWriter(out, fieldnames=list(records[0]) if records else list(LIST_COLUMNS),
                                lineterminator="\n")
        writer.writeheader()
        # Names and summaries are other people's words: text that would start a formula stays text.
        writer.writerows({key: inert(value) for key, value in rec.items()} for rec in records)
    else:
        _print_table(records, out)
        print(f"共 {total} 件 / {total} case(s)", file=out)
    return EXIT_OK


def _display_width(text: str) -> int:

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _print_table(records: list[dict], out) -> None:

    def cells(rec):
        status = CaseStatus(rec["status"]).label_zh
        due = rec["next_deadline"] or "—"
        if rec["provisional"] and rec["next_deadline"]:
            due += "（暂定）"
        return [rec["case_no"], rec["complainant"], rec["respondent"] or "—", status, rec["handler"] or "—",
                due, "逾期" if rec["overdue"] else ""]

    table = [list(LIST_HEADINGS_ZH)] + [cells(r) for r in records]
    widths = [max(_display_width(row[i]) for row in table) for i in range(len(LIST_HEADINGS_ZH))]
    for row in table:
        out.write("  ".join(c + " " * (w - _display_width(c)) for c, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def cmd_backup(args, out) -> int:
    from complaintdesk.services.maintenance import backup

    path = backup(_target(args), args.to)
    print(f"已备份 / backed up to: {path}", file=out)
    return EXIT_OK


def cmd_restore(args, out) -> int:
    from complaintdesk.services.maintenance import restore

    safety = restore(_target(args), args.file, other_office=args.other_office, actor=_cli_actor(MAINTENANCE))
    print(f"已恢复 / restored from: {args.file}", file=out)
    if safety:
        print(f"原数据库已另存 / the replaced database was kept at: {safety}", file=out)
    return EXIT_OK


def cmd_check(args, out) -> int:
    from complaintdesk.services.maintenance import check, refresh_copies

    office = _open(args, MAINTENANCE)
    try:
        if args.refresh_copies:
            print(f"已重新计算案件派生列 / copied columns recomputed ({refresh_copies(office)} cases were out of step)",
                  file=out)
        report = check(office)
    finally:
        office.close()
    print(f"数据库 / database: {report.location}", file=out)
    print(f"结构版本 / schema revision: {report.schema}", file=out)
    print(f"完整性 / integrity: {'ok' if not report.integrity else '; '.join(report.integrity[:5])}", file=out)
    if report.foreign_keys:
        print(f"外键错误 / foreign-key errors: {len(report.foreign_keys)}", file=out)
    print(f"历史记录链 / history chain: {report.events_checked} events, "
          f"{'intact' if report.chain_break is None else 'BROKEN at ' + report.chain_break}", file=out)
    if report.audit is not None:  # the seals, anchors and documents too, each finding naming its row
        _print_audit(report.audit, out, headline=False)
    if report.stale_cases:
        print(f"案件派生列 / copied case columns: {len(report.stale_cases)} cases out of step "
              f"(e.g. id {', '.join(map(str, report.stale_cases[:5]))}); run with --refresh-copies", file=out)
    else:
        print("案件派生列 / copied case columns: in step", file=out)
    if report.stale_figures:
        listed = ", ".join(f"{table} {n}" for table, n in report.stale_figures.items())
        print(f"统计汇总表 / summed figure tables: rows out of step ({listed}); run with --refresh-copies", file=out)
    else:
        print("统计汇总表 / summed figure tables: in step", file=out)
    if report.replay is not None:
        _print_replay(report.replay, out)
    for table, n in report.counts.items():
        print(f"  {table}: {n}", file=out)
    return EXIT_OK if report.ok else EXIT_FAILED


REPLAY_SHOWN = 100  # findings printed; the rest counted


def _print_replay(result, out) -> None:
    """The history replayed against the tables (services.replay): each difference, naming its row."""
    if result.note is not None:
        print(f"核对起点 / baseline: {bilingual(result.note)}", file=out)
    if not result.findings:
        print(f"历史记录与数据表一致 / the tables agree with the history: {result.events_read} events replayed, "
              f"{result.rows_checked} rows compared", file=out)
        return
    print(f"数据表与历史记录不符 / the tables differ from the history: {len(result.findings)} "
          f"({result.events_read} events replayed, {result.rows_checked} rows compared)", file=out)
    for finding in result.findings[:REPLAY_SHOWN]:
        print(f"  {bilingual(finding.text)}", file=out)
    if len(result.findings) > REPLAY_SHOWN:
        print(f"  … 另有 {len(result.findings) - REPLAY_SHOWN} 项 / … and {len(result.findings) - REPLAY_SHOWN} more",
              file=out)


def cmd_calendar(args, out) -> int:
    writes = args.calendar_command in ("import", "recompute") and not args.dry_run
    office = _open_as_user(args) if writes else _open(args)
    try:
        if args.calendar_command == "show":
            _show_calendar_year(office.schedules.schedule(args.year), out)
            return EXIT_OK
        if args.calendar_command == "recompute":
            moved = office.schedules.recompute_provisional(apply=not args.dry_run)
            verb = "将调整 / would move" if args.dry_run else "已调整 / moved"
            print(f"暂定年份：{verb} {len(moved)} 个期限或付款到期日 / deadline(s) or due date(s)", file=out)
            _print_moved(moved, out)
            return EXIT_OK
        return _import_calendar_year(office, args, out)
    finally:
        office.close()


def _show_calendar_year(sched, out) -> None:
    year = sched.year
    if sched.source is None:
        print(f"{year} 年尚未录入正式的节假日安排：所有期限为暂定 / no official schedule for {year}: every "
              "deadline is provisional", file=out)
        if sched.statutory:
            print("暂按放假办法规定的法定节假日（含补假，不含调休）和周末计算 / counted with the statutory "
                  "holidays (make-up days included, moved days not) and weekends:", file=out)
            for d in sched.statutory:
                print(f"  {d.day.isoformat()}  放假  {d.describe()}", file=out)
    else:
        dated = f"（{sched.notice_date.isoformat()}）" if sched.notice_date else ""
        print(f"{year} 年节假日安排 / schedule — {sched.source}{dated}", file=out)
        for row in sched.rows:
            kind = "放假" if row.kind == "rest" else "上班"
            print(f"{row.day.isoformat()}  {kind}  {row.name}", file=out)
    if sched.draft is not None:
        print(f"草稿 / draft（{len(sched.draft.rows)} 天，未生效 / not in force）：", file=out)
        for problem in sched.draft.problems:
            print(f"  {problem.text.zh}", file=out)


def _print_moved(moved, out) -> None:
    for m in moved:
        what = f"付款到期日（合同 {m.contract_no or '—'}）" if m.is_claim else m.step
        print(f"  {m.case_no}  {what}  {m.old_due} → {m.new_due}", file=out)


def _import_calendar_year(office, args, out) -> int:
    rows = office.schedules.read_file(args.file)
    years = sorted({r.day.year for r in rows})
    if len(years) != 1:
        raise CliError(f"文件应只含一个年份 / the file must cover exactly one year, found {years}")
    year, source = years[0], args.source or args.file.name
    problems = office.schedules.check(year, rows, source, args.notice_date)
    if args.dry_run:
        moved = office.schedules.preview(year, rows)
    else:
        saved = office.schedules.save(year, rows, source, notice_date=args.notice_date)
        moved, problems = list(saved.moved), list(saved.problems)
    for problem in problems:
        print(f"  {problem.text.zh}", file=out)
    if problems:
        verb = "将保存为草稿 / would be a draft" if args.dry_run else "已保存为草稿 / saved as a draft"
        print(f"{year} 年：{len(rows)} 天；{verb}，{year} 年仍为暂定 / {year} stays provisional", file=out)
        return EXIT_FAILED
    verb = "将调整 / would move" if args.dry_run else "已调整 / moved"
    print(f"{year} 年：{len(rows)} 天；{verb} {len(moved)} 个期限或付款到期日 / deadline(s) or due date(s)", file=out)
    _print_moved(moved, out)
    return EXIT_OK


def _writable(path: Path) -> Path:
    """Fail before anything is issued when the PDF could not be written."""

    path = path.expanduser()
    if path.is_dir():
        raise CliError(f"输出路径是一个文件夹 / the output is a folder: {path}")
    folder = path.parent
    if not folder.is_dir():
        raise CliError(f"输出文件夹不存在 / the output folder does not exist: {folder}")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(f"无法写入输出文件 / cannot write the output file: {path}")
    return path


def _write_pdf(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a half-written PDF never takes the name."""

    handle, temp = tempfile.mkstemp(prefix=".complaintdesk-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _print_warnings(warnings, out) -> None:
    for warning in warnings:
        print(f"警告 / warning: {warning}", file=out)


def cmd_letter(args, out) -> int:
    # The kinds as the message catalogue names them (documents.TEMPLATE_KINDS, without importing ReportLab
    # before the office is open: the letter's code is imported beside the sign-in).
    from complaintdesk.messages.documents import KIND_NAMES

    if args.kind not in KIND_NAMES:
        raise CliError(f"未知的文书种类 / unknown kind {args.kind!r}; valid: {', '.join(KIND_NAMES)}")
    if not args.issue and (args.allow_gaps or args.replaces):
        raise CliError("--allow-gaps 和 --replaces 只能与 --issue 一起使用 / --allow-gaps and --replaces need --issue")
    path = _writable(args.out)
    office = _open_for_letter(args)
    try:
        documents = office.documents
        case_id = documents.case_id_of(args.case_no)
        if not args.issue:
            draft = documents.draft(case_id, args.kind)
            _write_pdf(path, draft.pdf)
            print(f"草稿 / draft: {KIND_NAMES[args.kind].zh}，案件 {args.case_no}，{draft.page_count} 页 / page(s)，"
                  f"未编号 / not numbered → {path}", file=out)
            _print_warnings(draft.warnings, out)
            return EXIT_OK
        replaces = documents.find(args.replaces).id if args.replaces else None
        issued = documents.issue(case_id, args.kind, replaces_id=replaces, allow_gaps=args.allow_gaps)
        try:
            _write_pdf(path, documents.pdf(issued.id))
        except OSError as exc:
            raise CliError(f"{issued.doc_no} 已签发，但无法写入 {path}（{exc.strerror or exc}）；请用 reprint 命令另存 / "
                           f"{issued.doc_no} was issued but could not be written: use `reprint`") from exc
        print(f"已签发 / issued: {issued.doc_no} {issued.title}，{issued.page_count} 页 / page(s)，"
              f"SHA-256 {issued.sha256} → {path}", file=out)
        _print_warnings(issued.warnings, out)
        return EXIT_OK
    finally:
        office.close()


def cmd_dossier(args, out) -> int:
    path = _writable(args.out)
    office = _open(args)
    try:
        case_id = office.documents.case_id_of(args.case_no)
        dossier = office.documents.render_dossier(case_id)
        _write_pdf(path, dossier.pdf)
    finally:
        office.close()
    print(f"案卷 / dossier: 案件 {args.case_no}，{dossier.page_count} 页 / page(s) → {path}", file=out)
    _print_warnings(dossier.warnings, out)
    return EXIT_OK


def cmd_reprint(args, out) -> int:
    path = _writable(args.out)
    office = _open(args)
    try:
        document = office.documents.find(args.doc_no)
        _write_pdf(path, office.documents.pdf(document.id))
    finally:
        office.close()
    print(f"{document.doc_no} {document.title}（{document.issued_on:%Y-%m-%d} 签发）SHA-256 {document.sha256} → {path}",
          file=out)
    return EXIT_OK


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD / not a date: {text!r}") from None


IMPORT_FIELD_LABELS = (
    ("case_ref", "案件编号/来文编号"), ("received_on", "收件日期"), ("channel", "来源渠道"), ("category", "投诉类别"),
    ("procedure", "办理程序"), ("summary", "投诉事项"), ("complainant_name", "投诉企业"),
    ("complainant_uscc", "统一社会信用代码"), ("township", "所属乡镇"), ("contact_person", "联系人"),
    ("phone", "联系电话"), ("respondent_name", "欠款单位"), ("respondent_uscc", "欠款单位信用代码"),
    ("respondent_kind", "单位类型"), ("contract_no", "合同编号"), ("contract_signed_on", "合同签订日期"),
    ("subject", "标的"), ("amount_claimed", "欠款金额"), ("amount_confirmed", "确认金额"), ("delivered_on", "交付日期"),
    ("agreed_term_days", "约定付款期限"), ("amount_paid", "已还金额"), ("paid_on", "还款日期"),
    ("cleared_on", "清零日期"), ("closed_on", "办结日期"), ("outcome", "办结结果"), ("handler", "承办人"),
)


def cmd_report(args, out) -> int:
    from complaintdesk.services.reports import ReportFormat, ReportKind

    fmt = args.format or {".pdf": "pdf", ".csv": "csv"}.get(args.out.suffix.lower(), "xlsx")
    if args.year is not None and (args.start or args.end):
        raise CliError("--year 与 --from/--to 不能同时使用 / give --year or --from/--to, not both")
    if args.year is None and args.kind != "yearly" and (args.start is None or args.end is None):
        raise CliError("请给出 --from 和 --to（或 --year） / give --from and --to (or --year)")
    if args.kind == "yearly" and args.year is None and args.start is None:
        raise CliError("年度汇总请给出 --year / the yearly summary needs --year")
    path = args.out.expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise CliError(f"无法写入输出文件 / cannot write the output file: {path}")
    office = _open(args)
    try:
        start, end = args.start, args.end
        if args.year is not None and args.kind != "yearly":
            start, end = date(args.year, 1, 1), date(args.year, 12, 31)
        try:
            result = office.reports.export(
                ReportKind(args.kind), ReportFormat(fmt), path, start=start, end=end,
                year=args.year if args.kind == "yearly" else None, as_of=args.as_of)
        except ServiceError:
            raise  # printed in both languages by main()
        except ValueError as exc:
            raise CliError(str(exc)) from None
    finally:
        office.close()
    print(f"已生成{result.kind.label_zh} / report written: {result.path}（{result.period[0]} 至 {result.period[1]}，"
          f"数据截至 {result.as_of}，{result.rows} 行）", file=out)
    return EXIT_OK


def cmd_import(args, out) -> int:
    from complaintdesk.services.importer import FIELDS, ImportRejected, read_table

    _require_user(args)  # the rows are checked as that user would import them, the dry run too
    table = read_table(args.file, sheet=args.sheet)
    office = _open_as_user(args)
    try:
        mapping = office.importer.suggest_mapping(table.columns)
        for item in args.map:
            name, sep, column = item.partition("=")
            name, column = name.strip(), column.strip()
            if not sep or name not in FIELDS:
                raise CliError(f"--map 应写作 FIELD=列名，FIELD 为：{', '.join(FIELDS)} / bad --map {item!r}")
            if column:
                if column not in table.columns:
                    raise CliError(f"文件中没有“{column}”列 / no column {column!r}; columns: {', '.join(table.columns)}")
                mapping[name] = column
            else:
                mapping.pop(name, None)
        print("列对应 / mapping: " + "；".join(f"{FIELDS[k].label}←{v}" for k, v in mapping.items()), file=out)
        report = office.importer.dry_run(table, mapping)
        if not report.ok or args.dry_run:
            for line in report.lines():
                print(line, file=out)
            if not report.ok:
                return EXIT_FAILED
            print("试导入通过，未写入任何数据 / dry run passed: nothing was written", file=out)
            return EXIT_OK
        try:
            result = office.importer.run(table, mapping, file_name=args.file.name)
        except ImportRejected as exc:  # someone changed the data since the dry run
            for line in exc.report.lines():
                print(line, file=out)
            return EXIT_FAILED
    finally:
        office.close()
    r = result.report
    print(f"已导入 / imported: 新建案件 {r.new_cases} 件，已有案件增加欠款 {r.extended_cases} 件，欠款 {r.new_claims} 笔，"
          f"还款 {r.new_payments} 笔，企业 {r.new_enterprises} 家，被投诉单位 {r.new_respondents} 家；"
          f"跳过 {len(r.skipped)} 行", file=out)
    for line in r.lines()[1:-1]:
        print(line, file=out)
    return EXIT_OK


def cmd_audit(args, out) -> int:
    from complaintdesk.services import audit
    from complaintdesk.services.replay import replay

    office = _open(args, MAINTENANCE)
    try:
        report = audit.verify(office.db, office.desk)
        with office.db.read() as session:
            replayed = replay(session)
    finally:
        office.close()
    _print_replay(replayed, out)
    _print_audit(report, out)
    return EXIT_FAILED if replayed.findings or not report.ok else EXIT_OK


def _print_audit(report, out, *, headline: bool = True) -> None:
    """The chain, seals, anchors and documents (services.audit): the first bad row first, then the rest."""
    if report.ok:
        if headline:
            print(f"历史记录完整 / history intact: {report.events_checked} events verified (chain and seals), "
                  f"{report.anchors_checked} anchors, {report.documents_checked} documents re-hashed", file=out)
    else:
        if headline:  # the first bad row, then every finding (each names its row)
            print(f"历史记录被篡改 / history BROKEN at {report.first.subject or report.first.kind} "
                  f"({report.events_checked} events, {report.anchors_checked} anchors, "
                  f"{report.documents_checked} documents checked):", file=out)
        for finding in report.findings:
            print(f"  {bilingual(finding.text)}", file=out)
    if report.head is not None:
        print(f"历史记录链头 / chain head: #{report.head[0]} {report.head[1][:16]}", file=out)


def cmd_key(args, out) -> int:
    from complaintdesk.services import history

    office = _open(args, MAINTENANCE)
    try:
        if args.key_command == "export":
            path = history.export_key(office.db, _cli_actor(MAINTENANCE), args.to)
            print(f"已导出历史记录密钥 / history key exported: {path}（妥善保管，导入后即删除 / keep it safe, delete it "
                  "once imported）", file=out)
        elif history.import_key(office.db, _cli_actor(MAINTENANCE), args.file):
            print(f"已导入历史记录密钥 / history key imported: {office.desk.office}", file=out)
        else:
            print("本机已持有该密钥 / this computer already holds that key", file=out)
    finally:
        office.close()
    return EXIT_OK


def _show_letter_settings(current, out) -> None:
    from complaintdesk.messages.documents import FONT_ROLE_NAMES
    from complaintdesk.messages.settings import FIELD_PREPRINTED_LETTERHEAD

    print("文书字体 / letter fonts:", file=out)
    for font in current.fonts:
        name = FONT_ROLE_NAMES[font.role]()
        used = f"{font.family}（{font.file or '未嵌入 / not embedded'}）"
        print(f"  {name.zh} / {name.en} ({FONT_ROLE_OPTIONS[font.role]}): "
              f"设置 / setting: {font.configured or '自动 / automatic'}；使用 / used: {used}", file=out)
    print(f"正文为仿宋 / body is FangSong: {'是 / yes' if current.body_is_fangsong else '否 / no'}", file=out)
    for warning in current.warnings:
        print(f"警告 / warning: {bilingual(warning)}", file=out)
    label = FIELD_PREPRINTED_LETTERHEAD()
    print(f"{label.zh} / {label.en}: {'是 / yes' if current.preprinted_letterhead else '否 / no'}", file=out)


def cmd_settings(args, out) -> int:
    from complaintdesk.services.validation import ValidationError

    fonts = {role: value for role in FONT_ROLE_OPTIONS if (value := getattr(args, f"font_{role}")) is not None}
    saving = not args.list and (fonts or args.preprinted_letterhead is not None)
    office = _open_as_user(args) if saving else _open(args)
    try:
        letters = office.settings.letters
        if args.list:
            for family in letters.families(args.list):
                print(f"{family.name}{'  （仿宋 / FangSong）' if family.fangsong else ''}", file=out)
            return EXIT_OK
        if fonts or args.preprinted_letterhead is not None:
            try:
                letters.save(fonts, preprinted_letterhead=args.preprinted_letterhead)
            except ValidationError as exc:
                options = {f"fonts.{role}": option for role, option in FONT_ROLE_OPTIONS.items()}
                for problem in exc.problems:
                    print(f"错误 / error: {options.get(problem.field, problem.field)}: {bilingual(problem.text)}",
                          file=sys.stderr)
                return EXIT_ERROR
            print("已保存 / saved.", file=out)
        _show_letter_settings(letters.current(), out)
    finally:
        office.close()
    return EXIT_OK


def _new_password(username: str, variable: str | None) -> tuple[str, bool]:
    """A new password for ``username``: from ``variable``, else typed twice at a terminal (checked by the
    rules), else generated. Returns (password, whether it was generated)."""
    from complaintdesk.security import generate_password, password_problem

    if variable:
        password = os.environ.get(variable)
        if password is None:
            raise CliError(f"环境变量 {variable} 未设置 / {variable} is not set")
        return password, False
    if not _interactive():
        return generate_password(), True
    while True:
        password = getpass.getpass(f"{username} 的新密码 / new password of {username}: ")
        if problem := password_problem(password):
            print(bilingual(problem), file=sys.stderr)
            continue
        if getpass.getpass("再输入一次 / again: ") == password:
            return password, False
        print("两次输入不一致 / the two entries differ", file=sys.stderr)


def cmd_user(args, out) -> int:
    from complaintdesk.services import auth

    if args.user_command == "reset-password":
        password, generated = _new_password(args.username, args.password_env)
        office = _open(args, MAINTENANCE)
        try:
            user = auth.reset_password_of(office.db, office.actor, args.username, password)
        finally:
            office.close()
        print(f"已重置 {user.display_name}（{user.username}）的密码，并解除锁定；登录时须设置新密码 / password of "
              f"{user.username} reset (lockout lifted): a new one is chosen at the next sign-in", file=out)
        if generated:
            print(f"一次性密码 / one-time password: {password}", file=out)
        return EXIT_OK
    current = _user_password(args.username)
    new = os.environ.get(NEW_PASSWORD_ENV)
    if new is None:
        if not _interactive():
            raise CliError(f"未给出新密码：请设置环境变量 {NEW_PASSWORD_ENV}，或在终端运行 / no new password: set "
                           f"{NEW_PASSWORD_ENV}, or run the command at a terminal")
        new, _ = _new_password(args.username, None)
    office = _open(args)
    try:
        actor = office.sign_in(args.username, current)  # a wrong password counts as a failed sign-in
        auth.change_password(office.db, actor, current, new)
    finally:
        office.close()
    print(f"已修改 {actor.display_name}（{actor.username}）的密码 / password changed", file=out)
    return EXIT_OK


COMMANDS = {"init": cmd_init, "office": cmd_office, "demo": cmd_demo, "list": cmd_list, "backup": cmd_backup,
            "restore": cmd_restore, "check": cmd_check, "calendar": cmd_calendar, "audit": cmd_audit, "key": cmd_key,
            "letter": cmd_letter, "dossier": cmd_dossier, "reprint": cmd_reprint, "report": cmd_report,
            "import": cmd_import, "settings": cmd_settings, "user": cmd_user}


def bilingual(text: Text) -> str:
    """A coded message as this bilingual tool prints it: "中文 / English" (once when both read the same)."""
    zh, en = text.zh, text.en
    return zh if zh == en else f"{zh} / {en}"


# New objects a command may create before the collector looks at the young ones again (CPython: 700).
# Start-up creates some 400,000 lasting objects (SQLAlchemy, the models, ReportLab): at 700, the
# collector would walk them again and again while they are made, a quarter of a letter's time. Every
# 100,000 still keeps the garbage cycles of a long command (demo, import) small.
COLLECT_EVERY = 100_000


@contextmanager
def _collector_relaxed(own_process: bool) -> Iterator[None]:
    previous = gc.get_threshold()
    gc.set_threshold(COLLECT_EVERY, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        if own_process:
            gc.freeze()  # the process ends next: spare it the collector's last walk over everything


def _psycopg_errors() -> tuple[type[Exception], ...]:
    try:
        from psycopg import Error
    except ImportError:  # no PostgreSQL driver installed: no psycopg error to name
        return ()
    return (Error,)


def _database_error(exc: Exception) -> str | None:
    """A database failure in words, or None for any other exception (SQLAlchemy is loaded by a command,
    so it is looked at only once something went wrong)."""
    import sqlite3

    # A letter opened without SQLAlchemy (services.quick_letter), on SQLite or PostgreSQL:
    if isinstance(exc, (sqlite3.Error, *_psycopg_errors())):
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        return f"错误 / error: 数据库访问失败 / database access failed: {detail}"
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    if isinstance(exc, DBAPIError):
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return f"错误 / error: 数据库访问失败 / database access failed: {detail}"
    if isinstance(exc, SQLAlchemyError):
        return f"错误 / error: 数据库错误 / database error: {exc.__class__.__name__}: {exc}"
    return None


def main(argv: Sequence[str] | None = None, out=None) -> int:
    own_process = argv is None  # the console script or `python -m`: the process ends with the command
    out = out or sys.stdout
    args = build_parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
    try:
        clock.configure_from_environment()
    except ValueError as exc:
        print(f"错误 / error: {clock.ENV_TODAY}: {exc}", file=sys.stderr)
        return EXIT_ERROR

    try:
        with _collector_relaxed(own_process):
            return COMMANDS[args.command](args, out)
    except CliError as exc:
        print(f"错误 / error: {exc}", file=sys.stderr)
    except (ConfigError, StoreError, ServiceError) as exc:
        print(f"错误 / error: {bilingual(exc.text)}", file=sys.stderr)
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        return EXIT_OK
    except OSError as exc:
        print(f"错误 / error: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
    except KeyboardInterrupt:
        print("已中断 / interrupted", file=sys.stderr)
    except Exception as exc:
        message = _database_error(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
    return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
