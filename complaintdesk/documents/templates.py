"""Letter templates: the shipped JSON defaults, validation of edited copies, and restricted placeholder filling."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from complaintdesk.documents.letter_data import LetterData
from complaintdesk.domain.money import format_yuan, yuan_to_chinese_capital
from complaintdesk.messages import Term
from complaintdesk.resources import resource_path

TEMPLATE_KINDS = (
    "acceptance",
    "refusal",
    "transfer",
    "supervision",
    "reminder",
    "extension",
    "reply",
    "size_determination",
)

KIND_LABELS = {
    "acceptance": "受理告知书",
    "refusal": "不予受理告知书",
    "transfer": "转办函",
    "supervision": "督办通知书",
    "reminder": "催办通知",
    "extension": "延期办理告知书",
    "reply": "办理结果答复书",
    "size_determination": "企业规模类型认定意见",
}

# Printed where a placeholder has no value: a visible blank to fill in, never an invisible gap.
BLANK = "＿＿＿＿"


class TemplateError(ValueError):
    """A template is malformed or names an unknown placeholder; ``placeholder`` and ``where`` say which."""

    def __init__(self, message: str, *, placeholder: str | None = None, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.placeholder = placeholder
        self.where = where


def format_date(day: date) -> str:
    """GB/T 9704 date: Arabic numerals, no zero padding, e.g. 2026年11月26日."""
    return f"{day.year}年{day.month}月{day.day}日"


def format_money(amount: Decimal) -> str:
    return f"{format_yuan(amount)}元"


@dataclass(frozen=True, slots=True)
class Placeholder:
    label: str  # what an administrator sees in the template editor
    kind: str  # text, date, money, capital, number
    get: Callable[[LetterData], Any]


def _p(label: str, kind: str, get: Callable[[LetterData], Any]) -> Placeholder:
    return Placeholder(label, kind, get)


PLACEHOLDERS: Mapping[str, Placeholder] = {
    "office_name": _p("发文机关名称", "text", lambda d: d.office.name),
    "office_short_name": _p("发文机关简称", "text", lambda d: d.office.short_name),
    "office_address": _p("机关地址", "text", lambda d: d.office.address),
    "office_phone": _p("机关电话", "text", lambda d: d.office.phone),
    "office_contact": _p("机关联系人", "text", lambda d: d.office.contact_person),
    "doc_no": _p("发文字号", "text", lambda d: d.doc_no),
    "issued_on": _p("成文日期", "date", lambda d: d.issued_on),
    "case_no": _p("案件编号", "text", lambda d: d.case_no),
    "received_on": _p("收到投诉日期", "date", lambda d: d.received_on),
    "channel": _p("投诉渠道", "text", lambda d: d.channel),
    "procedure": _p("办理程序", "text", lambda d: d.procedure),
    "category": _p("投诉类别", "text", lambda d: d.category),
    "summary": _p("投诉事项摘要", "text", lambda d: d.summary),
    "demands": _p("投诉诉求", "text", lambda d: d.demands),
    "complainant_name": _p("投诉人名称", "text", lambda d: d.complainant_name),
    "complainant_uscc": _p("投诉人统一社会信用代码", "text", lambda d: d.complainant_uscc),
    "complainant_address": _p("投诉人地址", "text", lambda d: d.complainant_address),
    "complainant_contact": _p("投诉人联系方式", "text", lambda d: d.complainant_contact),
    "respondent_name": _p("被投诉人名称", "text", lambda d: d.respondent_name),
    "respondent_kind": _p("被投诉人类型", "text", lambda d: d.respondent_kind),
    "respondent_uscc": _p("被投诉人统一社会信用代码", "text", lambda d: d.respondent_uscc),
    "handler_name": _p("承办人", "text", lambda d: d.handler_name),
    "handler_phone": _p("承办人电话", "text", lambda d: d.handler_phone),
    "accepted_on": _p("受理日期", "date", lambda d: d.accepted_on),
    "due_on": _p("办理期限届满日", "date", lambda d: d.due_on),
    "due_basis": _p("办理期限依据", "text", lambda d: d.due_basis),
    "respond_by": _p("要求反馈日期", "date", lambda d: d.respond_by),
    "accepting_department": _p("受理投诉部门", "text", lambda d: d.accepting_department),
    "transferred_to": _p("转办单位", "text", lambda d: d.transferred_to),
    "transferred_on": _p("转办日期", "date", lambda d: d.transferred_on),
    "refusal_reason": _p("不予受理理由", "text", lambda d: d.refusal_reason),
    "extension_days": _p("延长天数", "number", lambda d: d.extension_days),
    "extension_reason": _p("延期理由", "text", lambda d: d.extension_reason),
    "extended_due_on": _p("延长后的届满日", "date", lambda d: d.extended_due_on),
    "outcome": _p("办理结果类别", "text", lambda d: d.outcome),
    "reply_text": _p("办理结果", "text", lambda d: d.reply_text),
    "claims_count": _p("合同（欠款）笔数", "number", lambda d: len(d.claims) if d.claims else None),
    "interest_as_of": _p("利息计算截止日", "date", lambda d: d.interest_as_of or (d.issued_on if d.claims else None)),
    "total_claimed": _p("合同金额合计", "money", lambda d: d.total_claimed if d.claims else None),
    "total_paid": _p("已付金额合计", "money", lambda d: d.total_paid if d.claims else None),
    "total_outstanding": _p("欠付金额合计", "money", lambda d: d.total_outstanding if d.claims else None),
    "total_interest": _p("逾期利息合计", "money", lambda d: d.total_interest if d.claims else None),
    "total_claimed_capital": _p("合同金额合计（大写）", "capital", lambda d: d.total_claimed if d.claims else None),
    "total_paid_capital": _p("已付金额合计（大写）", "capital", lambda d: d.total_paid if d.claims else None),
    "total_outstanding_capital": _p("欠付金额合计（大写）", "capital",
                                    lambda d: d.total_outstanding if d.claims else None),
    "total_interest_capital": _p("逾期利息合计（大写）", "capital", lambda d: d.total_interest if d.claims else None),
    "total_interest_undisputed": _p("无争议部分逾期利息合计", "money", lambda d: d.total_interest_undisputed),
    "size_class": _p("企业规模类型", "text", lambda d: d.size_class),
    "size_as_of": _p("规模认定时点", "date", lambda d: d.size_as_of),
}

# Block items that insert structured content rather than a sentence.
TABLES = ("claims",)
LISTS = ("size_basis",)
# Names a paragraph's "if" may test: any placeholder, or a structured item; "!name" prints the
# paragraph when that name has no value (the words an office uses when there is no claims table).
CONDITIONS = frozenset(PLACEHOLDERS) | {"claims", "size_basis"}

_ITEM_KEYS = ("text", "heading1", "heading2", "table", "list")
_TOP_KEYS = frozenset({"kind", "version", "title", "addressee", "paragraphs", "cc", "attachments", "note",
                       "description"})


def _format_value(placeholder: Placeholder, value: Any) -> str:
    if value is None or value == "":
        return ""
    if placeholder.kind == "date":
        return format_date(value)
    if placeholder.kind == "money":
        return format_money(value)
    if placeholder.kind == "capital":
        return yuan_to_chinese_capital(value)
    return str(value)


def placeholder_values(data: LetterData) -> dict[str, str]:
    """Every placeholder's printed form for ``data`` ("" when unknown)."""
    return {name: _format_value(p, p.get(data)) for name, p in PLACEHOLDERS.items()}


