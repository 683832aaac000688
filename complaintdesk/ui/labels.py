"""Translated display labels for the codes that services return (status, category, role, procedure…).

The vocabularies are the domain's labelled enums, each label defined once there (``label_en`` is the
translation source, ``label_zh`` its Chinese translation): ``tools/update_translations.py`` writes
them into the ``.ts`` catalogues under the enum's name as Qt context. Procedures, steps, industries
and letter kinds have their Chinese names in data (procedures, the size standard, the letters) and
their English source names here, where ``pyside6-lupdate`` sees them. An unknown code (a newer
database, an administrator's own procedure) is shown as it is, never dropped.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from complaintdesk.domain.vocabulary import (
    AttachmentKind,
    CaseStatus,
    Category,
    Channel,
    ClaimSubject,
    DebtorKind,
    Outcome,
    Role,
    Satisfaction,
    SizeClass,
)
from complaintdesk.domain.workflow import Action
from complaintdesk.ui.fill import fill as fill  # importable from here as before

# The labelled vocabularies; the Qt context of each is the enum's name.
VOCABULARIES: tuple[type[Enum], ...] = (CaseStatus, Category, DebtorKind, Role, Channel, Outcome, ClaimSubject,
                                        Satisfaction, AttachmentKind, SizeClass, Action)


def _sources(vocabulary) -> dict[str, str]:
    return {member.value: member.label_en for member in vocabulary}

STATUS = _sources(CaseStatus)
CATEGORY = _sources(Category)
DEBTOR_KIND = _sources(DebtorKind)
ROLE = _sources(Role)
CHANNEL = _sources(Channel)
OUTCOME = _sources(Outcome)
CLAIM_SUBJECT = _sources(ClaimSubject)
SATISFACTION = _sources(Satisfaction)
ATTACHMENT_KIND = _sources(AttachmentKind)
SIZE_CLASS = _sources(SizeClass)
ACTION = _sources(Action)  # the button and dialog titles of the case view

# Short names of the shipped procedures and steps (resources/procedures.json); the full wording and
# legal basis live in the database, where an administrator may add procedures of their own.
PROCEDURE = {
    "payment_complaint": QT_TRANSLATE_NOOP("Procedure", "Payment complaint"),
    "petition": QT_TRANSLATE_NOOP("Procedure", "Petition"),
    "hotline": QT_TRANSLATE_NOOP("Procedure", "12345 hotline work order"),
    "direct": QT_TRANSLATE_NOOP("Procedure", "Direct complaint"),
}

STEP = {
    "reply": QT_TRANSLATE_NOOP("Step", "Written reply"),
    "notice": QT_TRANSLATE_NOOP("Step", "Notice of receipt"),
    "review": QT_TRANSLATE_NOOP("Step", "Review opinion"),
}


# Industries of the 2011 size standard (domain.sme.INDUSTRIES holds the Chinese names).
INDUSTRY = {
    "agriculture": QT_TRANSLATE_NOOP("Industry", "Agriculture, forestry, animal husbandry, fishery"),
    "industry": QT_TRANSLATE_NOOP("Industry", "Industry"),
    "construction": QT_TRANSLATE_NOOP("Industry", "Construction"),
    "wholesale": QT_TRANSLATE_NOOP("Industry", "Wholesale"),
    "retail": QT_TRANSLATE_NOOP("Industry", "Retail"),
    "transport": QT_TRANSLATE_NOOP("Industry", "Transport"),
    "warehousing": QT_TRANSLATE_NOOP("Industry", "Warehousing"),
    "postal": QT_TRANSLATE_NOOP("Industry", "Postal services"),
    "accommodation": QT_TRANSLATE_NOOP("Industry", "Accommodation"),
    "catering": QT_TRANSLATE_NOOP("Industry", "Catering"),
    "information_transmission": QT_TRANSLATE_NOOP("Industry", "Information transmission"),
    "software_it": QT_TRANSLATE_NOOP("Industry", "Software and IT services"),
    "real_estate": QT_TRANSLATE_NOOP("Industry", "Real estate development"),
    "property_management": QT_TRANSLATE_NOOP("Industry", "Property management"),
    "leasing_business": QT_TRANSLATE_NOOP("Industry", "Leasing and business services"),
    "other": QT_TRANSLATE_NOOP("Industry", "Other industries"),
}


# Kinds of official letters (complaintdesk.documents.KIND_LABELS holds the Chinese names printed on them).
DOCUMENT_KIND = {
    "acceptance": QT_TRANSLATE_NOOP("DocumentKind", "Acceptance notice"),
    "refusal": QT_TRANSLATE_NOOP("DocumentKind", "Notice of non-acceptance"),
    "transfer": QT_TRANSLATE_NOOP("DocumentKind", "Transfer letter"),
    "supervision": QT_TRANSLATE_NOOP("DocumentKind", "Supervision letter"),
    "reminder": QT_TRANSLATE_NOOP("DocumentKind", "Reminder"),
    "extension": QT_TRANSLATE_NOOP("DocumentKind", "Extension notice"),
    "reply": QT_TRANSLATE_NOOP("DocumentKind", "Written reply"),
    "size_determination": QT_TRANSLATE_NOOP("DocumentKind", "Enterprise size determination"),
}

def label(member: Enum) -> str:
    """A labelled vocabulary value (``CaseStatus.CLOSED``) in the interface language."""
    return QCoreApplication.translate(type(member).__name__, member.label_en)


def _label(context: str, table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source else code


def status_label(code: str | None) -> str:
    return _label("CaseStatus", STATUS, code)


def category_label(code: str | None) -> str:
    return _label("Category", CATEGORY, code)


def debtor_kind_label(code: str | None) -> str:
    return _label("DebtorKind", DEBTOR_KIND, code)


def role_label(code: str | None) -> str:
    return _label("Role", ROLE, code)


def procedure_label(code: str | None) -> str:
    return _label("Procedure", PROCEDURE, code)


def step_label(code: str | None) -> str:
    return _label("Step", STEP, code)


def channel_label(code: str | None) -> str:
    return _label("Channel", CHANNEL, code)


def outcome_label(code: str | None) -> str:
    return _label("Outcome", OUTCOME, code)


def claim_subject_label(code: str | None) -> str:
    return _label("ClaimSubject", CLAIM_SUBJECT, code)


def satisfaction_label(code: str | None) -> str:
    return _label("Satisfaction", SATISFACTION, code)


def attachment_kind_label(code: str | None) -> str:
    return _label("AttachmentKind", ATTACHMENT_KIND, code)


def size_class_label(code: str | None) -> str:
    return _label("SizeClass", SIZE_CLASS, code)


def industry_label(code: str | None) -> str:
    return _label("Industry", INDUSTRY, code)


def action_label(code: str | None) -> str:
    return _label("Action", ACTION, code)


def document_kind_label(code: str | None) -> str:
    return _label("DocumentKind", DOCUMENT_KIND, code)
