"""Arrears rules of the Regulation on Ensuring Payment to SMEs: payment terms, overdue interest, the LPR table."""

from __future__ import annotations

import bisect
import csv
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Literal

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.money import format_yuan, round_cents, to_money
from complaintdesk.domain.vocabulary import DebtorKind as DebtorKind  # defined with the other vocabularies
from complaintdesk.resources import resource_path

Regulation = Literal["2025", "2020"]

REGULATION_2025_IN_FORCE = date(2025, 6, 1)
REGULATION_2020_IN_FORCE = date(2020, 9, 1)

ORGAN_DEFAULT_TERM_DAYS = 30
ORGAN_MAX_TERM_DAYS = 60
LARGE_DEFAULT_TERM_DAYS = 60

DEFAULT_DAILY_RATE = Decimal("0.0005")
# PBoC convention for turning an annual rate into a daily one.
DAYS_PER_YEAR = 360

_TITLES: dict[Regulation, str] = {
    "2025": "《保障中小企业款项支付条例》（国务院令第802号，2025年6月1日起施行）",
    "2020": "《保障中小企业款项支付条例》（国务院令第728号）",
}
# The 2025 revision renumbered the payment-term articles (2020 art. 8 → 9, art. 9 → 10).
_ARTICLES: dict[Regulation, dict[str, str]] = {
    "2025": {
        "organ": "第九条第一款",
        "large": "第九条第二款",
        "settlement": "第九条第四款",
        "acceptance": "第十条",
    },
    "2020": {
        "organ": "第八条第一款",
        "large": "第八条第二款",
        "settlement": "第八条第三款",
        "acceptance": "第九条",
    },
}
_INTEREST_BASIS = "《保障中小企业款项支付条例》第十七条（2020年文本第十五条）"


_ORGAN_KINDS = frozenset({DebtorKind.STATE_ORGAN, DebtorKind.PUBLIC_INSTITUTION})


class OutsideRegulation(ValueError):
    """The debtor is not one the Payment Regulation binds, so it sets no payment term."""


@dataclass(frozen=True, slots=True)
class PaymentTerm:
    """When a debtor had to pay, and why; ``due_on`` is None when the law leaves it to the contract."""

    due_on: date | None
    start_on: date
    term_days: int | None
    basis: str
    regulation: Regulation
    provisional: bool = False
    warnings: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()


def payment_due_date(
    kind: DebtorKind | str,
    *,
    contract_signed_on: date,
    delivered_on: date,
    agreed_term_days: int | None = None,
    acceptance_passed_on: date | None = None,
    acceptance_period_ends_on: date | None = None,
    settlement_confirmed_on: date | None = None,
    calendar: WorkCalendar | None = None,
) -> PaymentTerm:
    """The statutory payment due date for a purchase from an SME (DOMAIN.md §4).

    The contract date picks the text (2025 from 2025-06-01, else 2020); the start is delivery,
    passed acceptance, the end of a delayed acceptance period, or the confirmed settlement;
    the term is counted in calendar days and a last day on a rest day rolls to the next working day.
    """
    kind = DebtorKind(kind)
    if kind is DebtorKind.OTHER:
        raise OutsideRegulation(
            "被投诉人不属于机关、事业单位或大型企业，不适用《保障中小企业款项支付条例》的付款期限规定 / "
            "debtor kind 'other' is outside the Payment Regulation: no statutory payment term"
        )
    _check_payment_inputs(
        contract_signed_on=contract_signed_on, delivered_on=delivered_on, agreed_term_days=agreed_term_days,
        acceptance_passed_on=acceptance_passed_on, acceptance_period_ends_on=acceptance_period_ends_on,
        settlement_confirmed_on=settlement_confirmed_on,
    )
    regulation = regulation_of(contract_signed_on)
    articles = _ARTICLES[regulation]
    warnings: list[str] = []
    explanation = [f"合同签订于{_zh(contract_signed_on)}，适用{_TITLES[regulation]}。"]
    if contract_signed_on < REGULATION_2020_IN_FORCE:
        warnings.append("合同签订于2020年9月1日条例施行之前，能否适用条例请核实。")

    start_on, start_article = _start_date(
        regulation, delivered_on=delivered_on, acceptance_passed_on=acceptance_passed_on,
        acceptance_period_ends_on=acceptance_period_ends_on, settlement_confirmed_on=settlement_confirmed_on,
        warnings=warnings, explanation=explanation,
    )
    term_days, term_article = _term_days(kind, regulation, agreed_term_days, warnings, explanation)
    cited = [articles[term_article]] + ([articles[start_article]] if start_article else [])
    basis = _TITLES[regulation] + "、".join(cited)

    due_on, provisional = None, False  # no statutory term: the contract decides
    if term_days is not None:
        due_on, provisional = _last_day(start_on, term_days, calendar or _official_calendar(), explanation)
    return PaymentTerm(
        due_on=due_on, start_on=start_on, term_days=term_days, basis=basis, regulation=regulation,
        provisional=provisional, warnings=tuple(warnings), explanation=tuple(explanation),
    )


