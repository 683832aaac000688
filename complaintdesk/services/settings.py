"""The office's own rules and details, as an administrator edits them: step clocks, LPR, office, users.

Each public function is one transaction and returns plain dataclasses. Every change is written to
the history (who, when, old → new). Changing rules and office details needs MANAGE_RULES, adding
users MANAGE_USERS (``services.auth``). Holiday schedules are entered through ``services.schedules``;
this module only lists which years are loaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from complaintdesk.domain.deadlines import StepRule, Unit
from complaintdesk.domain.vocabulary import Role
from complaintdesk.services import history, reference, users
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import Permission, allows, require
from complaintdesk.services.errors import ConflictError
from complaintdesk.services.validation import Collector, Problem, ValidationError
from complaintdesk.store.database import Database
from complaintdesk.store.models import CalendarDay, CalendarYear, LprRate, ProcedureStep, Setting, User

# The shipped schedules start in 2004 (resources/holidays/cn_official.csv).
FIRST_CALENDAR_YEAR = 2004

MAX_STEP_LENGTH = 366  # a year: any longer statutory period is a typing error
MAX_EXTENSION_CAP = 366
MAX_BASIS_LENGTH = 2000

# The one-year LPR is quoted monthly; a date further ahead than this is a typing error.
LPR_MAX_DAYS_AHEAD = 31
LPR_MAX_SOURCE_LENGTH = 200
LPR_DEFAULT_SOURCE = "管理员录入"

MAX_DUE_SOON_WORKDAYS = 30
PHONE_RE = re.compile(r"^[0-9+()\-\s转]{3,40}$")
# Characters that belong to the number part of 〔2026〕12号, never to the prefix.
_PREFIX_FORBIDDEN = re.compile(r"[\s〔〕\[\]【】()（）0-9０-９]")

# Roles an administrator may add here; admins and auditors come with the roles issue (login).
ADDABLE_ROLES = (Role.OFFICER.value, Role.SUPERVISOR.value)


# --- holiday years at a glance -----------------------------------------------------------------


@dataclass(frozen=True)
class CalendarYearInfo:
    """A year whose official schedule is loaded."""

    year: int
    source: str
    entered_at: datetime  # UTC
    entered_by: str | None
    rest_days: int
    work_days: int


def calendar_years(db: Database) -> list[CalendarYearInfo]:
    """Every loaded year, oldest first; a year not listed is counted with weekends only (provisional)."""
    with db.read() as session:
        counts: dict[tuple[int, str], int] = {
            (year, kind): n for year, kind, n in session.execute(
                select(CalendarDay.year, CalendarDay.kind, func.count()).group_by(CalendarDay.year, CalendarDay.kind))}
        years = session.execute(select(CalendarYear).order_by(CalendarYear.year)).scalars().all()
        return [CalendarYearInfo(y.year, y.source, y.entered_at, y.entered_by, counts.get((y.year, "rest"), 0),
                                 counts.get((y.year, "work"), 0)) for y in years]


# --- procedure rules ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StepRuleView:
    """One step clock of a procedure, as the office's live copy holds it."""

    id: int
    version: int
    procedure: str
    procedure_name_zh: str
    procedure_name_en: str
    code: str
    name_zh: str
    name_en: str
    trigger: str
    trigger_zh: str
    length: int
    unit: str  # domain.deadlines.Unit value
    extension_cap: int
    stoppable: bool
    basis: str


@dataclass(frozen=True)
class StepRuleEdit:
    """New values for the editable parts of a step; ``version`` is the one the editor loaded."""

    id: int
    version: int
    length: int
    unit: str
    extension_cap: int
    stoppable: bool
    basis: str


_EDITABLE_STEP_FIELDS = ("length", "unit", "extension_cap", "stoppable", "basis")
_STEP_FIELD_ZH = {"length": "时限", "unit": "计算单位", "extension_cap": "延长上限", "stoppable": "可中止计时",
                  "basis": "法律依据"}


def step_field(step_id: int, name: str) -> str:
    """The field name a problem of one step carries, e.g. ``steps[3].length``."""
    return f"steps[{step_id}].{name}"


def _step_view(row: ProcedureStep) -> StepRuleView:
    data = json.loads(row.definition)
    step = data["steps"][0]
    return StepRuleView(
        id=row.id, version=row.version, procedure=row.procedure, procedure_name_zh=data["name_zh"],
        procedure_name_en=data["name_en"], code=row.step, name_zh=step["name_zh"], name_en=step["name_en"],
        trigger=step["trigger"], trigger_zh=step.get("trigger_zh", ""), length=int(step["length"]),
        unit=str(step["unit"]), extension_cap=int(step["extension_cap"]), stoppable=bool(step["stoppable"]),
        basis=step["basis"],
    )


