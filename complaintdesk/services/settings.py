"""The office's own rules and details, as an administrator edits them: step clocks, LPR, office, users.

``SettingsService`` (``office.settings``) is the one door: each public method is one transaction and
returns plain dataclasses. Every change is written to the history (who, when, old → new). Changing
rules and office details needs MANAGE_RULES, adding users MANAGE_USERS (``services.auth``). Holiday
schedules are entered through ``services.schedules``.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from complaintdesk.domain.deadlines import StepRule, Unit
from complaintdesk.domain.vocabulary import Role
from complaintdesk.messages import settings as msg
from complaintdesk.services import history, reference, users
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import Permission, allows, require, reset_password
from complaintdesk.services.errors import ConflictError

# What a letter checks about its issuer lives in services.office_identity (no SQLAlchemy: a letter from
# the command line checks it too); importable from here as before.
from complaintdesk.services.office_identity import (
    IDENTITY_FIELDS,
    OFFICE_FIELDS,
    identity_gaps,
    is_placeholder,
)
from complaintdesk.services.office_identity import PLACEHOLDER_MARKERS as PLACEHOLDER_MARKERS
from complaintdesk.services.office_identity import format_document_number as format_document_number
from complaintdesk.services.office_identity import identity_labels as identity_labels
from complaintdesk.services.validation import Collector, Problem, ValidationError
from complaintdesk.store.database import Database
from complaintdesk.store.models import LprRate, ProcedureStep, Setting, User

if TYPE_CHECKING:  # loaded when first used: it brings ReportLab's font code (services.letter_fonts)
    from complaintdesk.services.letter_fonts import LetterSettingsService

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


def _all_steps(session: Session) -> list[StepRuleView]:
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
    basis = c.text(step_field(edit.id, "basis"), edit.basis, msg.FIELD_BASIS, required=True,
                   max_len=MAX_BASIS_LENGTH)
    if edit.unit not in {u.value for u in Unit}:
        c.add(step_field(edit.id, "unit"), msg.UNKNOWN_UNIT, unit=edit.unit)
    if not 1 <= edit.length <= MAX_STEP_LENGTH:
        c.add(step_field(edit.id, "length"), msg.STEP_LENGTH_RANGE, max=MAX_STEP_LENGTH)
    if not 0 <= edit.extension_cap <= MAX_EXTENSION_CAP:
        c.add(step_field(edit.id, "extension_cap"), msg.EXTENSION_CAP_RANGE, max=MAX_EXTENSION_CAP)
    return basis or ""


def _save_step(session: Session, actor: Actor, edit: StepRuleEdit, basis: str) -> None:
    """One step's new values, checked against the version the editor loaded, and its history event."""
    row = session.get(ProcedureStep, edit.id)
    if row is None:
        raise ConflictError(msg.STEP_GONE, step_id=edit.id)
    if row.version != edit.version:
        raise ConflictError(msg.STEP_CHANGED_MEANWHILE, name=_step_view(row).name_zh)
    data = json.loads(row.definition)
    step = data["steps"][0]
    new = {"length": edit.length, "unit": edit.unit, "extension_cap": edit.extension_cap,
           "stoppable": edit.stoppable, "basis": basis}
    changes = {k: (step[k], new[k]) for k in _EDITABLE_STEP_FIELDS if step[k] != new[k]}
    if not changes:
        return
    old_unit = step["unit"]
    step.update(new)
    # The domain's own checks (length ≥ 1 and so on) guard what the engine will read.
    StepRule(procedure=row.procedure, **step)
    row.definition = json.dumps(data, ensure_ascii=False)
    parts = [f"{_STEP_FIELD_ZH[k]} {_describe_step_value(k, old, old_unit)} → "
             f"{_describe_step_value(k, value, new['unit'])}" for k, (old, value) in changes.items() if k != "basis"]
    if "basis" in changes:
        parts.append("法律依据已修改")
    history.record(session, actor, entity="procedure_step", entity_id=row.id, action="procedure_rule_changed",
                   summary=f"修改办理时限规则：{data['name_zh']}·{step['name_zh']}（{'；'.join(parts)}），"
                           "仅适用于此后登记的案件",
                   changes=changes)