def condition_holds(name: str, data: LetterData, values: Mapping[str, str]) -> bool:
    if name.startswith("!"):
        return not condition_holds(name[1:], data, values)
    if name == "claims":
        return bool(data.claims)
    if name == "size_basis":
        return bool(data.size_basis)
    return bool(values.get(name))


# --- parsing and filling ----------------------------------------------------------------------

_formatter = string.Formatter()


def placeholders_in(text: str, where: str = "") -> list[str]:
    """The placeholder names in ``text``; raises TemplateError for unknown names, positional ``{}``,
    attribute/index access, format specs and conversions (templates are data, not code)."""
    try:
        parsed = list(_formatter.parse(text))
    except ValueError as exc:
        raise TemplateError(f"花括号不配对（字面花括号请写成 {{{{ 或 }}}}）：{exc}", where=where) from exc
    names = []
    for _literal, field_name, spec, conversion in parsed:
        if field_name is None:
            continue
        if field_name not in PLACEHOLDERS:
            shown = "{" + field_name + "}"
            raise TemplateError(f"未知的占位符 {shown}", placeholder=field_name, where=where)
        if spec or conversion:
            raise TemplateError(f"占位符 {{{field_name}}} 不能带格式说明或转换", placeholder=field_name, where=where)
        names.append(field_name)
    return names


