"""Statutory step clocks: procedures as data, and deadlines that explain themselves.

Counting rules (DOMAIN.md §3):

* A period runs from the day after the trigger date (Civil Code art. 201): the trigger day itself
  is never counted.
* Calendar-day periods (``Unit.DAYS``): the last day is trigger + length + extensions + suspended
  days. If that day is not a working day the period ends on the next working day (art. 203).
  Holidays inside the period count like any other day.
* Working-day periods (``Unit.WORKDAYS``): the last day is the N-th working day strictly after the
  trigger, where N = length + extensions + suspended working days.
* Suspension (补正 and the like): a stop suspends the days in (stopped_on, restarted_on]. The stop
  day still counts; the clock runs again on the day after the restart. For a calendar-day rule the
  suspended calendar days are added, for a working-day rule the working days in that interval.
  A stop on or after the period's last day (before any roll-forward) no longer affects the period
  and is shown as such. A stop without a restart leaves the clock stopped: no due date.
* Extensions add to the length, in the rule's unit, never beyond the step's ``extension_cap``.
* A deadline is provisional when any year from the trigger to the due date (or to the open stop)
  has no official holiday schedule; those years are counted with weekends only.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.resources import resource_path


class Unit(StrEnum):
    """How a step's length is counted."""

    DAYS = "days"
    WORKDAYS = "workdays"

    @property
    def zh(self) -> str:
        return "个工作日" if self is Unit.WORKDAYS else "日"


@dataclass(frozen=True)
class StepRule:
    """One clock of a procedure: what starts it, how long it runs, and on what legal basis."""

    procedure: str
    code: str
    name_zh: str
    name_en: str
    trigger: str
    length: int
    unit: Unit
    extension_cap: int
    stoppable: bool
    basis: str
    trigger_zh: str = ""  # how explanations name the trigger event, e.g. 收到投诉材料

    def __post_init__(self) -> None:
        # Rules come from an admin-edited table, so accept the stored string form of the unit.
        object.__setattr__(self, "unit", Unit(self.unit))
        if self.length < 1:
            raise ValueError(f"{self.procedure}/{self.code}: length must be at least 1, got {self.length}")
        if self.extension_cap < 0:
            raise ValueError(f"{self.procedure}/{self.code}: extension_cap must not be negative")


@dataclass(frozen=True)
class ProcedureRule:
    """A channel's procedure (DOMAIN.md §2) and its step clocks."""

    code: str
    name_zh: str
    name_en: str
    steps: tuple[StepRule, ...]
    has_review: bool

    def __post_init__(self) -> None:
        codes = [s.code for s in self.steps]
        if len(set(codes)) != len(codes):
            raise ValueError(f"procedure {self.code}: duplicate step codes {codes}")
        foreign = [s.code for s in self.steps if s.procedure != self.code]
        if foreign:
            raise ValueError(f"procedure {self.code}: steps {foreign} belong to another procedure")

    def step(self, code: str) -> StepRule:
        for step in self.steps:
            if step.code == code:
                return step
        raise KeyError(f"procedure {self.code} has no step {code!r}")


def procedures_from_dicts(items: Iterable[Mapping[str, Any]]) -> dict[str, ProcedureRule]:
    """Procedures from plain dicts (the JSON file or the database's admin-edited copy)."""
    procedures: dict[str, ProcedureRule] = {}
    for item in items:
        code = item["code"]
        if code in procedures:
            raise ValueError(f"procedure {code} defined twice")
        try:
            steps = tuple(StepRule(procedure=code, **step) for step in item["steps"])
        except TypeError as exc:
            raise ValueError(f"procedure {code}: bad step: {exc}") from None
        procedures[code] = ProcedureRule(code, item["name_zh"], item["name_en"], steps, item["has_review"])
    return procedures


def procedures_to_dicts(procedures: Iterable[ProcedureRule]) -> list[dict[str, Any]]:
    """Inverse of :func:`procedures_from_dicts`; JSON-ready."""
    result = []
    for procedure in procedures:
        steps = []
        for step in procedure.steps:
            fields = asdict(step)
            del fields["procedure"]
            fields["unit"] = step.unit.value
            steps.append(fields)
        result.append(
            {
                "code": procedure.code,
                "name_zh": procedure.name_zh,
                "name_en": procedure.name_en,
                "has_review": procedure.has_review,
                "steps": steps,
            }
        )
    return result


def default_procedures() -> dict[str, ProcedureRule]:
    """The shipped defaults from ``resources/procedures.json`` (DOMAIN.md §2)."""
    text = resource_path("procedures.json").read_text(encoding="utf-8")
    return procedures_from_dicts(json.loads(text)["procedures"])