# --- one-year LPR ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LprRateView:
    effective_on: date
    rate: Decimal  # fraction: 0.0300 = 3.00 %
    source: str | None

    @property
    def percent(self) -> Decimal:
        return (self.rate * 100).quantize(Decimal("0.01"))


def _check_lpr(effective_on: date | None, rate_percent: Decimal | None, source: str | None,
               today: date) -> str | None:
    """The cleaned source; every problem of the row at once (ValidationError)."""
    c = Collector()
    c.require("effective_on", effective_on, msg.FIELD_EFFECTIVE_ON)
    if c.require("rate", rate_percent, msg.FIELD_RATE) and rate_percent is not None:
        if not rate_percent.is_finite() or not Decimal(0) < rate_percent < Decimal(100):
            c.add("rate", msg.LPR_RATE_RANGE)
        elif rate_percent != rate_percent.quantize(Decimal("0.01")):
            c.add("rate", msg.LPR_RATE_DECIMALS)
    text = c.text("source", source, msg.FIELD_SOURCE, max_len=LPR_MAX_SOURCE_LENGTH)
    if effective_on is not None and effective_on > today + timedelta(days=LPR_MAX_DAYS_AHEAD):
        c.add("effective_on", msg.LPR_TOO_FAR_AHEAD, days=LPR_MAX_DAYS_AHEAD)
    c.raise_if_any()
    return text


# --- the office's own details ------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeSettings:
    name: str  # 发文机关 (full name), printed on every letter
    short_name: str
    county: str  # the county, banner or district the office serves, e.g. 阿鲁科尔沁旗
    address: str
    phone: str
    number_prefix: str  # 机关代字: document numbers look like X工信投字〔2026〕12号
    number_pattern: str  # case numbers, e.g. {year}-{seq:04d} (not edited here)
    due_soon_workdays: int


@dataclass(frozen=True)
class OfficeIdentity:
    """Who issues the office's letters, as the first-start set-up collects it (all six are required there)."""

    name: str
    short_name: str
    county: str
    address: str
    phone: str
    number_prefix: str


_MAX_LENGTHS = {"name": 100, "short_name": 50, "county": 50, "address": 200, "phone": 40, "number_prefix": 20}
# Required whenever the office details are saved; the first-start set-up requires every identity field.
_REQUIRED_OFFICE_FIELDS = ("name", "short_name", "county", "number_prefix")
# A county-level division's name ends so: 县, 自治县, 旗, 自治旗, 区 (also 林区, 特区) or a county-level 市.
COUNTY_SUFFIXES = ("县", "旗", "区", "市")
# Full names whose short form is obvious (the rest of the name is kept): 阿鲁科尔沁旗工业和信息化局 → 阿鲁科尔沁旗工信局.
_SHORT_FORMS = (("工业和信息化局", "工信局"), ("工业和信息化委员会", "工信委"), ("经济和信息化局", "经信局"),
                ("经济和信息化委员会", "经信委"), ("科学技术和工业信息化局", "科工局"))
_COUNTY_IN_NAME = re.compile(r".+?(?:自治县|自治旗|县|旗|区|市)")


