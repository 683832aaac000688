"""SQLAlchemy ORM models: the office's whole record, from enterprises to issued letters."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from complaintdesk.store.types import ExactDecimal, Money, UTCDateTime, utcnow

NO_DUE_DATE = date(9999, 12, 31)  # sorts after every real deadline

# Named constraints keep Alembic's batch mode on SQLite able to find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Stamped:
    """Created/updated stamps and a version counter for optimistic locking on user-edited rows."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls):
        # A concurrent edit of the same row raises StaleDataError instead of silently winning.
        return {"version_id_col": cls.__table__.c.version}


# --- people and parties ----------------------------------------------------------------------


class User(Stamped, Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))  # officer | supervisor | admin | auditor
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    phone: Mapped[str | None] = mapped_column(String(40))
    # A password an administrator gave (first administrator, new account, reset): changed at sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (
        CheckConstraint("role IN ('officer', 'supervisor', 'admin', 'auditor')", name="role"),
    )


class Enterprise(Stamped, Base):
    """A complainant enterprise (an SME, or one that says it is)."""

    __tablename__ = "enterprise"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    industry: Mapped[str | None] = mapped_column(String(40))
    employees: Mapped[int | None] = mapped_column(Integer)
    revenue_wan: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    assets_wan: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    size_class: Mapped[str | None] = mapped_column(String(10))  # large | medium | small | micro
    size_basis: Mapped[str | None] = mapped_column(Text)
    township: Mapped[str | None] = mapped_column(String(100), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    contact_person: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))


class Respondent(Stamped, Base):
    """The party complained against; for arrears, the debtor."""

    __tablename__ = "respondent"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    uscc: Mapped[str | None] = mapped_column(String(18), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # domain.arrears.DebtorKind values
    address: Mapped[str | None] = mapped_column(String(300))
    contact_person: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        CheckConstraint(
            "kind IN ('state_organ', 'public_institution', 'state_owned_enterprise', "
            "'large_enterprise', 'other')",
            name="kind",
        ),
    )


# --- cases -----------------------------------------------------------------------------------


