"""What the officer's desk sends to the services and gets back: plain dataclasses, no SQLAlchemy.

Inputs are typed (dates are ``date``, money is ``Decimal``): the dialogs parse what was typed and
report unparseable text themselves; the services check the rules and raise ``ValidationError``
naming each field (see ``services.validation``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from complaintdesk.messages import Text

# --- inputs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnterpriseInput:
    name: str
    uscc: str | None = None
    industry: str | None = None  # domain.sme industry key
    employees: int | None = None
    revenue_wan: Decimal | None = None
    assets_wan: Decimal | None = None
    township: str | None = None
    address: str | None = None
    contact_person: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class RespondentInput:
    name: str
    kind: str  # domain.arrears.DebtorKind value
    uscc: str | None = None
    address: str | None = None
    contact_person: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class RegistrationInput:
    """A new case. Give either an existing party's id or the data of a new one."""

    channel: str
    procedure: str
    category: str
    summary: str
    received_on: date
    complainant_id: int | None = None
    complainant: EnterpriseInput | None = None
    respondent_id: int | None = None
    respondent: RespondentInput | None = None
    demands: str | None = None
    handler_id: int | None = None  # None: the registering officer
    source_ref: str | None = None  # the number the transferring body gave it
    confirm_duplicates: bool = False  # the user has seen the possible duplicates and registers anyway


@dataclass(frozen=True)
class ClaimInput:
    amount_claimed: Decimal
    subject: str  # goods | works | services
    contract_no: str | None = None
    contract_signed_on: date | None = None
    description: str | None = None
    delivered_on: date | None = None
    acceptance_passed_on: date | None = None
    acceptance_period_ends_on: date | None = None
    settlement_confirmed_on: date | None = None
    agreed_term_days: int | None = None
    agreed_annual_rate: Decimal | None = None  # fraction: 0.036 = 3.6 % a year
    amount_confirmed: Decimal | None = None
    amount_disputed: Decimal | None = None
    # The complainant's figures on the signing date, when the officer has them (optional): they fix its
    # size for this claim (Payment Regulation art. 3(2)). None of them: the complaint-time figures stand in.
    size_employees: int | None = None
    size_revenue_wan: Decimal | None = None  # 10,000 yuan
    size_assets_wan: Decimal | None = None


@dataclass(frozen=True)
class PaymentInput:
    paid_on: date
    amount: Decimal
    voucher: str | None = None


@dataclass(frozen=True)
class ActionInput:
    """Inputs of a lifecycle action; which ones are required depends on the action (domain.workflow)."""

    on: date | None = None
    reason: str | None = None
    department: str | None = None
    days: int | None = None
    note: str | None = None
    outcome: str | None = None
    satisfaction: str | None = None
    extension_id: int | None = None  # which request an approval decides (default: the pending one)
    # Record a review request made after its window anyway: the office decided to take it up ("仍予登记").
    late_ok: bool = False


# --- views -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnterpriseView:
    id: int
    name: str
    uscc: str | None
    industry: str | None
    employees: int | None
    revenue_wan: Decimal | None
    assets_wan: Decimal | None
    size_class: str | None
    size_basis: tuple[str, ...]
    township: str | None
    address: str | None
    contact_person: str | None
    phone: str | None


@dataclass(frozen=True)
class RespondentView:
    id: int
    name: str
    uscc: str | None
    kind: str
    address: str | None
    contact_person: str | None
    phone: str | None


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class DeadlineView:
    step: str
    step_name: str
    trigger_on: date
    due_on: date | None
    provisional: bool
    stopped: bool
    met_on: date | None
    unit: str
    length: int
    extension_days: int
    extension_cap: int
    basis: str
    explanation: tuple[str, ...]
    overdue: bool
    workdays_left: int | None
    round_no: int = 1  # a reopened case or a new review request runs the step again as round 2, 3 …
    statutory: bool = True  # False: the office's internal target (内部时限), no statutory limit


@dataclass(frozen=True)
class PaymentView:
    id: int
    paid_on: date
    amount: Decimal
    voucher: str | None


@dataclass(frozen=True)
class InstalmentView:
    id: int
    due_on: date
    amount: Decimal