def procedure_steps(db: Database) -> list[StepRuleView]:
    """Every step of every procedure, in the order they were defined."""
    with db.read() as session:
        rows = session.execute(select(ProcedureStep).order_by(ProcedureStep.id)).scalars().all()
        return [_step_view(r) for r in rows]


def _unit_zh(unit: str) -> str:
    try:
        return Unit(unit).zh
    except ValueError:
        return unit


def _describe_step_value(name: str, value: Any, unit: str) -> str:
    if name in ("length", "extension_cap"):
        return f"{value}{_unit_zh(unit)}"
    if name == "unit":
        return "工作日" if value == Unit.WORKDAYS.value else "自然日"
    if name == "stoppable":
        return "是" if value else "否"
    return str(value)


def _check_step(c: Collector, edit: StepRuleEdit) -> str:
    basis = c.text(step_field(edit.id, "basis"), edit.basis, "法律依据", "The legal basis", required=True,
                   max_len=MAX_BASIS_LENGTH)
    if edit.unit not in {u.value for u in Unit}:
        c.add(step_field(edit.id, "unit"), f"未知的计算单位“{edit.unit}”", f"unknown unit {edit.unit!r}")
    if not 1 <= edit.length <= MAX_STEP_LENGTH:
        c.add(step_field(edit.id, "length"), f"时限应在 1 至 {MAX_STEP_LENGTH} 之间",
              f"the period must be between 1 and {MAX_STEP_LENGTH}")
    if not 0 <= edit.extension_cap <= MAX_EXTENSION_CAP:
        c.add(step_field(edit.id, "extension_cap"), f"延长上限应在 0 至 {MAX_EXTENSION_CAP} 之间（0 表示不得延长）",
              f"the extension cap must be between 0 and {MAX_EXTENSION_CAP} (0: no extension)")
    return basis or ""


def save_procedure_steps(db: Database, actor: Actor, edits: Sequence[StepRuleEdit]) -> list[StepRuleView]:
    """Change step rules; only cases registered afterwards use them (open cases keep their snapshot).

    All edits are checked first and saved together or not at all. A step changed by someone else
    since it was loaded raises ConflictError. Returns every step, as saved.
    """
    require(actor, Permission.MANAGE_RULES)
    c = Collector()
    cleaned = {edit.id: _check_step(c, edit) for edit in edits}
    c.raise_if_any()
    with db.write() as session:
        for edit in edits:
            row = session.get(ProcedureStep, edit.id)
            if row is None:
                raise ConflictError(f"办理程序环节（编号 {edit.id}）已不存在，请重新载入 / "
                                    f"procedure step {edit.id} no longer exists: reload")
            if row.version != edit.version:
                raise ConflictError(f"“{_step_view(row).name_zh}”已被他人修改，请重新载入后再改 / "
                                    f"the step {row.procedure}/{row.step} was changed by someone else: reload")
            data = json.loads(row.definition)
            step = data["steps"][0]
            new = {"length": edit.length, "unit": edit.unit, "extension_cap": edit.extension_cap,
                   "stoppable": edit.stoppable, "basis": cleaned[edit.id]}
            changes = {k: (step[k], new[k]) for k in _EDITABLE_STEP_FIELDS if step[k] != new[k]}
            if not changes:
                continue
            old_unit = step["unit"]
            step.update(new)
            # The domain's own checks (length ≥ 1 and so on) guard what the engine will read.
            StepRule(procedure=row.procedure, **step)
            row.definition = json.dumps(data, ensure_ascii=False)
            parts = [f"{_STEP_FIELD_ZH[k]} {_describe_step_value(k, old, old_unit)} → "
                     f"{_describe_step_value(k, value, new['unit'])}" for k, (old, value) in changes.items()
                     if k != "basis"]
            if "basis" in changes:
                parts.append("法律依据已修改")
            history.record(session, actor, entity="procedure_step", entity_id=row.id, action="procedure_rule_changed",
                           summary=f"修改办理时限规则：{data['name_zh']}·{step['name_zh']}（{'；'.join(parts)}），"
                                   "仅适用于此后登记的案件",
                           changes=changes)
        session.flush()
        rows = session.execute(select(ProcedureStep).order_by(ProcedureStep.id)).scalars().all()
        return [_step_view(r) for r in rows]


# --- one-year LPR ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LprRateView:
    effective_on: date
    rate: Decimal  # fraction: 0.0300 = 3.00 %
    source: str | None

    @property
    def percent(self) -> Decimal:
        return (self.rate * 100).quantize(Decimal("0.01"))


def lpr_rates(db: Database) -> list[LprRateView]:
    """The one-year LPR history, oldest first."""
    with db.read() as session:
        rows = session.execute(select(LprRate).order_by(LprRate.effective_on)).scalars().all()
        return [LprRateView(r.effective_on, r.rate, r.source) for r in rows]