class Case(Stamped, Base):
    __tablename__ = "complaint_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30))
    procedure: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)  # the complaint in the complainant's words
    # The third-person wording the officer confirmed for letters (domain.wording); None until then.
    letter_summary: Mapped[str | None] = mapped_column(Text)
    demands: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(30))
    complainant_id: Mapped[int] = mapped_column(ForeignKey("enterprise.id"), index=True)
    respondent_id: Mapped[int | None] = mapped_column(ForeignKey("respondent.id"), index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    source_ref: Mapped[str | None] = mapped_column(String(100))  # number given by the transferring body
    accepted_on: Mapped[date | None] = mapped_column(Date)
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    transferred_to: Mapped[str | None] = mapped_column(String(200))
    transferred_on: Mapped[date | None] = mapped_column(Date)
    replied_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    review_requested_on: Mapped[date | None] = mapped_column(Date)
    credit_referral_on: Mapped[date | None] = mapped_column(Date)
    clock_stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    # The earliest open statutory deadline, kept in step with case_deadline so that the list can
    # filter and sort on it through an index.
    next_due_on: Mapped[date | None] = mapped_column(Date)
    next_step: Mapped[str | None] = mapped_column(String(40))
    next_due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    # The case list's own copy of what it shows, sorts and searches (kept by services.case_index):
    # one indexed table serves a screen of 100,000 cases without joins.
    due_sort: Mapped[date] = mapped_column(Date, default=NO_DUE_DATE)  # next_due_on, or 9999-12-31
    complainant_name: Mapped[str] = mapped_column(String(200), default="")
    respondent_name: Mapped[str] = mapped_column(String(200), default="")
    respondent_kind: Mapped[str | None] = mapped_column(String(30))
    handler_name: Mapped[str] = mapped_column(String(100), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # The supervisor's figures' own copy (kept by services.case_index): the dashboard's aggregates
    # read narrow covering indexes of complaint_case instead of joining 300,000 claims.
    complainant_township: Mapped[str] = mapped_column(String(100), default="")
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    claimed_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # Σ amount claimed, in fen
    confirmed_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    reply_late: Mapped[bool] = mapped_column(Boolean, default=False)  # reply clock met after its due date
    satisfaction: Mapped[str | None] = mapped_column(String(20))  # of the latest follow-up call

    complainant: Mapped[Enterprise] = relationship(lazy="raise")
    respondent: Mapped[Respondent | None] = relationship(lazy="raise")
    handler: Mapped[User | None] = relationship(lazy="raise")
    deadlines: Mapped[list[CaseDeadline]] = relationship(
        back_populates="case", lazy="raise", cascade="all, delete-orphan", order_by="CaseDeadline.id"
    )
    claims: Mapped[list[ArrearsClaim]] = relationship(
        back_populates="case", lazy="raise", cascade="all, delete-orphan", order_by="ArrearsClaim.id"
    )

    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_complaint_case_year_seq"),
        # With handler, procedure and step, the overdue figures (count, by handler, by step) read this index alone.
        Index("ix_case_status_due", "status", "next_due_on", "handler_id", "procedure", "next_step"),
        Index("ix_case_handler_status_due", "handler_id", "status", "next_due_on"),
        Index("ix_case_received", "received_on", "id"),
        Index("ix_case_due", "next_due_on"),
        Index("ix_case_due_sort", "due_sort", "id"),
        Index("ix_case_status_due_sort", "status", "due_sort", "id"),
        Index("ix_case_complainant_name", "complainant_name", "id"),
        Index("ix_case_respondent_name", "respondent_name", "id"),
        Index("ix_case_handler_name", "handler_name", "id"),
        Index("ix_case_status_id", "status", "id"),
        Index("ix_case_received_status", "received_on", "status"),
        Index("ix_case_closed", "status", "closed_on", "reply_late", "satisfaction"),
        Index("ix_case_arrears", "respondent_kind", "complainant_township", "status", "received_on", "claim_count",
              "claimed_fen", "confirmed_fen", "paid_fen"),
    )


class CaseDeadline(Base):
    """One statutory step's clock on a case, with a snapshot of the rule it was computed from."""

    __tablename__ = "case_deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id", ondelete="CASCADE"), index=True)
    procedure: Mapped[str] = mapped_column(String(40))
    step: Mapped[str] = mapped_column(String(40))
    step_name: Mapped[str] = mapped_column(String(200))
    trigger_zh: Mapped[str] = mapped_column(String(100), default="")
    trigger_on: Mapped[date] = mapped_column(Date)
    length: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(10))  # days | workdays
    extension_cap: Mapped[int] = mapped_column(Integer, default=0)
    stoppable: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_days: Mapped[int] = mapped_column(Integer, default=0)
    due_on: Mapped[date | None] = mapped_column(Date)
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    basis: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text)  # JSON list of lines
    met_on: Mapped[date | None] = mapped_column(Date)  # the step was done on this day

    case: Mapped[Case] = relationship(back_populates="deadlines", lazy="raise")

    __table_args__ = (
        UniqueConstraint("case_id", "step", name="uq_case_deadline_case_step"),
        # The running clocks alone: what a new holiday schedule could move is read from it. Partial on both
        # databases (WHERE met_on IS NULL): migration 0017 creates it so, as every schema object is created. Not
        # said here: a dialect's ``postgresql_where`` makes SQLAlchemy import that dialect with the models, in
        # every process (tests/cli/test_cli_startup.py), and Alembic does not compare an index's predicate.
        Index("ix_case_deadline_running", "due_on", "trigger_on", "case_id", "unit"),
    )


class ClockStop(Stamped, Base):
    """A suspension of a case's clock (waiting for materials), with its reason."""

    __tablename__ = "clock_stop"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(40))
    stopped_on: Mapped[date] = mapped_column(Date)
    restarted_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    restart_reason: Mapped[str | None] = mapped_column(Text)


class ExtensionRequest(Stamped, Base):
    """An extension of a step's time limit, requested by the handler and decided by a supervisor."""

    __tablename__ = "extension_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(40))
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    status: Mapped[str] = mapped_column(String(20), default="requested")  # requested | approved | returned
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decision_comment: Mapped[str | None] = mapped_column(Text)

    # The awaiting requests (services.extension_requests.decidable) are found by status, not per open case.
    __table_args__ = (CheckConstraint("days > 0", name="days_positive"),
                      Index("ix_extension_request_status", "status", "case_id"))


