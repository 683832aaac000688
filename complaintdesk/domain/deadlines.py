"""Statutory step clocks: procedures as data, and deadlines that explain themselves.

Counting rules (DOMAIN.md §3):

* A period runs from the day after the trigger date (Civil Code art. 201): the trigger day itself
  is never counted.
* Calendar-day periods (``Unit.DAYS``): the last day is trigger + length + extensions + suspended
  days. If that day is not a working day the period ends on the next working day (art. 203).
  Holidays inside the period count like any other day.
* Working-day periods (``Unit.WORKDAYS``): the last day is the N-th working day strictly after the
  trigger, where N = length + extensions + suspended working days.
* Suspension (补正 and the like; DOMAIN.md §3 "Convention"): a stop on X and a restart on Y remove
  the days in (X, Y]: the stop day still counts, the clock runs again on the day after the restart,
  and the period's last day moves by Y − X calendar days (by the working days in (X, Y] for a
  working-day rule), then rolls forward again. A stop counts if X is on or before the deadline as
  it stands after roll-forward (art. 203): a stop in the gap between a period ending on a rest day
  and the working day it rolls to counts from that working day. A stop after the deadline has
  passed does not revive the clock, is shown as such and leaves no clock stopped. A counting stop
  without a restart leaves the clock stopped: no due date.
* Extensions add to the length, in the rule's unit, never beyond the step's ``extension_cap``.
* A deadline is provisional when any year from the trigger to the due date (or to the open stop)
  has no official holiday schedule; those years are counted with their statutory holidays (from 2025,
  ``domain.statutory_holidays``) and weekends, without the notice's moved days.
* Rounds: a clock belongs to one round. A reopened case or a new review request starts the step
  again as round n (its key ``code#n``, see :func:`round_key`), with its own stops, extensions and cap.
* Which text governs: a step whose statutory limit came into force on ``in_force_from`` (e.g. the
  2025 Payment Regulation) has no statutory limit for cases received before that day; such a case
  runs on the office's internal target (内部时限), never cited as statute (:meth:`StepRule.governing`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.resources import resource_path

ROUND_MARK = "#"
_ROUND_SUFFIX = re.compile(r"（第\d+轮）$")
# How a clock that runs on the office's internal target instead of a statutory limit names its basis.
INTERNAL_TARGET = "本机关内部时限（非法定期限）"


def round_key(code: str, round_no: int) -> str:
    """The key of round ``round_no`` of step ``code`` in a case's clocks: ``reply``, ``reply#2``, …"""
    if round_no < 1:
        raise ValueError(f"a round is numbered from 1, got {round_no}")
    return code if round_no == 1 else f"{code}{ROUND_MARK}{round_no}"


def split_round(key: str) -> tuple[str, int]:
    """(step code, round number) of a clock's key: ``reply#2`` → (``reply``, 2), ``reply`` → (``reply``, 1)."""
    code, mark, number = key.partition(ROUND_MARK)
    return (code, int(number)) if mark and number.isdigit() else (key, 1)


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
    # The statutory limit applies to cases received on or after this day; ``earlier_basis`` says what
    # governed cases received before it (a text without a limit, e.g. the 2020 Payment Regulation).
    in_force_from: date | None = None
    earlier_basis: str = ""

    def __post_init__(self) -> None:
        # Rules come from an admin-edited table, so accept the stored string forms of unit and date.
        object.__setattr__(self, "unit", Unit(self.unit))
        if isinstance(self.in_force_from, str):
            object.__setattr__(self, "in_force_from", date.fromisoformat(self.in_force_from))
        if self.length < 1:
            raise ValueError(f"{self.procedure}/{self.code}: length must be at least 1, got {self.length}")
        if self.extension_cap < 0:
            raise ValueError(f"{self.procedure}/{self.code}: extension_cap must not be negative")
        if self.in_force_from is not None and not self.earlier_basis.strip():
            raise ValueError(f"{self.procedure}/{self.code}: in_force_from needs the earlier_basis")

    @property
    def base_code(self) -> str:
        """The step's code without its round (``reply#2`` → ``reply``)."""
        return split_round(self.code)[0]

    @property
    def round_no(self) -> int:
        return split_round(self.code)[1]

    @property
    def statutory(self) -> bool:
        """False when the clock runs on the office's internal target (内部时限), not on a legal limit."""
        return not self.basis.startswith(INTERNAL_TARGET)

    def governing(self, received_on: date) -> StepRule:
        """This rule as it applies to a case received on ``received_on`` (DOMAIN.md §3 "Which text governs").

        Before ``in_force_from`` no statutory limit exists: the clock keeps the step's length, extension
        cap and counting as the office's internal target, and its basis says so instead of citing the
        later text.
        """
        if self.in_force_from is None or received_on >= self.in_force_from:
            return self
        return replace(self, basis=f"{INTERNAL_TARGET}；{self.earlier_basis}", in_force_from=None, earlier_basis="")

    def for_round(self, round_no: int, trigger_zh: str | None = None) -> StepRule:
        """Round ``round_no`` of this step: its own key and name, optionally its own trigger wording."""
        code, name = self.base_code, _ROUND_SUFFIX.sub("", self.name_zh)
        if round_no > 1:
            name = f"{name}（第{round_no}轮）"
        return replace(self, code=round_key(code, round_no), name_zh=name,
                       trigger_zh=self.trigger_zh if trigger_zh is None else trigger_zh)


