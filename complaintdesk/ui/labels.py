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
