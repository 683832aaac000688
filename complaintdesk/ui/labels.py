"""Translated display labels for the codes that services return (status, category, role, procedure…).

The sources are the English labels of ``domain.vocabulary`` so that ``pyside6-lupdate`` sees them
here; a test checks that the Chinese translations equal the vocabulary's ``label_zh``. An unknown
code (a newer database, an administrator's own procedure) is shown as it is, never dropped.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "registered": QT_TRANSLATE_NOOP("CaseStatus", "Registered"),
    "accepted": QT_TRANSLATE_NOOP("CaseStatus", "Accepted"),
    "not_accepted": QT_TRANSLATE_NOOP("CaseStatus", "Not accepted"),
    "transferred": QT_TRANSLATE_NOOP("CaseStatus", "Transferred"),
    "in_handling": QT_TRANSLATE_NOOP("CaseStatus", "In handling"),
    "replied": QT_TRANSLATE_NOOP("CaseStatus", "Replied"),
    "closed": QT_TRANSLATE_NOOP("CaseStatus", "Closed"),
}

CATEGORY = {
    "arrears": QT_TRANSLATE_NOOP("Category", "Arrears"),
    "forced_purchase": QT_TRANSLATE_NOOP("Category", "Forced purchase of designated goods/services"),
    "property_occupation": QT_TRANSLATE_NOOP("Category", "Illegal occupation of property"),
    "fund_diversion": QT_TRANSLATE_NOOP("Category", "Diversion of SME funds"),
    "forced_participation": QT_TRANSLATE_NOOP("Category", "Forced appraisals, trainings, associations"),
    "illegal_fees": QT_TRANSLATE_NOOP("Category", "Illegal fees, fines and levies"),
    "illegal_inspection": QT_TRANSLATE_NOOP("Category", "Illegal inspections or interference"),
    "broken_promise": QT_TRANSLATE_NOOP("Category", "Broken policy promises or contracts"),
    "other": QT_TRANSLATE_NOOP("Category", "Other"),
}

DEBTOR_KIND = {
    "state_organ": QT_TRANSLATE_NOOP("DebtorKind", "State organ"),
    "public_institution": QT_TRANSLATE_NOOP("DebtorKind", "Public institution"),
    "state_owned_enterprise": QT_TRANSLATE_NOOP("DebtorKind", "State-owned enterprise"),
    "large_enterprise": QT_TRANSLATE_NOOP("DebtorKind", "Large enterprise"),
    "other": QT_TRANSLATE_NOOP("DebtorKind", "Other"),
}

ROLE = {
    "officer": QT_TRANSLATE_NOOP("Role", "Officer"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Role", "Administrator"),
    "auditor": QT_TRANSLATE_NOOP("Role", "Auditor (read-only)"),
}

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

CHANNEL = {
    "visit": QT_TRANSLATE_NOOP("Channel", "Visit"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "letter": QT_TRANSLATE_NOOP("Channel", "Letter"),
    "online": QT_TRANSLATE_NOOP("Channel", "Online platform"),
    "hotline_12345": QT_TRANSLATE_NOOP("Channel", "12345 hotline"),
    "transferred_in": QT_TRANSLATE_NOOP("Channel", "Transferred from province/city"),
}

OUTCOME = {
    "resolved": QT_TRANSLATE_NOOP("Outcome", "Resolved / paid"),
    "partly": QT_TRANSLATE_NOOP("Outcome", "Partly resolved"),
    "not_supported": QT_TRANSLATE_NOOP("Outcome", "Not supported"),
    "withdrawn": QT_TRANSLATE_NOOP("Outcome", "Withdrawn"),
}

CLAIM_SUBJECT = {
    "goods": QT_TRANSLATE_NOOP("ClaimSubject", "Goods"),
    "works": QT_TRANSLATE_NOOP("ClaimSubject", "Works"),
    "services": QT_TRANSLATE_NOOP("ClaimSubject", "Services"),
}

SATISFACTION = {
    "satisfied": QT_TRANSLATE_NOOP("Satisfaction", "Satisfied"),
    "basically": QT_TRANSLATE_NOOP("Satisfaction", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("Satisfaction", "Dissatisfied"),
}

ATTACHMENT_KIND = {
    "contract": QT_TRANSLATE_NOOP("AttachmentKind", "Contract"),
    "invoice": QT_TRANSLATE_NOOP("AttachmentKind", "Invoice"),
    "acceptance": QT_TRANSLATE_NOOP("AttachmentKind", "Acceptance certificate"),
    "receipt": QT_TRANSLATE_NOOP("AttachmentKind", "Receipt"),
    "photo": QT_TRANSLATE_NOOP("AttachmentKind", "Photo"),
    "correspondence": QT_TRANSLATE_NOOP("AttachmentKind", "Correspondence"),
    "other": QT_TRANSLATE_NOOP("AttachmentKind", "Other"),
}

SIZE_CLASS = {
    "large": QT_TRANSLATE_NOOP("SizeClass", "Large"),
    "medium": QT_TRANSLATE_NOOP("SizeClass", "Medium"),
    "small": QT_TRANSLATE_NOOP("SizeClass", "Small"),
    "micro": QT_TRANSLATE_NOOP("SizeClass", "Micro"),
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

# Lifecycle actions (domain.workflow.Action): the button and dialog titles of the case view.
ACTION = {
    "accept": QT_TRANSLATE_NOOP("Action", "Accept"),
    "refuse": QT_TRANSLATE_NOOP("Action", "Refuse"),
    "transfer": QT_TRANSLATE_NOOP("Action", "Transfer"),
    "start_handling": QT_TRANSLATE_NOOP("Action", "Start handling"),
    "stop_clock": QT_TRANSLATE_NOOP("Action", "Stop the clock"),
    "restart_clock": QT_TRANSLATE_NOOP("Action", "Restart the clock"),
    "request_extension": QT_TRANSLATE_NOOP("Action", "Request extension"),
    "approve_extension": QT_TRANSLATE_NOOP("Action", "Approve extension"),
    "return_extension": QT_TRANSLATE_NOOP("Action", "Return extension request"),
    "supervision_letter": QT_TRANSLATE_NOOP("Action", "Supervision letter"),
    "talks": QT_TRANSLATE_NOOP("Action", "Talks"),
    "credit_referral": QT_TRANSLATE_NOOP("Action", "Credit-record referral"),
    "reply": QT_TRANSLATE_NOOP("Action", "Written reply"),
    "close": QT_TRANSLATE_NOOP("Action", "Close"),
    "withdraw": QT_TRANSLATE_NOOP("Action", "Withdrawn"),
    "reopen": QT_TRANSLATE_NOOP("Action", "Reopen"),
    "follow_up": QT_TRANSLATE_NOOP("Action", "Follow-up call"),
    "request_review": QT_TRANSLATE_NOOP("Action", "Review request"),
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

def fill(template: str, *values: str) -> str:
    """Put values into a translated "%1 … %2" template in one pass (a value may itself hold "%2")."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


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