@dataclass(frozen=True)
class ProcedureRule:
    """A channel's procedure (DOMAIN.md §2) and its step clocks."""

    code: str
    name_zh: str
    name_en: str
    steps: tuple[StepRule, ...]
    has_review: bool
    # A review (复查) must be requested within this many days of the written reply (0: no such limit).
    review_window_days: int = 0

    def __post_init__(self) -> None:
        codes = [s.code for s in self.steps]
        if len(set(codes)) != len(codes):
            raise ValueError(f"procedure {self.code}: duplicate step codes {codes}")
        if any(ROUND_MARK in c for c in codes):
            raise ValueError(f"procedure {self.code}: a step code must not contain {ROUND_MARK!r}: {codes}")
        if self.review_window_days < 0:
            raise ValueError(f"procedure {self.code}: review_window_days must not be negative")
        foreign = [s.code for s in self.steps if s.procedure != self.code]
        if foreign:
            raise ValueError(f"procedure {self.code}: steps {foreign} belong to another procedure")

    def step(self, code: str) -> StepRule:
        for step in self.steps:
            if step.code == code:
                return step
        raise KeyError(f"procedure {self.code} has no step {code!r}")


# Fields later versions added to the shipped rules: an office's stored copy that predates them takes
# them from the shipped defaults (they state legal facts, not the office's choices).
_LATER_STEP_FIELDS = ("in_force_from", "earlier_basis")
_LATER_PROCEDURE_FIELDS = ("review_window_days",)


@functools.cache
def _shipped_dicts() -> dict[str, dict[str, Any]]:
    text = resource_path("procedures.json").read_text(encoding="utf-8")
    return {p["code"]: p for p in json.loads(text)["procedures"]}


def _with_later_fields(item: Mapping[str, Any]) -> dict[str, Any]:
    shipped = _shipped_dicts().get(item["code"], {})
    merged = {**{k: shipped[k] for k in _LATER_PROCEDURE_FIELDS if k in shipped}, **item}
    shipped_steps = {s["code"]: s for s in shipped.get("steps", ())}
    merged["steps"] = [{**{k: shipped_steps[s["code"]][k] for k in _LATER_STEP_FIELDS
                           if k in shipped_steps.get(s.get("code"), {})}, **s} for s in item["steps"]]
    return merged