def add_lpr_rate(db: Database, actor: Actor, effective_on: date | None, rate_percent: Decimal | None,
                 source: str | None = None, *, today: date | None = None) -> LprRateView:
    """Append a new quotation: after the last one, 0 < rate < 100 %, at most two decimals (in percent)."""
    require(actor, Permission.MANAGE_RULES)
    today = today or date.today()
    c = Collector()
    c.require("effective_on", effective_on, "生效日期", "The effective date")
    if c.require("rate", rate_percent, "利率", "The rate") and rate_percent is not None:
        if not rate_percent.is_finite() or not Decimal(0) < rate_percent < Decimal(100):
            c.add("rate", "利率应大于 0、小于 100（单位：%）", "the rate must be above 0 and below 100 (in percent)")
        elif rate_percent != rate_percent.quantize(Decimal("0.01")):
            c.add("rate", "利率最多保留两位小数（如 3.45）", "the rate has at most two decimals (e.g. 3.45)")
    text = c.text("source", source, "来源", "The source", max_len=LPR_MAX_SOURCE_LENGTH)
    if effective_on is not None and effective_on > today + timedelta(days=LPR_MAX_DAYS_AHEAD):
        c.add("effective_on", f"生效日期不能晚于今天之后 {LPR_MAX_DAYS_AHEAD} 天",
              f"the effective date must be within {LPR_MAX_DAYS_AHEAD} days from today")
    c.raise_if_any()
    assert effective_on is not None and rate_percent is not None
    with db.write() as session:
        last = session.execute(select(func.max(LprRate.effective_on))).scalar()
        if last is not None and effective_on <= last:
            raise ValidationError([Problem("effective_on", f"生效日期须晚于最近一次报价（{last.isoformat()}）",
                                           f"the effective date must be after the latest quotation "
                                           f"({last.isoformat()})")])
        rate = (rate_percent / 100).quantize(Decimal("0.0001"))
        row = LprRate(effective_on=effective_on, rate=rate, source=text or LPR_DEFAULT_SOURCE)
        session.add(row)
        session.flush()
        history.record(session, actor, entity="lpr_rate", entity_id=None, action="lpr_rate_added",
                       summary=f"录入一年期LPR：自 {effective_on.isoformat()} 起 {rate_percent:.2f}%（{row.source}）",
                       changes={"effective_on": (None, effective_on), "rate": (None, rate)})
        return LprRateView(row.effective_on, row.rate, row.source)


# --- the office's own details ------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeSettings:
    name: str
    short_name: str
    address: str
    phone: str
    number_prefix: str  # document numbers: X工信投字〔2026〕12号
    number_pattern: str  # case numbers, e.g. {year}-{seq:04d} (not edited here)
    due_soon_workdays: int


# field → (setting key, Chinese name, English name); the order is the form's.
OFFICE_FIELDS: dict[str, tuple[str, str, str]] = {
    "name": ("office.name", "单位名称", "The office name"),
    "short_name": ("office.short_name", "单位简称", "The short name"),
    "address": ("office.address", "地址", "The address"),
    "phone": ("office.phone", "电话", "The phone number"),
    "number_prefix": ("documents.number_prefix", "文号前缀", "The document-number prefix"),
    "due_soon_workdays": ("cases.due_soon_workdays", "即将到期提示天数", "The due-soon warning"),
}
_MAX_LENGTHS = {"name": 100, "short_name": 50, "address": 200, "phone": 40, "number_prefix": 20}


def format_document_number(prefix: str, year: int, seq: int) -> str:
    """An outgoing document's number in the official form, e.g. ``X工信投字〔2026〕12号``."""
    return f"{prefix}〔{year}〕{seq}号"


def _office_from(values: dict[str, Any]) -> OfficeSettings:
    defaults = reference.default_settings()

    def text(key: str) -> str:
        value = values.get(key, defaults.get(key))
        return "" if value is None else str(value)

    try:
        due_soon = int(values.get("cases.due_soon_workdays", defaults["cases.due_soon_workdays"]))
    except (TypeError, ValueError):
        due_soon = int(defaults["cases.due_soon_workdays"])
    return OfficeSettings(name=text("office.name"), short_name=text("office.short_name"),
                          address=text("office.address"), phone=text("office.phone"),
                          number_prefix=text("documents.number_prefix"),
                          number_pattern=text("cases.number_pattern"), due_soon_workdays=due_soon)


def office_settings(db: Database) -> OfficeSettings:
    with db.read() as session:
        return _office_from(reference.get_settings(session))