def regulation_of(contract_signed_on: date) -> Regulation:
    """The text of the Regulation a contract falls under: 2025 from its day in force, else 2020."""
    return "2025" if contract_signed_on >= REGULATION_2025_IN_FORCE else "2020"


def due_date_key(
    kind: DebtorKind | str,
    *,
    contract_signed_on: date,
    delivered_on: date,
    agreed_term_days: int | None = None,
    acceptance_passed_on: date | None = None,
    acceptance_period_ends_on: date | None = None,
    settlement_confirmed_on: date | None = None,
) -> tuple:
    """Everything ``payment_due_date``'s due date depends on (with the calendar): the contract date only
    through the text in force, which sets the articles and the terms; the date itself is only named in
    the wording. Equal keys, equal ``due_on`` and ``provisional`` (a test holds this), so a table of a
    whole office works out each distinct due date once."""
    return (str(kind), regulation_of(contract_signed_on), delivered_on, agreed_term_days, acceptance_passed_on,
            acceptance_period_ends_on, settlement_confirmed_on)


def _last_day(start_on: date, term_days: int, calendar: WorkCalendar, explanation: list[str]) -> tuple[date, bool]:
    """The term's last day (rolled off a rest day) and whether it is provisional (its year's holiday
    schedule not entered yet); the counting is explained in ``explanation``."""
    nominal = start_on + timedelta(days=term_days)
    due_on = calendar.add_days(start_on, term_days)
    explanation.append(
        f"自{_zh(start_on)}的次日起算{term_days}日，期间届满日为{_zh(nominal)}（《民法典》第二百零一条）。"
    )
    if due_on != nominal:
        holiday = calendar.holiday_name(nominal)
        rest = f"{holiday}假期" if holiday else "休息日"
        explanation.append(
            f"{_zh(nominal)}为{rest}，顺延至其后第一个工作日{_zh(due_on)}（《民法典》第二百零三条）。"
        )
    note = calendar.provisional_note(nominal, due_on)  # the last day and any day it rolled over
    if note:
        explanation.append(f"{note}。")
    provisional = note is not None
    return due_on, provisional


def _official_calendar() -> WorkCalendar:
    return WorkCalendar.official()


def _check_payment_inputs(
    *,
    contract_signed_on: date,
    delivered_on: date,
    agreed_term_days: int | None,
    acceptance_passed_on: date | None,
    acceptance_period_ends_on: date | None,
    settlement_confirmed_on: date | None,
) -> None:
    _require_date("contract_signed_on", contract_signed_on)
    _require_date("delivered_on", delivered_on)
    for name, value in (
        ("acceptance_passed_on", acceptance_passed_on),
        ("acceptance_period_ends_on", acceptance_period_ends_on),
        ("settlement_confirmed_on", settlement_confirmed_on),
    ):
        if value is not None:
            _require_date(name, value)
    if agreed_term_days is not None:
        if isinstance(agreed_term_days, bool) or not isinstance(agreed_term_days, int):
            raise TypeError(f"agreed_term_days must be an int, not {agreed_term_days!r}")
        if agreed_term_days < 0:
            raise ValueError(
                f"约定付款期限不能为负数 / agreed_term_days must not be negative: {agreed_term_days}"
            )
    if acceptance_passed_on is not None and acceptance_passed_on < delivered_on:
        raise ValueError(
            f"验收合格日期（{acceptance_passed_on}）早于交付日期（{delivered_on}） / "
            "acceptance_passed_on is before delivered_on"
        )
    if acceptance_period_ends_on is not None and acceptance_period_ends_on < delivered_on:
        raise ValueError(
            f"约定验收期限届满日（{acceptance_period_ends_on}）早于交付日期（{delivered_on}） / "
            "acceptance_period_ends_on is before delivered_on"
        )


