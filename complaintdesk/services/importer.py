"""Imports existing arrears ledgers and forwarded complaint batches from xlsx/csv: map, dry-run every row, then all-or-nothing.

The steps, as the GUI's import dialog and ``complaintdesk-admin import`` take them:

1. ``read_table(path)`` finds the header row (title rows above it are skipped) and keeps every
   data row with the row number the user sees in the spreadsheet.
2. ``suggest_mapping(columns)`` maps fields to columns: the mapping remembered for this set of
   headings, else Chinese and English heading synonyms (``FIELDS``).
3. ``dry_run(table, mapping)`` checks every row — credit codes, dates, amounts (never through
   float), the desk's claim rules, rows that repeat each other, rows already in the database —
   and says per row and column what is wrong, in Chinese. Nothing is written.
4. ``run(table, mapping, file_name=...)`` repeats the checks inside one write transaction and,
   only when no row has an error, creates enterprises, respondents, cases, claims and payments,
   with one history event ``imported`` per row ("从 FILE 第N行导入"); any error writes nothing.

**Row identity.** A row is one arrears claim; its identity is (complainant — credit code, else
name; contract number; amount claimed), plus respondent and delivery date when there is no
contract number. A claim with the same identity already in the database (imported before, or
entered by hand) is *skipped*, so importing the same file again — or a cumulative batch that
repeats last month's rows — creates no duplicates; nothing needs to be stored for this beyond the
claim itself. The same identity twice in one file is an error; the same contract number with
another amount is an error too (a correction is made in the case, not by import). Rows of one
case share its reference (案件编号/来文编号, kept in ``Case.source_ref``), or else complainant,
respondent and received date; a new claim of a case already in the database is added to it.

Imported cases are registered with their statutory clocks running from the received date, as
the desk registers them; a row with a closing date (办结日期) is imported as closed on that day,
its clocks met then.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from complaintdesk.domain.arrears import DebtorKind, OutsideRegulation, payment_due_date
from complaintdesk.domain.money import to_money
from complaintdesk.domain.uscc import normalize_uscc, suggest_debtor_kind, uscc_problem
from complaintdesk.domain.vocabulary import (
    OPEN_STATUSES,
    CaseStatus,
    Category,
    Channel,
    ClaimSubject,
    Outcome,
    Role,
)
from complaintdesk.services import case_index, clock, history
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.desk import EARLIEST_DATE, MAX_AMOUNT
from complaintdesk.services.desk_types import ClaimInput
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.numbering import next_number
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.validation import Collector, ValidationError
from complaintdesk.store.models import (
    ArrearsClaim,
    Case,
    Enterprise,
    Payment,
    Respondent,
    Setting,
    User,
)

if TYPE_CHECKING:
    from complaintdesk.services.office import Office

MAPPING_KEY_PREFIX = "import.mapping."
HEADER_SCAN_ROWS = 20
CHUNK = 900  # ids per IN (...) list: well below every database's bound-parameter limit
MAX_ROWS = 200_000
REQUIRED = ("complainant_name", "respondent_name", "received_on")
TOTAL_WORDS = ("合计", "总计", "小计", "total")
SHOWN_SKIPPED = 20


@dataclass(frozen=True)
class FieldSpec:
    label: str  # Chinese name shown in the mapping dialog and in error messages
    kind: str  # text | date | money | int | uscc | choice
    synonyms: tuple[str, ...]  # headings that mean this field (normalised when compared)


FIELDS: dict[str, FieldSpec] = {
    "case_ref": FieldSpec("案件编号/来文编号", "text", (
        "案件编号", "来文编号", "原编号", "转办编号", "工单编号", "投诉编号", "登记编号", "来文文号", "案件号",
        "case no", "case number", "reference", "source ref")),
    "received_on": FieldSpec("收件日期", "date", (
        "收件日期", "投诉日期", "登记日期", "来文日期", "收到日期", "转办日期", "受理日期", "投诉时间", "收件时间",
        "received", "received on", "date received")),
    "channel": FieldSpec("来源渠道", "choice", ("来源渠道", "渠道", "投诉渠道", "来源", "投诉方式", "channel")),
    "category": FieldSpec("投诉类别", "choice", ("投诉类别", "类别", "问题类别", "投诉类型", "问题类型", "category")),
    "procedure": FieldSpec("办理程序", "choice", ("办理程序", "程序", "procedure")),
    "summary": FieldSpec("投诉事项", "text", (
        "投诉事项", "投诉内容", "反映问题", "主要诉求", "事项摘要", "诉求内容", "问题描述", "summary")),
    "complainant_name": FieldSpec("投诉企业", "text", (
        "投诉企业", "企业名称", "投诉人", "投诉单位", "投诉企业名称", "债权人", "中小企业名称", "被拖欠企业",
        "complainant", "enterprise", "creditor")),
    "complainant_uscc": FieldSpec("统一社会信用代码", "uscc", (
        "统一社会信用代码", "信用代码", "投诉企业信用代码", "企业信用代码", "社会信用代码",
        "投诉企业统一社会信用代码", "credit code", "uscc")),
    "township": FieldSpec("所属乡镇", "text", (
        "所属乡镇", "乡镇", "乡镇(街道)", "街道", "所在乡镇", "乡镇街道", "所属乡镇(街道)", "township")),
    "contact_person": FieldSpec("联系人", "text", ("联系人", "企业联系人", "contact")),
    "phone": FieldSpec("联系电话", "text", ("联系电话", "电话", "手机", "phone")),
    "respondent_name": FieldSpec("欠款单位", "text", (
        "欠款单位", "被投诉单位", "被投诉人", "拖欠单位", "欠款方", "债务人", "付款单位", "被投诉单位名称",
        "欠款单位名称", "debtor", "respondent")),
    "respondent_uscc": FieldSpec("欠款单位信用代码", "uscc", (
        "欠款单位信用代码", "被投诉单位信用代码", "欠款单位统一社会信用代码", "被投诉单位统一社会信用代码",
        "debtor credit code", "debtor uscc")),
    "respondent_kind": FieldSpec("单位类型", "choice", (
        "单位类型", "欠款单位类型", "单位性质", "被投诉单位类型", "欠款单位性质", "主体类型", "debtor kind")),
    "contract_no": FieldSpec("合同编号", "text", ("合同编号", "合同号", "合同名称及编号", "contract no", "contract")),
    "contract_signed_on": FieldSpec("合同签订日期", "date", (
        "合同签订日期", "签订日期", "签约日期", "合同日期", "contract signed", "signed on")),
    "subject": FieldSpec("标的", "choice", ("标的", "合同标的", "款项类型", "欠款类型", "款项性质", "subject")),
    "amount_claimed": FieldSpec("欠款金额", "money", (
        "欠款金额", "拖欠金额", "投诉金额", "合同欠款金额", "欠款总额", "申诉金额", "拖欠账款金额", "amount claimed",
        "amount")),
    "amount_confirmed": FieldSpec("确认金额", "money", (
        "确认金额", "确认欠款金额", "认可金额", "无争议金额", "amount confirmed", "confirmed")),
    "delivered_on": FieldSpec("交付日期", "date", (
        "交付日期", "交货日期", "竣工日期", "完工日期", "交付时间", "delivered", "delivered on")),
    "agreed_term_days": FieldSpec("约定付款期限（日）", "int", (
        "约定付款期限", "付款期限", "约定付款期限(日)", "约定付款期限(天)", "agreed term")),
    "amount_paid": FieldSpec("已还金额", "money", (
        "已还金额", "已付金额", "已支付金额", "已清偿金额", "还款金额", "已偿还金额", "已还款金额", "repaid", "paid")),
    "paid_on": FieldSpec("还款日期", "date", (
        "最近还款日期", "还款日期", "支付日期", "付款日期", "清偿日期", "paid on", "payment date")),
    "cleared_on": FieldSpec("清零日期", "date", ("清零日期", "结清日期", "cleared", "cleared on")),
    "closed_on": FieldSpec("办结日期", "date", ("办结日期", "结案日期", "closed", "closed on")),
    "outcome": FieldSpec("办结结果", "choice", ("办结结果", "办理结果", "处理结果", "outcome")),
    "handler": FieldSpec("承办人", "text", ("承办人", "经办人", "办理人", "handler")),
}
CLAIM_FIELDS = ("contract_no", "contract_signed_on", "subject", "amount_confirmed", "delivered_on",
                "agreed_term_days", "amount_paid", "paid_on", "cleared_on")
# The desk's claim fields → ours (for its ValidationError).
DESK_FIELDS = {"amount_claimed": "amount_claimed", "subject": "subject", "contract_signed_on": "contract_signed_on",
               "delivered_on": "delivered_on", "agreed_term_days": "agreed_term_days",
               "amount_confirmed": "amount_confirmed", "amount_disputed": "amount_confirmed"}


# --- what the steps exchange -----------------------------------------------------------------


@dataclass(frozen=True)
class ImportRow:
    number: int  # the row number the user sees in the spreadsheet (CSV: the record's number)
    values: tuple


@dataclass(frozen=True)
class ImportTable:
    source: str  # the file name
    sheet: str | None
    header_row: int
    columns: tuple[str, ...]
    rows: tuple[ImportRow, ...]


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # None: about the file or the mapping
    column: str | None  # the heading in the file
    reason: str  # Chinese
    value: str = ""

    @property
    def line(self) -> str:
        where = f"第{self.row}行" if self.row is not None else "文件"
        col = f"［{self.column}］" if self.column else ""
        shown = f"（单元格内容：{self.value}）" if self.value else ""
        return f"{where}{col}{self.reason}{shown}"


@dataclass(frozen=True)
class ImportReport:
    source: str
    sheet: str | None
    rows: int  # data rows read
    mapping: dict[str, str]
    errors: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]
    skipped: tuple[RowProblem, ...]  # blank, totals and already-imported rows
    new_cases: int = 0
    extended_cases: int = 0  # existing cases that get new claims
    new_claims: int = 0
    new_payments: int = 0
    new_enterprises: int = 0
    new_respondents: int = 0
    unmapped_columns: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def lines(self) -> list[str]:
        """The report as text lines (CLI, log)."""
        out = [f"{self.source}{'：' + self.sheet if self.sheet else ''}：读取 {self.rows} 行"]
        if self.errors:
            out.append(f"错误 {len(self.errors)} 处（有错误时不导入任何数据）：")
            out += ["  " + p.line for p in self.errors]
        if self.warnings:
            out.append(f"提示 {len(self.warnings)} 处：")
            out += ["  " + p.line for p in self.warnings[:SHOWN_SKIPPED * 5]]
            if len(self.warnings) > SHOWN_SKIPPED * 5:
                out.append(f"  ……其余 {len(self.warnings) - SHOWN_SKIPPED * 5} 处从略")
        if self.skipped:
            out.append(f"跳过 {len(self.skipped)} 行：")
            out += ["  " + p.line for p in self.skipped[:SHOWN_SKIPPED]]
            if len(self.skipped) > SHOWN_SKIPPED:
                out.append(f"  ……其余 {len(self.skipped) - SHOWN_SKIPPED} 行从略")
        out.append(f"将新建案件 {self.new_cases} 件（另有 {self.extended_cases} 件已有案件增加欠款），欠款 {self.new_claims} 笔，"
                   f"还款 {self.new_payments} 笔，企业 {self.new_enterprises} 家，被投诉单位 {self.new_respondents} 家")
        return out


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    case_ids: tuple[int, ...]  # new cases and existing cases that got new claims
    case_nos: tuple[str, ...]


class ImportRejected(ServiceError):
    """At least one row is invalid: nothing was written; ``report`` says which and why."""

    def __init__(self, report: ImportReport):
        super().__init__(f"导入文件有 {len(report.errors)} 处错误，未导入任何数据 / {len(report.errors)} problem(s): "
                         "nothing was imported")
        self.report = report


# --- reading files ---------------------------------------------------------------------------


def normalise_heading(text: Any) -> str:
    """Headings compared loosely: full-width to half-width, no spaces or asterisks, lower case."""
    folded = unicodedata.normalize("NFKC", str(text or ""))
    return re.sub(r"[\s*＊:：]+", "", folded).lower()


def _base_heading(text: Any) -> str:
    """The heading without a trailing unit in brackets: 欠款金额（元） → 欠款金额."""
    return re.sub(r"\([^()]*\)$", "", normalise_heading(text))


_SYNONYMS = {}
for _name, _spec in FIELDS.items():
    for _syn in _spec.synonyms:
        _SYNONYMS.setdefault(normalise_heading(_syn), _name)
        _SYNONYMS.setdefault(_base_heading(_syn), _name)


def field_for_heading(heading: Any) -> str | None:
    return _SYNONYMS.get(normalise_heading(heading)) or _SYNONYMS.get(_base_heading(heading))


def _cell_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_index(rows: list[tuple]) -> int:
    """The row among the first ones with the most recognised headings (title rows sit above it)."""
    best, best_score = 0, -1
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = len({field_for_heading(v) for v in row if not _cell_blank(v)} - {None})
        if score > best_score:
            best, best_score = i, score
    if best_score < 2:  # nothing recognised: the first non-empty row is the header
        best = next((i for i, row in enumerate(rows) if any(not _cell_blank(v) for v in row)), 0)
    return best


def _columns(header: tuple) -> tuple[str, ...]:
    names, seen = [], set()
    for i, value in enumerate(header):
        name = str(value).strip() if not _cell_blank(value) else f"第{i + 1}列"
        base, n = name, 2
        while name in seen:
            name, n = f"{base}（{n}）", n + 1
        seen.add(name)
        names.append(name)
    return tuple(names)


def read_table(path: str | Path, sheet: str | None = None) -> ImportTable:
    """The header and data rows of an xlsx (first sheet, or ``sheet``) or csv file (UTF-8 or GBK)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged or mislabelled file
            raise ServiceError(f"无法读取 Excel 文件 {path.name}：{exc} / cannot read the workbook") from exc
        try:
            if sheet is not None and sheet not in wb.sheetnames:
                raise ServiceError(f"工作表“{sheet}”不存在（有：{'、'.join(wb.sheetnames)}） / no such sheet")
            ws = wb[sheet] if sheet is not None else wb.worksheets[0]
            raw = [tuple(r) for r in ws.iter_rows(values_only=True)]
            title = ws.title
        finally:
            wb.close()
        numbered = [(i + 1, r) for i, r in enumerate(raw)]
    elif suffix in (".csv", ".txt"):
        data = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes any byte string
            raise ServiceError(f"无法识别 {path.name} 的字符编码 / unknown text encoding")
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
        except csv.Error:
            dialect = csv.excel
        numbered = [(i + 1, tuple(r)) for i, r in enumerate(csv.reader(io.StringIO(text, newline=""), dialect))]
        title = None
    elif suffix == ".xls":
        raise ServiceError("不支持旧版 .xls 文件：请在 Excel/WPS 中另存为 .xlsx 后再导入 / save the .xls file as .xlsx")
    else:
        raise ServiceError(f"不支持的文件类型“{suffix or path.name}”：请使用 .xlsx 或 .csv / use .xlsx or .csv")
    if len(numbered) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ServiceError(f"文件超过 {MAX_ROWS} 行，请分批导入 / more than {MAX_ROWS} rows: split the file")
    h = _header_index([r for _, r in numbered])
    header_number, header = numbered[h] if numbered else (1, ())
    width = len(header)
    while width and _cell_blank(header[width - 1]):
        width -= 1
    columns = _columns(header[:width])
    rows = []
    for number, values in numbered[h + 1:]:
        values = tuple(values[:width]) + (None,) * (width - len(values))
        if all(_cell_blank(v) for v in values):
            continue
        rows.append(ImportRow(number, values))
    return ImportTable(path.name, title, header_number, columns, tuple(rows))


