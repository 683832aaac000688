"""Enterprise size classification (中小企业划型) under the 2011 standard shipped as data."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

from complaintdesk.domain.vocabulary import SizeClass as SizeClass  # defined with the other vocabularies
from complaintdesk.domain.vocabulary import SizeSource as SizeSource
from complaintdesk.errors import TextError
from complaintdesk.messages import domain as msg
from complaintdesk.resources import resource_path

STANDARD_FILE = "sme_size_standard_2011.json"

# Order in which figures are named in messages: the standard's own order.
FIGURES = ("employees", "revenue_wan", "assets_wan")
_FIGURE_NAMES = {"employees": msg.FIGURE_EMPLOYEES, "revenue_wan": msg.FIGURE_REVENUE,
                 "assets_wan": msg.FIGURE_ASSETS}


class FiguresMissing(TextError, ValueError):
    """The industry's size rule needs a figure that was not given."""


_FIGURE_LABELS = {
    "employees": ("从业人员", "人"),
    "revenue_wan": ("营业收入", "万元"),
    "assets_wan": ("资产总额", "万元"),
}


@dataclass(frozen=True, slots=True)
class IndustryRule:
    """One industry's thresholds; each mapping goes from figure name to a threshold."""

    key: str
    label_zh: str
    sme_below: Mapping[str, Decimal]
    medium_from: Mapping[str, Decimal]
    small_from: Mapping[str, Decimal]
    scope_zh: str = ""

    @property
    def figures(self) -> tuple[str, ...]:
        return tuple(name for name in FIGURES if name in self.sme_below)


@dataclass(frozen=True, slots=True)
class SizeStandard:
    """A size standard with its source, so a revised standard can sit beside this one."""

    title: str
    source: str
    effective_on: date
    industries: Mapping[str, IndustryRule]


@dataclass(frozen=True, slots=True)
class SizeDetermination:
    """The size with the lines that justify it, for the UI and the size-determination letter."""

    size: SizeClass
    basis_lines: tuple[str, ...]