class FollowUp(Stamped, Base):
    """A follow-up call (回访) to the complainant after the reply."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id", ondelete="CASCADE"), index=True)
    called_on: Mapped[date] = mapped_column(Date)
    satisfaction: Mapped[str] = mapped_column(String(20))  # satisfied | basically | dissatisfied
    note: Mapped[str | None] = mapped_column(Text)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


# --- arrears ---------------------------------------------------------------------------------


class ArrearsClaim(Stamped, Base):
    """One unpaid contract on a case: what is owed, when it was due, what came back."""

    __tablename__ = "arrears_claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id", ondelete="CASCADE"), index=True)
    contract_no: Mapped[str | None] = mapped_column(String(100))
    contract_signed_on: Mapped[date | None] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(20))  # goods | works | services
    description: Mapped[str | None] = mapped_column(Text)
    amount_claimed: Mapped[Decimal] = mapped_column(Money)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    acceptance_passed_on: Mapped[date | None] = mapped_column(Date)
    acceptance_period_ends_on: Mapped[date | None] = mapped_column(Date)
    settlement_confirmed_on: Mapped[date | None] = mapped_column(Date)
    agreed_term_days: Mapped[int | None] = mapped_column(Integer)
    agreed_annual_rate: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    size_at_signing: Mapped[str | None] = mapped_column(String(10))
    # The figures size_at_signing was worked out from, the day they describe, and whether they are the
    # figures at signing ("signing") or the complaint-time ones standing in for them ("inferred").
    size_industry: Mapped[str | None] = mapped_column(String(40))
    size_employees: Mapped[int | None] = mapped_column(Integer)
    size_revenue_wan: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    size_assets_wan: Mapped[Decimal | None] = mapped_column(ExactDecimal)
    size_figures_on: Mapped[date | None] = mapped_column(Date)
    size_source: Mapped[str | None] = mapped_column(String(20))
    due_on: Mapped[date | None] = mapped_column(Date)  # computed by the legal engine
    amount_confirmed: Mapped[Decimal | None] = mapped_column(Money)
    amount_disputed: Mapped[Decimal | None] = mapped_column(Money)
    amount_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))  # sum of payments
    cleared_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="claims", lazy="raise")

    __table_args__ = (
        CheckConstraint("amount_claimed > 0", name="amount_claimed_positive"),
        CheckConstraint("amount_paid >= 0", name="amount_paid_nonnegative"),
        # A new holiday schedule computes again the due dates a changed day can reach (migration 0017).
        Index("ix_arrears_claim_due_on", "due_on"),
    )


class Instalment(Stamped, Base):
    """One instalment of a repayment agreement for a claim."""

    __tablename__ = "instalment"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("arrears_claim.id", ondelete="CASCADE"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)

    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)


class Payment(Stamped, Base):
    """Money the debtor actually paid on a claim."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("arrears_claim.id", ondelete="CASCADE"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    voucher: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # The case's debtor kind and whether the case counts (not refused), copied by services.case_index
    # so that the recovered-in-a-period figures read one covering index.
    respondent_kind: Mapped[str | None] = mapped_column(String(30))
    case_counted: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),
                      Index("ix_payment_paid", "paid_on", "case_counted", "respondent_kind", "amount"))



# --- the supervisor's figures, summed (migration 0012) -----------------------------------------
#
# Kept in step by database triggers on payment and complaint_case in the transaction of every write
# (store.figures names their definitions, checks and rebuilds them): the dashboard reads a few
# thousand of these rows instead of every payment, case and claim sum of its period. A missing
# debtor kind or satisfaction is '' (key columns cannot be NULL).


class PaymentsByDay(Base):
    """Payments per day paid, debtor kind of the case and whether the case counts (not refused)."""

    __tablename__ = "payments_by_day"

    paid_on: Mapped[date] = mapped_column(Date, primary_key=True)
    respondent_kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    case_counted: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    payments: Mapped[int] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(BigInteger)


class CasesReceivedByDay(Base):
    """Cases per day received and status."""

    __tablename__ = "cases_received_by_day"

    received_on: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)


class CasesClosedByDay(Base):
    """Closed cases per day closed, whether the reply was late, and the latest follow-up's satisfaction."""

    __tablename__ = "cases_closed_by_day"

    closed_on: Mapped[date] = mapped_column(Date, primary_key=True)
    reply_late: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    satisfaction: Mapped[str] = mapped_column(String(20), primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)


