"""Reference data the office keeps live in its database: calendar, LPR, procedure rules, settings."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from complaintdesk.domain.arrears import LprTable, load_lpr_table
from complaintdesk.domain.calendar import WorkCalendar, load_official_schedule
from complaintdesk.domain.deadlines import (
    ProcedureRule,
    default_procedures,
    procedures_to_dicts,
)
from complaintdesk.messages import schedules as msg
from complaintdesk.services import history
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.errors import ServiceError

# The rule book and the shipped settings are plain data built in services.rule_book (no SQLAlchemy: a
# letter from the command line reads them with plain SQLite); importable from here as before.
from complaintdesk.services.rule_book import (
    RuleBook,
    calendar_of,
    default_settings,
    lpr_of,
    procedures_of,
    settings_of,
)
from complaintdesk.store.models import CalendarDay, CalendarYear, LprRate, ProcedureStep, Setting
from complaintdesk.store.types import utcnow

CALENDAR_SOURCE = "国务院办公厅关于部分节假日安排的通知（随程序发布的默认数据）"


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
    return calendar_of(rows, years)


def load_lpr(session: Session) -> LprTable:
    return lpr_of(session.execute(select(LprRate.effective_on, LprRate.rate).order_by(LprRate.effective_on)).all())


def load_procedures(session: Session) -> dict[str, ProcedureRule]:
    return procedures_of(d for (d,) in session.execute(select(ProcedureStep.definition).order_by(ProcedureStep.id)))


def get_settings(session: Session) -> dict[str, Any]:
    return settings_of(session.execute(select(Setting.key, Setting.value)))


def replace_year_schedule(session: Session, actor: Actor, year: int, rows: list[tuple[date, str, str]],
                          source: str, *, notice_date: date | None = None) -> None:
    """Enter or replace one year's official schedule (rest and make-up days) and its notice's date."""
    for d, kind, _ in rows:
        if d.year != year:
            raise ServiceError(msg.DAY_NOT_IN_YEAR, day=d.isoformat(), year=year)
        if kind not in ("rest", "work"):
            raise ValueError(f"unknown day kind {kind!r}")
    old = session.get(CalendarYear, year)
    session.execute(delete(CalendarDay).where(CalendarDay.year == year))
    if old is None:
        session.add(CalendarYear(year=year, source=source, entered_by=actor.display_name, notice_date=notice_date))
    else:
        old.source = source
        old.entered_by = actor.display_name
        old.notice_date = notice_date
        old.entered_at = utcnow()  # other desks see the change (Office.calendar's stamp) and reload
    session.flush()
    session.add_all(CalendarDay(day=d, year=year, kind=k, name=n) for d, k, n in rows)
    dated = f"（{notice_date:%Y年%m月%d日}）" if notice_date else ""
    history.record(session, actor, entity="calendar", entity_id=year, action="calendar_year_set",
                   summary=f"录入 {year} 年节假日安排（{len(rows)} 天）：{source}{dated}")


__all__ = ["CALENDAR_SOURCE", "RuleBook", "default_settings", "get_settings", "load_calendar", "load_lpr",
           "load_procedures", "replace_year_schedule", "seed_defaults"]
