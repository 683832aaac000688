"""The supervisor's reports for a period — overdue list, arrears ledger, statistics, yearly summary — as xlsx, PDF, CSV.

The data come from ``services.statistics`` (aggregates) and from the claims themselves (the ledger's
due dates and interest are the legal engine's, exactly as the case view shows them); rendering is
``documents.tables`` from plain rows. Each export is recorded in the history: ledgers carry business
secrets (Payment Reg. art. 25), so who took which copy is part of the record.
"""

from __future__ import annotations

import functools
from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import case, select
from sqlalchemy.orm import aliased

from complaintdesk.documents.tables import (
    Column,
    ColumnKind,
    TableReport,
    TableSection,
    render_pdf,
    write_csv,
    write_xlsx,
)
from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.vocabulary import CaseStatus, Category, Channel, ClaimSubject, Outcome
from complaintdesk.messages import reports as msg
from complaintdesk.services import history
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.case_detail import claim_figures
from complaintdesk.services.case_query import CaseQuery, CaseSort
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.reference import RuleBook, get_settings
from complaintdesk.services.statistics import (
    ArrearsRow,
    PeriodRow,
    PeriodStatistics,
    RecoveryRow,
    YearlySummary,
    step_label,
)
from complaintdesk.store.models import ArrearsClaim, Case, Enterprise, Payment, Respondent, User
from complaintdesk.store.read_ahead import read_ahead

if TYPE_CHECKING:
    from complaintdesk.services.case_context import Workplace
    from complaintdesk.services.cases import CaseService
    from complaintdesk.services.statistics import StatisticsService

M, D, N, P, T = ColumnKind.MONEY, ColumnKind.DATE, ColumnKind.INT, ColumnKind.PERCENT, ColumnKind.TEXT
LEDGER_BATCH = 2000


class ReportKind(StrEnum):
    OVERDUE = "overdue"
    LEDGER = "ledger"
    STATISTICS = "statistics"
    YEARLY = "yearly"

    @property
    def label_zh(self) -> str:
        return {"overdue": "逾期案件清单", "ledger": "清欠台账", "statistics": "投诉办理情况统计表",
                "yearly": "年度投诉办理情况汇总"}[self.value]


class ReportFormat(StrEnum):
    XLSX = "xlsx"
    PDF = "pdf"
    CSV = "csv"


class LedgerRow(NamedTuple):
    """One claim of the arrears ledger (清欠台账), figures as of the ledger's date.

    A named tuple rather than a frozen dataclass: a county's ledger makes 300,000 of them, and a
    tuple is built in a fifth of the time."""

    case_id: int
    case_no: str
    received_on: date
    channel: str
    complainant: str
    complainant_uscc: str | None
    township: str | None
    debtor: str | None
    debtor_kind: str | None
    contract_no: str | None
    contract_signed_on: date | None
    subject: str
    amount_claimed: Decimal
    amount_confirmed: Decimal | None
    delivered_on: date | None
    agreed_term_days: int | None
    due_on: date | None  # the statutory due date, computed by the legal engine
    days_overdue: int
    interest: Decimal  # overdue interest up to the ledger's date, on the unpaid principal as claimed
    amount_paid: Decimal  # payments up to the ledger's date
    outstanding: Decimal
    last_paid_on: date | None
    cleared_on: date | None
    status: str
    closed_on: date | None
    outcome: str | None
    handler: str | None
    # Beside it, the interest on the part the debtor does not dispute (None: it said neither).
    interest_undisputed: Decimal | None = None
    due_provisional: bool = False  # due_on lies in a year without an official holiday schedule (暂定)


@dataclass(frozen=True)
class OverdueRow:
    case_id: int
    case_no: str
    received_on: date
    complainant: str
    respondent: str | None
    respondent_kind: str | None
    category: str
    step: str  # procedure · step
    handler: str | None
    due_on: date
    days_overdue: int  # calendar days
    workdays_overdue: int
    provisional: bool
    status: str


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: ReportKind
    format: ReportFormat
    rows: int  # data rows of the main table(s)
    period: tuple[date, date]
    as_of: date