class ArrearsByGroup(Base):
    """Cases with claims, their claims and the claims' sums in fen, per debtor kind, township and status."""

    __tablename__ = "arrears_by_group"

    respondent_kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    complainant_township: Mapped[str] = mapped_column(String(100), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    cases: Mapped[int] = mapped_column(Integer)
    claims: Mapped[int] = mapped_column(Integer)
    claimed_fen: Mapped[int] = mapped_column(BigInteger)
    confirmed_fen: Mapped[int] = mapped_column(BigInteger)
    paid_fen: Mapped[int] = mapped_column(BigInteger)


# --- the record ------------------------------------------------------------------------------


class Event(Base):
    """Append-only history: who did what, when, old → new; each row chained to the previous by hash."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor_name: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(30))  # case | claim | payment | document | user | setting …
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("complaint_case.id"))
    action: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON {field: [old, new]}
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))  # not unique: the chain excludes a repeat (migration 0015)
    # HMAC-SHA256 of ``hash`` under the office's history key (services.history_key); NULL = not sealed.
    mac: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_event_case", "case_id", "id"),)


class Document(Base):
    """An issued, numbered, frozen document: its PDF bytes are the official copy.

    A number series is the office's code (机关代字, ``series``) and the year: kinds that share a
    code share its counter, so a document number is never given to two documents.
    """

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    series: Mapped[str] = mapped_column(String(40))  # the code before 〔year〕, e.g. X工信投字
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    doc_no: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    page_count: Mapped[int] = mapped_column(Integer)
    template_version: Mapped[int | None] = mapped_column(Integer)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), unique=True)

    __table_args__ = (UniqueConstraint("series", "year", "seq", name="uq_document_series_year_seq"),)


class LetterTemplate(Stamped, Base):
    """The office's edited copy of a letter template (JSON, as ``documents.validate_template`` accepts);
    a kind without a row uses the default shipped in resources/letters."""

    __tablename__ = "letter_template"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    definition: Mapped[str] = mapped_column(Text)
    template_version: Mapped[int] = mapped_column(Integer)  # the JSON's "version", printed in the PDF's keywords
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class Attachment(Stamped, Base):
    """Evidence copied into the office's managed store, addressed by content hash."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("complaint_case.id"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("arrears_claim.id"))
    kind: Mapped[str] = mapped_column(String(30))  # contract | invoice | acceptance | receipt | photo | other
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AttachmentBlob(Base):
    """Attachment bytes, addressed by SHA-256: kept in the database so that one backup holds everything
    and every desk (SQLite or PostgreSQL) sees the same evidence; identical files are stored once."""

    __tablename__ = "attachment_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --- reference data the office maintains -----------------------------------------------------


class CalendarYear(Base):
    """A year whose official holiday schedule is loaded; other years are provisional (statutory holidays
    and weekends only, see domain.calendar)."""

    __tablename__ = "calendar_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[str] = mapped_column(Text)  # the notice, with its number (国办发明电〔2025〕7号)
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    entered_by: Mapped[str | None] = mapped_column(String(100))
    notice_date: Mapped[date | None] = mapped_column(Date)  # the notice's date; None for the shipped years


class CalendarDraft(Base):
    """A year's schedule saved incomplete (no notice number or date, or a statutory holiday missing): kept
    to be finished, never counted with — the year stays as it was (provisional if it has no schedule)."""

    __tablename__ = "calendar_draft"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    days: Mapped[str] = mapped_column(Text)  # JSON: [["2027-01-01", "rest", "元旦"], …]
    source: Mapped[str | None] = mapped_column(Text)
    notice_date: Mapped[date | None] = mapped_column(Date)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    saved_by: Mapped[str | None] = mapped_column(String(100))


class CalendarDay(Base):
    """A public-holiday rest day or a make-up working day (调休上班)."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("calendar_year.year", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # rest | work
    name: Mapped[str] = mapped_column(String(50))

    __table_args__ = (CheckConstraint("kind IN ('rest', 'work')", name="kind"),)


class LprRate(Base):
    """One-year Loan Prime Rate, effective from a date (fraction: 0.0300 = 3.00 %)."""

    __tablename__ = "lpr_rate"

    effective_on: Mapped[date] = mapped_column(Date, primary_key=True)
    rate: Mapped[Decimal] = mapped_column(ExactDecimal)
    source: Mapped[str | None] = mapped_column(Text)


class ProcedureStep(Stamped, Base):
    """The office's live copy of a statutory step rule; cases keep a snapshot in case_deadline."""

    __tablename__ = "procedure_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure: Mapped[str] = mapped_column(String(40))
    step: Mapped[str] = mapped_column(String(40))
    definition: Mapped[str] = mapped_column(Text)  # JSON of domain.deadlines.StepRule

    __table_args__ = (UniqueConstraint("procedure", "step", name="uq_procedure_step_procedure_step"),)


class Setting(Base):
    """Office settings (name, document-number prefix, …) as JSON values."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class NumberSequence(Base):
    """Last number handed out per scope and year; incremented under the write lock, so never reused."""

    __tablename__ = "number_sequence"

    scope: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