def office_identity_gaps(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The identity fields (``IDENTITY_FIELDS`` names, in form order) still empty or placeholders in
    ``settings`` (setting key → value, as ``reference.get_settings`` gives them). Compared with the
    shipped defaults (``reference.default_settings()``), so a new office starts with every name a gap."""
    return identity_gaps(settings, reference.default_settings())


def identity_gaps_of(details: OfficeSettings | OfficeIdentity) -> tuple[str, ...]:
    """``office_identity_gaps`` of details as a form holds them."""
    return office_identity_gaps({OFFICE_FIELDS[f][0]: getattr(details, f) for f in IDENTITY_FIELDS})


def suggest_short_name(full_name: str) -> str:
    """The short name an office of this full name usually goes by; "" when it is not obvious."""
    name = full_name.strip()
    for long_form, short_form in _SHORT_FORMS:
        if name.endswith(long_form) and len(name) > len(long_form):
            return name[: -len(long_form)] + short_form
    return ""


def suggest_county(full_name: str) -> str:
    """The county (banner, district) a full name begins with: its last county-level part before the
    bureau's own name, e.g. 内蒙古自治区赤峰市阿鲁科尔沁旗工业和信息化局 → 阿鲁科尔沁旗; "" when none."""
    name = full_name.strip()
    for long_form, _short in _SHORT_FORMS:
        if name.endswith(long_form):
            name = name[: -len(long_form)]
            break
    else:
        return ""
    parts = _COUNTY_IN_NAME.findall(name)
    county = next((p for p in reversed(parts) if not p.endswith("市")), parts[-1] if parts else "")
    return county if "".join(parts) == name else ""


def _has_problem(c: Collector, field: str) -> bool:
    return any(p.field == field for p in c.problems)


def _check_identity_field(c: Collector, field: str, value: str | None, *, required: bool,
                          defaults: Mapping[str, Any] | None = None) -> str:
    """One identity field, cleaned; its problems go to ``c``. With ``defaults`` a placeholder is one too."""
    text = c.text(field, value, OFFICE_FIELDS[field][1], required=required, max_len=_MAX_LENGTHS[field]) or ""
    if text and field == "phone" and not PHONE_RE.match(text):
        c.add(field, msg.PHONE_MALFORMED)
    if text and field == "number_prefix" and _PREFIX_FORBIDDEN.search(text):
        c.add(field, msg.PREFIX_FORBIDDEN)
    if text and field == "county" and not text.endswith(COUNTY_SUFFIXES):
        c.add(field, msg.COUNTY_SUFFIX)
    if defaults is not None and text and not _has_problem(c, field) and is_placeholder(field, text, defaults):
        c.add(field, msg.IDENTITY_PLACEHOLDER, name=OFFICE_FIELDS[field][1], value=text)
    return text


def _check_identity(c: Collector, new: OfficeSettings | OfficeIdentity, *, complete: bool) -> dict[str, str]:
    """The cleaned identity fields; every problem goes to ``c``. ``complete``: all six are required and
    none may be a placeholder (the first-start set-up); otherwise the Settings rules."""
    defaults = reference.default_settings() if complete else None
    return {field: _check_identity_field(c, field, getattr(new, field), defaults=defaults,
                                         required=complete or field in _REQUIRED_OFFICE_FIELDS)
            for field in IDENTITY_FIELDS}


def identity_field_problems(field: str, value: str) -> tuple[Problem, ...]:
    """One identity field checked as the first start checks it (required, no placeholder): for a
    command line that asks the fields one by one."""
    c = Collector()
    _check_identity_field(c, field, value, required=True, defaults=reference.default_settings())
    return tuple(c.problems)


def identity_problems(identity: OfficeIdentity) -> tuple[Problem, ...]:
    """Every problem of a first-start identity (all six required, no placeholder), without raising:
    the set-up dialog shows them next to its fields together with its own."""
    c = Collector()
    _check_identity(c, identity, complete=True)
    return tuple(c.problems)


def validate_identity(identity: OfficeIdentity) -> dict[str, str]:
    """The cleaned first-start identity; ValidationError naming every bad field."""
    c = Collector()
    values = _check_identity(c, identity, complete=True)
    c.raise_if_any()
    return values


def _office_from(values: Mapping[str, Any]) -> OfficeSettings:
    defaults = reference.default_settings()

    def text(key: str) -> str:
        value = values.get(key, defaults.get(key))
        return "" if value is None else str(value)

    try:
        due_soon = int(values.get("cases.due_soon_workdays", defaults["cases.due_soon_workdays"]))
    except (TypeError, ValueError):
        due_soon = int(defaults["cases.due_soon_workdays"])
    return OfficeSettings(name=text("office.name"), short_name=text("office.short_name"),
                          county=text("office.county"), address=text("office.address"), phone=text("office.phone"),
                          number_prefix=text("documents.number_prefix"),
                          number_pattern=text("cases.number_pattern"), due_soon_workdays=due_soon)


def _check_office(new: OfficeSettings) -> dict[str, Any]:
    c = Collector()
    values: dict[str, Any] = dict(_check_identity(c, new, complete=False))
    if not 1 <= new.due_soon_workdays <= MAX_DUE_SOON_WORKDAYS:
        c.add("due_soon_workdays", msg.DUE_SOON_RANGE, max=MAX_DUE_SOON_WORKDAYS)
    values["due_soon_workdays"] = new.due_soon_workdays
    c.raise_if_any()
    return values


def _write_setting(session: Session, actor: Actor, field: str, old: Any, value: Any) -> None:
    key, name = OFFICE_FIELDS[field]
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    history.record(session, actor, entity="setting", entity_id=None, action="setting_changed",
                   summary=f"修改本单位设置：{name().zh}“{old}”→“{value}”", changes={key: (old, value)})


def write_office_values(session: Session, actor: Actor, values: Mapping[str, Any]) -> list[str]:
    """Write checked office values (field → value) in the caller's transaction: one history event per
    value that differs from what is stored now. Returns the fields written."""
    current = _office_from(reference.get_settings(session))
    written = []
    for field, value in values.items():
        if getattr(current, field) != value:
            _write_setting(session, actor, field, getattr(current, field), value)
            written.append(field)
    return written


def check_office_changes(session: Session, changes: Mapping[str, str]) -> dict[str, Any]:
    """Some office values changed on top of what is stored (e.g. ``office set --phone …``), checked by
    the Settings rules as a whole: the values to write, or ValidationError."""
    unknown = [f for f in changes if f not in IDENTITY_FIELDS]
    if unknown:
        raise ValidationError([Problem(f, msg.UNKNOWN_OFFICE_FIELD(field=f)) for f in unknown])
    current = _office_from(reference.get_settings(session))
    values = _check_office(dataclasses.replace(current, **changes))
    return {f: values[f] for f in changes}


# --- users -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


def _user_row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.role, bool(user.active))