def fill(text: str, values: Mapping[str, str], missing: set[str] | None = None) -> str:
    """Substitute placeholders (already validated) with their printed values; empty ones become BLANK
    and are added to ``missing``."""
    out = []
    for literal, field_name, _spec, _conversion in _formatter.parse(text):
        out.append(literal)
        if field_name is None:
            continue
        value = values[field_name]
        if not value:
            if missing is not None:
                missing.add(field_name)
            value = BLANK
        out.append(value)
    return "".join(out)


# --- the template model -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateItem:
    kind: str  # text, heading1, heading2, table, list
    value: str
    condition: str | None = None


@dataclass(frozen=True, slots=True)
class LetterTemplate:
    kind: str
    version: int
    title: str
    addressee: str
    paragraphs: tuple[TemplateItem, ...]
    cc: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    note: str = ""
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form, as an administrator edits it and the database stores it."""
        items: list[Any] = []
        for item in self.paragraphs:
            if item.kind == "text" and item.condition is None:
                items.append(item.value)
            else:
                entry: dict[str, str] = {item.kind: item.value}
                if item.condition:
                    entry["if"] = item.condition
                items.append(entry)
        data: dict[str, Any] = {"kind": self.kind, "version": self.version, "title": self.title,
                                "addressee": self.addressee, "paragraphs": items, "cc": list(self.cc)}
        if self.attachments:
            data["attachments"] = list(self.attachments)
        if self.note:
            data["note"] = self.note
        if self.description:
            data["description"] = self.description
        return data


def _require_str(value: Any, where: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise TemplateError("应为非空文字" if not allow_empty else "应为文字", where=where)
    placeholders_in(value, where)
    return value


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise TemplateError("应为文字列表", where=where)
    return tuple(_require_str(item, f"{where}[{i}]") for i, item in enumerate(value))


def _item(raw: Any, where: str) -> TemplateItem:
    if isinstance(raw, str):
        return TemplateItem("text", _require_str(raw, where))
    if not isinstance(raw, dict):
        raise TemplateError("段落应为文字，或含 text/heading1/heading2/table/list 之一的对象", where=where)
    kinds = [key for key in _ITEM_KEYS if key in raw]
    unknown = set(raw) - set(_ITEM_KEYS) - {"if"}
    if len(kinds) != 1 or unknown:
        raise TemplateError(
            f"段落对象须且只能含 text/heading1/heading2/table/list 之一（可另加 if），实际为 {sorted(raw)}", where=where
        )
    kind = kinds[0]
    value = raw[kind]
    if kind == "table":
        if value not in TABLES:
            raise TemplateError(f"未知的表格 {value!r}，可用：{', '.join(TABLES)}", placeholder=str(value), where=where)
    elif kind == "list":
        if value not in LISTS:
            raise TemplateError(f"未知的列表 {value!r}，可用：{', '.join(LISTS)}", placeholder=str(value), where=where)
    else:
        _require_str(value, f"{where}.{kind}")
    condition = raw.get("if")
    if condition is not None and (not isinstance(condition, str) or condition.removeprefix("!") not in CONDITIONS):
        raise TemplateError(f"未知的条件 {condition!r}", placeholder=str(condition), where=f"{where}.if")
    return TemplateItem(kind, value, condition)


def validate_template(raw: Mapping[str, Any] | str, *, kind: str | None = None) -> LetterTemplate:
    """Check an (edited) template's structure and every placeholder; return it parsed.

    Raises TemplateError naming the first problem (e.g. ``paragraphs[2]: 未知的占位符 {debtor}``)."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise TemplateError(f"不是有效的JSON：{exc}") from exc
    if not isinstance(raw, Mapping):
        raise TemplateError("模板应为JSON对象")
    unknown = sorted(key for key in raw if key not in _TOP_KEYS and not key.startswith("_"))
    if unknown:
        raise TemplateError(f"未知的模板字段：{', '.join(unknown)}")
    template_kind = raw.get("kind", kind)
    if template_kind not in TEMPLATE_KINDS:
        raise TemplateError(f"未知的文书种类 {template_kind!r}，可用：{', '.join(TEMPLATE_KINDS)}", where="kind")
    if kind is not None and template_kind != kind:
        raise TemplateError(f"模板种类为 {template_kind}，不是 {kind}", where="kind")
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise TemplateError("version 应为正整数", where="version")
    paragraphs = raw.get("paragraphs")
    if not isinstance(paragraphs, list) or not paragraphs:
        raise TemplateError("paragraphs 应为非空列表", where="paragraphs")
    return LetterTemplate(
        kind=template_kind,
        version=version,
        title=_require_str(raw.get("title"), "title"),
        addressee=_require_str(raw.get("addressee", ""), "addressee", allow_empty=True),
        paragraphs=tuple(_item(item, f"paragraphs[{i}]") for i, item in enumerate(paragraphs)),
        cc=_str_list(raw.get("cc"), "cc"),
        attachments=_str_list(raw.get("attachments"), "attachments"),
        note=_require_str(raw.get("note", ""), "note", allow_empty=True),
        description=str(raw.get("description", "")),
    )


