"""Reading one cell: text, dates, amounts (never through float), day counts and the vocabularies' words.

A cell that cannot be read raises ``BadCell`` with a coded message; the row checks turn it into a
problem of that row and column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.money import to_money
from complaintdesk.domain.vocabulary import Category, Channel, ClaimSubject, Outcome
from complaintdesk.messages import Message, Text
from complaintdesk.messages import importer as msg

MAX_AMOUNT = Decimal("10000000000.00")  # 100亿元: anything larger is a typing error (as the desk's limit)
EXCEL_EPOCH = date(1899, 12, 30)
_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
# As complaintdesk.domain.money reads typed amounts: plain digits or commas in threes, a fraction.
_AMOUNT_RE = re.compile(r"[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?", re.ASCII)


class BadCell(ValueError):
    """A cell that cannot be read; ``text`` says why (``str()`` is the Chinese)."""

    def __init__(self, message: Message | Text, **params: Any):
        self.text = message if isinstance(message, Text) else message(**params)
        super().__init__(self.text.zh)


def cell_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value) -> str | None:
    if cell_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed into a text column (合同编号 12345)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip() if isinstance(value, str) else str(value)


def parse_date(value) -> date | None:
    if cell_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 19000101 <= value <= 21001231:
            value = str(int(value))  # 20250301 typed as a number
        elif 36526 <= value < 73051 and float(value).is_integer():  # an Excel serial for 2000–2099
            return EXCEL_EPOCH + timedelta(days=int(value))
        else:
            raise BadCell(msg.NOT_A_DATE)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _DATE_RE.match(text)
    if not match:
        raise BadCell(msg.NOT_A_DATE_TEXT)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise BadCell(msg.NO_SUCH_DAY) from None


def parse_money(value, *, wan: bool = False) -> Decimal | None:
    """Yuan with at most two decimals; floats only when they are an exact number of fen."""
    if cell_blank(value):
        return None
    if isinstance(value, bool):
        raise BadCell(msg.NOT_AN_AMOUNT)
    if isinstance(value, float):
        amount, scale = _float_amount(value, wan), Decimal(10000 if wan else 1)
    elif isinstance(value, int | Decimal):
        amount, scale = Decimal(value), Decimal(10000 if wan else 1)
    else:
        amount, scale = _text_amount(value, wan)
    if not amount.is_finite():
        raise BadCell(msg.NOT_A_VALID_AMOUNT)
    amount = amount * scale
    if amount < 0:
        raise BadCell(msg.AMOUNT_NEGATIVE)
    if abs(amount) > MAX_AMOUNT:
        raise BadCell(msg.AMOUNT_TOO_LARGE)
    try:
        return to_money(amount)
    except ValueError:
        raise BadCell(msg.AMOUNT_FEN) from None


def _float_amount(value: float, wan: bool) -> Decimal:
    # openpyxl reads every number cell as a float: accept it only when it is exactly a
    # number of fen (万元: of yuan/100), else the cell holds a computed fraction to check.
    places = 6 if wan else 2
    if value != value or value in (float("inf"), float("-inf")):
        raise BadCell(msg.NOT_AN_AMOUNT)
    if round(value, places) != value:
        raise BadCell(msg.AMOUNT_NOT_WHOLE_FEN)
    return Decimal(str(round(value, places)))


def _text_amount(value, wan: bool) -> tuple[Decimal, Decimal]:
    """A typed amount (yuan, or 万元 by the heading or a 万元 suffix) and its scale."""
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if text.endswith("万元"):
        text, wan = text[:-2], True
    text = text.removesuffix("元").strip()
    if wan:
        try:
            return Decimal(text.replace(",", "").removeprefix("¥")), Decimal(10000)
        except InvalidOperation:
            raise BadCell(msg.NOT_A_VALID_AMOUNT) from None
    try:
        return to_money(text), Decimal(1)
    except ValueError:
        raise BadCell(_typed_amount_problem(text)) from None


def _typed_amount_problem(text: str) -> Message:
    """Why ``to_money`` refused a typed amount, checked in the order it checks."""
    cleaned = unicodedata.normalize("NFKC", text).strip().removeprefix("¥").strip()
    if cleaned.lstrip("+-").lower() in {"nan", "snan", "inf", "infinity"}:
        return msg.AMOUNT_NOT_FINITE
    if not _AMOUNT_RE.fullmatch(cleaned):
        return msg.NOT_A_VALID_AMOUNT
    amount = Decimal(cleaned.replace(",", ""))
    if amount < 0:
        return msg.AMOUNT_NEGATIVE
    return msg.AMOUNT_FEN


def parse_int(value) -> int | None:
    if cell_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("日").removesuffix("天").strip()
    if not re.fullmatch(r"\d{1,5}", text):
        raise BadCell(msg.NOT_WHOLE_DAYS)
    return int(text)


def _word_parser(vocabulary, table: Sequence[tuple[Sequence[str], Any]], problem: Callable[[], Text]
                 ) -> Callable[[str], str]:
    """A vocabulary value from its code or label, else from the first word of ``table`` found in the text."""

    def parse(text: str) -> str:
        try:
            return vocabulary.parse(text).value
        except ValueError:
            pass
        for words, result in table:
            if any(w in text for w in words):
                return result.value
        raise BadCell(problem())

    return parse


parse_kind = _word_parser(DebtorKind, (
    (("事业",), DebtorKind.PUBLIC_INSTITUTION), (("机关", "政府", "局", "委员会"), DebtorKind.STATE_ORGAN),
    (("国有", "国企", "央企"), DebtorKind.STATE_OWNED_ENTERPRISE), (("大型", "大企业"), DebtorKind.LARGE_ENTERPRISE),
    (("民营", "私营", "其他", "个体"), DebtorKind.OTHER)), msg.BAD_DEBTOR_KIND)
parse_channel = _word_parser(Channel, (
    (("12345", "热线"), Channel.HOTLINE), (("转", "上级", "省", "市"), Channel.TRANSFERRED_IN),
    (("网", "平台", "信箱", "邮件"), Channel.ONLINE), (("信",), Channel.LETTER), (("访",), Channel.VISIT),
    (("电话", "来电"), Channel.PHONE)), msg.BAD_CHANNEL)
parse_category = _word_parser(Category, ((("拖欠", "欠款", "账款", "款项"), Category.ARREARS),),
                              lambda: msg.BAD_CATEGORY(categories=list(Category)))
parse_subject = _word_parser(ClaimSubject, (
    (("工程", "施工", "建设", "建筑"), ClaimSubject.WORKS),
    (("服务", "劳务", "设计", "监理", "咨询", "运维"), ClaimSubject.SERVICES),
    (("货", "物资", "材料", "设备", "采购", "商品"), ClaimSubject.GOODS)), msg.BAD_SUBJECT)
parse_outcome = _word_parser(Outcome, (
    (("部分",), Outcome.PARTLY), (("不予支持", "不支持"), Outcome.NOT_SUPPORTED), (("撤回", "撤诉"), Outcome.WITHDRAWN),
    (("解决", "支付", "清零", "结清"), Outcome.RESOLVED)), msg.BAD_OUTCOME)