def procedures_from_dicts(items: Iterable[Mapping[str, Any]]) -> dict[str, ProcedureRule]:
    """Procedures from plain dicts (the JSON file or the database's admin-edited copy)."""
    procedures: dict[str, ProcedureRule] = {}
    for item in items:
        code = item["code"]
        if code in procedures:
            raise ValueError(f"procedure {code} defined twice")
        item = _with_later_fields(item)
        try:
            steps = tuple(StepRule(procedure=code, **step) for step in item["steps"])
        except TypeError as exc:
            raise ValueError(f"procedure {code}: bad step: {exc}") from None
        procedures[code] = ProcedureRule(code, item["name_zh"], item["name_en"], steps, item["has_review"],
                                         int(item.get("review_window_days", 0)))
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
            fields["in_force_from"] = step.in_force_from.isoformat() if step.in_force_from else None
            steps.append(fields)
        result.append(
            {
                "code": procedure.code,
                "name_zh": procedure.name_zh,
                "name_en": procedure.name_en,
                "has_review": procedure.has_review,
                "review_window_days": procedure.review_window_days,
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
    applies: bool  # False when the stop came after the deadline as it then stood (it revives nothing)
    suspended: int = 0  # days not counted, in the step's unit
    remaining: int | None = None  # for a stop not yet restarted: days left when the clock stopped
    deadline_then: date | None = None  # the deadline (after roll-forward) the stop was compared with
    rolled_from: date | None = None  # set when the stop fell after a period end on a rest day: that end


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

    @property
    def statutory(self) -> bool:
        return self.step.statutory

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


def _apply_stop(unit: Unit, calendar: WorkCalendar, end: date, stop: ClockStop) -> tuple[StopEffect, date | None]:
    """How ``stop`` acts on a period whose last day (before roll-forward) is ``end``; the new last day
    (None while the clock stays stopped)."""
    due = calendar.roll_forward(end)
    if stop.stopped_on > due:  # the deadline had passed: a stop now revives nothing
        return StopEffect(stop, applies=False, deadline_then=due), end
    # A stop between a period end on a rest day and the working day it rolls to counts from that day.
    base, rolled_from = (end, None) if stop.stopped_on <= end else (due, end)
    if unit is Unit.WORKDAYS:
        remaining = calendar.workdays_between(stop.stopped_on, base)
    else:
        remaining = (base - stop.stopped_on).days
    if stop.restarted_on is None:
        return StopEffect(stop, True, remaining=remaining, deadline_then=due, rolled_from=rolled_from), None
    if unit is Unit.WORKDAYS:
        suspended = calendar.workdays_between(stop.stopped_on, stop.restarted_on)
        # the days left when it stopped, counted again from the restart (none left: the restart day)
        new_end = (calendar.add_workdays(stop.restarted_on, remaining) if remaining
                   else calendar.roll_forward(stop.restarted_on))
    else:
        suspended = (stop.restarted_on - stop.stopped_on).days
        new_end = base + timedelta(days=suspended)
    return StopEffect(stop, True, suspended=suspended, deadline_then=due, rolled_from=rolled_from), new_end


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
    if rule.unit is Unit.WORKDAYS:
        end: date | None = calendar.add_workdays(trigger_on, total)
    else:
        end = trigger_on + timedelta(days=total)

    suspended = 0
    effects = []
    for stop in stops:
        assert end is not None  # only the last stop may be open (_check_stops)
        effect, end = _apply_stop(rule.unit, calendar, end, stop)
        suspended += effect.suspended
        effects.append(effect)

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
    unit, calendar = deadline.step.unit, deadline.calendar
    trigger_on, due, end = deadline.trigger_on, deadline.due_on, deadline.period_end
    lines = _rule_lines(deadline)
    lines += [_stop_line(effect, unit, calendar) for effect in deadline.stop_effects]

    last_examined = due or deadline.stop_effects[-1].stop.stopped_on
    lines += _calendar_lines(calendar, unit, trigger_on, last_examined)
    provisional = calendar.provisional_note(trigger_on, last_examined)
    if provisional:
        lines.append(provisional)

    if due is None or end is None:
        lines.append("期限中止计算中，恢复计算后重新确定届满日")
    elif due != end:
        lines.append(f"期限届满日{_full(end)}为休息日（{_rest_day_name(calendar, end)}），"
                     f"顺延至{_full(due)}（民法典第二百零三条）")
    else:
        lines.append(f"期限届满日：{_full(due)}")
    return tuple(lines)


def _rule_lines(deadline: Deadline) -> list[str]:
    """Trigger, round, length, basis and extensions."""
    rule, unit = deadline.step, deadline.step.unit
    lines = [f"{rule.trigger_zh or rule.trigger}：{_full(deadline.trigger_on)}"]
    if rule.round_no > 1:
        lines.append(f"本轮：第{rule.round_no}轮，自本轮起点起算；此前各轮的中止和延长不计入本轮")
    if not rule.statutory:
        lines.append(f"内部时限：{rule.length}{unit.zh}（本机关工作目标，非法定期限；自次日起算）")
    elif unit is Unit.WORKDAYS:
        lines.append(f"期限：{rule.length}个工作日（自次日起算，不含法定节假日和周末，调休上班日计入）")
    else:
        lines.append(f"期限：{rule.length}日（自次日起算，民法典第二百零一条）")
    lines.append(f"依据：{rule.basis}")
    lines += [f"延长：{e.days}{unit.zh}（{e.reason or '经批准'}）" for e in deadline.extensions]
    if deadline.extensions:
        lines.append(f"延长后期限：{deadline.total_length}{unit.zh}（延长上限{rule.extension_cap}{unit.zh}）")
    return lines


def _stop_line(effect: StopEffect, unit: Unit, calendar: WorkCalendar) -> str:
    stop = effect.stop
    reason = f"（{stop.reason}）" if stop.reason else ""
    if not effect.applies:
        then = f"期限届满日{_full(effect.deadline_then)}" if effect.deadline_then else "期限届满日"
        return f"中止：{_full(stop.stopped_on)}{reason}，在{then}之后，期满后中止不使期限恢复，不影响期限"
    if stop.restarted_on is None:
        line = f"中止：自{_full(stop.stopped_on)}起{reason}，尚未恢复计算；恢复计算后还有{effect.remaining}{unit.zh}"
    else:
        span = f"{_full(stop.stopped_on)}至{_short(stop.restarted_on, stop.stopped_on.year)}"
        line = f"中止：{span}{reason}，不计入{effect.suspended}{unit.zh}"
    if effect.rolled_from is not None and effect.deadline_then is not None:
        line += (f"（期间最后一日{_full(effect.rolled_from)}为休息日（{_rest_day_name(calendar, effect.rolled_from)}），"
                 f"顺延至{_full(effect.deadline_then)}；中止在顺延后的届满日之前，仍予计算）")
    return line


def _rest_day_name(calendar: WorkCalendar, day: date) -> str:
    if day in calendar.rest_days:
        return calendar.holiday_name(day) or "法定节假日"
    return "星期六" if day.weekday() == 5 else "星期日"


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