_shipped: dict[str, LetterTemplate] = {}


def template_file(kind: str):
    return resource_path("letters", f"{kind}.json")


def load_template(kind: str, override_json: Mapping[str, Any] | str | None = None) -> LetterTemplate:
    """The office's edited copy when given (a dict or JSON text from the database), else the shipped default."""
    if kind not in TEMPLATE_KINDS:
        raise TemplateError(f"未知的文书种类 {kind!r}，可用：{', '.join(TEMPLATE_KINDS)}")
    if override_json is not None:
        return validate_template(override_json, kind=kind)
    if kind not in _shipped:
        text = template_file(kind).read_text(encoding="utf-8")
        _shipped[kind] = validate_template(text, kind=kind)
    return _shipped[kind]


# --- sections ---------------------------------------------------------------------------------

HEADING_LEVELS = {"heading1": 1, "heading2": 2}
_DIGITS = "零一二三四五六七八九"
_ORDINAL = {1: re.compile(r"^[一二三四五六七八九十]+、"), 2: re.compile(r"^（[一二三四五六七八九十]+）")}


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (heading ordinals)."""
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[units] if units else "")


def without_empty_sections(items: Sequence[tuple[TemplateItem, str]]) -> list[tuple[TemplateItem, str]]:
    """``items`` without the headings whose section (up to the next heading of the same or a higher
    level) prints nothing."""
    kept: list[tuple[TemplateItem, str]] = []
    for index, (item, text) in enumerate(items):
        level = HEADING_LEVELS.get(item.kind)
        if level is not None and not _has_content(items[index + 1:], level):
            continue
        kept.append((item, text))
    return kept


def _has_content(rest: Sequence[tuple[TemplateItem, str]], level: int) -> bool:
    """Whether something other than a heading comes before the next heading of ``level`` or higher."""
    for item, _text in rest:
        other = HEADING_LEVELS.get(item.kind)
        if other is None:
            return True
        if other <= level:
            return False
    return False


def renumber_headings(items: Sequence[tuple[TemplateItem, str]]) -> list[tuple[TemplateItem, str]]:
    """Headings that begin with an ordinal (一、 / （一）) numbered in order again, level-2 ordinals
    from （一） under each level-1 heading, so that leaving a section out leaves no gap."""
    counters = {1: 0, 2: 0}
    out = []
    for item, text in items:
        level = HEADING_LEVELS.get(item.kind)
        if level == 1:
            counters[2] = 0
        match = _ORDINAL[level].match(text) if level else None
        if match:
            counters[level] += 1
            ordinal = chinese_number(counters[level])
            text = (f"{ordinal}、" if level == 1 else f"（{ordinal}）") + text[match.end():]
        out.append((item, text))
    return out


def placeholder_term(name: str) -> Term:
    """A placeholder named for people: its label in messages (the code, e.g. ``accepted_on``, is for
    template authors and never shown to an officer; English, which has no labels, reads it in words)."""
    placeholder = PLACEHOLDERS.get(name)
    return Term(name.replace("_", " "), placeholder.label if placeholder is not None else name)
