"""Entering a year's official holiday schedule: preview which deadlines move, then save and recompute."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.domain.calendar import DayKind, HolidayRow, WorkCalendar, parse_schedule_csv
from complaintdesk.services import clock, history, reference
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.errors import ServiceError
from complaintdesk.store.database import Database
from complaintdesk.store.models import CalendarDay, CalendarYear, Case


@dataclass(frozen=True)
class MovedDeadline:
    case_id: int
    case_no: str
    step: str
    old_due: date | None
    new_due: date | None


@dataclass(frozen=True)
class YearSchedule:
    year: int
    source: str | None  # None: not loaded (the year is provisional)
    rows: tuple[HolidayRow, ...]


def read_schedule_file(path: Path) -> list[HolidayRow]:
    """A schedule file in the shipped format (``date,kind,name``; ``#`` comments)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ServiceError(f"无法读取文件 / cannot read {path}: {exc.strerror}", "file") from exc
    except UnicodeDecodeError as exc:
        raise ServiceError(f"文件不是 UTF-8 文本 / {path} is not UTF-8 text", "file") from exc
    try:
        return parse_schedule_csv(text.splitlines())
    except ValueError as exc:
        raise ServiceError(f"节假日文件格式错误 / bad schedule file: {exc}", "file") from exc


def _check_rows(year: int, rows: list[HolidayRow]) -> None:
    if not rows:
        raise ServiceError(f"{year} 年安排为空 / the {year} schedule lists no days", "rows")
    for row in rows:
        if row.day.year != year:
            raise ServiceError(f"{row.day.isoformat()} 不在 {year} 年内 / is not in {year}", "rows")
        if row.kind == DayKind.WORK and row.day.weekday() < 5:
            raise ServiceError(f"{row.day.isoformat()} 是周一至周五，不能作为调休上班日 / a make-up working day "
                               "must be a Saturday or Sunday", "rows")
        if not row.name.strip():
            raise ServiceError(f"{row.day.isoformat()} 缺少节日名称 / has no holiday name", "rows")


def _candidate_calendar(session: Session, year: int, rows: list[HolidayRow]) -> WorkCalendar:
    current = session.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
                              .where(CalendarDay.year != year)).all()
    years = set(session.execute(select(CalendarYear.year)).scalars()) | {year}
    merged = [HolidayRow(d, DayKind(k), n) for d, k, n in current] + list(rows)
    return WorkCalendar.from_rows(merged, known_years=years)


def _named(session: Session, moved: list[clock.Moved]) -> list[MovedDeadline]:
    numbers = {}
    ids = sorted({m.case_id for m in moved})
    for i in range(0, len(ids), 5000):
        numbers.update(session.execute(select(Case.id, Case.case_no).where(Case.id.in_(ids[i:i + 5000]))).all())
    return sorted((MovedDeadline(m.case_id, numbers[m.case_id], m.step, m.old_due, m.new_due) for m in moved),
                  key=lambda m: m.case_no)


def preview_year(db: Database, year: int, rows: list[HolidayRow]) -> list[MovedDeadline]:
    """Which open cases' deadlines this schedule would move; nothing is saved."""
    _check_rows(year, rows)
    with db.read() as session:
        candidate = _candidate_calendar(session, year, rows)
        return _named(session, clock.recompute(session, candidate, apply=False))


def set_year(db: Database, actor: Actor, year: int, rows: list[HolidayRow], source: str) -> list[MovedDeadline]:
    """Save a year's schedule, recompute every open case, and record each moved deadline."""
    require(actor, Permission.MANAGE_RULES)
    _check_rows(year, rows)
    if not source.strip():
        raise ServiceError("请注明来源（国务院办公厅通知文号） / name the source (the State Council notice)", "source")
    with db.write() as session:
        reference.replace_year_schedule(session, actor, year, [(r.day, r.kind.value, r.name) for r in rows],
                                        source.strip())
        calendar = reference.load_calendar(session)
        moved = _named(session, clock.recompute(session, calendar))
        # One chained batch: a new schedule can move a thousand deadlines at once.
        history.record_many(session, actor, [history.PendingEvent(
            entity="case", entity_id=m.case_id, case_id=m.case_id, action="deadline_recomputed",
            summary=f"因录入 {year} 年节假日安排，期限由 {m.old_due} 调整为 {m.new_due}",
            changes={f"due_on:{m.step}": (m.old_due, m.new_due)}) for m in moved])
    return moved


def year_schedule(db: Database, year: int) -> YearSchedule:
    with db.read() as session:
        entry = session.get(CalendarYear, year)
        rows = session.execute(select(CalendarDay).where(CalendarDay.year == year).order_by(CalendarDay.day)).scalars()
        return YearSchedule(year, entry.source if entry else None,
                            tuple(HolidayRow(r.day, DayKind(r.kind), r.name) for r in rows))
