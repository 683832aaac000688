"""Import phase 1, the mapping: which column holds which field — headings, their synonyms, remembered mappings.

A mapping is ``{field: column heading}``. It is suggested from the mapping remembered for the same
set of headings (a setting per set, saved by every import), else from Chinese and English heading
synonyms (``FIELDS``), compared loosely (full-width folded, spaces and units in brackets ignored).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from complaintdesk.messages import Message, Text
from complaintdesk.messages import importer as msg
from complaintdesk.services import history
from complaintdesk.services.actor import Actor
from complaintdesk.store.models import Setting

MAPPING_KEY_PREFIX = "import.mapping."
REQUIRED = ("complainant_name", "respondent_name", "received_on")


@dataclass(frozen=True)
class FieldSpec:
    name: Message  # shown in the mapping dialog and in messages
    kind: str  # text | date | money | int | uscc | choice
    synonyms: tuple[str, ...]  # headings that mean this field (normalised when compared)

    @property
    def label(self) -> str:
        """The field's Chinese name (the CLI's mapping line)."""
        return self.name.zh


FIELDS: dict[str, FieldSpec] = {
    "case_ref": FieldSpec(msg.FIELD_CASE_REF, "text", (
        "案件编号", "来文编号", "原编号", "转办编号", "工单编号", "投诉编号", "登记编号", "来文文号", "案件号",
        "case no", "case number", "reference", "source ref")),
    "received_on": FieldSpec(msg.FIELD_RECEIVED_ON, "date", (
        "收件日期", "投诉日期", "登记日期", "来文日期", "收到日期", "转办日期", "受理日期", "投诉时间", "收件时间",
        "received", "received on", "date received")),
    "channel": FieldSpec(msg.FIELD_CHANNEL, "choice", ("来源渠道", "渠道", "投诉渠道", "来源", "投诉方式", "channel")),
    "category": FieldSpec(msg.FIELD_CATEGORY, "choice", ("投诉类别", "类别", "问题类别", "投诉类型", "问题类型", "category")),
    "procedure": FieldSpec(msg.FIELD_PROCEDURE, "choice", ("办理程序", "程序", "procedure")),
    "summary": FieldSpec(msg.FIELD_SUMMARY, "text", (
        "投诉事项", "投诉内容", "反映问题", "主要诉求", "事项摘要", "诉求内容", "问题描述", "summary")),
    "complainant_name": FieldSpec(msg.FIELD_COMPLAINANT_NAME, "text", (
        "投诉企业", "企业名称", "投诉人", "投诉单位", "投诉企业名称", "债权人", "中小企业名称", "被拖欠企业",
        "complainant", "enterprise", "creditor")),
    "complainant_uscc": FieldSpec(msg.FIELD_COMPLAINANT_USCC, "uscc", (
        "统一社会信用代码", "信用代码", "投诉企业信用代码", "企业信用代码", "社会信用代码",
        "投诉企业统一社会信用代码", "credit code", "uscc")),
    "township": FieldSpec(msg.FIELD_TOWNSHIP, "text", (
        "所属乡镇", "乡镇", "乡镇(街道)", "街道", "所在乡镇", "乡镇街道", "所属乡镇(街道)", "township")),
    "contact_person": FieldSpec(msg.FIELD_CONTACT_PERSON, "text", ("联系人", "企业联系人", "contact")),
    "phone": FieldSpec(msg.FIELD_PHONE, "text", ("联系电话", "电话", "手机", "phone")),
    "respondent_name": FieldSpec(msg.FIELD_RESPONDENT_NAME, "text", (
        "欠款单位", "被投诉单位", "被投诉人", "拖欠单位", "欠款方", "债务人", "付款单位", "被投诉单位名称",
        "欠款单位名称", "debtor", "respondent")),
    "respondent_uscc": FieldSpec(msg.FIELD_RESPONDENT_USCC, "uscc", (
        "欠款单位信用代码", "被投诉单位信用代码", "欠款单位统一社会信用代码", "被投诉单位统一社会信用代码",
        "debtor credit code", "debtor uscc")),
    "respondent_kind": FieldSpec(msg.FIELD_RESPONDENT_KIND, "choice", (
        "单位类型", "欠款单位类型", "单位性质", "被投诉单位类型", "欠款单位性质", "主体类型", "debtor kind")),
    "contract_no": FieldSpec(msg.FIELD_CONTRACT_NO, "text", ("合同编号", "合同号", "合同名称及编号", "contract no", "contract")),
    "contract_signed_on": FieldSpec(msg.FIELD_CONTRACT_SIGNED_ON, "date", (
        "合同签订日期", "签订日期", "签约日期", "合同日期", "contract signed", "signed on")),
    "subject": FieldSpec(msg.FIELD_SUBJECT, "choice", ("标的", "合同标的", "款项类型", "欠款类型", "款项性质", "subject")),
    "amount_claimed": FieldSpec(msg.FIELD_AMOUNT_CLAIMED, "money", (
        "欠款金额", "拖欠金额", "投诉金额", "合同欠款金额", "欠款总额", "申诉金额", "拖欠账款金额", "amount claimed",
        "amount")),
    "amount_confirmed": FieldSpec(msg.FIELD_AMOUNT_CONFIRMED, "money", (
        "确认金额", "确认欠款金额", "认可金额", "无争议金额", "amount confirmed", "confirmed")),
    "delivered_on": FieldSpec(msg.FIELD_DELIVERED_ON, "date", (
        "交付日期", "交货日期", "竣工日期", "完工日期", "交付时间", "delivered", "delivered on")),
    "agreed_term_days": FieldSpec(msg.FIELD_AGREED_TERM_DAYS, "int", (
        "约定付款期限", "付款期限", "约定付款期限(日)", "约定付款期限(天)", "agreed term")),
    "amount_paid": FieldSpec(msg.FIELD_AMOUNT_PAID, "money", (
        "已还金额", "已付金额", "已支付金额", "已清偿金额", "还款金额", "已偿还金额", "已还款金额", "repaid", "paid")),
    "paid_on": FieldSpec(msg.FIELD_PAID_ON, "date", (
        "最近还款日期", "还款日期", "支付日期", "付款日期", "清偿日期", "paid on", "payment date")),
    "cleared_on": FieldSpec(msg.FIELD_CLEARED_ON, "date", ("清零日期", "结清日期", "cleared", "cleared on")),
    "closed_on": FieldSpec(msg.FIELD_CLOSED_ON, "date", ("办结日期", "结案日期", "closed", "closed on")),
    "outcome": FieldSpec(msg.FIELD_OUTCOME, "choice", ("办结结果", "办理结果", "处理结果", "outcome")),
    "handler": FieldSpec(msg.FIELD_HANDLER, "text", ("承办人", "经办人", "办理人", "handler")),
}
# The fields of a claim (a row with any of them but no amount is an error).
CLAIM_FIELDS = ("contract_no", "contract_signed_on", "subject", "amount_confirmed", "delivered_on",
                "agreed_term_days", "amount_paid", "paid_on", "cleared_on")


def normalise_heading(text: Any) -> str:
    """Headings compared loosely: full-width to half-width, no spaces or asterisks, lower case."""
    folded = unicodedata.normalize("NFKC", str(text or ""))
    return re.sub(r"[\s*＊:：]+", "", folded).lower()


def _base_heading(text: Any) -> str:
    """The heading without a trailing unit in brackets: 欠款金额（元） → 欠款金额."""
    return re.sub(r"\([^()]*\)$", "", normalise_heading(text))


def _synonyms() -> dict[str, str]:
    found: dict[str, str] = {}
    for name, spec in FIELDS.items():
        for synonym in spec.synonyms:
            found.setdefault(normalise_heading(synonym), name)
            found.setdefault(_base_heading(synonym), name)
    return found


_SYNONYMS = _synonyms()


def field_for_heading(heading: Any) -> str | None:
    return _SYNONYMS.get(normalise_heading(heading)) or _SYNONYMS.get(_base_heading(heading))


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


def suggested_mapping(session: Session, columns: Sequence[str]) -> dict[str, str]:
    """The mapping remembered for these headings, else one from heading synonyms."""
    saved = session.get(Setting, mapping_key(columns))
    if saved is not None:
        remembered = {k: v for k, v in json.loads(saved.value).items() if k in FIELDS and v in columns}
        if remembered:
            return remembered
    return synonym_mapping(columns)


def remember_mapping(session: Session, actor: Actor, columns: Sequence[str], mapping: dict[str, str]) -> None:
    """Save the mapping for this set of headings (recorded in the history when it changed)."""
    key = mapping_key(columns)
    value = json.dumps({k: mapping[k] for k in sorted(mapping)}, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is not None and row.value == value:
        return
    old = row.value if row is not None else None
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    history.record(session, actor, entity="setting", entity_id=None, action="import_mapping_saved",
                   summary=f"保存导入列对应关系（{len(mapping)} 列）", changes={key: (old, value)})


def mapping_problems(mapping: dict[str, str], columns: Sequence[str]) -> list[tuple[str | None, Text]]:
    """What is wrong with a mapping, as (column, text): unknown fields and columns, a column used
    twice, a required field without a column."""
    problems: list[tuple[str | None, Text]] = []
    for name, column in mapping.items():
        if name not in FIELDS:
            problems.append((column, msg.UNKNOWN_FIELD(field=name)))
        elif column not in columns:
            problems.append((column, msg.NO_SUCH_COLUMN(column=column, field=FIELDS[name].name)))
    used = list(mapping.values())
    for column in {c for c in used if used.count(c) > 1}:
        problems.append((column, msg.COLUMN_MAPPED_TWICE()))
    for name in REQUIRED:
        if name not in mapping:
            problems.append((None, msg.MAP_REQUIRED_FIELD(field=FIELDS[name].name)))
    return problems