def _term_days(
    kind: DebtorKind,
    regulation: Regulation,
    agreed: int | None,
    warnings: list[str],
    explanation: list[str],
) -> tuple[int | None, str]:
    """The term in days and the key of the article that sets it (None days: the contract must say)."""
    if kind in _ORGAN_KINDS:
        if agreed is None:
            explanation.append(f"{kind.label_zh}付款期限：自起算日起{ORGAN_DEFAULT_TERM_DAYS}日内支付。")
            return ORGAN_DEFAULT_TERM_DAYS, "organ"
        if agreed > ORGAN_MAX_TERM_DAYS:
            warnings.append(
                f"合同约定付款期限{agreed}日，超过{kind.label_zh}付款期限最长{ORGAN_MAX_TERM_DAYS}日的上限，"
                f"按{ORGAN_MAX_TERM_DAYS}日计算。"
            )
            explanation.append(f"约定期限超过上限，付款期限按{ORGAN_MAX_TERM_DAYS}日计算。")
            return ORGAN_MAX_TERM_DAYS, "organ"
        explanation.append(f"合同约定付款期限{agreed}日（不超过{ORGAN_MAX_TERM_DAYS}日），从其约定。")
        return agreed, "organ"

    if kind is DebtorKind.STATE_OWNED_ENTERPRISE:
        explanation.append("国有企业按大型企业的付款期限规则计算；如其本身属于中小企业，则不适用本条。")
    if agreed is None:
        if regulation == "2020":
            warnings.append(
                "2020年文本未规定大型企业的默认付款期限（第八条第二款），须录入合同约定的付款期限后才能计算到期日。"
            )
            explanation.append("未录入约定付款期限，无法计算到期日。")
            return None, "large"
        explanation.append(f"合同未另行约定：自起算日起{LARGE_DEFAULT_TERM_DAYS}日内支付。")
        return LARGE_DEFAULT_TERM_DAYS, "large"
    if agreed > LARGE_DEFAULT_TERM_DAYS:
        warnings.append(
            f"合同约定付款期限{agreed}日，长于{LARGE_DEFAULT_TERM_DAYS}日：须按照行业规范、交易习惯合理约定，请核实其合理性。"
        )
    explanation.append(f"合同约定付款期限{agreed}日，从其约定。")
    return agreed, "large"


def _start_date(
    regulation: Regulation,
    *,
    delivered_on: date,
    acceptance_passed_on: date | None,
    acceptance_period_ends_on: date | None,
    settlement_confirmed_on: date | None,
    warnings: list[str],
    explanation: list[str],
) -> tuple[date, str | None]:
    """The day the term counts from and the key of the article that moves it off delivery (if any)."""
    if settlement_confirmed_on is not None:
        explanation.append(
            f"合同约定履行进度结算或定期结算：自双方确认结算金额之日（{_zh(settlement_confirmed_on)}）起算"
            f"（{_ARTICLES[regulation]['settlement']}）。"
        )
        if acceptance_passed_on is not None or acceptance_period_ends_on is not None:
            warnings.append(
                "同时录入了验收日期和结算确认日期，按结算确认日起算；如以验收合格为付款条件，请核实。"
            )
        return settlement_confirmed_on, "settlement"
    acceptance_article = _ARTICLES[regulation]["acceptance"]
    if acceptance_period_ends_on is not None and (
        acceptance_passed_on is None or acceptance_passed_on > acceptance_period_ends_on
    ):
        passed = (
            "尚未验收合格" if acceptance_passed_on is None else f"至{_zh(acceptance_passed_on)}才验收合格"
        )
        explanation.append(
            f"约定的检验或验收期限于{_zh(acceptance_period_ends_on)}届满，{passed}，属拖延检验或验收："
            f"自约定期限届满之日起算（{acceptance_article}）。"
        )
        return acceptance_period_ends_on, "acceptance"
    if acceptance_passed_on is not None:
        explanation.append(
            f"以检验或验收合格为付款条件：自验收合格之日（{_zh(acceptance_passed_on)}）起算（{acceptance_article}）。"
        )
        return acceptance_passed_on, "acceptance"
    explanation.append(f"自交付之日（{_zh(delivered_on)}）起算。")
    return delivered_on, None


