"""Plain data a letter is filled from: the office, the case facts, the claims and the size determination."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    """The issuing office as printed in the signature, the record block and contact lines."""

    name: str
    short_name: str = ""
    address: str = ""
    phone: str = ""
    contact_person: str = ""


@dataclass(frozen=True, slots=True)
class ClaimLine:
    """One arrears claim as the letter shows it; amounts in yuan, already computed by the domain."""

    contract_no: str
    subject: str  # label, e.g. 货物 / 工程 / 服务
    amount: Decimal
    due_on: date | None
    days_overdue: int
    interest: Decimal  # on the unpaid principal as claimed
    paid: Decimal
    outstanding: Decimal
    # On the part the debtor does not dispute (None: it has neither confirmed nor disputed anything).
    interest_undisputed: Decimal | None = None


def _money_sum(values) -> Decimal:
    return sum(values, Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class LetterData:
    """Everything a template may refer to. Labels are already in Chinese (``Channel.X.label_zh``),
    user text is plain text (never markup), ``None``/"" means "not known"."""

    office: OfficeInfo
    issued_on: date
    doc_no: str | None = None  # None for drafts
    # The case
    case_no: str = ""
    received_on: date | None = None
    channel: str = ""
    procedure: str = ""
    category: str = ""
    summary: str = ""
    demands: str = ""
    # Parties
    complainant_name: str = ""
    complainant_uscc: str = ""
    complainant_address: str = ""
    complainant_contact: str = ""
    respondent_name: str = ""
    respondent_kind: str = ""
    respondent_uscc: str = ""
    handler_name: str = ""
    handler_phone: str = ""
    # Clocks and steps
    accepted_on: date | None = None
    due_on: date | None = None
    due_basis: str = ""
    respond_by: date | None = None  # what we ask the addressee to answer by (transfer, supervision, reminder)
    accepting_department: str = ""  # the department that accepted the complaint and transferred it down
    transferred_to: str = ""
    transferred_on: date | None = None
    refusal_reason: str = ""
    extension_days: int | None = None
    extension_reason: str = ""
    extended_due_on: date | None = None
    outcome: str = ""
    reply_text: str = ""
    # Arrears
    claims: tuple[ClaimLine, ...] = ()
    interest_as_of: date | None = None
    # Size determination
    size_class: str = ""  # label, e.g. 小型
    size_as_of: date | None = None
    size_basis: tuple[str, ...] = ()
    # Record block; None = the template's default 抄送 list; printed_on None = issued_on
    cc: tuple[str, ...] | None = None
    printed_on: date | None = None
    # A correction names the document it replaces (printed under the signature)
    replaces_doc_no: str = ""
    # Printed on the office's 红头纸: the 信函格式's 发文机关标志 and red rules are left out (their
    # space stays blank at the same distances); setting ``documents.preprinted_letterhead``
    preprinted_letterhead: bool = False

    @property
    def total_claimed(self) -> Decimal:
        return _money_sum(claim.amount for claim in self.claims)

    @property
    def total_paid(self) -> Decimal:
        return _money_sum(claim.paid for claim in self.claims)

    @property
    def total_outstanding(self) -> Decimal:
        return _money_sum(claim.outstanding for claim in self.claims)

    @property
    def total_interest(self) -> Decimal:
        return _money_sum(claim.interest for claim in self.claims)

    @property
    def total_interest_undisputed(self) -> Decimal | None:
        """The interest on the undisputed parts, or None when no claim has one that differs from its
        interest (nothing the debtor disputes: the claims table's figures say it all)."""
        if not any(c.interest_undisputed is not None and c.interest_undisputed != c.interest for c in self.claims):
            return None
        return _money_sum(c.interest_undisputed or Decimal("0.00") for c in self.claims)
