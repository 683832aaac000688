"""Import phase 3, validation: every mapped cell parsed, every row checked on its own (nothing from the database).

Checks run in a fixed order (the report lists a row's problems in that order): the cells, then text
lengths and required cells, codes, choices and their defaults, dates, the closing, the claim's
amounts — and last the desk's own claim rules, so that a row is refused exactly when the desk
would refuse the same claim typed by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.uscc import normalize_uscc, suggest_debtor_kind, uscc_problem
from complaintdesk.domain.vocabulary import Category, Channel, Outcome
from complaintdesk.messages import importer as msg
from complaintdesk.messages import validation as common
from complaintdesk.services.desk_types import ClaimInput
from complaintdesk.services.importing.cells import (
    BadCell,
    cell_blank,
    cell_text,
    parse_category,
    parse_channel,
    parse_date,
    parse_int,
    parse_kind,
    parse_money,
    parse_outcome,
    parse_subject,
)
from complaintdesk.services.importing.mapping import CLAIM_FIELDS, FIELDS, REQUIRED, normalise_heading
from complaintdesk.services.importing.read import ImportTable
from complaintdesk.services.importing.report import Findings
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.validation import Collector, ValidationError

EARLIEST_DATE = date(2000, 1, 1)  # as the desk: an earlier legal date is a typing error
TOTAL_WORDS = ("合计", "总计", "小计", "total")
TEXT_CELLS = (  # field, its name in messages, the longest text accepted
    ("complainant_name", msg.NAME_COMPLAINANT, 200), ("respondent_name", msg.NAME_RESPONDENT, 200),
    ("township", msg.NAME_TOWNSHIP, 100), ("contact_person", msg.NAME_CONTACT_PERSON, 100),
    ("phone", msg.NAME_PHONE, 40), ("contract_no", msg.NAME_CONTRACT_NO, 100), ("summary", msg.NAME_SUMMARY, 5000),
    ("case_ref", msg.NAME_CASE_REF, 100), ("handler", msg.NAME_HANDLER, 100))
# Names, as the desk keeps them (domain.names): the same party typed or imported is the same party.
NAME_CELLS = frozenset({"complainant_name", "respondent_name", "contact_person", "handler"})
CHOICES = (("respondent_kind", parse_kind), ("channel", parse_channel), ("category", parse_category),
           ("subject", parse_subject), ("outcome", parse_outcome))
DATES = ("received_on", "contract_signed_on", "delivered_on", "paid_on", "cleared_on", "closed_on")
# The desk's claim fields → ours (for its ValidationError).
DESK_FIELDS = {"amount_claimed": "amount_claimed", "subject": "subject", "contract_signed_on": "contract_signed_on",
               "delivered_on": "delivered_on", "agreed_term_days": "agreed_term_days",
               "amount_confirmed": "amount_confirmed", "amount_disputed": "amount_confirmed"}


@dataclass
class Row:
    """One data row being checked: its cells parsed into values by field."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)  # field → parsed value
    raw: dict[str, str] = field(default_factory=dict)  # field → cell text (for messages)


def read_rows(table: ImportTable, mapping: dict[str, str], found: Findings) -> list[Row]:
    """Every data row with its mapped cells parsed; totals and title rows are skipped."""
    index = {c: i for i, c in enumerate(table.columns)}
    rows: list[Row] = []
    for item in table.rows:
        row = Row(item.number)
        for name, column in mapping.items():
            _read_cell(row, name, column, item.values[index[column]], found)
        filled = [v for v in item.values if not cell_blank(v)]
        first = cell_text(filled[0]) if filled else ""
        if any(first.lower().startswith(w) for w in TOTAL_WORDS):
            found.skip(item.number, msg.TOTALS_ROW)
            found.forget_errors_of(item.number)
        elif len(filled) == 1 and not row.values.get("complainant_name"):
            found.skip(item.number, msg.SINGLE_CELL_ROW, first[:30])
            found.forget_errors_of(item.number)
        else:
            rows.append(row)
    return rows


def _read_cell(row: Row, name: str, column: str, value, found: Findings) -> None:
    if not cell_blank(value):
        row.raw[name] = cell_text(value) or ""
    kind = FIELDS[name].kind
    try:
        if kind == "date":
            row.values[name] = parse_date(value)
        elif kind == "money":
            row.values[name] = parse_money(value, wan="万元" in normalise_heading(column))
        elif kind == "int":
            row.values[name] = parse_int(value)
        else:
            row.values[name] = cell_text(value)
    except BadCell as exc:
        found.error(row, name, exc.text)
        row.values[name] = None


def check_rows(rows: list[Row], rules: RuleBook, today: date, found: Findings) -> None:
    """Per-row rules: required cells, codes, choices, dates, amounts (before the desk's claim check)."""
    procedures_by_name = {p.name_zh: code for code, p in rules.procedures.items()}
    for row in rows:
        _check_texts(row, found)
        _check_codes(row, found)
        _check_choices(row, found)
        _check_procedure(row, rules, procedures_by_name, found)
        _check_dates(row, today, found)
        _check_closing(row, found)
        _check_amounts(row, found)


def _check_texts(row: Row, found: Findings) -> None:
    v, c = row.values, Collector()
    for name, label, limit in TEXT_CELLS:
        value = normalize_name(v.get(name)) if name in NAME_CELLS else v.get(name)
        v[name] = c.text(name, value, label, required=name in REQUIRED, max_len=limit)
    for p in c.problems:
        found.error(row, p.field, p.text)
    if v.get("received_on") is None and "received_on" not in row.raw:
        found.error(row, "received_on", common.REQUIRED, name=FIELDS["received_on"].name)


