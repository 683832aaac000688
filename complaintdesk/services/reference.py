"""Reference data the office keeps live in its database: calendar, LPR, procedure rules, settings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from complaintdesk.domain.arrears import LprEntry, LprTable, load_lpr_table
from complaintdesk.domain.calendar import DayKind, HolidayRow, WorkCalendar, load_official_schedule
from complaintdesk.domain.deadlines import (
    ProcedureRule,
    default_procedures,
    procedures_from_dicts,
    procedures_to_dicts,
)
from complaintdesk.messages import schedules as msg
from complaintdesk.resources import resource_path
from complaintdesk.services import history
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.errors import ServiceError
from complaintdesk.store.models import CalendarDay, CalendarYear, LprRate, ProcedureStep, Setting

CALENDAR_SOURCE = "国务院办公厅关于部分节假日安排的通知（随程序发布的默认数据）"


def default_settings() -> dict[str, Any]:
    data = json.loads(resource_path("office_defaults.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def seed_defaults(session: Session, actor: Actor = SYSTEM) -> list[str]:
    """Fill empty reference tables from resources/; never overwrite what an office has edited."""
    seeded: list[str] = []
    if session.execute(select(func.count()).select_from(CalendarYear)).scalar() == 0:
        rows = load_official_schedule()
        years = sorted({r.day.year for r in rows})
        session.add_all(CalendarYear(year=y, source=CALENDAR_SOURCE, entered_by=actor.display_name) for y in years)
        session.flush()
        session.add_all(CalendarDay(day=r.day, year=r.day.year, kind=r.kind, name=r.name) for r in rows)
        seeded.append(f"节假日安排 {years[0]}–{years[-1]} 年")
    if session.execute(select(func.count()).select_from(LprRate)).scalar() == 0:
        table = load_lpr_table()
        session.add_all(LprRate(effective_on=e.effective_on, rate=e.rate, source="随程序发布的默认数据")
                        for e in table.entries)
        seeded.append("一年期LPR")
    if session.execute(select(func.count()).select_from(ProcedureStep)).scalar() == 0:
        for proc in procedures_to_dicts(default_procedures().values()):
            for step in proc["steps"]:
                session.add(ProcedureStep(procedure=proc["code"], step=step["code"],
                                          definition=json.dumps({**proc, "steps": [step]}, ensure_ascii=False)))
        seeded.append("办理程序与时限")
    existing = set(session.execute(select(Setting.key)).scalars())
    missing = {k: v for k, v in default_settings().items() if k not in existing}
    for key, value in missing.items():
        session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
    if missing:
        seeded.append("办公室设置")
    if seeded:
        history.record(session, actor, entity="setting", entity_id=None, action="seed_defaults",
                       summary="载入默认参考数据：" + "、".join(seeded))
    return seeded


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)).all()
    years = session.execute(select(CalendarYear.year)).scalars().all()
    return WorkCalendar.from_rows((HolidayRow(d, DayKind(k), n) for d, k, n in rows), known_years=years)


def load_lpr(session: Session) -> LprTable:
    rows = session.execute(select(LprRate.effective_on, LprRate.rate).order_by(LprRate.effective_on)).all()
    return LprTable(LprEntry(d, r) for d, r in rows)


def load_procedures(session: Session) -> dict[str, ProcedureRule]:
    merged: dict[str, dict] = {}
    for (definition,) in session.execute(select(ProcedureStep.definition).order_by(ProcedureStep.id)):
        data = json.loads(definition)
        proc = merged.setdefault(data["code"], {**data, "steps": []})
        proc["steps"].extend(data["steps"])
    return procedures_from_dicts(merged.values()) if merged else default_procedures()


def get_settings(session: Session) -> dict[str, Any]:
    values = default_settings()
    values.update({k: json.loads(v) for k, v in session.execute(select(Setting.key, Setting.value))})
    return values


@dataclass(frozen=True)
class RuleBook:
    """Everything the legal engine needs, loaded once per transaction."""

    calendar: WorkCalendar
    procedures: dict[str, ProcedureRule]
    lpr: LprTable
    settings: dict[str, Any]

    @classmethod
    def load(cls, session: Session) -> RuleBook:
        return cls(load_calendar(session), load_procedures(session), load_lpr(session), get_settings(session))


def replace_year_schedule(session: Session, actor: Actor, year: int, rows: list[tuple[date, str, str]],
                          source: str) -> None:
    """Enter or replace one year's official schedule (rest and make-up days)."""
    for d, kind, _ in rows:
        if d.year != year:
            raise ServiceError(msg.DAY_NOT_IN_YEAR, day=d.isoformat(), year=year)
        if kind not in ("rest", "work"):
            raise ValueError(f"unknown day kind {kind!r}")
    old = session.get(CalendarYear, year)
    session.execute(delete(CalendarDay).where(CalendarDay.year == year))
    if old is None:
        session.add(CalendarYear(year=year, source=source, entered_by=actor.display_name))
    else:
        old.source = source
        old.entered_by = actor.display_name
    session.flush()
    session.add_all(CalendarDay(day=d, year=year, kind=k, name=n) for d, k, n in rows)
    history.record(session, actor, entity="calendar", entity_id=year, action="calendar_year_set",
                   summary=f"录入 {year} 年节假日安排（{len(rows)} 天）：{source}")