LEDGER_COLUMNS = (
    Column("案件编号", T, 11, sample="2026-0000"), Column("收件日期", D, 11, pdf=False),
    Column("来源渠道", T, 10, pdf=False), Column("投诉企业", T, 26), Column("统一社会信用代码", T, 21, sample="91150000MWMWMWMWMW"), Column("所属乡镇", T, 10, pdf=False),
    Column("欠款单位", T, 24), Column("单位类型", T, 9), Column("合同编号", T, 16),
    Column("合同签订日期", D, 11, pdf=False), Column("标的", T, 6), Column("欠款金额（元）", M, 15),
    Column("确认金额（元）", M, 15), Column("交付日期", D, 11), Column("约定付款期限（日）", N, 9, pdf=False),
    Column("付款到期日", D, 11), Column("逾期天数", N, 8), Column("逾期利息（元）", M, 13),
    Column("无争议部分利息（元）", M, 13),
    Column("已还金额（元）", M, 15), Column("未还金额（元）", M, 15), Column("最近还款日期", D, 11, pdf=False),
    Column("清零日期", D, 11), Column("办理状态", T, 8, pdf=False), Column("办结日期", D, 11, pdf=False),
    Column("办结结果", T, 9, pdf=False), Column("承办人", T, 8, pdf=False),
)
OVERDUE_COLUMNS = (
    Column("案件编号", T, 11, sample="2026-0000"), Column("收件日期", D, 11), Column("投诉企业", T, 26),
    Column("被投诉单位", T, 24),
    Column("单位类型", T, 9), Column("投诉类别", T, 12), Column("逾期环节", T, 24), Column("承办人", T, 9),
    Column("到期日", D, 11), Column("逾期天数", N, 8), Column("逾期工作日", N, 9), Column("办理状态", T, 8),
)


def _label(enum, code: str | None) -> str:
    """The Chinese label of a stored code (an unknown code shows as itself)."""
    if code is None:
        return ""
    return _labels(enum).get(code, code)


@functools.cache
def _labels(enum) -> dict[str, str]:
    # A dictionary look-up, not enum(code): the ledger labels five codes on each of 300,000 rows.
    return {member.value: member.label_zh for member in enum}


def _due_cell(row: LedgerRow) -> date | str | None:
    """The ledger's due date: the date itself, or as text marked 暂定 while its year has no official schedule."""
    if row.due_on is not None and row.due_provisional:
        return f"{row.due_on:%Y-%m-%d}（暂定）"
    return row.due_on


def _fmt_day(day: date) -> str:
    return day.isoformat()


def _ledger_cases(start: date, end: date) -> tuple:
    """The cases a ledger lists: received in [start, end], refused complaints left out."""
    return Case.received_on >= start, Case.received_on <= end, Case.status != CaseStatus.NOT_ACCEPTED.value


def _ledger_select(start: date, end: date, as_of: date):
    """The ledger's claims as plain columns, in case order: each claim as it stood on ``as_of`` (a clearing after
    that day had not happened yet) with its case, complainant, debtor and handler."""
    handler = aliased(User)
    claim = ArrearsClaim
    return (select(claim.id, Case.year, Case.seq, claim.case_id, claim.contract_no, claim.contract_signed_on,
                   claim.subject, claim.amount_claimed, claim.delivered_on, claim.acceptance_passed_on,
                   claim.acceptance_period_ends_on, claim.settlement_confirmed_on, claim.agreed_term_days,
                   claim.agreed_annual_rate, claim.due_on, claim.amount_confirmed, claim.amount_disputed,
                   case((claim.cleared_on <= as_of, claim.cleared_on), else_=None).label("cleared_on"),
                   Case.case_no, Case.received_on, Case.channel, Case.status,
                   case((Case.closed_on <= as_of, Case.closed_on), else_=None).label("closed_on"),
                   Case.outcome, Enterprise.name.label("complainant"), Enterprise.uscc.label("complainant_uscc"),
                   Enterprise.township, Respondent.name.label("debtor"), Respondent.kind.label("debtor_kind"),
                   handler.display_name.label("handler"))
            .join(Case, Case.id == claim.case_id)
            .join(Enterprise, Enterprise.id == Case.complainant_id)
            .outerjoin(Respondent, Respondent.id == Case.respondent_id)
            .outerjoin(handler, handler.id == Case.handler_id)
            .where(*_ledger_cases(start, end))
            .order_by(Case.year, Case.seq, claim.id))


