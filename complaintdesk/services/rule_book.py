"""The rules a case is computed by — calendar, procedures, LPR table, settings — as plain data, built from
rows however they were read (the ORM in ``services.reference``, plain SQLite in ``services.quick_letter``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from complaintdesk.domain.arrears import LprEntry, LprTable
from complaintdesk.domain.calendar import DayKind, HolidayRow, WorkCalendar
from complaintdesk.domain.deadlines import ProcedureRule, default_procedures, procedures_from_dicts
from complaintdesk.resources import resource_path


def default_settings() -> dict[str, Any]:
    data = json.loads(resource_path("office_defaults.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def calendar_of(days: Iterable[tuple[date, str, str]], years: Iterable[int]) -> WorkCalendar:
    """The working-day calendar from the office's (day, kind, name) rows and the years it has entered."""
    return WorkCalendar.from_rows((HolidayRow(d, DayKind(k), n) for d, k, n in days), known_years=list(years))


def lpr_of(rows: Iterable[tuple[date, Decimal]]) -> LprTable:
    """The LPR table from (effective_on, rate) rows in date order."""
    return LprTable(LprEntry(d, r) for d, r in rows)


def procedures_of(definitions: Iterable[str]) -> dict[str, ProcedureRule]:
    """The procedures from their steps' JSON definitions in the order they were stored (the shipped ones
    when there are none)."""
    merged: dict[str, dict] = {}
    for definition in definitions:
        data = json.loads(definition)
        proc = merged.setdefault(data["code"], {**data, "steps": []})
        proc["steps"].extend(data["steps"])
    return procedures_from_dicts(merged.values()) if merged else default_procedures()


def settings_of(rows: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Every setting: the shipped defaults, overridden by the office's (key, JSON value) rows."""
    values = default_settings()
    values.update({k: json.loads(v) for k, v in rows})
    return values


@dataclass(frozen=True)
class RuleBook:
    """Everything the legal engine needs, loaded once per transaction."""

    calendar: WorkCalendar
    procedures: dict[str, ProcedureRule]
    lpr: LprTable
    settings: dict[str, Any]

    @classmethod
    def load(cls, session) -> RuleBook:
        """From an ORM session (``services.reference``)."""
        from complaintdesk.services import reference

        return cls(reference.load_calendar(session), reference.load_procedures(session), reference.load_lpr(session),
                   reference.get_settings(session))