def _check_office(new: OfficeSettings) -> dict[str, Any]:
    c = Collector()
    values: dict[str, Any] = {}
    for field, (_key, zh, en) in OFFICE_FIELDS.items():
        if field == "due_soon_workdays":
            continue
        required = field in ("name", "short_name", "number_prefix")
        values[field] = c.text(field, getattr(new, field), zh, en, required=required,
                               max_len=_MAX_LENGTHS[field]) or ""
    if values["phone"] and not PHONE_RE.match(values["phone"]):
        c.add("phone", "电话格式不正确（只能包含数字、空格、+、-、括号和“转”）",
              "the phone number is malformed (digits, spaces, +, -, brackets and 转 only)")
    if values["number_prefix"] and _PREFIX_FORBIDDEN.search(values["number_prefix"]):
        c.add("number_prefix", "文号前缀只写机关代字，如“X工信投字”；年份〔〕和序号由程序生成，不能含空格、括号或数字",
              "the prefix is the issuing office's code only, e.g. X工信投字; year brackets and number are added "
              "by the program (no spaces, brackets or digits)")
    if not 1 <= new.due_soon_workdays <= MAX_DUE_SOON_WORKDAYS:
        c.add("due_soon_workdays", f"即将到期提示天数应在 1 至 {MAX_DUE_SOON_WORKDAYS} 个工作日之间",
              f"the due-soon warning must be between 1 and {MAX_DUE_SOON_WORKDAYS} working days")
    values["due_soon_workdays"] = new.due_soon_workdays
    c.raise_if_any()
    return values


def save_office_settings(db: Database, actor: Actor, new: OfficeSettings, loaded: OfficeSettings) -> OfficeSettings:
    """Save the office's details; one history event per changed value.

    ``loaded`` is what the editor showed: only the values the user changed are written, and a
    value someone else changed since then is not overwritten (ConflictError). The case-number
    pattern is not edited here.
    """
    require(actor, Permission.MANAGE_RULES)
    values = _check_office(new)
    with db.write() as session:
        current = _office_from(reference.get_settings(session))
        # Three-way: what the user edited (new vs loaded) is written; the rest stays as it is now.
        edited = {f: v for f, v in values.items() if v != getattr(loaded, f)}
        changed = {f: v for f, v in edited.items() if getattr(current, f) != v}
        clashes = [f for f in changed if getattr(current, f) != getattr(loaded, f)]
        if clashes:
            names = "、".join(OFFICE_FIELDS[f][1] for f in clashes)
            raise ConflictError(f"{names}已被他人修改，请重新载入后再保存 / "
                                f"{', '.join(OFFICE_FIELDS[f][2].lower() for f in clashes)} changed meanwhile: reload")
        for field, value in changed.items():
            key, zh, _en = OFFICE_FIELDS[field]
            old = getattr(current, field)
            row = session.get(Setting, key)
            encoded = json.dumps(value, ensure_ascii=False)
            if row is None:
                session.add(Setting(key=key, value=encoded))
            else:
                row.value = encoded
            history.record(session, actor, entity="setting", entity_id=None, action="setting_changed",
                           summary=f"修改本单位设置：{zh}“{old}”→“{value}”", changes={key: (old, value)})
        session.flush()
        return _office_from(reference.get_settings(session))


# --- users -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


def list_users(db: Database) -> list[UserRow]:
    with db.read() as session:
        rows = session.execute(select(User).order_by(User.active.desc(), User.role, User.username)).scalars()
        return [UserRow(u.id, u.username, u.display_name, u.role, bool(u.active)) for u in rows]


def can_manage_rules(actor: Actor) -> bool:
    """May ``actor`` change holiday schedules, procedure rules, the LPR table and office details?"""
    return allows(actor, Permission.MANAGE_RULES)


def can_manage_users(actor: Actor) -> bool:
    return allows(actor, Permission.MANAGE_USERS)


def add_user(db: Database, actor: Actor, *, username: str, display_name: str, role: str,
             password: str | None = None) -> UserRow:
    """Add an officer or a supervisor (administrators only) with a first password, which the user
    changes after signing in. Without one the account cannot sign in until a password is set."""
    require(actor, Permission.MANAGE_USERS)
    if role not in ADDABLE_ROLES:
        raise ValidationError([Problem("role", "这里只能添加承办人或审核人", "only officers and supervisors can be added here")])
    with db.write() as session:
        try:
            user = users.create_user(session, actor, username=username, display_name=display_name, role=role,
                                     password=password or None)
        except users.UserError as exc:
            zh, _, en = str(exc).partition(" / ")
            field = "new_password" if exc.field == "password" else exc.field or "username"
            raise ValidationError([Problem(field, zh, en or zh)]) from exc
        return UserRow(user.id, user.username, user.display_name, user.role, bool(user.active))


def set_user_password(db: Database, actor: Actor, user_id: int, password: str) -> None:
    """An administrator gives a user a new password (which also lifts a lockout); recorded."""
    from complaintdesk.services.auth import reset_password

    reset_password(db, actor, user_id, password)