def _payments_select(start: date, end: date, as_of: date):
    """The payments up to ``as_of`` of the ledger's claims, in the claims' order, then by day."""
    return (select(Case.year, Case.seq, Payment.claim_id, Payment.paid_on, Payment.amount)
            .join(ArrearsClaim, ArrearsClaim.id == Payment.claim_id)
            .join(Case, Case.id == ArrearsClaim.case_id)
            .where(*_ledger_cases(start, end), Payment.paid_on <= as_of)
            .order_by(Case.year, Case.seq, Payment.claim_id, Payment.paid_on, Payment.id))


class _Paid(NamedTuple):
    paid_on: date
    amount: Decimal


def _with_payments(claims: Iterator, payments: Iterator) -> Iterator[tuple]:
    """Each claim with its payments, both streams in (year, seq, claim id) order. A payment whose claim the
    claims stream does not hold (PostgreSQL's read-committed statements each see their own moment: one
    recorded in between) is passed over."""
    pending = next(payments, None)
    for claim in claims:
        key = (claim.year, claim.seq, claim.id)
        paid = []
        while pending is not None and (pending[0], pending[1], pending[2]) <= key:
            if pending[2] == claim.id:
                paid.append(_Paid(pending[3], pending[4]))
            pending = next(payments, None)
        yield claim, paid


def _ledger_row(r, paid: list[_Paid], rules: RuleBook, as_of: date, due_dates: dict) -> LedgerRow:
    figures = claim_figures(r, paid, r.debtor_kind, rules, as_of, due_dates)
    return LedgerRow(
        case_id=r.case_id, case_no=r.case_no, received_on=r.received_on, channel=r.channel,
        complainant=r.complainant, complainant_uscc=r.complainant_uscc, township=r.township, debtor=r.debtor,
        debtor_kind=r.debtor_kind, contract_no=r.contract_no, contract_signed_on=r.contract_signed_on,
        subject=r.subject, amount_claimed=r.amount_claimed, amount_confirmed=r.amount_confirmed,
        delivered_on=r.delivered_on, agreed_term_days=r.agreed_term_days, due_on=figures.due_on,
        days_overdue=figures.days_overdue, interest=figures.interest, amount_paid=figures.paid,
        outstanding=figures.outstanding, last_paid_on=paid[-1].paid_on if paid else None, cleared_on=r.cleared_on,
        status=r.status, closed_on=r.closed_on, outcome=r.outcome, handler=r.handler,
        interest_undisputed=figures.interest_undisputed, due_provisional=figures.due_provisional,
    )