# --- overdue interest -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InterestPeriod:
    """Days with the same outstanding principal; ``end`` is inclusive."""

    start: date
    end: date
    days: int
    principal: Decimal
    daily_rate: Decimal
    amount: Decimal
    amount_rounded: Decimal


@dataclass(frozen=True, slots=True)
class InterestResult:
    """Overdue interest with its breakdown; ``total`` is rounded once, so it may differ from the
    sum of the periods' rounded amounts by a fen."""

    total: Decimal
    daily_rate: Decimal
    rate_basis: str
    periods: tuple[InterestPeriod, ...]
    warnings: tuple[str, ...] = ()


def overdue_interest(
    principal: Decimal | str | int,
    due_on: date,
    as_of: date,
    *,
    payments: Iterable[tuple[date, Decimal | str | int]] = (),
    agreed_annual_rate: Decimal | None = None,
    lpr_at_signing: Decimal | None = None,
) -> InterestResult:
    """Simple overdue interest from the day after ``due_on`` through ``as_of`` on what is still unpaid.

    A payment stops interest on its part after its day (the day itself accrues); a payment on or
    before ``due_on`` simply lowers the principal.  Payments must be positive and may not add up
    to more than the principal; those after ``as_of`` are left out (with a warning).  Rates
    are fractions (Decimal("0.036") = 3.6 % a year); an agreed rate below the one-year LPR at
    signing is raised to it; without one, 0.05 % a day.

    Closed form (DOMAIN.md §4): the span is cut wherever the principal changes (each payment day);
    each segment accrues principal × days × daily rate and is one period of the breakdown.  The rate
    does not change inside the span (the agreed rate, or its floor, the LPR *at signing*), so the
    balance periods are the only cuts.
    """
    principal = to_money(principal)
    _require_date("due_on", due_on)
    _require_date("as_of", as_of)
    paid = _sorted_payments(payments)
    if any(amount == 0 for _, amount in paid):
        raise ValueError("还款金额必须大于零 / a payment amount must be positive")
    paid_total = sum((amount for _, amount in paid), Decimal("0.00"))
    if paid_total > principal:
        raise ValueError(
            f"还款合计{format_yuan(paid_total)}元超过本金{format_yuan(principal)}元 / payments exceed the principal"
        )
    rate, divisor, rate_basis, warnings = _interest_rate(agreed_annual_rate, lpr_at_signing)

    late = [payment for payment in paid if payment[0] > as_of]
    if late and as_of > due_on:
        warnings.append(f"{len(late)}笔还款晚于计算截止日{_zh(as_of)}，未计入。")

    segments = _balance_segments(principal, due_on, as_of, paid)
    daily_rate = rate / divisor
    periods = []
    for start, end, days, owed in segments:
        amount = owed * days * rate / divisor
        periods.append(InterestPeriod(start, end, days, owed, daily_rate, amount, round_cents(amount)))
    return InterestResult(_rounded_total(segments, rate, divisor), daily_rate, rate_basis, tuple(periods),
                          tuple(warnings))


Segment = tuple[date, date, int, Decimal]  # first day, last day (inclusive), days, principal owed