def mapping_key(columns: Iterable[str]) -> str:
    """The setting key a mapping is remembered under: the same set of headings, in any order."""
    digest = hashlib.sha256(json.dumps(sorted({normalise_heading(c) for c in columns}), ensure_ascii=False)
                            .encode("utf-8")).hexdigest()
    return MAPPING_KEY_PREFIX + digest[:24]


def synonym_mapping(columns: Sequence[str]) -> dict[str, str]:
    """Fields → columns by heading synonyms; the first column wins when two mean the same field."""
    mapping: dict[str, str] = {}
    for column in columns:
        name = field_for_heading(column)
        if name is not None and name not in mapping:
            mapping[name] = column
    return mapping


# --- parsing cells ---------------------------------------------------------------------------


class _Bad(ValueError):
    """A cell that cannot be read; the message is the Chinese reason."""


def _text(value) -> str | None:
    if _cell_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a number typed into a text column (合同编号 12345)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return unicodedata.normalize("NFKC", str(value)).strip() if isinstance(value, str) else str(value)


_DATE_RE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value) -> date | None:
    if _cell_blank(value):
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
            raise _Bad("不是日期")
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if re.fullmatch(r"\d{8}", text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    match = _DATE_RE.match(text)
    if not match:
        raise _Bad("不是日期（应写作 2025-03-01、2025/3/1 或 2025年3月1日）")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise _Bad("日期不存在") from None


def parse_money(value, *, wan: bool = False) -> Decimal | None:
    """Yuan with at most two decimals; floats only when they are an exact number of fen."""
    if _cell_blank(value):
        return None
    scale = Decimal(10000) if wan else Decimal(1)
    places = 6 if wan else 2
    if isinstance(value, bool):
        raise _Bad("不是金额")
    if isinstance(value, float):
        # openpyxl reads every number cell as a float: accept it only when it is exactly a
        # number of fen (万元: of yuan/100), else the cell holds a computed fraction to check.
        if value != value or value in (float("inf"), float("-inf")):
            raise _Bad("不是金额")
        if round(value, places) != value:
            raise _Bad("金额不是整分（单元格中是计算结果或多于两位小数），请核对")
        amount = Decimal(str(round(value, places)))
    elif isinstance(value, int | Decimal):
        amount = Decimal(value)
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        if text.endswith("万元"):
            text, scale, places = text[:-2], Decimal(10000), 6
        text = text.removesuffix("元").strip()
        try:
            amount = to_money(text) if scale == 1 else Decimal(text.replace(",", "").removeprefix("¥"))
        except (ValueError, InvalidOperation) as exc:
            reason = str(exc).split(" / ")[0]
            raise _Bad(reason if "金额" in reason else "不是有效的金额") from None
    if not amount.is_finite():
        raise _Bad("不是有效的金额")
    amount = amount * scale
    if amount < 0:
        raise _Bad("金额不能为负数")
    if abs(amount) > MAX_AMOUNT:
        raise _Bad("金额超过100亿元，请核对")
    try:
        return to_money(amount)
    except ValueError:
        raise _Bad("金额最多保留两位小数（分）") from None


def parse_int(value) -> int | None:
    if _cell_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().removesuffix("日").removesuffix("天").strip()
    if not re.fullmatch(r"\d{1,5}", text):
        raise _Bad("应为整数天数")
    return int(text)


def _contains(text: str, table: Sequence[tuple[Sequence[str], Any]]):
    for words, result in table:
        if any(w in text for w in words):
            return result
    return None


def parse_kind(text: str) -> str:
    try:
        return DebtorKind.parse(text).value
    except ValueError:
        pass
    found = _contains(text, ((("事业",), DebtorKind.PUBLIC_INSTITUTION), (("机关", "政府", "局", "委员会"), DebtorKind.STATE_ORGAN),
                             (("国有", "国企", "央企"), DebtorKind.STATE_OWNED_ENTERPRISE),
                             (("大型", "大企业"), DebtorKind.LARGE_ENTERPRISE),
                             (("民营", "私营", "其他", "个体"), DebtorKind.OTHER)))
    if found is None:
        raise _Bad("单位类型应为机关、事业单位、国有企业、大型企业或其他")
    return found.value


def parse_channel(text: str) -> str:
    try:
        return Channel.parse(text).value
    except ValueError:
        pass
    found = _contains(text, ((("12345", "热线"), Channel.HOTLINE), (("转", "上级", "省", "市"), Channel.TRANSFERRED_IN),
                             (("网", "平台", "信箱", "邮件"), Channel.ONLINE), (("信",), Channel.LETTER),
                             (("访",), Channel.VISIT), (("电话", "来电"), Channel.PHONE)))
    if found is None:
        raise _Bad("来源渠道应为来访、来电、来信、网上平台、12345热线或上级转办")
    return found.value


def parse_category(text: str) -> str:
    try:
        return Category.parse(text).value
    except ValueError:
        pass
    found = _contains(text, ((("拖欠", "欠款", "账款", "款项"), Category.ARREARS),))
    if found is None:
        raise _Bad("投诉类别无法识别：" + "、".join(c.label_zh for c in Category))
    return found.value


def parse_subject(text: str) -> str:
    try:
        return ClaimSubject.parse(text).value
    except ValueError:
        pass
    found = _contains(text, ((("工程", "施工", "建设", "建筑"), ClaimSubject.WORKS),
                             (("服务", "劳务", "设计", "监理", "咨询", "运维"), ClaimSubject.SERVICES),
                             (("货", "物资", "材料", "设备", "采购", "商品"), ClaimSubject.GOODS)))
    if found is None:
        raise _Bad("标的应为货物、工程或服务")
    return found.value


def parse_outcome(text: str) -> str:
    try:
        return Outcome.parse(text).value
    except ValueError:
        pass
    found = _contains(text, ((("部分",), Outcome.PARTLY), (("不予支持", "不支持"), Outcome.NOT_SUPPORTED),
                             (("撤回", "撤诉"), Outcome.WITHDRAWN), (("解决", "支付", "清零", "结清"), Outcome.RESOLVED)))
    if found is None:
        raise _Bad("办结结果应为已解决、部分解决、诉求不予支持或投诉人撤回")
    return found.value


# --- validation and planning -----------------------------------------------------------------


@dataclass
class _Row:
    number: int
    values: dict[str, Any] = field(default_factory=dict)  # field → parsed value
    raw: dict[str, str] = field(default_factory=dict)  # field → cell text (for messages)


@dataclass
class _Group:
    """The rows of one case."""

    key: tuple
    rows: list[_Row]
    case_id: int | None = None  # an existing case they belong to
    case_no: str | None = None
    new_claims: list[_Row] = field(default_factory=list)


@dataclass
class _Plan:
    report: ImportReport
    groups: list[_Group]
    enterprises: dict[str, int | None]  # complainant key → existing id (None: create)
    respondents: dict[str, int | None]
    handlers: dict[str, int]


def _complainant_key(values: dict) -> str:
    return values.get("complainant_uscc") or "name:" + values["complainant_name"]


def _respondent_key(values: dict) -> str:
    return values.get("respondent_uscc") or "name:" + values["respondent_name"]


def _claim_identity(complainant: str, respondent: str, contract_no: str | None, amount: Decimal,
                    delivered_on: date | None) -> tuple:
    if contract_no:
        return (complainant, "contract", contract_no.upper(), amount)
    return (complainant, "no-contract", respondent, amount, delivered_on)


class Importer:
    """Ledger and batch import over one office (``office.importer``)."""

    def __init__(self, office: Office):
        self._office = office

    # --- mappings ----------------------------------------------------------------------------

    def suggest_mapping(self, columns: Sequence[str]) -> dict[str, str]:
        """The mapping remembered for these headings, else one from heading synonyms."""
        with self._office.db.read() as s:
            saved = s.get(Setting, mapping_key(columns))
        if saved is not None:
            remembered = {k: v for k, v in json.loads(saved.value).items() if k in FIELDS and v in columns}
            if remembered:
                return remembered
        return synonym_mapping(columns)

    def remember_mapping(self, columns: Sequence[str], mapping: dict[str, str]) -> None:
        require(self._office.actor, Permission.EDIT_CASES)
        with self._office.db.write() as s:
            self._remember(s, columns, mapping)

    def _remember(self, s: Session, columns: Sequence[str], mapping: dict[str, str]) -> None:
        key = mapping_key(columns)
        value = json.dumps({k: mapping[k] for k in sorted(mapping)}, ensure_ascii=False)
        row = s.get(Setting, key)
        if row is not None and row.value == value:
            return
        old = row.value if row is not None else None
        if row is None:
            s.add(Setting(key=key, value=value))
        else:
            row.value = value
        history.record(s, self._office.actor, entity="setting", entity_id=None, action="import_mapping_saved",
                       summary=f"保存导入列对应关系（{len(mapping)} 列）", changes={key: (old, value)})

    # --- the dry run and the import ----------------------------------------------------------

    def dry_run(self, table: ImportTable, mapping: dict[str, str]) -> ImportReport:
        """Check every row against the rules and the database; write nothing."""
        require(self._office.actor, Permission.EDIT_CASES)
        with self._office.db.read() as s:
            return self._plan(s, table, mapping).report

    def run(self, table: ImportTable, mapping: dict[str, str], *, file_name: str | None = None) -> ImportResult:
        """Import all rows in one transaction, or none: raises ImportRejected when any row has an error."""
        require(self._office.actor, Permission.EDIT_CASES)
        file_name = file_name or table.source
        with self._office.db.write() as s:
            plan = self._plan(s, table, mapping)
            if not plan.report.ok:
                raise ImportRejected(plan.report)
            ids, nos = self._create(s, plan, file_name, table)
            self._remember(s, table.columns, mapping)
        return ImportResult(plan.report, ids, nos)

    def _plan(self, s: Session, table: ImportTable, mapping: dict[str, str]) -> _Plan:
        errors: list[RowProblem] = []
        warnings: list[RowProblem] = []
        skipped: list[RowProblem] = []
        index = {c: i for i, c in enumerate(table.columns)}
        for name, column in mapping.items():
            if name not in FIELDS:
                errors.append(RowProblem(None, column, f"未知字段“{name}”"))
            elif column not in index:
                errors.append(RowProblem(None, column, f"文件中没有“{column}”列（{FIELDS[name].label}）"))
        used = list(mapping.values())
        for column in {c for c in used if used.count(c) > 1}:
            errors.append(RowProblem(None, column, "同一列不能对应两个字段"))
        for name in REQUIRED:
            if name not in mapping:
                errors.append(RowProblem(None, None, f"请指定“{FIELDS[name].label}”所在的列"))
        if errors:
            return _Plan(ImportReport(table.source, table.sheet, len(table.rows), dict(mapping), tuple(errors), (),
                                      ()), [], {}, {}, {})
        column_of = {name: mapping[name] for name in mapping}
        unmapped = tuple(c for c in table.columns if c not in set(mapping.values()))
        if "channel" not in mapping:
            warnings.append(RowProblem(None, None, "未指定来源渠道列：全部按“上级转办”登记"))
        rules = RuleBook.load(s)
        ctx = self._office.desk.context(s)  # the desk's claim rules, with its idea of today
        today = ctx.today

        def problem(row: _Row, name: str | None, reason: str, *, warn: bool = False) -> None:
            target = warnings if warn else errors
            target.append(RowProblem(row.number, column_of.get(name) if name else None, reason,
                                     row.raw.get(name, "")[:60] if name else ""))

        # 1. read every row
        rows: list[_Row] = []
        for item in table.rows:
            row = _Row(item.number)
            for name, column in mapping.items():
                value = item.values[index[column]]
                if not _cell_blank(value):
                    row.raw[name] = _text(value) or ""
                spec = FIELDS[name]
                try:
                    if spec.kind == "date":
                        row.values[name] = parse_date(value)
                    elif spec.kind == "money":
                        row.values[name] = parse_money(value, wan="万元" in normalise_heading(column))
                    elif spec.kind == "int":
                        row.values[name] = parse_int(value)
                    else:
                        row.values[name] = _text(value)
                except _Bad as exc:
                    problem(row, name, str(exc))
                    row.values[name] = None
            filled = [v for v in item.values if not _cell_blank(v)]
            first = _text(filled[0]) if filled else ""
            if any(first.lower().startswith(w) for w in TOTAL_WORDS):
                skipped.append(RowProblem(item.number, None, "合计行，跳过"))
                errors[:] = [e for e in errors if e.row != item.number]
                continue
            if len(filled) == 1 and not row.values.get("complainant_name"):
                skipped.append(RowProblem(item.number, None, "只有一个单元格有内容（标题或说明行），跳过", first[:30]))
                errors[:] = [e for e in errors if e.row != item.number]
                continue
            rows.append(row)
        self._check_rows(rows, rules, today, problem)
        # Claim rules exactly as the desk applies them.
        for row in rows:
            v = row.values
            if v.get("amount_claimed") is None or v.get("subject") is None:
                continue
            try:
                self._office.desk.check_claim(ctx, self._claim_input(v))
            except ValidationError as exc:
                for p in exc.problems:
                    problem(row, DESK_FIELDS.get(p.field, "amount_claimed"), p.zh)

        # 2. cases in the file, and rows that repeat each other
        groups: dict[tuple, _Group] = {}
        seen_claims: dict[tuple, int] = {}
        consistent = ("received_on", "channel", "category", "procedure", "closed_on", "outcome")
        for row in rows:
            v = row.values
            if not v.get("complainant_name") or not v.get("respondent_name") or not v.get("received_on"):
                continue
            comp, resp = _complainant_key(v), _respondent_key(v)
            key = ("ref", v["case_ref"], comp) if v.get("case_ref") else ("auto", comp, resp, v["received_on"])
            group = groups.get(key)
            if group is None:
                groups[key] = _Group(key, [row])
            else:
                first = group.rows[0]
                for name in (*consistent, "respondent_name"):
                    if name == "respondent_name":
                        differs = _respondent_key(first.values) != resp
                    else:
                        differs = first.values.get(name) != v.get(name)
                    if differs:
                        problem(row, name, f"与同一案件的第{first.number}行不一致（{FIELDS[name].label}）")
                group.rows.append(row)
            if v.get("amount_claimed") is not None:
                identity = _claim_identity(comp, resp, v.get("contract_no"), v["amount_claimed"], v.get("delivered_on"))
                if identity in seen_claims:
                    problem(row, "contract_no" if v.get("contract_no") else "amount_claimed",
                            f"与第{seen_claims[identity]}行是同一笔欠款（投诉企业、合同编号、金额相同）")
                else:
                    seen_claims[identity] = row.number

        # 3. against the database
        enterprises, respondents, handlers = self._match_parties(s, rows, problem)
        existing = self._existing_claims(s, enterprises)
        by_contract: dict[tuple, tuple] = {}
        for ident, info in existing.items():
            if ident[1] == "contract":
                by_contract.setdefault(ident[:3], info)
        cases = self._existing_cases(s, list(groups.values()), enterprises, respondents)
        new_cases = extended = new_claims = new_payments = 0
        plan_groups = []
        for group in groups.values():
            match = cases.get(group.key)
            if match is not None:
                group.case_id, group.case_no = match
            for row in group.rows:
                v = row.values
                if v.get("amount_claimed") is None:
                    continue
                comp, resp = _complainant_key(v), _respondent_key(v)
                identity = _claim_identity(comp, resp, v.get("contract_no"), v["amount_claimed"], v.get("delivered_on"))
                if identity in existing:
                    case_no, paid = existing[identity][1], existing[identity][2]
                    skipped.append(RowProblem(row.number, None, f"该笔欠款已在案件 {case_no} 中登记，跳过"))
                    if v.get("amount_paid") is not None and v["amount_paid"] != paid:
                        problem(row, "amount_paid", f"已登记的还款为 {paid:,.2f} 元，与本行不同；导入不修改已有记录，"
                                                    "请在案件中登记还款", warn=True)
                    continue
                if v.get("contract_no") and (comp, "contract", v["contract_no"].upper()) in by_contract:
                    _, case_no, _, amount = by_contract[(comp, "contract", v["contract_no"].upper())]
                    problem(row, "amount_claimed", f"合同编号 {v['contract_no']} 已在案件 {case_no} 中登记，金额为 "
                                                   f"{amount:,.2f} 元，与本行不同；如需更正请在案件中修改")
                    continue
                group.new_claims.append(row)
                new_claims += 1
                new_payments += 1 if (v.get("amount_paid") or 0) > 0 else 0
            no_claims = all(r.values.get("amount_claimed") is None for r in group.rows)
            if group.case_id is None and (group.new_claims or no_claims):
                new_cases += 1
                plan_groups.append(group)
                self._warn_open_duplicate(s, group, enterprises, respondents, problem)
            elif group.case_id is not None and group.new_claims:
                extended += 1
                plan_groups.append(group)
            elif group.case_id is not None and no_claims:
                skipped.append(RowProblem(group.rows[0].number, None, f"案件 {group.case_no} 已登记，跳过"))
        skipped.sort(key=lambda p: p.row or 0)
        errors.sort(key=lambda p: (p.row or 0))
        report = ImportReport(
            source=table.source, sheet=table.sheet, rows=len(table.rows), mapping=dict(mapping),
            errors=tuple(errors), warnings=tuple(warnings), skipped=tuple(skipped), new_cases=new_cases,
            extended_cases=extended, new_claims=new_claims, new_payments=new_payments,
            new_enterprises=len({_complainant_key(r.values) for g in plan_groups for r in g.rows
                                 if enterprises.get(_complainant_key(r.values)) is None}),
            new_respondents=len({_respondent_key(r.values) for g in plan_groups for r in g.rows
                                 if respondents.get(_respondent_key(r.values)) is None}),
            unmapped_columns=unmapped,
        )
        return _Plan(report, plan_groups, enterprises, respondents, handlers)

    @staticmethod
    def _claim_input(v: dict) -> ClaimInput:
        return ClaimInput(amount_claimed=v["amount_claimed"], subject=v["subject"], contract_no=v.get("contract_no"),
                          contract_signed_on=v.get("contract_signed_on"), delivered_on=v.get("delivered_on"),
                          agreed_term_days=v.get("agreed_term_days"), amount_confirmed=v.get("amount_confirmed"))

    def _check_rows(self, rows: list[_Row], rules: RuleBook, today: date, problem) -> None:
        """Per-row rules: required cells, codes, choices, dates, amounts (before the desk's claim check)."""
        procedures_by_name = {p.name_zh: code for code, p in rules.procedures.items()}
        for row in rows:
            v, c = row.values, Collector()
            for name, zh, limit in (("complainant_name", "投诉企业名称", 200), ("respondent_name", "欠款单位名称", 200),
                                    ("township", "乡镇", 100), ("contact_person", "联系人", 100), ("phone", "联系电话", 40),
                                    ("contract_no", "合同编号", 100), ("summary", "投诉事项", 5000),
                                    ("case_ref", "案件编号", 100), ("handler", "承办人", 100)):
                v[name] = c.text(name, v.get(name), zh, name, required=name in REQUIRED, max_len=limit)
            for p in c.problems:
                problem(row, p.field, p.zh)
            if v.get("received_on") is None and "received_on" not in row.raw:
                problem(row, "received_on", "请填写收件日期")
            for name in ("complainant_uscc", "respondent_uscc"):
                if v.get(name):
                    code = normalize_uscc(v[name])
                    reason = uscc_problem(code)
                    if reason:
                        problem(row, name, reason)
                        v[name] = None
                    else:
                        v[name] = code
            for name, parse in (("respondent_kind", parse_kind), ("channel", parse_channel),
                                ("category", parse_category), ("subject", parse_subject), ("outcome", parse_outcome)):
                if v.get(name):
                    try:
                        v[name] = parse(v[name])
                    except _Bad as exc:
                        problem(row, name, str(exc))
                        v[name] = None
            if not v.get("respondent_kind") and "respondent_kind" not in row.raw:
                suggested = suggest_debtor_kind(v.get("respondent_uscc") or "")
                if suggested is not None:
                    v["respondent_kind"] = suggested.value
                else:
                    problem(row, "respondent_kind", "请填写单位类型（机关、事业单位、国有企业、大型企业或其他）")
            v["channel"] = v.get("channel") or Channel.TRANSFERRED_IN.value
            amount = v.get("amount_claimed")
            if not v.get("category") and "category" not in row.raw:
                v["category"] = Category.ARREARS.value if amount is not None else Category.OTHER.value
            if v.get("procedure"):
                code = v["procedure"] if v["procedure"] in rules.procedures else procedures_by_name.get(v["procedure"])
                if code is None:
                    problem(row, "procedure", "办理程序无法识别：" + "、".join(procedures_by_name))
                v["procedure"] = code
            elif "procedure" not in row.raw:
                v["procedure"] = _default_procedure(v["channel"], v.get("category"), rules)
            for name, zh in (("received_on", "收件日期"), ("contract_signed_on", "合同签订日期"), ("delivered_on", "交付日期"),
                             ("paid_on", "还款日期"), ("cleared_on", "清零日期"), ("closed_on", "办结日期")):
                day = v.get(name)
                if day is not None and day > today:
                    problem(row, name, f"{zh}不能晚于今天")
                elif day is not None and day < EARLIEST_DATE:
                    problem(row, name, f"{zh}不能早于2000年")
            if v.get("closed_on") and v.get("received_on") and v["closed_on"] < v["received_on"]:
                problem(row, "closed_on", "办结日期不能早于收件日期")
            if v.get("closed_on") and not v.get("outcome") and "outcome" not in row.raw:
                outcome = Outcome.RESOLVED.value
                if amount is not None and (v.get("amount_paid") or 0) < amount:
                    outcome = Outcome.PARTLY.value if v.get("amount_paid") else Outcome.NOT_SUPPORTED.value
                v["outcome"] = outcome
                problem(row, "closed_on", f"未提供办结结果，按“{Outcome(outcome).label_zh}”登记", warn=True)
            if amount is None:
                if any(v.get(n) is not None for n in CLAIM_FIELDS) and "amount_claimed" not in row.raw:
                    problem(row, "amount_claimed", "有合同或还款信息，但没有欠款金额")
                continue
            if amount <= 0:
                problem(row, "amount_claimed", "欠款金额应大于0")
            if not v.get("subject") and "subject" not in row.raw:
                problem(row, "subject", "请填写标的（货物、工程或服务）")
            paid = v.get("amount_paid")
            if paid is not None and paid > amount:
                problem(row, "amount_paid", f"已还金额超过欠款金额（{amount:,.2f} 元）")
            if paid:
                v["paid_on"] = v.get("paid_on") or v.get("cleared_on")
                if v["paid_on"] is None and "paid_on" not in row.raw:
                    problem(row, "amount_paid", "有已还金额，请填写还款日期（或清零日期）")
                elif v["paid_on"] and v.get("delivered_on") and v["paid_on"] < v["delivered_on"]:
                    problem(row, "paid_on", "还款日期不能早于交付日期")

    def _match_parties(self, s: Session, rows: list[_Row], problem) -> tuple[dict, dict, dict]:
        """Existing enterprises and respondents by credit code, else by name; handlers by name."""
        enterprises: dict[str, int | None] = {}
        respondents: dict[str, int | None] = {}
        comp_codes = {r.values["complainant_uscc"] for r in rows if r.values.get("complainant_uscc")}
        comp_names = {r.values["complainant_name"] for r in rows if r.values.get("complainant_name")}
        resp_codes = {r.values["respondent_uscc"] for r in rows if r.values.get("respondent_uscc")}
        resp_names = {r.values["respondent_name"] for r in rows if r.values.get("respondent_name")}
        ent_by_code, ent_by_name = {}, {}
        for chunk in _chunks(sorted(comp_codes | comp_names)):
            for e in s.execute(select(Enterprise.id, Enterprise.name, Enterprise.uscc).where(
                    or_(Enterprise.uscc.in_(chunk), Enterprise.name.in_(chunk)))):
                if e.uscc:
                    ent_by_code[e.uscc] = (e.id, e.name)
                ent_by_name.setdefault(e.name, []).append((e.id, e.uscc))
        res_by_code, res_by_name = {}, {}
        for chunk in _chunks(sorted(resp_codes | resp_names)):
            for r in s.execute(select(Respondent.id, Respondent.name, Respondent.uscc, Respondent.kind).where(
                    or_(Respondent.uscc.in_(chunk), Respondent.name.in_(chunk)))):
                if r.uscc:
                    res_by_code.setdefault(r.uscc, (r.id, r.name, r.kind))
                res_by_name.setdefault(r.name, []).append((r.id, r.uscc, r.kind))
        names_in_file: dict[str, tuple[str, int]] = {}
        for row in rows:
            v = row.values
            if not v.get("complainant_name") or not v.get("respondent_name"):
                continue
            comp = _complainant_key(v)
            if comp not in enterprises:
                code = v.get("complainant_uscc")
                if code and code in ent_by_code:
                    ent_id, name = ent_by_code[code]
                    if name != v["complainant_name"]:
                        problem(row, "complainant_name", f"该信用代码已登记为“{name}”，将使用已有企业", warn=True)
                    enterprises[comp] = ent_id
                elif not code and len(ent_by_name.get(v["complainant_name"], [])) == 1:
                    enterprises[comp] = ent_by_name[v["complainant_name"]][0][0]
                else:
                    enterprises[comp] = None
            if v.get("complainant_uscc"):
                seen = names_in_file.setdefault(v["complainant_uscc"], (v["complainant_name"], row.number))
                if seen[0] != v["complainant_name"]:
                    problem(row, "complainant_name", f"同一信用代码在第{seen[1]}行对应“{seen[0]}”", warn=True)
            resp = _respondent_key(v)
            if resp not in respondents:
                code = v.get("respondent_uscc")
                found = res_by_code.get(code) if code else None
                if found is None and not code:
                    candidates = res_by_name.get(v["respondent_name"], [])
                    found = (candidates[0][0], v["respondent_name"], candidates[0][2]) if len(candidates) == 1 else None
                respondents[resp] = found[0] if found else None
                if found and v.get("respondent_kind") and found[2] != v["respondent_kind"]:
                    problem(row, "respondent_kind", f"该单位已登记为“{DebtorKind(found[2]).label_zh}”，将沿用已登记的类型",
                            warn=True)
        handlers = {}
        wanted = {r.values["handler"] for r in rows if r.values.get("handler")}
        if wanted:
            for u in s.execute(select(User).where(or_(User.display_name.in_(wanted), User.username.in_(wanted)),
                                                  User.active.is_(True), User.role != Role.AUDITOR.value)).scalars():
                handlers[u.display_name] = handlers[u.username] = u.id
            warned = set()
            for row in rows:
                name = row.values.get("handler")
                if name and name not in handlers and name not in warned:
                    warned.add(name)
                    problem(row, "handler", "没有这个承办人（或已停用），该承办人的各行将由导入人承办", warn=True)
        return enterprises, respondents, handlers

    def _existing_claims(self, s: Session, enterprises: dict[str, int | None]) -> dict[tuple, tuple]:
        """Identity → (case id, case no, amount paid, amount claimed) of the claims of the file's complainants."""
        key_of = {ent_id: key for key, ent_id in enterprises.items() if ent_id is not None}
        found: dict[tuple, tuple] = {}
        for chunk in _chunks(sorted(key_of)):
            rows = s.execute(
                select(Case.complainant_id, Case.id, Case.case_no, Respondent.uscc, Respondent.name,
                       ArrearsClaim.contract_no, ArrearsClaim.amount_claimed, ArrearsClaim.delivered_on,
                       ArrearsClaim.amount_paid)
                .join(ArrearsClaim, ArrearsClaim.case_id == Case.id)
                .outerjoin(Respondent, Respondent.id == Case.respondent_id)
                .where(Case.complainant_id.in_(chunk)))
            for comp_id, case_id, case_no, r_uscc, r_name, contract_no, amount, delivered, paid in rows:
                resp = r_uscc or "name:" + (r_name or "")
                for identity in {_claim_identity(key_of[comp_id], resp, contract_no, amount, delivered),
                                 _claim_identity(key_of[comp_id], "name:" + (r_name or ""), contract_no, amount,
                                                 delivered)}:
                    found.setdefault(identity, (case_id, case_no, paid, amount))
        return found

    def _existing_cases(self, s: Session, groups: list[_Group], enterprises: dict, respondents: dict
                        ) -> dict[tuple, tuple[int, str]]:
        """The database case each group of rows belongs to: same reference (source_ref or case
        number) and complainant; or same complainant, respondent and received date."""
        found: dict[tuple, tuple[int, str]] = {}
        by_complainant: dict[int, list[_Group]] = {}
        for g in groups:
            ent_id = enterprises.get(_complainant_key(g.rows[0].values))
            if ent_id is not None:
                by_complainant.setdefault(ent_id, []).append(g)
        for chunk in _chunks(sorted(by_complainant)):
            for case_id, case_no, source_ref, comp_id, resp_id, received in s.execute(
                    select(Case.id, Case.case_no, Case.source_ref, Case.complainant_id, Case.respondent_id,
                           Case.received_on).where(Case.complainant_id.in_(chunk)).order_by(Case.id)):
                for g in by_complainant[comp_id]:
                    if g.key in found:
                        continue
                    v = g.rows[0].values
                    if g.key[0] == "ref":
                        if v["case_ref"] in (source_ref, case_no):
                            found[g.key] = (case_id, case_no)
                    elif respondents.get(_respondent_key(v)) == resp_id and received == v["received_on"]:
                        found[g.key] = (case_id, case_no)
        return found

    def _warn_open_duplicate(self, s: Session, group: _Group, enterprises: dict, respondents: dict, problem) -> None:
        v = group.rows[0].values
        ent_id, resp_id = enterprises.get(_complainant_key(v)), respondents.get(_respondent_key(v))
        if ent_id is None or resp_id is None:
            return
        open_no = s.execute(select(Case.case_no).where(
            Case.complainant_id == ent_id, Case.respondent_id == resp_id,
            Case.status.in_([st.value for st in OPEN_STATUSES])).limit(1)).scalar()
        if open_no:
            problem(group.rows[0], "complainant_name",
                    f"已有相同投诉企业和欠款单位的在办案件 {open_no}，仍将新建案件", warn=True)

    # --- writing -----------------------------------------------------------------------------
    #
    # In stages, each one flush (the ORM then inserts a table's rows in batches): parties, cases
    # and clocks, claims and payments, and finally the history, chained in one go.

    def _create(self, s: Session, plan: _Plan, file_name: str, table: ImportTable
                ) -> tuple[tuple[int, ...], tuple[str, ...]]:
        actor = self._office.actor
        rules = RuleBook.load(s)
        calendar = rules.calendar
        source = file_name
        events: list[history.PendingEvent] = []

        # 1. parties
        enterprises, respondents = dict(plan.enterprises), dict(plan.respondents)
        new_ents: dict[str, tuple[Enterprise, int]] = {}
        new_resps: dict[str, tuple[Respondent, int]] = {}
        for group in plan.groups:
            row = group.rows[0]
            v = row.values
            comp_key, resp_key = _complainant_key(v), _respondent_key(v)
            if enterprises.get(comp_key) is None and comp_key not in new_ents:
                new_ents[comp_key] = (Enterprise(
                    name=v["complainant_name"], uscc=v.get("complainant_uscc"), township=v.get("township"),
                    contact_person=v.get("contact_person"), phone=v.get("phone")), row.number)
            if respondents.get(resp_key) is None and resp_key not in new_resps:
                new_resps[resp_key] = (Respondent(name=v["respondent_name"], uscc=v.get("respondent_uscc"),
                                                  kind=v["respondent_kind"]), row.number)
        s.add_all([e for e, _ in new_ents.values()] + [r for r, _ in new_resps.values()])
        s.flush()
        for key, (ent, number) in new_ents.items():
            enterprises[key] = ent.id
            events.append(history.PendingEvent(
                "enterprise", ent.id, "imported", f"从 {source} 第{number}行导入企业：{ent.name}",
                {k: (None, getattr(ent, k)) for k in ("name", "uscc", "township") if getattr(ent, k) is not None}))
        for key, (res, number) in new_resps.items():
            respondents[key] = res.id
            events.append(history.PendingEvent(
                "respondent", res.id, "imported", f"从 {source} 第{number}行导入被投诉单位：{res.name}",
                {k: (None, getattr(res, k)) for k in ("name", "uscc", "kind") if getattr(res, k) is not None}))

        # 2. cases and their clocks
        new_groups = [g for g in plan.groups if g.case_id is None]
        cases = self._new_cases(s, new_groups, enterprises, respondents, plan, rules)
        existing = {c.id: c for c in s.execute(select(Case).where(
            Case.id.in_([g.case_id for g in plan.groups if g.case_id is not None]))).scalars()} if any(
            g.case_id is not None for g in plan.groups) else {}
        for group in new_groups:
            case = cases[id(group)]
            v = group.rows[0].values
            numbers = "、".join(str(r.number) for r in group.rows)
            events.append(history.PendingEvent(
                "case", case.id, "imported", f"从 {source} 第{numbers}行导入案件 {case.case_no}", {
                    "status": (None, case.status), "received_on": (None, case.received_on),
                    "channel": (None, case.channel), "procedure": (None, case.procedure),
                    "category": (None, case.category), "complainant_id": (None, case.complainant_id),
                    "respondent_id": (None, case.respondent_id), "handler_id": (None, case.handler_id),
                    "source_ref": (None, case.source_ref), "closed_on": (None, v.get("closed_on")),
                    "outcome": (None, case.outcome), "source": (None, f"{source}#{numbers}"),
                    "sheet": (None, table.sheet)}, case.id))

        # 3. claims and payments
        kinds = dict(s.execute(select(Respondent.id, Respondent.kind).where(
            Respondent.id.in_(set(respondents.values())))).all()) if respondents else {}
        sizes = {}
        for chunk in _chunks(sorted(set(enterprises.values()))):
            sizes.update(s.execute(select(Enterprise.id, Enterprise.size_class).where(Enterprise.id.in_(chunk))).all())
        claims: list[tuple[ArrearsClaim, Case, _Row]] = []
        for group in plan.groups:
            case = cases[id(group)] if group.case_id is None else existing[group.case_id]
            for row in group.new_claims:
                claims.append((self._claim(row, case, kinds.get(case.respondent_id), sizes.get(case.complainant_id),
                                           calendar), case, row))
        s.add_all([c for c, _, _ in claims])
        s.flush()
        for claim, case, row in claims:
            v = row.values
            changes = {f: (None, getattr(claim, f)) for f in (
                "contract_no", "contract_signed_on", "subject", "amount_claimed", "delivered_on", "agreed_term_days",
                "amount_confirmed", "due_on", "amount_paid", "cleared_on") if getattr(claim, f) is not None}
            if claim.amount_paid > 0:
                s.add(Payment(claim_id=claim.id, paid_on=v["paid_on"], amount=claim.amount_paid,
                              voucher=f"导入：{source} 第{row.number}行"[-200:], recorded_by_id=actor.user_id))
                changes["paid_on"] = (None, v["paid_on"])
            changes["source"] = (None, f"{source}#{row.number}")
            events.append(history.PendingEvent(
                "claim", claim.id, "imported",
                f"从 {source} 第{row.number}行导入欠款 {claim.amount_claimed:,.2f} 元（合同 {claim.contract_no or '—'}）"
                + (f"，已还 {claim.amount_paid:,.2f} 元" if claim.amount_paid else ""), changes, case.id))
        s.flush()

        # 4. clocks and next deadlines, then the record
        touched = [cases[id(g)].id if g.case_id is None else g.case_id for g in plan.groups]
        for chunk in _chunks(touched, 500):
            clock.recompute(s, calendar, case_ids=chunk)
        case_index.refresh(s, touched)
        history.record_many(s, actor, events)
        numbers = [cases[id(g)].case_no if g.case_id is None else g.case_no for g in plan.groups]
        return tuple(touched), tuple(numbers)

    def _new_cases(self, s: Session, groups: list[_Group], enterprises: dict, respondents: dict, plan: _Plan,
                   rules: RuleBook) -> dict[int, Case]:
        """The groups' cases with their statutory clocks (numbers reserved per year in one step each)."""
        actor = self._office.actor
        pattern = str(rules.settings.get("cases.number_pattern", "{year}-{seq:04d}"))
        by_year: dict[int, list[_Group]] = {}
        for group in groups:
            by_year.setdefault(group.rows[0].values["received_on"].year, []).append(group)
        cases: dict[int, Case] = {}
        for year, members in sorted(by_year.items()):
            members.sort(key=lambda g: (g.rows[0].values["received_on"], g.rows[0].number))
            first_seq = next_number(s, "case", year, count=len(members))
            for offset, group in enumerate(members):
                v = group.rows[0].values
                seq = first_seq + offset
                cases[id(group)] = Case(
                    case_no=pattern.format(year=year, seq=seq), year=year, seq=seq, received_on=v["received_on"],
                    channel=v["channel"], procedure=v["procedure"], category=v["category"],
                    summary=v.get("summary") or _summary(v, group), status=CaseStatus.REGISTERED.value,
                    complainant_id=enterprises[_complainant_key(v)], respondent_id=respondents[_respondent_key(v)],
                    handler_id=plan.handlers.get(v.get("handler") or "", actor.user_id), source_ref=v.get("case_ref"))
        s.add_all(cases.values())
        s.flush()
        for group in groups:
            case, v = cases[id(group)], group.rows[0].values
            received, closed_on = v["received_on"], v.get("closed_on")
            for rule in rules.procedures[case.procedure].steps:
                if rule.trigger == "received" or (closed_on and rule.trigger == "accepted"):
                    row = clock.open_step(s, case, rule, received, rules.calendar)
                    row.met_on = closed_on
            if closed_on:
                # Closed before it came here: accepted on receipt, replied and closed on the closing day.
                case.status, case.accepted_on, case.replied_on, case.closed_on = (
                    CaseStatus.CLOSED.value, received, closed_on, closed_on)
                case.outcome = v.get("outcome") or Outcome.RESOLVED.value
        s.flush()
        return cases

    @staticmethod
    def _claim(row: _Row, case: Case, kind: str | None, size: str | None, calendar) -> ArrearsClaim:
        v = row.values
        due_on = None
        if kind and v.get("delivered_on") and v.get("contract_signed_on"):
            try:
                due_on = payment_due_date(DebtorKind(kind), contract_signed_on=v["contract_signed_on"],
                                          delivered_on=v["delivered_on"], agreed_term_days=v.get("agreed_term_days"),
                                          calendar=calendar).due_on
            except (OutsideRegulation, ValueError):
                due_on = None
        paid = v.get("amount_paid") or Decimal("0.00")
        return ArrearsClaim(case_id=case.id, contract_no=v.get("contract_no"),
                            contract_signed_on=v.get("contract_signed_on"), subject=v["subject"],
                            amount_claimed=v["amount_claimed"], delivered_on=v.get("delivered_on"),
                            agreed_term_days=v.get("agreed_term_days"), amount_confirmed=v.get("amount_confirmed"),
                            size_at_signing=size, due_on=due_on, amount_paid=paid,
                            cleared_on=v.get("paid_on") if paid and paid >= v["amount_claimed"] else None)


def _default_procedure(channel: str, category: str | None, rules: RuleBook) -> str:
    """As the office usually files them: payment complaints from above, hotline orders, else direct."""
    if channel == Channel.TRANSFERRED_IN.value and category == Category.ARREARS.value:
        code = "payment_complaint"
    elif channel == Channel.HOTLINE.value:
        code = "hotline"
    else:
        code = "direct"
    return code if code in rules.procedures else next(iter(rules.procedures))


def _summary(v: dict, group: _Group) -> str:
    amounts = [r.values["amount_claimed"] for r in group.rows if r.values.get("amount_claimed") is not None]
    if amounts:
        total = sum(amounts, Decimal("0.00"))
        return f"{v['respondent_name']}拖欠{v['complainant_name']}款项 {total:,.2f} 元（{len(amounts)} 笔，导入）"
    return f"{v['complainant_name']}投诉{v['respondent_name']}（导入，详见来文）"


def _chunks(items: Sequence, size: int = CHUNK) -> Iterable[list]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]
