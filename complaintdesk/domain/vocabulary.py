"""The coded vocabularies of a case (status, channel, category, outcome) with their Chinese labels."""

from __future__ import annotations

from enum import StrEnum


class Labelled(StrEnum):
    """A StrEnum whose members carry (zh, en) labels; the value is what the database stores."""

    def __new__(cls, value: str, zh: str, en: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label_zh = zh
        member.label_en = en
        return member

    @classmethod
    def parse(cls, text: str):
        """Accept the code, the Chinese or the English label (case-insensitive)."""
        needle = text.strip().lower()
        for member in cls:
            if needle in (member.value, member.label_zh, member.label_en.lower()):
                return member
        valid = ", ".join(f"{m.value} ({m.label_zh})" for m in cls)
        raise ValueError(f"unknown {cls.__name__} {text!r}; valid: {valid}")


class CaseStatus(Labelled):
    REGISTERED = "registered", "已登记", "Registered"
    ACCEPTED = "accepted", "已受理", "Accepted"
    NOT_ACCEPTED = "not_accepted", "不予受理", "Not accepted"
    TRANSFERRED = "transferred", "已转办", "Transferred"
    IN_HANDLING = "in_handling", "办理中", "In handling"
    REPLIED = "replied", "已答复", "Replied"
    CLOSED = "closed", "已办结", "Closed"

    @property
    def is_open(self) -> bool:
        return self not in FINISHED_STATUSES


FINISHED_STATUSES = frozenset({CaseStatus.NOT_ACCEPTED, CaseStatus.CLOSED})
OPEN_STATUSES = tuple(s for s in CaseStatus if s not in FINISHED_STATUSES)


class Channel(Labelled):
    VISIT = "visit", "来访", "Visit"
    PHONE = "phone", "来电", "Phone"
    LETTER = "letter", "来信", "Letter"
    ONLINE = "online", "网上平台", "Online platform"
    HOTLINE = "hotline_12345", "12345热线", "12345 hotline"
    TRANSFERRED_IN = "transferred_in", "上级转办", "Transferred from province/city"


class Category(Labelled):
    ARREARS = "arrears", "拖欠账款", "Arrears"
    FORCED_PURCHASE = "forced_purchase", "强制指定购买", "Forced purchase of designated goods/services"
    PROPERTY_OCCUPATION = "property_occupation", "违法占用财产", "Illegal occupation of property"
    FUND_DIVERSION = "fund_diversion", "挪用中小企业资金", "Diversion of SME funds"
    FORCED_PARTICIPATION = "forced_participation", "强制参加评比培训", "Forced appraisals, trainings, associations"
    ILLEGAL_FEES = "illegal_fees", "违法收费罚款摊派", "Illegal fees, fines and levies"
    ILLEGAL_INSPECTION = "illegal_inspection", "违法检查干扰经营", "Illegal inspections or interference"
    BROKEN_PROMISE = "broken_promise", "政府违约失信", "Broken policy promises or contracts"
    OTHER = "other", "其他", "Other"


class Outcome(Labelled):
    RESOLVED = "resolved", "已解决", "Resolved / paid"
    PARTLY = "partly", "部分解决", "Partly resolved"
    NOT_SUPPORTED = "not_supported", "诉求不予支持", "Not supported"
    WITHDRAWN = "withdrawn", "投诉人撤回", "Withdrawn"


class ClaimSubject(Labelled):
    GOODS = "goods", "货物", "Goods"
    WORKS = "works", "工程", "Works"
    SERVICES = "services", "服务", "Services"


class Role(Labelled):
    OFFICER = "officer", "承办人", "Officer"
    SUPERVISOR = "supervisor", "审核人", "Supervisor"
    ADMIN = "admin", "管理员", "Administrator"
    AUDITOR = "auditor", "审计（只读）", "Auditor (read-only)"


class Satisfaction(Labelled):
    SATISFIED = "satisfied", "满意", "Satisfied"
    BASICALLY = "basically", "基本满意", "Basically satisfied"
    DISSATISFIED = "dissatisfied", "不满意", "Dissatisfied"


class AttachmentKind(Labelled):
    CONTRACT = "contract", "合同", "Contract"
    INVOICE = "invoice", "发票", "Invoice"
    ACCEPTANCE = "acceptance", "验收单", "Acceptance certificate"
    RECEIPT = "receipt", "收据/回单", "Receipt"
    PHOTO = "photo", "照片", "Photo"
    CORRESPONDENCE = "correspondence", "往来函件", "Correspondence"
    OTHER = "other", "其他", "Other"


class DebtorKind(Labelled):
    """Who owes the money: the Payment Regulation binds state organs, public institutions and large firms."""

    STATE_ORGAN = "state_organ", "机关", "State organ"
    PUBLIC_INSTITUTION = "public_institution", "事业单位", "Public institution"
    STATE_OWNED_ENTERPRISE = "state_owned_enterprise", "国有企业", "State-owned enterprise"
    LARGE_ENTERPRISE = "large_enterprise", "大型企业", "Large enterprise"
    OTHER = "other", "其他", "Other"


class SizeClass(Labelled):
    """An enterprise's size under the 2011 size standard (domain.sme classifies)."""

    LARGE = "large", "大型", "Large"
    MEDIUM = "medium", "中型", "Medium"
    SMALL = "small", "小型", "Small"
    MICRO = "micro", "微型", "Micro"


class SizeSource(Labelled):
    """Which figures a claim's size at signing was worked out from (Payment Regulation art. 3(2))."""

    SIGNING = "signing", "签订合同时规模", "Figures at signing"
    INFERRED = "inferred", "以投诉时规模推定", "Inferred from the size at complaint time"