def _sorted_payments(payments: Iterable[tuple[date, Decimal | str | int]]) -> list[tuple[date, Decimal]]:
    return sorted(((_require_date("payment date", day), to_money(amount)) for day, amount in payments),
                  key=lambda payment: payment[0])


def _balance_segments(principal: Decimal, due_on: date, as_of: date, paid: list[tuple[date, Decimal]]
                      ) -> list[Segment]:
    """The overdue days [due_on + 1, as_of] cut at every payment day, each span with what was owed on it;
    spans where nothing was owed are left out. ``paid`` is in date order."""
    outstanding = principal - sum((amount for day, amount in paid if day <= due_on), Decimal(0))
    segments: list[Segment] = []
    start = due_on + timedelta(days=1)
    for day, amount in paid:
        if not due_on < day <= as_of:
            continue
        # A second payment on the same day only lowers the principal: that day is already closed.
        if day >= start:
            if outstanding > 0:
                segments.append((start, day, (day - start).days + 1, outstanding))
            start = day + timedelta(days=1)
        outstanding -= amount
    if outstanding > 0 and as_of >= start:
        segments.append((start, as_of, (as_of - start).days + 1, outstanding))
    return segments


def _rounded_total(segments: list[Segment], rate: Decimal, divisor: int) -> Decimal:
    # Rounded once, from the exact principal-days sum, so per-period rounding cannot drift the total.
    principal_days = sum((owed * days for _start, _end, days, owed in segments), Decimal(0))
    return round_cents(principal_days * rate / divisor)


def _interest_rate(
    agreed_annual_rate: Decimal | None, lpr_at_signing: Decimal | None
) -> tuple[Decimal, int, str, list[str]]:
    """(rate, divisor, basis, warnings): daily interest per yuan is rate / divisor (as ``_rate``)."""
    warnings: list[str] = []
    if agreed_annual_rate is None:
        basis = f"合同未约定逾期利率，按每日万分之五（0.05%）计算（{_INTEREST_BASIS}）。"
        return DEFAULT_DAILY_RATE, 1, basis, warnings
    annual = _fraction("agreed_annual_rate", agreed_annual_rate)
    if lpr_at_signing is None:
        warnings.append("未提供合同签订时的一年期LPR，未核对约定利率是否低于LPR。")
        basis = f"按合同约定年利率{_percent(annual)}计算"
    else:
        lpr = _fraction("lpr_at_signing", lpr_at_signing)
        if annual < lpr:
            warnings.append(
                f"约定年利率{_percent(annual)}低于合同签订时一年期LPR {_percent(lpr)}，按LPR计算。"
            )
            basis = f"约定年利率{_percent(annual)}低于合同签订时一年期LPR，按LPR {_percent(lpr)}计算"
            annual = lpr
        else:
            basis = f"按合同约定年利率{_percent(annual)}计算（不低于合同签订时一年期LPR {_percent(lpr)}）"
    return annual, DAYS_PER_YEAR, f"{basis}，日利率=年利率÷{DAYS_PER_YEAR}（{_INTEREST_BASIS}）。", warnings


def _rate(agreed_annual_rate: Decimal | None, lpr_at_signing: Decimal | None) -> tuple[Decimal, int]:
    """``_interest_rate``'s (rate, divisor) without its wording, with the same checks."""
    if agreed_annual_rate is None:
        return DEFAULT_DAILY_RATE, 1
    annual = _fraction("agreed_annual_rate", agreed_annual_rate)
    if lpr_at_signing is not None:
        lpr = _fraction("lpr_at_signing", lpr_at_signing)
        if annual < lpr:
            annual = lpr
    return annual, DAYS_PER_YEAR


def _fraction(name: str, value: Decimal) -> Decimal:
    if not isinstance(value, Decimal):
        raise TypeError(f"{name} must be a Decimal fraction such as Decimal('0.036'), not {value!r}")
    if not value.is_finite() or value < 0:
        raise ValueError(f"{name} must be a finite, non-negative fraction: {value}")
    if value > 1:
        raise ValueError(
            f"{name} is a fraction, not a percentage: 3.6 % a year is Decimal('0.036'), got {value}"
        )
    return value