@dataclass(frozen=True)
class ClockStop:
    """The clock stopped on ``stopped_on`` and, if ``restarted_on`` is set, restarted then."""

    stopped_on: date
    restarted_on: date | None = None
    reason: str = ""

    def __post_init__(self) -> None:
        if self.restarted_on is not None and self.restarted_on < self.stopped_on:
            raise ValueError(f"clock restarted on {self.restarted_on} before it stopped on {self.stopped_on}")


@dataclass(frozen=True)
class Extension:
    """An approved extension of a step's clock."""

    days: int  # in the step's unit
    reason: str = ""

    def __post_init__(self) -> None:
        if self.days < 1:
            raise ValueError(f"an extension must be at least 1 day, got {self.days}")


class ExtensionBeyondCap(ValueError):
    """Extensions would exceed the step's ``extension_cap``; ``cap`` and ``requested`` say by how much."""

    def __init__(self, step: StepRule, requested: int) -> None:
        self.cap = step.extension_cap
        self.requested = requested
        super().__init__(
            f"{step.procedure}/{step.code}: extensions total {requested} {step.unit.value}, "
            f"beyond the cap of {self.cap} {step.unit.value} "
            f"(延长合计{requested}{step.unit.zh}，超过上限{self.cap}{step.unit.zh})"
        )


@dataclass(frozen=True)
class StopEffect:
    """How one stop acted on the clock."""

    stop: ClockStop
    applies: bool  # False when the stop came on or after the period's last day
    suspended: int = 0  # days not counted, in the step's unit
    remaining: int | None = None  # for a stop not yet restarted: days left when the clock stopped


@dataclass(frozen=True)
class Deadline:
    """A computed due date; ``explanation`` is built on first access, so computing stays cheap."""

    step: StepRule
    trigger_on: date
    due_on: date | None  # None while the clock is stopped
    provisional: bool
    stopped: bool
    total_length: int  # length + extensions, in the step's unit
    suspended: int  # days not counted because of stops, in the step's unit
    basis: str
    period_end: date | None  # the last day before rolling forward; None while stopped
    extensions: tuple[Extension, ...]
    stop_effects: tuple[StopEffect, ...]
    calendar: WorkCalendar = field(repr=False, compare=False)

    @functools.cached_property
    def explanation(self) -> tuple[str, ...]:
        """Human-readable lines (Chinese) for officers, supervisors and letter drafts."""
        return _explain(self)


def _check_stops(rule: StepRule, trigger_on: date, stops: Sequence[ClockStop]) -> None:
    if stops and not rule.stoppable:
        raise ValueError(f"{rule.procedure}/{rule.code}: this clock cannot be stopped")
    earliest = trigger_on
    for index, stop in enumerate(stops):
        if stop.stopped_on < earliest:
            what = "the trigger date" if index == 0 else "the previous stop's restart"
            raise ValueError(
                f"stops must be in order and not overlap: stop on {stop.stopped_on} is before {what} {earliest}"
            )
        if stop.restarted_on is None:
            if index != len(stops) - 1:
                raise ValueError(f"stop on {stop.stopped_on} has no restart but is followed by another stop")
        else:
            earliest = stop.restarted_on


def compute_deadline(
    rule: StepRule,
    trigger_on: date,
    *,
    stops: Sequence[ClockStop] = (),
    extensions: Sequence[Extension] = (),
    calendar: WorkCalendar | None = None,
) -> Deadline:
    """The due date of ``rule``'s clock started on ``trigger_on``; see the module docstring."""
    calendar = calendar or WorkCalendar.official()
    extended = sum(e.days for e in extensions)
    if extended > rule.extension_cap:
        raise ExtensionBeyondCap(rule, extended)
    _check_stops(rule, trigger_on, stops)
    total = rule.length + extended
    by_workdays = rule.unit is Unit.WORKDAYS

    def last_day(suspended: int) -> date:
        if by_workdays:
            return calendar.add_workdays(trigger_on, total + suspended)
        return trigger_on + timedelta(days=total + suspended)

    suspended = 0
    end: date | None = last_day(0)
    effects = []
    for stop in stops:
        if stop.stopped_on >= end:
            effects.append(StopEffect(stop, applies=False))
        elif stop.restarted_on is None:
            if by_workdays:
                left = total + suspended - calendar.workdays_between(trigger_on, stop.stopped_on)
            else:
                left = (end - stop.stopped_on).days
            effects.append(StopEffect(stop, applies=True, remaining=left))
            end = None
        else:
            if by_workdays:
                days = calendar.workdays_between(stop.stopped_on, stop.restarted_on)
            else:
                days = (stop.restarted_on - stop.stopped_on).days
            suspended += days
            end = last_day(suspended)
            effects.append(StopEffect(stop, applies=True, suspended=days))

    due = None if end is None else calendar.roll_forward(end)
    last_examined = due or stops[-1].stopped_on
    return Deadline(
        step=rule,
        trigger_on=trigger_on,
        due_on=due,
        provisional=bool(calendar.provisional_years(trigger_on, last_examined)),
        stopped=due is None,
        total_length=total,
        suspended=suspended,
        basis=rule.basis,
        period_end=end,
        extensions=tuple(extensions),
        stop_effects=tuple(effects),
        calendar=calendar,
    )