# --- the service -------------------------------------------------------------------------------


class SettingsService:
    """The office's rules and details; ``actor`` says who acts now, ``today`` what day it is."""

    def __init__(self, db: Database, actor: Callable[[], Actor], today: Callable[[], date]):
        self._db = db
        self._actor = actor
        self._today = today

    def values(self) -> dict[str, Any]:
        """Every setting by key (defaults from resources/, overridden by what an administrator saved)."""
        with self._db.read() as session:
            return reference.get_settings(session)

    def can_manage_rules(self) -> bool:
        """May the acting user change holiday schedules, procedure rules, the LPR table and office details?"""
        return allows(self._actor(), Permission.MANAGE_RULES)

    def can_manage_users(self) -> bool:
        return allows(self._actor(), Permission.MANAGE_USERS)

    # --- procedure rules -----------------------------------------------------------------------

    def procedure_steps(self) -> list[StepRuleView]:
        """Every step of every procedure, in the order they were defined."""
        with self._db.read() as session:
            return _all_steps(session)

    def save_procedure_steps(self, edits: Sequence[StepRuleEdit]) -> list[StepRuleView]:
        """Change step rules; only cases registered afterwards use them (open cases keep their snapshot).

        All edits are checked first and saved together or not at all. A step changed by someone else
        since it was loaded raises ConflictError. Returns every step, as saved.
        """
        actor = self._actor()
        require(actor, Permission.MANAGE_RULES)
        c = Collector()
        cleaned = {edit.id: _check_step(c, edit) for edit in edits}
        c.raise_if_any()
        with self._db.write() as session:
            for edit in edits:
                _save_step(session, actor, edit, cleaned[edit.id])
            session.flush()
            return _all_steps(session)

    # --- one-year LPR --------------------------------------------------------------------------

    def lpr_rates(self) -> list[LprRateView]:
        """The one-year LPR history, oldest first."""
        with self._db.read() as session:
            rows = session.execute(select(LprRate).order_by(LprRate.effective_on)).scalars().all()
            return [LprRateView(r.effective_on, r.rate, r.source) for r in rows]

    def add_lpr_rate(self, effective_on: date | None, rate_percent: Decimal | None,
                     source: str | None = None) -> LprRateView:
        """Append a new quotation: after the last one, 0 < rate < 100 %, at most two decimals (in percent)."""
        actor = self._actor()
        require(actor, Permission.MANAGE_RULES)
        text = _check_lpr(effective_on, rate_percent, source, self._today())
        assert effective_on is not None and rate_percent is not None
        with self._db.write() as session:
            last = session.execute(select(func.max(LprRate.effective_on))).scalar()
            if last is not None and effective_on <= last:
                raise ValidationError([Problem("effective_on", msg.LPR_NOT_AFTER_LATEST(latest=last.isoformat()))])
            rate = (rate_percent / 100).quantize(Decimal("0.0001"))
            row = LprRate(effective_on=effective_on, rate=rate, source=text or LPR_DEFAULT_SOURCE)
            session.add(row)
            session.flush()
            history.record(session, actor, entity="lpr_rate", entity_id=None, action="lpr_rate_added",
                           summary=f"录入一年期LPR：自 {effective_on.isoformat()} 起 {rate_percent:.2f}%（{row.source}）",
                           changes={"effective_on": (None, effective_on), "rate": (None, rate)})
            return LprRateView(row.effective_on, row.rate, row.source)

    # --- the office's own details --------------------------------------------------------------

    def office_details(self) -> OfficeSettings:
        with self._db.read() as session:
            return _office_from(reference.get_settings(session))

    def save_office_details(self, new: OfficeSettings, loaded: OfficeSettings) -> OfficeSettings:
        """Save the office's details; one history event per changed value.

        ``loaded`` is what the editor showed: only the values the user changed are written, and a
        value someone else changed since then is not overwritten (ConflictError). The case-number
        pattern is not edited here.
        """
        actor = self._actor()
        require(actor, Permission.MANAGE_RULES)
        values = _check_office(new)
        with self._db.write() as session:
            current = _office_from(reference.get_settings(session))
            # Three-way: what the user edited (new vs loaded) is written; the rest stays as it is now.
            edited = {f: v for f, v in values.items() if v != getattr(loaded, f)}
            changed = {f: v for f, v in edited.items() if getattr(current, f) != v}
            clashes = [f for f in changed if getattr(current, f) != getattr(loaded, f)]
            if clashes:
                raise ConflictError(msg.OFFICE_CHANGED_MEANWHILE, fields=[OFFICE_FIELDS[f][1] for f in clashes])
            for field, value in changed.items():
                _write_setting(session, actor, field, getattr(current, field), value)
            session.flush()
            return _office_from(reference.get_settings(session))

    def set_office_identity(self, changes: Mapping[str, str]) -> OfficeSettings:
        """Change some identity fields (``IDENTITY_FIELDS`` names → new text) on top of what is stored now,
        checked by the same rules as ``save_office_details``; one history event per changed value."""
        actor = self._actor()
        require(actor, Permission.MANAGE_RULES)
        with self._db.write() as session:
            write_office_values(session, actor, check_office_changes(session, changes))
            session.flush()
            return _office_from(reference.get_settings(session))

    def identity_gaps(self) -> tuple[str, ...]:
        """The identity fields still empty or placeholders (``office_identity_gaps``): no letter is issued
        until none is left."""
        with self._db.read() as session:
            return office_identity_gaps(reference.get_settings(session))

    # --- letters: fonts by role, pre-printed letterhead paper ------------------------------------

    @cached_property
    def letters(self) -> LetterSettingsService:
        """The letters' font of each role and the pre-printed-letterhead flag (``services.letter_fonts``:
        the same rights and history as the rest of these settings)."""
        from complaintdesk.services.letter_fonts import LetterSettingsService

        return LetterSettingsService(self._db, self._actor)

    # --- users ---------------------------------------------------------------------------------

    def users(self) -> list[UserRow]:
        """Every account: active ones first, then by role and user name."""
        with self._db.read() as session:
            rows = session.execute(select(User).order_by(User.active.desc(), User.role, User.username)).scalars()
            return [_user_row(u) for u in rows]

    def add_user(self, *, username: str, display_name: str, role: str, password: str | None = None) -> UserRow:
        """Add an officer or a supervisor (administrators only) with a first password: a one-time one, which
        the user must replace when first signing in. Without one the account cannot sign in until a password
        is set."""
        actor = self._actor()
        require(actor, Permission.MANAGE_USERS)
        if role not in ADDABLE_ROLES:
            raise ValidationError([Problem("role", msg.ROLE_NOT_ADDABLE())])
        with self._db.write() as session:
            try:
                user = users.create_user(session, actor, username=username, display_name=display_name, role=role,
                                         password=password or None, one_time=True)
            except users.UserError as exc:
                field = "new_password" if exc.field == "password" else exc.field or "username"
                raise ValidationError([Problem(field, exc.text)]) from exc
            return _user_row(user)

    def set_user_password(self, user_id: int, password: str) -> None:
        """An administrator gives a user a one-time password (which also lifts a lockout); recorded."""
        reset_password(self._db, self._actor(), user_id, password)