@dataclass(frozen=True, slots=True)
class ClaimInterest:
    """Overdue interest on a claim: on the unpaid principal as claimed, and beside it on the undisputed part.

    ``claimed`` is the figure the claim is pursued for; the debtor's confirmation or dispute does not
    shrink it.  ``undisputed`` (None when the debtor has neither confirmed nor disputed anything) is the
    interest on the part the debtor does not dispute, which art. 15 (2020) / the 2025 text requires it
    to pay on time even while the rest is disputed.
    """

    claimed: InterestResult
    undisputed_principal: Decimal | None = None
    undisputed: InterestResult | None = None


def undisputed_part(
    claimed: Decimal, confirmed: Decimal | None = None, disputed: Decimal | None = None
) -> Decimal | None:
    """The part of a claim the debtor does not dispute: what it confirmed, else the claim less what it
    disputes; None when it has said neither."""
    if confirmed is not None:
        return min(to_money(confirmed), to_money(claimed))
    if disputed is not None:
        return max(to_money(claimed) - to_money(disputed), Decimal("0.00"))
    return None


def claim_interest(
    claimed: Decimal | str | int,
    due_on: date,
    as_of: date,
    *,
    confirmed: Decimal | None = None,
    disputed: Decimal | None = None,
    payments: Iterable[tuple[date, Decimal | str | int]] = (),
    agreed_annual_rate: Decimal | None = None,
    lpr_at_signing: Decimal | None = None,
) -> ClaimInterest:
    """Overdue interest on the unpaid claimed principal, and on the undisputed part beside it (DOMAIN.md §4).

    Payments reduce both bases; on the undisputed part they count first (a debtor pays what it
    accepts), so a payment beyond it only lowers the claimed base.  Payments beyond the claimed
    principal are capped (the claim is cleared; no negative principal).
    """
    claimed = to_money(claimed)
    paid = _sorted_payments(payments)
    rate = {"agreed_annual_rate": agreed_annual_rate, "lpr_at_signing": lpr_at_signing}
    on_claim = overdue_interest(claimed, due_on, as_of, payments=_capped(paid, claimed), **rate)
    base = undisputed_part(claimed, confirmed, disputed)
    if base is None:
        return ClaimInterest(on_claim)
    on_part = overdue_interest(base, due_on, as_of, payments=_capped(paid, base), **rate)
    return ClaimInterest(on_claim, base, on_part)


@dataclass(frozen=True, slots=True)
class ClaimInterestTotals:
    """The figures of ``ClaimInterest`` without the breakdown: what a table of many claims shows."""

    claimed: Decimal
    undisputed_principal: Decimal | None = None
    undisputed: Decimal | None = None


def claim_interest_totals(
    claimed: Decimal | str | int,
    due_on: date,
    as_of: date,
    *,
    confirmed: Decimal | None = None,
    disputed: Decimal | None = None,
    payments: Iterable[tuple[date, Decimal | str | int]] = (),
    agreed_annual_rate: Decimal | None = None,
    lpr_at_signing: Decimal | None = None,
) -> ClaimInterestTotals:
    """``claim_interest``'s totals, for the whole-office ledger: the same segments, the same single
    rounding and the same refusals, without building the periods' breakdown and its wording."""
    claimed = to_money(claimed)
    paid = _sorted_payments(payments)
    _require_date("due_on", due_on)
    _require_date("as_of", as_of)
    rate, divisor = _rate(agreed_annual_rate, lpr_at_signing)
    on_claim = _rounded_total(_balance_segments(claimed, due_on, as_of, _capped(paid, claimed)), rate, divisor)
    base = undisputed_part(claimed, confirmed, disputed)
    if base is None:
        return ClaimInterestTotals(on_claim)
    on_part = _rounded_total(_balance_segments(base, due_on, as_of, _capped(paid, base)), rate, divisor)
    return ClaimInterestTotals(on_claim, base, on_part)