def load_size_standard(path: Path | None = None) -> SizeStandard:
    """Read a size standard JSON file (the shipped 2011 standard by default) and check its shape."""
    path = path or resource_path(STANDARD_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    industries: dict[str, IndustryRule] = {}
    for row in data["industries"]:
        rule = IndustryRule(
            key=row["key"],
            label_zh=row["label_zh"],
            sme_below=_thresholds(row["sme_below"]),
            medium_from=_thresholds(row["medium_from"]),
            small_from=_thresholds(row["small_from"]),
            scope_zh=row.get("scope_zh", ""),
        )
        _check_rule(rule, path)
        if rule.key in industries:
            raise ValueError(f"{path.name}: industry {rule.key!r} appears twice")
        industries[rule.key] = rule
    return SizeStandard(
        title=data["title"],
        source=data["source"],
        effective_on=date.fromisoformat(data["effective_on"]),
        industries=MappingProxyType(industries),
    )


def _thresholds(raw: Mapping[str, int | str]) -> Mapping[str, Decimal]:
    return MappingProxyType({name: Decimal(str(value)) for name, value in raw.items()})


def _check_rule(rule: IndustryRule, path: Path) -> None:
    figure_sets = {frozenset(rule.sme_below), frozenset(rule.medium_from), frozenset(rule.small_from)}
    if len(figure_sets) != 1 or not set(rule.sme_below) <= set(FIGURES) or not rule.sme_below:
        raise ValueError(f"{path.name}: industry {rule.key!r} must use the same known figures in every row")
    for name in rule.figures:
        if not rule.small_from[name] <= rule.medium_from[name] <= rule.sme_below[name]:
            raise ValueError(f"{path.name}: industry {rule.key!r} thresholds for {name} are out of order")


DEFAULT_STANDARD = load_size_standard()

INDUSTRIES: Mapping[str, str] = MappingProxyType(
    {key: rule.label_zh for key, rule in DEFAULT_STANDARD.industries.items()}
)


def classify(
    industry: str,
    *,
    employees: int | Decimal | None = None,
    revenue_wan: int | Decimal | None = None,
    assets_wan: int | Decimal | None = None,
    standard: SizeStandard | None = None,
) -> SizeClass:
    """The size class of an enterprise in ``industry`` (a key of ``INDUSTRIES``)."""
    return classify_explained(
        industry, employees=employees, revenue_wan=revenue_wan, assets_wan=assets_wan, standard=standard
    ).size


def classify_explained(
    industry: str,
    *,
    employees: int | Decimal | None = None,
    revenue_wan: int | Decimal | None = None,
    assets_wan: int | Decimal | None = None,
    standard: SizeStandard | None = None,
) -> SizeDetermination:
    """Like ``classify``, with the thresholds met or missed spelled out in Chinese.

    Large only when every ceiling figure is reached (an SME is below *either* ceiling);
    medium when both medium minima are met, small when both small minima are, otherwise micro.
    Figures the industry does not use are checked but otherwise ignored.
    """
    standard = standard or DEFAULT_STANDARD
    rule = standard.industries.get(industry)
    if rule is None:
        valid = ", ".join(f"{key} ({r.label_zh})" for key, r in standard.industries.items())
        raise ValueError(f"未知行业 / unknown industry {industry!r}; valid keys: {valid}")
    values = _figures(rule, {"employees": employees, "revenue_wan": revenue_wan, "assets_wan": assets_wan})

    lines = [f"行业：{rule.label_zh}；依据《{standard.title}》（{standard.source}）。"]
    below_ceiling = _missed(values, rule.sme_below)
    if not below_ceiling:
        lines.append(f"{_met(values, rule.sme_below)}：均达到中小微型企业上限，为大型企业。")
        return SizeDetermination(SizeClass.LARGE, tuple(lines))
    lines.append(f"{below_ceiling}：属于中小微型企业。")

    for size, minima in ((SizeClass.MEDIUM, rule.medium_from), (SizeClass.SMALL, rule.small_from)):
        missed = _missed(values, minima)
        if not missed:
            lines.append(f"{_met(values, minima)}：{size.label_zh}企业。")
            return SizeDetermination(size, tuple(lines))
        lines.append(f"未达{size.label_zh}企业标准（{missed}）。")
    lines.append("为微型企业。")
    return SizeDetermination(SizeClass.MICRO, tuple(lines))


def _figures(rule: IndustryRule, given: Mapping[str, int | Decimal | None]) -> dict[str, Decimal]:
    missing = [name for name in rule.figures if given[name] is None]
    if missing:
        raise FiguresMissing(msg.SIZE_NEEDS_FIGURES, industry=rule.label_zh,
                             figures=[_FIGURE_NAMES[name] for name in missing])
    values = {}
    # Every figure given is checked, used or not: a negative one is a typo wherever it is.
    for name, value in given.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise TypeError(f"{name} must be an int or Decimal, not {value!r}")
        value = Decimal(value)
        if not value.is_finite() or value < 0:
            raise ValueError(
                f"{_FIGURE_LABELS[name][0]}必须是非负数 / {name} must be a finite, non-negative number: {value}"
            )
        values[name] = value
    return {name: values[name] for name in rule.figures}


def _missed(values: Mapping[str, Decimal], minima: Mapping[str, Decimal]) -> str:
    """The figures below their minimum, as "营业收入1500万元 < 2000万元", or "" when all are met."""
    return "，".join(
        f"{_show(name, values[name])} < {_number(name, minimum)}"
        for name, minimum in minima.items()
        if values[name] < minimum
    )


def _met(values: Mapping[str, Decimal], minima: Mapping[str, Decimal]) -> str:
    return "，且".join(
        f"{_show(name, values[name])} ≥ {_number(name, minimum)}" for name, minimum in minima.items()
    )


def _show(name: str, value: Decimal) -> str:
    return _FIGURE_LABELS[name][0] + _number(name, value)


def _number(name: str, value: Decimal) -> str:
    return f"{value.normalize():f}{_FIGURE_LABELS[name][1]}"


# --- the size on one claim: fixed when the contract was signed (Payment Regulation art. 3(2)) ----------


@dataclass(frozen=True, slots=True)
class SizeFigures:
    """An enterprise's size figures (persons; 10,000 yuan) as of one day."""

    employees: int | None = None
    revenue_wan: Decimal | None = None
    assets_wan: Decimal | None = None

    @property
    def given(self) -> bool:
        return any(value is not None for value in (self.employees, self.revenue_wan, self.assets_wan))


@dataclass(frozen=True, slots=True)
class ClaimSize:
    """The complainant's size for one claim: the class, the figures it rests on, the day they describe
    and whose figures they are (the signing date's, or the complaint's standing in for them)."""

    size: SizeClass | None
    source: SizeSource
    figures: SizeFigures
    figures_on: date | None
    industry: str | None
    basis_lines: tuple[str, ...] = ()


def size_for_claim(
    industry: str | None,
    *,
    signed_on: date | None,
    at_signing: SizeFigures | None,
    at_complaint: SizeFigures,
    received_on: date | None,
    standard: SizeStandard | None = None,
) -> ClaimSize:
    """The size a claim's complainant had when the contract was signed.

    With figures for the signing date (any of them given) they decide, and a figure the industry
    needs but that is missing raises ``FiguresMissing``; without them the complaint-time figures
    stand in (以投诉时规模推定), and when those do not suffice the class is left unknown.
    """
    if at_signing is not None and at_signing.given:
        if signed_on is None:
            raise ValueError("签订合同时的规模数据须有合同签订日期 / figures at signing need the signing date")
        if not industry:
            raise ValueError("投诉人未登记所属行业，无法判定规模 / the complainant's industry is not recorded")
        found = classify_explained(industry, employees=at_signing.employees, revenue_wan=at_signing.revenue_wan,
                                   assets_wan=at_signing.assets_wan, standard=standard)
        return ClaimSize(found.size, SizeSource.SIGNING, at_signing, signed_on, industry, found.basis_lines)
    size, lines = None, ()
    if industry:
        try:
            found = classify_explained(industry, employees=at_complaint.employees,
                                       revenue_wan=at_complaint.revenue_wan, assets_wan=at_complaint.assets_wan,
                                       standard=standard)
            size, lines = found.size, found.basis_lines
        except (ValueError, TypeError):
            pass  # not enough known: the class stays unknown, as on the complainant itself
    return ClaimSize(size, SizeSource.INFERRED, at_complaint, received_on, industry, lines)


def size_note_zh(size: SizeClass | str | None, source: SizeSource | str | None, figures_on: date | None) -> str:
    """How a claim's size at signing is printed: "签订合同时规模：小型企业（2024年5月6日数据）", or, for
    complaint-time figures standing in, "小型企业（以投诉时规模推定，依据2026年3月2日数据）"."""
    if size is None:
        return "签订合同时规模：未能判定"
    label = f"{SizeClass(size).label_zh}企业"
    on = f"{figures_on.year}年{figures_on.month}月{figures_on.day}日" if figures_on else ""
    if source == SizeSource.SIGNING:
        return f"签订合同时规模：{label}" + (f"（{on}数据）" if on else "")
    return f"{label}（{SizeSource.INFERRED.label_zh}" + (f"，依据{on}数据）" if on else "）")


def not_sme_warning_zh(size: SizeClass | str | None, source: SizeSource | str | None) -> str | None:
    """The warning for a claim whose complainant was not an SME at signing; None when it was (or is unknown)."""
    if size is None or SizeClass(size) is not SizeClass.LARGE:
        return None
    if source == SizeSource.SIGNING:
        return ("签订合同时投诉人为大型企业，不属于中小企业（规模以合同订立时为准，条例第三条第二款），"
                "该笔账款不适用《保障中小企业款项支付条例》。")
    return ("按投诉时规模推定投诉人为大型企业，不属于中小企业，该笔账款不适用《保障中小企业款项支付条例》；"
            "规模以合同订立时为准（条例第三条第二款），如签订合同时为中小企业，请录入签订合同时的规模数据。")