def _check_codes(row: Row, found: Findings) -> None:
    v = row.values
    for name in ("complainant_uscc", "respondent_uscc"):
        if v.get(name):
            code = normalize_uscc(v[name])
            reason = uscc_problem(code)
            if reason:
                found.error(row, name, reason)
                v[name] = None
            else:
                v[name] = code


def _check_choices(row: Row, found: Findings) -> None:
    v = row.values
    for name, parse in CHOICES:
        if v.get(name):
            try:
                v[name] = parse(v[name])
            except BadCell as exc:
                found.error(row, name, exc.text)
                v[name] = None
    if not v.get("respondent_kind") and "respondent_kind" not in row.raw:
        suggested = suggest_debtor_kind(v.get("respondent_uscc") or "")
        if suggested is not None:
            v["respondent_kind"] = suggested.value
        else:
            found.error(row, "respondent_kind", msg.KIND_REQUIRED)
    v["channel"] = v.get("channel") or Channel.TRANSFERRED_IN.value
    if not v.get("category") and "category" not in row.raw:
        v["category"] = Category.ARREARS.value if v.get("amount_claimed") is not None else Category.OTHER.value


def _check_procedure(row: Row, rules: RuleBook, procedures_by_name: dict[str, str], found: Findings) -> None:
    v = row.values
    if v.get("procedure"):
        code = v["procedure"] if v["procedure"] in rules.procedures else procedures_by_name.get(v["procedure"])
        if code is None:
            found.error(row, "procedure", msg.BAD_PROCEDURE, procedures=list(procedures_by_name))
        v["procedure"] = code
    elif "procedure" not in row.raw:
        v["procedure"] = default_procedure(v["channel"], v.get("category"), rules)


def default_procedure(channel: str, category: str | None, rules: RuleBook) -> str:
    """As the office usually files them: payment complaints from above, hotline orders, else direct."""
    if channel == Channel.TRANSFERRED_IN.value and category == Category.ARREARS.value:
        code = "payment_complaint"
    elif channel == Channel.HOTLINE.value:
        code = "hotline"
    else:
        code = "direct"
    return code if code in rules.procedures else next(iter(rules.procedures))


def _check_dates(row: Row, today: date, found: Findings) -> None:
    v = row.values
    for name in DATES:
        day = v.get(name)
        if day is not None and day > today:
            found.error(row, name, msg.DATE_AFTER_TODAY, name=FIELDS[name].name)
        elif day is not None and day < EARLIEST_DATE:
            found.error(row, name, msg.DATE_BEFORE_2000, name=FIELDS[name].name)


def _check_closing(row: Row, found: Findings) -> None:
    v = row.values
    if v.get("closed_on") and v.get("received_on") and v["closed_on"] < v["received_on"]:
        found.error(row, "closed_on", msg.CLOSED_BEFORE_RECEIVED)
    if v.get("closed_on") and not v.get("outcome") and "outcome" not in row.raw:
        amount = v.get("amount_claimed")
        outcome = Outcome.RESOLVED
        if amount is not None and (v.get("amount_paid") or 0) < amount:
            outcome = Outcome.PARTLY if v.get("amount_paid") else Outcome.NOT_SUPPORTED
        v["outcome"] = outcome.value
        found.warn(row, "closed_on", msg.OUTCOME_ASSUMED, outcome=outcome)


def _check_amounts(row: Row, found: Findings) -> None:
    v = row.values
    amount = v.get("amount_claimed")
    if amount is None:
        if any(v.get(n) is not None for n in CLAIM_FIELDS) and "amount_claimed" not in row.raw:
            found.error(row, "amount_claimed", msg.CLAIM_WITHOUT_AMOUNT)
        return
    if amount <= 0:
        found.error(row, "amount_claimed", msg.AMOUNT_NOT_POSITIVE)
    if not v.get("subject") and "subject" not in row.raw:
        found.error(row, "subject", msg.SUBJECT_REQUIRED)
    paid = v.get("amount_paid")
    if paid is not None and paid > amount:
        found.error(row, "amount_paid", msg.PAID_EXCEEDS_CLAIM, amount=f"{amount:,.2f}")
    if paid:
        v["paid_on"] = v.get("paid_on") or v.get("cleared_on")
        if v["paid_on"] is None and "paid_on" not in row.raw:
            found.error(row, "amount_paid", msg.PAID_ON_REQUIRED)
        elif v["paid_on"] and v.get("delivered_on") and v["paid_on"] < v["delivered_on"]:
            found.error(row, "paid_on", msg.PAID_BEFORE_DELIVERY)


def claim_input(v: dict) -> ClaimInput:
    """A row's claim as the desk takes it."""
    return ClaimInput(amount_claimed=v["amount_claimed"], subject=v["subject"], contract_no=v.get("contract_no"),
                      contract_signed_on=v.get("contract_signed_on"), delivered_on=v.get("delivered_on"),
                      agreed_term_days=v.get("agreed_term_days"), amount_confirmed=v.get("amount_confirmed"))


def check_claims(rows: list[Row], check_claim: Callable[[ClaimInput], None], found: Findings) -> None:
    """The claim rules exactly as the desk applies them (``check_claim`` raises its ValidationError)."""
    for row in rows:
        v = row.values
        if v.get("amount_claimed") is None or v.get("subject") is None:
            continue
        try:
            check_claim(claim_input(v))
        except ValidationError as exc:
            for p in exc.problems:
                found.error(row, DESK_FIELDS.get(p.field, "amount_claimed"), p.text)