def _capped(paid: list[tuple[date, Decimal]], principal: Decimal) -> list[tuple[date, Decimal]]:
    """The payments in date order, cut off where they reach ``principal``."""
    capped, left = [], principal
    for day, amount in paid:
        take = min(amount, left)
        if take > 0:
            capped.append((day, take))
            left -= take
    return capped


# --- one-year LPR -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LprEntry:
    """A one-year LPR quotation in force from ``effective_on``; ``rate`` is a fraction."""

    effective_on: date
    rate: Decimal


class LprTable:
    """The one-year LPR history, looked up by the date a contract was signed."""

    def __init__(self, entries: Iterable[LprEntry]) -> None:
        ordered = tuple(sorted(entries, key=lambda entry: entry.effective_on))
        if not ordered:
            raise ValueError("LPR table is empty")
        dates = [entry.effective_on for entry in ordered]
        duplicates = sorted({d for d in dates if dates.count(d) > 1})
        if duplicates:
            raise ValueError(f"LPR table has more than one rate for {', '.join(map(str, duplicates))}")
        self._entries = ordered
        self._dates = dates

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, object] | tuple[object, object]]) -> LprTable:
        """Build from ``(effective_on, rate_percent)`` pairs or mappings with those keys.

        Dates may be ``date`` or ISO strings, rates Decimal/int/str in percent (3.45 means 3.45 %),
        as in the shipped CSV and the database copy.
        """
        entries = []
        for row in rows:
            effective_on, rate_percent = (
                (row["effective_on"], row["rate_percent"]) if isinstance(row, Mapping) else row
            )
            entries.append(LprEntry(_parse_lpr_date(effective_on), _parse_lpr_percent(rate_percent)))
        return cls(entries)

    @property
    def entries(self) -> tuple[LprEntry, ...]:
        return self._entries

    def rate_on(self, day: date) -> Decimal:
        """The one-year LPR in force on ``day``, as a fraction (Decimal("0.0300") = 3.00 %)."""
        _require_date("day", day)
        index = bisect.bisect_right(self._dates, day) - 1
        if index < 0:
            first = self._dates[0]
            raise ValueError(
                f"{_zh(day)}早于一年期LPR首次报价日{_zh(first)}，没有LPR数据 / "
                f"no one-year LPR before {first.isoformat()}: {day.isoformat()}"
            )
        return self._entries[index].rate


def load_lpr_table(rows: Iterable[Mapping[str, object] | tuple[object, object]] | None = None) -> LprTable:
    """The given rows (e.g. the office's database copy) or, without rows, the shipped ``lpr_1y.csv``."""
    if rows is not None:
        return LprTable.from_rows(rows)
    with resource_path("lpr_1y.csv").open(encoding="utf-8", newline="") as handle:
        data_lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
    return LprTable.from_rows(csv.DictReader(data_lines))


@functools.cache
def _shipped_lpr_table() -> LprTable:
    return load_lpr_table()


def lpr_on(day: date) -> Decimal:
    """The one-year LPR on ``day`` from the shipped table (rows an administrator adds live in the database)."""
    return _shipped_lpr_table().rate_on(day)


def _parse_lpr_date(value: object) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"LPR effective_on is not an ISO date: {value!r}") from exc
    return _require_date("effective_on", value)


def _parse_lpr_percent(value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(f"LPR rate_percent must be str, int or Decimal, not {value!r}")
    try:
        percent = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation as exc:
        raise ValueError(f"LPR rate_percent is not a number: {value!r}") from exc
    if not percent.is_finite() or not 0 < percent < 100:
        raise ValueError(f"LPR rate_percent must be a percentage between 0 and 100: {value!r}")
    # scaleb keeps the quoted precision: 3.00 % -> 0.0300.
    return percent.scaleb(-2)


# --- helpers ----------------------------------------------------------------------------------


def _require_date(name: str, value: object) -> date:
    # datetime is a date subclass, but mixing the two breaks comparisons in the middle of a rule.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime.date, not {value!r}")
    return value


def _percent(fraction: Decimal) -> str:
    return f"{(fraction * 100).normalize():f}%"


def _zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