@dataclass(frozen=True)
class ClaimView:
    id: int
    version: int
    contract_no: str | None
    contract_signed_on: date | None
    subject: str
    description: str | None
    amount_claimed: Decimal
    delivered_on: date | None
    acceptance_passed_on: date | None
    acceptance_period_ends_on: date | None
    settlement_confirmed_on: date | None
    agreed_term_days: int | None
    agreed_annual_rate: Decimal | None
    size_at_signing: str | None
    due_on: date | None
    term_basis: str
    term_explanation: tuple[str, ...]
    term_warnings: tuple[str, ...]
    days_overdue: int  # calendar days past the due date, as of the view's date (0 if not overdue)
    interest: Decimal
    interest_explanation: tuple[str, ...]
    amount_confirmed: Decimal | None
    amount_disputed: Decimal | None
    amount_paid: Decimal
    outstanding: Decimal
    cleared_on: date | None
    payments: tuple[PaymentView, ...]
    instalments: tuple[InstalmentView, ...]
    # The complainant's size for this claim: the figures, the day they describe, and whether they are the
    # signing date's ("signing") or the complaint's standing in for them ("inferred", 以投诉时规模推定).
    size_source: str | None = None
    size_figures_on: date | None = None
    size_employees: int | None = None
    size_revenue_wan: Decimal | None = None
    size_assets_wan: Decimal | None = None
    size_basis: tuple[str, ...] = ()  # how the class follows from the figures
    size_note: str = ""  # e.g. 小型企业（以投诉时规模推定，依据2026年3月2日数据）
    size_warning: str | None = None  # not an SME at signing (also among term_warnings)
    # ``interest`` runs on the unpaid principal as claimed; beside it, the interest on the part the debtor
    # does not dispute (None when it has neither confirmed nor disputed anything).
    undisputed_principal: Decimal | None = None
    interest_undisputed: Decimal | None = None
    # The due date lies in a year without an official holiday schedule: shown as 暂定 (DOMAIN.md §3).
    due_provisional: bool = False


@dataclass(frozen=True)
class ClaimTotals:
    claimed: Decimal = Decimal("0.00")
    confirmed: Decimal = Decimal("0.00")
    disputed: Decimal = Decimal("0.00")
    paid: Decimal = Decimal("0.00")
    outstanding: Decimal = Decimal("0.00")
    interest: Decimal = Decimal("0.00")
    interest_undisputed: Decimal = Decimal("0.00")  # claims the debtor said nothing about count nothing


@dataclass(frozen=True)
class EventView:
    id: int
    occurred_at: datetime  # UTC
    actor_name: str
    entity: str
    action: str
    summary: str
    changes: dict[str, list]  # field -> [old, new]


@dataclass(frozen=True)
class AttachmentView:
    id: int
    kind: str
    original_name: str
    media_type: str
    size_bytes: int
    sha256: str
    description: str | None
    added_at: datetime
    added_by: str | None
    claim_id: int | None


@dataclass(frozen=True)
class ExtensionView:
    id: int
    step: str
    days: int
    reason: str
    requested_on: date
    requested_by: str | None
    status: str  # requested | approved | returned | withdrawn (automatically, when the case moved on)
    decided_on: date | None
    decided_by: str | None
    comment: str | None


@dataclass(frozen=True)
class FollowUpView:
    id: int
    called_on: date
    satisfaction: str
    note: str | None
    by: str | None


@dataclass(frozen=True)
class ActionState:
    action: str  # domain.workflow.Action value
    label_zh: str
    enabled: bool
    reason: Text | None  # why it is disabled (for the tooltip)


@dataclass(frozen=True)
class CaseDetail:
    id: int
    version: int
    case_no: str
    status: str
    outcome: str | None
    received_on: date
    channel: str
    procedure: str
    procedure_name: str
    category: str
    summary: str
    demands: str | None
    handler_id: int | None
    handler_name: str | None
    source_ref: str | None
    accepted_on: date | None
    refusal_reason: str | None
    transferred_to: str | None
    transferred_on: date | None
    replied_on: date | None
    closed_on: date | None
    review_requested_on: date | None
    credit_referral_on: date | None
    clock_stopped: bool
    next_due_on: date | None
    next_step: str | None
    next_due_provisional: bool
    updated_at: datetime
    complainant: EnterpriseView
    respondent: RespondentView | None
    deadlines: tuple[DeadlineView, ...]
    claims: tuple[ClaimView, ...]
    totals: ClaimTotals
    events: tuple[EventView, ...]
    attachments: tuple[AttachmentView, ...]
    extensions: tuple[ExtensionView, ...]
    follow_ups: tuple[FollowUpView, ...]
    actions: tuple[ActionState, ...]
    as_of: date
    warnings: tuple[Text, ...] = field(default=())  # what the user must check (a provisional deadline …)
    # The third-person wording of the complaint the officer confirmed for letters; None: not yet confirmed
    # (letters print domain.wording.third_person(summary) and say so).
    letter_summary: str | None = None

    @property
    def next_deadline(self) -> DeadlineView | None:
        return next((d for d in self.deadlines if d.step == self.next_step and d.met_on is None), None)