class ReportService:
    """Builds and writes the reports; reading is one transaction per report, the export record another."""

    def __init__(self, work: Workplace, cases: CaseService, statistics: StatisticsService):
        self._work = work
        self._today = work.today
        self._cases = cases
        self._statistics = statistics

    # --- data --------------------------------------------------------------------------------

    def _as_of(self, end: date, as_of: date | None) -> date:
        return as_of or min(end, self._today())

    def ledger_rows(self, start: date, end: date, as_of: date | None = None) -> Iterator[LedgerRow]:
        """Every claim on the cases received in [start, end] (refused complaints left out), in case order.

        Figures are as of ``as_of`` (default: ``end`` or today, whichever is earlier): payments dated
        later are left out, and the due date, days overdue and interest are the legal engine's (the case
        view's figures, without its wording). The rows are produced from two streamed queries inside one
        read transaction, so a ledger of any size is written in constant memory.
        """
        require(self._work.actor(), Permission.READ)
        as_of = self._as_of(end, as_of)
        with self._work.db.read() as s:
            rules = RuleBook.load(s)
            # Two queries, each sorted once and read LEDGER_BATCH rows at a time (server-side cursors on
            # PostgreSQL), merged as they stream: the claims and, in the same order, their payments.
            # (Paging by keyset instead re-ran the join and its sort per batch: quadratic in the size.)
            stream = s.connection().execution_options(yield_per=LEDGER_BATCH)
            claims = stream.execute(_ledger_select(start, end, as_of))
            record = namedtuple("LedgerClaim", claims.keys())._make  # plain attributes: read ~50 times a row
            payments = iter(stream.execute(_payments_select(start, end, as_of)))
            due_dates: dict = {}  # each distinct statutory due date worked out once (case_detail.claim_figures)
            merged = _with_payments(map(record, claims), payments)
            if s.get_bind().dialect.name == "postgresql":
                # Read by a thread of its own (store.read_ahead) while the rows already read are computed: the
                # server's sorting and sending overlap the computing (19.5 → 17.7 s at 100,000 cases). Not for
                # SQLite, whose reading is the interpreter's own work: two threads took turns (17.9 → 19.8 s).
                merged = read_ahead(merged)
            for claim, paid in merged:
                yield _ledger_row(claim, paid, rules, as_of, due_dates)

    def overdue_rows(self, start: date, end: date, as_of: date | None = None) -> list[OverdueRow]:
        """Open cases received in [start, end] whose next deadline passed before ``as_of``, most overdue first."""
        require(self._work.actor(), Permission.READ)
        as_of = self._as_of(end, as_of)
        query = CaseQuery(overdue=True, received_from=start, received_to=end, as_of=as_of, sort=CaseSort.NEXT_DUE)
        rows, offset = [], 0
        with self._work.db.read() as s:
            rules = RuleBook.load(s)
        while True:
            page = self._cases.page(query, offset, 2000)
            if not page:
                break
            offset += len(page)
            for r in page:
                rows.append(OverdueRow(
                    case_id=r.id, case_no=r.case_no, received_on=r.received_on, complainant=r.complainant,
                    respondent=r.respondent, respondent_kind=r.respondent_kind, category=r.category,
                    step=step_label(rules, r.procedure, r.next_step), handler=r.handler,
                    due_on=r.next_due_on, days_overdue=(as_of - r.next_due_on).days,
                    workdays_overdue=-(r.workdays_left or 0), provisional=r.provisional, status=r.status))
        return rows

    # --- tables ------------------------------------------------------------------------------

    def build(self, kind: ReportKind | str, start: date | None = None, end: date | None = None, *,
              year: int | None = None, as_of: date | None = None) -> TableReport:
        """The report as plain tables (for the GUI's preview, or to render)."""
        require(self._work.actor(), Permission.READ)
        kind = ReportKind(kind)
        start, end = self._period(kind, start, end, year)
        as_of = self._as_of(end, as_of)
        with self._work.db.read() as s:
            office_name = str(get_settings(s).get("office.name", ""))
        subtitle = f"数据截至 {_fmt_day(as_of)}　制表日期 {_fmt_day(self._today())}"
        period = f"{_fmt_day(start)} 至 {_fmt_day(end)}"
        if kind is ReportKind.LEDGER:
            sections = [self._ledger_section(start, end, as_of)]
        elif kind is ReportKind.OVERDUE:
            sections = [self._overdue_section(start, end, as_of)]
        elif kind is ReportKind.STATISTICS:
            sections = self._statistics_sections(
                self._statistics.period_statistics(start, end, as_of=as_of))
        else:
            summary = self._statistics.yearly_summary(start.year, as_of=as_of)
            sections = self._yearly_sections(summary)
            period = f"{start.year}年度（{period}）"
        return TableReport(title=kind.label_zh, office=office_name, period=period, sections=sections,
                           subtitle=subtitle)

    @staticmethod
    def _period(kind: ReportKind, start: date | None, end: date | None, year: int | None) -> tuple[date, date]:
        if year is not None:
            if start is not None or end is not None:
                raise ServiceError(msg.YEAR_OR_PERIOD, field="year")
            return date(year, 1, 1), date(year, 12, 31)
        if kind is ReportKind.YEARLY:
            if start is None or start != date(start.year, 1, 1) or end not in (None, date(start.year, 12, 31)):
                raise ServiceError(msg.YEARLY_NEEDS_YEAR, field="year")
            return start, date(start.year, 12, 31)
        if start is None or end is None:
            raise ServiceError(msg.PERIOD_REQUIRED, field="start")
        if end < start:
            raise ServiceError(msg.PERIOD_REVERSED, field="end", start=start, end=end)
        return start, end

    def _ledger_section(self, start: date, end: date, as_of: date) -> TableSection:
        section = TableSection("清欠台账", LEDGER_COLUMNS, (), notes=(
            f"付款到期日按《保障中小企业款项支付条例》计算；逾期利息计至 {as_of:%Y-%m-%d}，"
            "合同未约定利率的按每日万分之五计算；已还、未还金额为截至该日的数额。",
            "逾期利息以欠付本金（投诉主张的金额）为基数；无争议部分利息以被投诉人确认的金额（或投诉金额减去争议金额）"
            "为基数，被投诉人未确认也未提出争议的为空（《保障中小企业款项支付条例》第十五条）。",
            "不予受理的投诉不列入台账。",
            "付款到期日标“暂定”的，所在年份尚未录入国务院办公厅节假日安排，暂按法定节假日和周末计算。",
        ))

        def rows():
            # Sums in locals, not a dictionary: added to 300,000 times each in a county's ledger.
            claimed = confirmed = interest = undisputed = paid = outstanding = Decimal("0.00")
            n = 0
            for r in self.ledger_rows(start, end, as_of):
                claimed += r.amount_claimed
                confirmed += r.amount_confirmed or 0
                interest += r.interest
                undisputed += r.interest_undisputed or 0
                paid += r.amount_paid
                outstanding += r.outstanding
                n += 1
                yield (r.case_no, r.received_on, _label(Channel, r.channel), r.complainant, r.complainant_uscc,
                       r.township, r.debtor, _label(DebtorKind, r.debtor_kind), r.contract_no,
                       r.contract_signed_on, _label(ClaimSubject, r.subject), r.amount_claimed, r.amount_confirmed,
                       r.delivered_on, r.agreed_term_days, _due_cell(r), r.days_overdue or None, r.interest,
                       r.interest_undisputed, r.amount_paid, r.outstanding, r.last_paid_on, r.cleared_on, _label(CaseStatus, r.status),
                       r.closed_on, _label(Outcome, r.outcome), r.handler)
            section.total = (f"合计 {n} 笔", None, None, None, None, None, None, None, None, None, None,
                             claimed, confirmed, None, None, None, None, interest, undisputed, paid, outstanding)

        section.rows = rows()
        return section

    def _overdue_section(self, start: date, end: date, as_of: date) -> TableSection:
        rows = self.overdue_rows(start, end, as_of)
        return TableSection("逾期案件", OVERDUE_COLUMNS, [
            (r.case_no, r.received_on, r.complainant, r.respondent, _label(DebtorKind, r.respondent_kind),
             _label(Category, r.category), r.step + ("（到期日暂定）" if r.provisional else ""), r.handler, r.due_on, r.days_overdue, r.workdays_overdue,
             _label(CaseStatus, r.status)) for r in rows],
            total=(f"合计 {len(rows)} 件",), notes=(
                f"逾期：未办结、且下一法定期限早于 {as_of:%Y-%m-%d} 的案件（中止计时的期限不计）；"
                "到期日标“暂定”的年份尚未录入节假日安排。",))

    # statistics and yearly summary

    @staticmethod
    def _overview(stats: PeriodStatistics) -> TableSection:
        c, sat, a = stats.closure, stats.satisfaction, stats.arrears_total
        rows = [
            ("收件", c.received.value, None, None, "统计期间内收到的投诉"),
            ("其中：受理", c.accepted.value, None, None, "不含不予受理"),
            ("　　　不予受理", c.not_accepted.value, None, None, ""),
            ("　　　已办结", c.closed_of_received.value, None, None, "统计期间内收件、现已办结"),
            ("　　　尚在办理", c.still_open.value, None, None, ""),
            ("办结率", None, None, c.closure_rate.value, "已办结 ÷ 受理"),
            ("本期办结", c.closed.value, None, None, "统计期间内办结（不论何时收件）"),
            ("其中：按期办结", c.on_time.value, None, None, "书面答复未超过法定期限（含批准延期、中止计时）"),
            ("　　　逾期办结", c.late.value, None, None, ""),
            ("按期办结率", None, None, c.on_time_rate.value, "按期办结 ÷ 本期办结"),
            ("回访", sat.called.value, None, sat.call_rate.value, "本期办结案件中已回访的（比率：回访率）"),
            ("其中：满意", sat.satisfied.value, None, None, "以最近一次回访为准"),
            ("　　　基本满意", sat.basically.value, None, None, ""),
            ("　　　不满意", sat.dissatisfied.value, None, None, ""),
            ("满意率", None, None, sat.rate.value, "（满意＋基本满意）÷ 回访"),
            ("新收拖欠账款（笔）", a.claims, a.claimed.value, None, "本期收件案件中的欠款"),
            ("其中：确认金额", None, a.confirmed.value, None, ""),
            ("　　　已还金额", None, a.repaid.value, None, "截至数据日"),
            ("　　　未还金额", None, a.outstanding.value, None, ""),
            ("本期清偿（笔）", stats.recovered_total.payments, stats.recovered_total.amount.value, None,
             "统计期间内收到的还款（不论何时收件）"),
        ]
        return TableSection("总体情况", (Column("指标", T, 22), Column("件数/笔数", N, 11), Column("金额（元）", M, 18),
                                        Column("比率", P, 9), Column("口径说明", T, 44)), rows)

    @staticmethod
    def _period_section(name: str, title: str, rows: tuple[PeriodRow, ...]) -> TableSection:
        data = [(r.label, r.received.value, r.closed.value, r.on_time.value, r.on_time_rate.value) for r in rows]
        total = ("合计", sum(r.received.value for r in rows), sum(r.closed.value for r in rows),
                 sum(r.on_time.value for r in rows), None)
        return TableSection(name, (Column(title, T, 20), Column("收件", N, 10), Column("本期办结", N, 10),
                                   Column("按期办结", N, 10), Column("按期办结率", P, 11)), data, total=total)

    @staticmethod
    def _arrears_section(name: str, title: str, rows: tuple[ArrearsRow, ...], total: ArrearsRow,
                         recovered: dict[str | None, RecoveryRow] | None = None) -> TableSection:
        columns = [Column(title, T, 20), Column("案件", N, 9), Column("欠款笔数", N, 9), Column("欠款金额（元）", M, 18),
                   Column("确认金额（元）", M, 18), Column("已还金额（元）", M, 18), Column("未还金额（元）", M, 18)]
        if recovered is not None:
            columns.append(Column("本期清偿（元）", M, 18))

        def line(r: ArrearsRow, label: str):
            values = [label, r.cases.value, r.claims, r.claimed.value, r.confirmed.value, r.repaid.value,
                      r.outstanding.value]
            if recovered is not None:
                rec = recovered.get(r.key)
                values.append(rec.amount.value if rec else Decimal("0.00"))
            return tuple(values)

        return TableSection(name, columns, [line(r, r.label) for r in rows], total=line(total, "合计"))

    def _statistics_sections(self, stats: PeriodStatistics) -> list[TableSection]:
        recovered = {r.key: r for r in stats.recovered_by_kind}
        recovered[None] = stats.recovered_total
        kind_rows = self._period_section("分单位类型", "被投诉单位类型", stats.by_debtor_kind)
        return [
            self._overview(stats),
            self._period_section("分类别", "投诉类别", stats.by_category),
            self._period_section("分渠道", "来源渠道", stats.by_channel),
            kind_rows,
            self._arrears_section("欠款分单位类型", "欠款单位类型", stats.arrears_by_kind, stats.arrears_total, recovered),
            self._arrears_section("欠款分乡镇", "所属乡镇", stats.arrears_by_township, stats.arrears_total),
        ]

    def _yearly_sections(self, summary: YearlySummary) -> list[TableSection]:
        sections = self._statistics_sections(summary.statistics)
        sections[0].name = "年度概况"
        monthly = TableSection("月度情况", (Column("月份", T, 10), Column("收件", N, 10), Column("办结", N, 10)),
                               [(m.label, m.received.value, m.closed.value) for m in summary.monthly],
                               total=("合计", sum(m.received.value for m in summary.monthly),
                                      sum(m.closed.value for m in summary.monthly)))
        disclosure = TableSection(
            "机关事业单位逾期欠款",
            (Column("单位名称", T, 28), Column("单位类型", T, 10), Column("逾期未付合同（笔）", N, 12),
             Column("合同金额（元）", M, 18), Column(f"{summary.year}年末未付金额（元）", M, 20),
             Column("最早到期日", D, 12), Column("涉及案件", N, 9)),
            [(r.name, r.kind_label, r.contracts, r.claimed, r.outstanding, r.earliest_due, r.cases.value)
             for r in summary.disclosure],
            total=("合计", None, summary.disclosure_contracts, None, summary.disclosure_outstanding),
            notes=(f"《保障中小企业款项支付条例》第十八条：机关、事业单位应当于每年3月31日前公开上一年度逾期尚未支付"
                   f"中小企业款项的合同数量、金额等信息。本表列出截至{summary.year}年12月31日法定付款期限已届满、"
                   "当日仍未付清的欠款（此后的还款不计），供核对各单位的公开信息。",))
        return [sections[0], monthly, *sections[1:], disclosure]

    # --- files -------------------------------------------------------------------------------

    def export(self, kind: ReportKind | str, fmt: ReportFormat | str, path: str | Path, *,
               start: date | None = None, end: date | None = None, year: int | None = None,
               as_of: date | None = None) -> ExportResult:
        """Write the report to ``path`` (written next to it first, then renamed: no half file is left)."""
        kind, fmt, path = ReportKind(kind), ReportFormat(fmt), Path(path)
        report = self.build(kind, start, end, year=year, as_of=as_of)
        first, last = self._period(kind, start, end, year)
        as_of = self._as_of(last, as_of)
        partial = path.with_name(path.name + ".part")
        try:
            if fmt is ReportFormat.XLSX:
                write_xlsx(report, partial)
            elif fmt is ReportFormat.CSV:
                write_csv(report, partial)
            else:
                partial.write_bytes(render_pdf(report))
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        rows = sum(report.rows_written.values())
        with self._work.db.write() as s:
            history.record(s, self._work.actor(), entity="report", entity_id=None, action="report_exported",
                           summary=f"导出{kind.label_zh}（{first:%Y-%m-%d} 至 {last:%Y-%m-%d}，{fmt.value}，"
                                   f"{rows} 行）：{path.name}",
                           changes={"kind": (None, kind.value), "format": (None, fmt.value), "file": (None, path.name),
                                    "from": (None, first), "to": (None, last), "as_of": (None, as_of)})
        return ExportResult(path, kind, fmt, rows, (first, last), as_of)


__all__ = ["ExportResult", "LEDGER_COLUMNS", "LedgerRow", "OVERDUE_COLUMNS", "OverdueRow",
           "ReportFormat", "ReportKind", "ReportService"]