def _full(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _short(day: date, year: int) -> str:
    """Month and day only when the year is already clear from context."""
    return f"{day.month}月{day.day}日" if day.year == year else _full(day)


def _explain(deadline: Deadline) -> tuple[str, ...]:
    rule, unit, calendar = deadline.step, deadline.step.unit, deadline.calendar
    trigger_on, due, end = deadline.trigger_on, deadline.due_on, deadline.period_end
    lines = [f"{rule.trigger_zh or rule.trigger}：{_full(trigger_on)}"]
    if unit is Unit.WORKDAYS:
        lines.append(f"期限：{rule.length}个工作日（自次日起算，不含法定节假日和周末，调休上班日计入）")
    else:
        lines.append(f"期限：{rule.length}日（自次日起算，民法典第二百零一条）")
    lines.append(f"依据：{rule.basis}")
    lines += [f"延长：{e.days}{unit.zh}（{e.reason or '经批准'}）" for e in deadline.extensions]
    if deadline.extensions:
        lines.append(f"延长后期限：{deadline.total_length}{unit.zh}（延长上限{rule.extension_cap}{unit.zh}）")

    for effect in deadline.stop_effects:
        stop = effect.stop
        reason = f"（{stop.reason}）" if stop.reason else ""
        if not effect.applies:
            lines.append(f"中止：{_full(stop.stopped_on)}{reason}，在期间最后一日之后，不影响期限")
        elif stop.restarted_on is None:
            lines.append(
                f"中止：自{_full(stop.stopped_on)}起{reason}，尚未恢复计算；"
                f"恢复计算后还有{effect.remaining}{unit.zh}"
            )
        else:
            span = f"{_full(stop.stopped_on)}至{_short(stop.restarted_on, stop.stopped_on.year)}"
            lines.append(f"中止：{span}{reason}，不计入{effect.suspended}{unit.zh}")

    last_examined = due or deadline.stop_effects[-1].stop.stopped_on
    lines += _calendar_lines(calendar, unit, trigger_on, last_examined)
    unknown_years = calendar.provisional_years(trigger_on, last_examined)
    if unknown_years:
        years = "、".join(f"{y}年" for y in unknown_years)
        lines.append(f"{years}节假日安排尚未录入，暂按周六、周日休息计算，结果为暂定")

    if due is None:
        lines.append("期限中止计算中，恢复计算后重新确定届满日")
    elif due != end:
        if end in calendar.rest_days:
            why = calendar.holiday_name(end) or "法定节假日"
        else:
            why = "星期六" if end.weekday() == 5 else "星期日"
        lines.append(f"期限届满日{_full(end)}为休息日（{why}），顺延至{_full(due)}（民法典第二百零三条）")
    else:
        lines.append(f"期限届满日：{_full(due)}")
    return tuple(lines)


def _calendar_lines(calendar: WorkCalendar, unit: Unit, trigger_on: date, last: date) -> list[str]:
    """Holidays and make-up working days in (trigger_on, last], named, for the explanation."""
    first = trigger_on + timedelta(days=1)
    year = trigger_on.year
    effect = "不计入" if unit is Unit.WORKDAYS else "按日计算照常计入"
    lines = []
    for span in calendar.holiday_spans(first, last):
        when = _short(span.first, year)
        if span.last != span.first:
            when += f"—{_short(span.last, year)}"
        lines.append(f"{span.name} {when}（休息日，{effect}）")
    make_up = calendar.make_up_workdays_in(first, last)
    if make_up:
        days = "、".join(_short(d, year) for d in make_up)
        lines.append(f"调休上班：{days}" + ("（计为工作日）" if unit is Unit.WORKDAYS else ""))
    return lines
