"""A realistic, deterministic demo county: enterprises, debtors, cases in every status, claims, history.

The same generator feeds the benchmarks at 100,000 cases, so it writes with bulk Core inserts
and explicit ids instead of the ORM's unit of work. Every deadline, payment term and size class
comes from the real legal engine; every event is chained exactly as the services chain them.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from complaintdesk import clock
from complaintdesk.domain.arrears import DebtorKind, payment_due_date
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.deadlines import ClockStop as StopSpan
from complaintdesk.domain.deadlines import Extension, compute_deadline
from complaintdesk.domain.sme import classify
from complaintdesk.domain.uscc import uscc_check_char
from complaintdesk.domain.vocabulary import CaseStatus, Category, Channel, ClaimSubject, Outcome, Role
from complaintdesk.messages import demo as msg
from complaintdesk.security import hash_password, password_fingerprint
from complaintdesk.services import case_index, history
from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.numbering import next_number
from complaintdesk.services.reference import RuleBook
from complaintdesk.services.settings import OFFICE_FIELDS, office_identity_gaps
from complaintdesk.store import figures, search_index
from complaintdesk.store.database import Database
from complaintdesk.store.models import (
    ArrearsClaim,
    Case,
    CaseDeadline,
    ClockStop,
    Document,
    Enterprise,
    Event,
    ExtensionRequest,
    FollowUp,
    Payment,
    Respondent,
    Setting,
    User,
)

DEMO_PASSWORD = "demo-password"
# Marks a demo office (a setting, recorded): only such an office gets demo data and the demo accounts
# with their public password. An office becomes one when the demo is generated into it while it is new.
DEMO_SETTING = "office.demo"
# A fictional but complete office, so that the demo county issues letters like a real one.
DEMO_IDENTITY = {"name": "演示旗工业和信息化局", "short_name": "演示旗工信局", "county": "演示旗",
                 "address": "演示旗新华大街1号", "phone": "0477-8312000", "number_prefix": "演工信投字"}
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

STAFF = [  # username, name, role
    ("wanglh", "王丽华", Role.OFFICER), ("zhangjj", "张建军", Role.OFFICER), ("lina", "李娜", Role.OFFICER),
    ("liuzq", "刘志强", Role.OFFICER), ("chenj", "陈静", Role.OFFICER),
    ("zhaogq", "赵国庆", Role.SUPERVISOR), ("sunwd", "孙卫东", Role.SUPERVISOR), ("admin", "管理员", Role.ADMIN),
]
TOWNSHIPS = ["城关镇", "新华街道", "乌兰镇", "巴彦镇", "红旗镇", "兴隆镇", "金山镇", "大营乡", "白音乡",
             "工业园区", "朝阳街道", "河西街道"]
TRADE_WORDS = ["兴旺", "恒达", "鑫源", "华泰", "瑞丰", "宏远", "金诺", "博创", "安泰", "顺通", "天成", "裕民",
               "汇丰", "永盛", "嘉禾", "众诚", "锦程", "浩宇", "昇辉", "堃元"]
INDUSTRY_WORDS = {
    "industry": ["建材", "机械制造", "食品加工", "化工", "电气设备", "包装材料"],
    "construction": ["建筑工程", "市政工程", "装饰工程", "路桥工程"],
    "wholesale": ["商贸", "物资", "农资"],
    "retail": ["办公用品", "超市"],
    "transport": ["物流", "运输"],
    "software_it": ["信息技术", "软件", "网络科技"],
    "catering": ["餐饮管理"],
    "leasing_business": ["劳务", "广告传媒", "物业服务"],
    "agriculture": ["农牧业", "种养殖"],
}
ORGANS = ["县住房和城乡建设局", "县交通运输局", "县教育局", "县卫生健康委员会", "县农牧局", "县水利局",
          "县城市管理综合执法局", "县自然资源局", "县文化旅游体育局"]
INSTITUTIONS = ["县第一中学", "县人民医院", "县疾病预防控制中心", "县职业技术学校", "县蒙医医院",
                "县市政设施管理中心", "县融媒体中心", "县实验小学"]
SOES = ["县城市投资发展集团有限公司", "县水务有限责任公司", "县交通投资有限公司", "县供热有限责任公司",
        "县国有资产运营有限公司"]
LARGE = ["北方建工集团有限公司", "华北能源股份有限公司", "远航路桥集团有限公司", "中部电力建设有限公司",
         "恒基置业集团有限公司"]
RESPONDENT_GROUPS = [  # names, kind, credit-code prefix
    (ORGANS, DebtorKind.STATE_ORGAN, "11"), (INSTITUTIONS, DebtorKind.PUBLIC_INSTITUTION, "12"),
    (SOES, DebtorKind.STATE_OWNED_ENTERPRISE, "91"), (LARGE, DebtorKind.LARGE_ENTERPRISE, "91"),
]
RESPONDENT_SHARES = {DebtorKind.STATE_ORGAN: 35, DebtorKind.PUBLIC_INSTITUTION: 25,
                     DebtorKind.STATE_OWNED_ENTERPRISE: 25, DebtorKind.LARGE_ENTERPRISE: 15}
CHANNELS = [Channel.TRANSFERRED_IN, Channel.HOTLINE, Channel.ONLINE, Channel.PHONE, Channel.VISIT, Channel.LETTER]
CHANNEL_WEIGHTS = [25, 25, 15, 15, 10, 10]
CATEGORIES = list(Category)
CATEGORY_WEIGHTS = [70 if c is Category.ARREARS else 30 / (len(CATEGORIES) - 1) for c in CATEGORIES]
SYSTEM_ACTOR = (None, "系统")
SUMMARIES = {
    Category.ARREARS: "{r}拖欠我公司{s}款{a}元，经多次催要至今未付，影响企业正常经营。",
    Category.FORCED_PURCHASE: "{r}要求我公司购买其指定的产品和服务，否则不予办理相关手续。",
    Category.PROPERTY_OCCUPATION: "{r}占用我公司场地和设备至今未归还，也未支付任何费用。",
    Category.FUND_DIVERSION: "{r}截留我公司应得的扶持资金，长期不予拨付。",
    Category.FORCED_PARTICIPATION: "{r}强制要求我公司参加评比和培训并收取费用。",
    Category.ILLEGAL_FEES: "{r}向我公司收取无依据的费用并摊派赞助。",
    Category.ILLEGAL_INSPECTION: "{r}频繁进行无依据的检查，干扰我公司正常生产经营。",
    Category.BROKEN_PROMISE: "{r}未兑现招商引资时承诺的优惠政策，也未履行已签合同。",
    Category.OTHER: "反映{r}在项目合作中存在不公平对待问题。",
}
DEMANDS = ["请求督促对方尽快支付全部欠款及逾期利息。", "请求依法处理并书面答复。", "请求协调解决，恢复正常经营。"]


@dataclass(frozen=True)
class Profile:
    """How busy each case is: claims per arrears case, and extra working notes in its history."""

    claim_counts: tuple[int, ...] = (1, 1, 2, 2, 3, 3, 4, 5)
    extra_notes: tuple[int, ...] = (0,)


DEMO = Profile()
# The benchmark's county: about 3 claims and 10 history events per case (issue 8).
BENCH = Profile(claim_counts=(3, 4, 4, 5, 5, 5, 6), extra_notes=(2, 3, 4, 5, 6))
NOTES = ["电话联系被投诉单位财务负责人，对方称正在走付款审批流程", "现场核实合同及验收资料", "约谈被投诉单位分管负责人",
         "投诉人补充提交结算单", "向上级转办部门报送办理进展", "被投诉单位书面回复付款计划"]


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    claims: int
    events: int
    overdue: int
    seconds: float


class _Ids:
    """Explicit primary keys, so that bulk inserts can reference rows not yet written."""

    def __init__(self, session: Session, *models):
        self._next = {m: (session.execute(select(func.max(m.id))).scalar() or 0) + 1 for m in models}

    def take(self, model) -> int:
        value = self._next[model]
        self._next[model] = value + 1
        return value


def _uscc(rng: random.Random, prefix: str, serial: int) -> str:
    """A well-formed credit code: prefix, a plausible division code, a serial-derived body, check char."""
    body = []
    for _ in range(9):
        serial, digit = divmod(serial, 31)
        body.append(USCC_CHARS[digit])
    division = f"15{rng.randint(1, 9):02d}{rng.randint(21, 30):02d}"
    first17 = prefix + division + "".join(reversed(body))
    return first17 + uscc_check_char(first17)


class _Writer:
    """Buffers rows per table and flushes them in insertion order with executemany."""

    ORDER = (User, Enterprise, Respondent, Case, CaseDeadline, ClockStop, ExtensionRequest, ArrearsClaim,
             Payment, FollowUp, Event)

    def __init__(self, session: Session):
        self.session = session
        self.rows: dict[type, list[dict]] = {m: [] for m in self.ORDER}
        self.counts: dict[type, int] = dict.fromkeys(self.ORDER, 0)

    def add(self, model, **values) -> None:
        self.rows[model].append(values)

    def flush(self) -> None:
        for model in self.ORDER:
            batch = self.rows[model]
            if batch:
                # Core executemany: one prepared statement per table, no ORM bookkeeping per row.
                self.session.connection().execute(insert(model.__table__), batch)
                self.counts[model] += len(batch)
                batch.clear()


class _History:
    """Events for the demo, hashed into the same chain the services extend."""

    def __init__(self, session: Session, writer: _Writer, ids: _Ids):
        self.writer, self.ids = writer, ids
        self.prev = session.execute(select(Event.hash).order_by(Event.id.desc()).limit(1)).scalar() or history.GENESIS
        # Sealed with the desk's key like every event, and the transaction's head anchored at its commit.
        self.seal = history.sealer_of(session)
        history.mark_appended(session)

    def add(self, when: datetime, actor: tuple[int, str], *, entity: str, entity_id: int | None, case_id: int | None,
            action: str, summary: str, changes: dict | None = None) -> None:
        encoded = history.encode_changes(changes)
        digest = history.event_digest(self.prev, occurred_at=when, actor_id=actor[0], actor_name=actor[1],
                                      entity=entity, entity_id=entity_id, case_id=case_id, action=action,
                                      summary=summary, changes=encoded)
        self.writer.add(Event, id=self.ids.take(Event), occurred_at=when, actor_id=actor[0], actor_name=actor[1],
                        entity=entity, entity_id=entity_id, case_id=case_id, action=action, summary=summary,
                        changes=encoded, prev_hash=self.prev, hash=digest, mac=self.seal(digest))
        self.prev = digest


def _at(day: date, rng: random.Random) -> datetime:
    """A plausible office-hours timestamp (Beijing 08:30–17:30) on ``day``, in UTC."""
    minutes = rng.randint(30, 570)
    return datetime(day.year, day.month, day.day, 0, 30, tzinfo=UTC) + timedelta(minutes=minutes)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)).scaleb(-2)


def _advance_sequences(session: Session, models) -> None:
    """PostgreSQL: rows written with explicit ids leave the id sequences behind; move them past the
    largest id, or the office's next registration or history event would collide."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__table__.name
        session.execute(sql_text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))


@dataclass
class _County:
    """What every builder of the demo shares: the seeded random source (drawn from in one fixed order —
    the same seed and day give the same county), the explicit ids, the writer, the history chain, the
    office's rules, the day the county is "as of", and the people and parties drawn so far."""

    rng: random.Random
    ids: _Ids
    writer: _Writer
    log: _History
    rules: RuleBook
    as_of: date
    profile: Profile
    officers: list[tuple[int, str]] = field(default_factory=list)
    supervisors: list[tuple[int, str]] = field(default_factory=list)
    enterprises: list[tuple[int, str]] = field(default_factory=list)
    codes: dict[tuple[str, int], str] = field(default_factory=dict)  # ("enterprise"|"respondent", id) → USCC
    # Each enterprise's size columns as a claim records them: its figures, which stand in for those at
    # signing (the demo knows no others), and its class.
    enterprise_sizes: dict[int, dict[str, object]] = field(default_factory=dict)
    respondents: list[tuple[int, str, DebtorKind]] = field(default_factory=list)
    respondent_weights: list[float] = field(default_factory=list)

    @property
    def calendar(self) -> WorkCalendar:
        return self.rules.calendar

    def at(self, day: date) -> datetime:
        return _at(day, self.rng)


def generate(db: Database, *, cases: int, seed: int = 1, as_of: date | None = None,
             profile: Profile = DEMO) -> DemoSummary:
    """Fill an office database that has no cases yet with ``cases`` demo cases, as of ``as_of``
    (default: the application clock's today). Identity fields still placeholders get the fictional
    ``DEMO_IDENTITY`` (演示旗工业和信息化局, 演工信投字…), so the demo office issues letters."""
    started = time.perf_counter()
    as_of = as_of or clock.today()
    with db.write() as session:
        to_mark = not is_demo_office(session)
        if to_mark and not _new_office(session):
            raise ServiceError(msg.NOT_DEMO_OFFICE)  # a real office: nothing is written
        if any(session.execute(select(model.id).limit(1)).first() for model in (Case, Enterprise)):
            raise ServiceError(msg.NOT_EMPTY)  # a demo office is filled once (its parties' codes are unique)
        # Its closing refresh writes PostgreSQL's search counts and summed figures afresh: their upkeep row by row
        # is skipped.
        search_index.defer_counts(session.connection())
        figures.defer(session.connection())
        ids = _Ids(session, *_Writer.ORDER)
        writer = _Writer(session)
        county = _County(random.Random(seed), ids, writer, _History(session, writer, ids), RuleBook.load(session),
                         as_of, profile)
        overdue = _generate(session, county, cases, mark=to_mark)
        writer.flush()
        _advance_sequences(session, writer.ORDER)
        case_index.refresh(session)
        counts = writer.counts
    return DemoSummary(cases=counts[Case], claims=counts[ArrearsClaim], events=counts[Event],
                       overdue=overdue, seconds=time.perf_counter() - started)


def is_demo_office(session: Session) -> bool:
    """Whether the office was made a demo office (``DEMO_SETTING``)."""
    row = session.get(Setting, DEMO_SETTING)
    return row is not None and json.loads(row.value) is True


def _new_office(session: Session) -> bool:
    """Nothing in it but what the program wrote by itself when it was opened (seeding, sealing, the
    replay's baseline…): no account, case, party or document, no event of anyone else's doing and no
    setting anyone changed (an office made by ``init`` or the first start has its administrator)."""
    for model in (User, Case, Enterprise, Respondent, Document):
        if session.execute(select(model.id).limit(1)).first() is not None:
            return False
    by_someone = or_(Event.actor_id.is_not(None), Event.actor_name != SYSTEM.display_name,
                     Event.action == "setting_changed")
    return session.execute(select(Event.id).where(by_someone).limit(1)).first() is None


def _mark_demo_office(session: Session, c: _County, setup_time: datetime) -> None:
    session.add(Setting(key=DEMO_SETTING, value=json.dumps(True)))
    c.log.add(setup_time, SYSTEM_ACTOR, entity="setting", entity_id=None, case_id=None, action="demo_office",
              summary="本库设为演示库：演示数据与演示账户（公开密码），不得用于实际办案", changes={DEMO_SETTING: (None, True)})


def _generate(session: Session, c: _County, n_cases: int, *, mark: bool = False) -> int:
    setup_time = c.at(c.as_of - timedelta(days=1100))
    if mark:
        _mark_demo_office(session, c, setup_time)
    _fill_identity(session, c, setup_time)
    _add_staff(session, c, setup_time)
    _add_enterprises(c, max(3, n_cases // 3), setup_time)  # about one complainant per three cases
    _add_respondents(c, setup_time)
    received_days = sorted(c.as_of - timedelta(days=min(1095, int(c.rng.expovariate(1 / 320))))
                           for _ in range(n_cases))
    seq_by_year: dict[int, int] = {}
    overdue = 0
    for received in received_days:
        seq_by_year[received.year] = seq = seq_by_year.get(received.year, 0) + 1
        overdue += _one_case(c, received, seq)
        if len(c.writer.rows[Event]) > 20_000:
            c.writer.flush()
    # Numbering continues after the demo cases.
    for year, last in seq_by_year.items():
        next_number(session, "case", year, count=last)
    return overdue


def _fill_identity(session: Session, c: _County, setup_time: datetime) -> None:
    """The demo office's fictional identity (``DEMO_IDENTITY``), for the fields still empty or placeholders:
    an identity the office already has is kept. Recorded in the history like a change in Settings."""
    for name in office_identity_gaps(c.rules.settings):
        key, label = OFFICE_FIELDS[name]
        old, value = c.rules.settings.get(key), DEMO_IDENTITY[name]
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        else:
            row.value = json.dumps(value, ensure_ascii=False)
        c.rules.settings[key] = value
        c.log.add(setup_time, SYSTEM_ACTOR, entity="setting", entity_id=None, case_id=None, action="setting_changed",
                  summary=f"修改本单位设置：{label().zh}“{old or ''}”→“{value}”（演示数据）", changes={key: (old, value)})


def _add_staff(session: Session, c: _County, setup_time: datetime) -> None:
    """The office's staff: existing accounts with the same user name are reused."""
    existing = {u.username: u for u in session.execute(select(User)).scalars()}
    password_hash = hash_password(DEMO_PASSWORD)
    for index, (username, name, role) in enumerate(STAFF):
        if username in existing:
            user_id, name = existing[username].id, existing[username].display_name
        else:
            user_id = c.ids.take(User)
            # Each officer's direct line: letters print it as the contact phone.
            c.writer.add(User, id=user_id, username=username, display_name=name, role=role.value,
                         password_hash=password_hash, active=True, failed_logins=0, version=1,
                         phone=f"0477-83{1201 + index}", created_at=setup_time, updated_at=setup_time)
            c.log.add(setup_time, SYSTEM_ACTOR, entity="user", entity_id=user_id, case_id=None, action="user_created",
                      summary=f"新建用户 {name}（{username}），角色：{role.label_zh}（演示数据）",
                      changes={"username": (None, username), "role": (None, role.value), "active": (None, True),
                               "password": (None, password_fingerprint(password_hash))})
        if role is Role.OFFICER:
            c.officers.append((user_id, name))
        elif role is Role.SUPERVISOR:
            c.supervisors.append((user_id, name))


def _add_enterprises(c: _County, count: int, setup_time: datetime) -> None:
    rng, industries = c.rng, list(INDUSTRY_WORDS)
    for i in range(count):
        industry = rng.choice(industries)
        employees = int(rng.lognormvariate(3.2, 1.0)) + 1
        revenue = Decimal(int(rng.lognormvariate(7.0, 1.4)) + 10)
        assets = Decimal(int(rng.lognormvariate(7.0, 1.3)) + 10)
        size = classify(industry, employees=employees, revenue_wan=revenue, assets_wan=assets)
        town = rng.choice(TOWNSHIPS)
        name = f"{town.removesuffix('镇').removesuffix('乡').removesuffix('街道')}{rng.choice(TRADE_WORDS)}" \
               f"{rng.choice(INDUSTRY_WORDS[industry])}有限公司"
        ent_id = c.ids.take(Enterprise)
        c.codes["enterprise", ent_id] = uscc = _uscc(rng, "91", 1_000_000 + i)
        c.writer.add(Enterprise, id=ent_id, name=name, uscc=uscc, industry=industry,
                     employees=employees, revenue_wan=str(revenue), assets_wan=str(assets), size_class=size.value,
                     size_basis=None, township=town, address=f"{town}{rng.randint(1, 300)}号",
                     contact_person=rng.choice("王李张刘陈杨赵黄周吴") + rng.choice(["先生", "女士", "经理"]),
                     phone=f"13{rng.randint(100000000, 999999999)}", version=1, created_at=setup_time,
                     updated_at=setup_time)
        c.enterprises.append((ent_id, name))
        c.enterprise_sizes[ent_id] = {"size_at_signing": size.value, "size_industry": industry,
                                      "size_employees": employees, "size_revenue_wan": str(revenue),
                                      "size_assets_wan": str(assets)}


def _add_respondents(c: _County, setup_time: datetime) -> None:
    """A fixed set of debtors, drawn for cases by kind (``RESPONDENT_SHARES``), evenly within a kind."""
    for serial, (names, kind, prefix) in enumerate(RESPONDENT_GROUPS):
        for j, name in enumerate(names):
            res_id = c.ids.take(Respondent)
            c.codes["respondent", res_id] = uscc = _uscc(c.rng, prefix, 5_000_000 + serial * 100 + j)
            c.writer.add(Respondent, id=res_id, name=name, uscc=uscc,
                         kind=kind.value, address=None, contact_person=None, phone=None, version=1,
                         created_at=setup_time, updated_at=setup_time)
            c.respondents.append((res_id, name, kind))
    per_kind = {k: sum(1 for r in c.respondents if r[2] is k) for k in RESPONDENT_SHARES}
    c.respondent_weights = [RESPONDENT_SHARES[k] / per_kind[k] for _, _, k in c.respondents]


# --- one case ------------------------------------------------------------------------------------


@dataclass
class _Draft:
    """One demo case as it is drawn: who, what, its course so far and the events to record."""

    id: int
    no: str
    seq: int
    received: date
    channel: Channel
    category: Category
    procedure: str
    complainant: tuple[int, str]
    respondent: tuple[int, str, DebtorKind]
    handler: tuple[int, str]
    supervisor: tuple[int, str]
    created: datetime
    claims: list[dict] = field(default_factory=list)
    summary: str = ""
    status: CaseStatus = CaseStatus.REGISTERED
    accepted_on: date | None = None
    replied_on: date | None = None
    closed_on: date | None = None
    refusal: str | None = None
    outcome: Outcome | None = None
    deadlines: list[tuple] = field(default_factory=list)  # (rule, trigger, met_on, stops, extensions)
    stops: list[StopSpan] = field(default_factory=list)
    extensions: list[tuple[Extension, date]] = field(default_factory=list)
    # (when, who, entity, action, summary, changes, entity id — None: the case's)
    events: list[tuple] = field(default_factory=list)

    def age(self, as_of: date) -> int:
        return (as_of - self.received).days

    def event(self, when: datetime, who: tuple[int, str], action: str, summary: str, changes: dict | None = None,
              entity: str = "case", entity_id: int | None = None) -> None:
        self.events.append((when, who, entity, action, summary, changes, entity_id))


def _one_case(c: _County, received: date, seq: int) -> int:
    """Draw, run and write one case; 1 if it is open and overdue as of ``c.as_of``."""
    d = _draw_case(c, received, seq)
    _draw_claims(c, d)
    d.event(d.created, d.handler, "registered", f"登记案件 {d.no}：{d.complainant[1]} 投诉 {d.respondent[1]}",
            {"status": (None, CaseStatus.REGISTERED), "handler_id": (None, d.handler[0])})
    _run_course(c, d)
    next_due = _write_case(c, d)
    _write_claims(c, d)
    _follow_up(c, d)
    _notes(c, d)
    # By day, and within a day in the order the course ran (accepted before replied on the same day): the
    # history's order is the order of the changes it records (services.replay); times never go back.
    last = None
    for _, (when, who, entity, action, text, changes, entity_id) in sorted(
            enumerate(d.events), key=lambda e: (e[1][0].date(), e[0])):
        last = when = max(when, last) if last is not None else when
        c.log.add(when, who, entity=entity, entity_id=d.id if entity_id is None else entity_id, case_id=d.id,
                  action=action, summary=text, changes=changes)
    return int(d.status.is_open and next_due is not None and next_due < c.as_of)


def _draw_case(c: _County, received: date, seq: int) -> _Draft:
    rng = c.rng
    channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
    category = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
    procedure = _procedure(rng, channel, category)
    complainant = rng.choice(c.enterprises)
    respondent = rng.choices(c.respondents, c.respondent_weights)[0]
    handler = rng.choice(c.officers)
    supervisor = rng.choice(c.supervisors)
    case_id = c.ids.take(Case)
    return _Draft(case_id, f"{received.year}-{seq:04d}", seq, received, channel, category, procedure, complainant,
                  respondent, handler, supervisor, c.at(received))


def _procedure(rng: random.Random, channel: Channel, category: Category) -> str:
    if channel is Channel.TRANSFERRED_IN:
        return "payment_complaint" if category is Category.ARREARS else "direct"
    if channel is Channel.HOTLINE:
        return "hotline"
    if channel in (Channel.LETTER, Channel.VISIT):
        return rng.choice(["petition", "direct"])
    return "direct"


def _draw_claims(c: _County, d: _Draft) -> None:
    """The arrears claims of an arrears case, their payment terms from the legal engine; the case's summary."""
    rng = c.rng
    total = Decimal("0.00")
    if d.category is Category.ARREARS:
        for _ in range(rng.choice(c.profile.claim_counts)):
            signed = d.received - timedelta(days=rng.randint(90, 900))
            delivered = signed + timedelta(days=rng.randint(10, 60))
            if delivered >= d.received:
                delivered = d.received - timedelta(days=rng.randint(40, 80))
            amount = _money(rng, 20_000, 2_500_000)
            agreed = rng.choice([None, None, 30, 60, 90])
            subject = rng.choice(list(ClaimSubject))
            term = payment_due_date(d.respondent[2], contract_signed_on=signed, delivered_on=delivered,
                                    agreed_term_days=agreed, calendar=c.calendar)
            d.claims.append(dict(id=c.ids.take(ArrearsClaim), signed=signed, delivered=delivered, amount=amount,
                                 agreed=agreed, subject=subject, due=term.due_on))
            total += amount
    d.summary = SUMMARIES[d.category].format(r=d.respondent[1], s=d.claims[0]["subject"].label_zh if d.claims else "",
                                             a=f"{total:,.2f}")


# --- the case's course, by its age ----------------------------------------------------------------


def _run_course(c: _County, d: _Draft) -> None:
    """Accepted (or not) after a few days, then handled: maybe stopped, extended, replied and closed."""
    proc = c.rules.procedures[d.procedure]
    first_step = proc.steps[0]
    _accept(c, d)
    reply_rule = proc.step("reply").governing(d.received)  # the text in force when the complaint came in
    reply_trigger = d.accepted_on if reply_rule.trigger == "accepted" and d.accepted_on else d.received
    if first_step.code != "reply":
        d.deadlines.append((first_step, d.received, d.accepted_on if d.status is not CaseStatus.REGISTERED else None,
                            [], []))
    if d.status is CaseStatus.IN_HANDLING:
        _maybe_stop(c, d, reply_rule)
        _maybe_extend(c, d, reply_rule, reply_trigger)
        _maybe_reply(c, d, reply_rule, reply_trigger)
    if d.status is not CaseStatus.NOT_ACCEPTED:
        d.deadlines.append((reply_rule, reply_trigger, d.replied_on, d.stops, d.extensions))


def _accept(c: _County, d: _Draft) -> None:
    age = d.age(c.as_of)
    if age < 2:
        return
    d.accepted_on = d.received + timedelta(days=min(age - 1, c.rng.randint(1, 5)))
    if c.rng.random() < 0.04:
        d.status, d.closed_on = CaseStatus.NOT_ACCEPTED, d.accepted_on
        d.refusal = "不属于本部门职责范围，已告知投诉人向有权机关反映。"
        d.event(c.at(d.accepted_on), d.handler, "not_accepted", f"不予受理：{d.refusal}",
                {"status": (CaseStatus.REGISTERED, d.status), "closed_on": (None, d.closed_on)})
    else:
        d.status = CaseStatus.IN_HANDLING
        d.event(c.at(d.accepted_on), d.handler, "accepted", "受理并开始办理",
                {"status": (CaseStatus.REGISTERED, CaseStatus.IN_HANDLING)})


def _maybe_stop(c: _County, d: _Draft, rule) -> None:
    """Now and then the clock stops for missing papers (and restarts, unless that is still ahead)."""
    if not (rule.stoppable and c.rng.random() < 0.1 and d.age(c.as_of) > 10):
        return
    stop_on = d.accepted_on + timedelta(days=c.rng.randint(1, 5))
    restart = stop_on + timedelta(days=c.rng.randint(3, 20))
    d.stops.append(StopSpan(stop_on, restart if restart < c.as_of else None, "等待投诉人补正合同及结算材料"))
    d.event(c.at(stop_on), d.handler, "clock_stopped", "中止计时：等待投诉人补正材料")
    if restart < c.as_of:
        d.event(c.at(restart), d.handler, "clock_restarted", "投诉人已补正材料，恢复计时")


def _maybe_extend(c: _County, d: _Draft, rule, trigger: date) -> None:
    """A few cases near their limit get an approved extension."""
    if not (rule.extension_cap and c.rng.random() < 0.06 and d.age(c.as_of) > rule.length - 5):
        return
    ext_days = min(rule.extension_cap, c.rng.choice([15, 30, 30, 60]))
    asked = min(c.as_of, trigger + timedelta(days=rule.length - 3))
    d.extensions.append((Extension(ext_days, "涉及多份合同，需进一步核实合同履行及结算情况"), asked))
    d.event(c.at(asked), d.supervisor, "extension_approved", f"批准延长办理期限 {ext_days} 日",
            {"extension_days": (0, ext_days)})


def _maybe_reply(c: _County, d: _Draft, rule, trigger: date) -> None:
    """The older the case, the likelier it was answered (a few late); most answered cases are closed."""
    rng, as_of = c.rng, c.as_of
    due = compute_deadline(rule, trigger, stops=d.stops, extensions=[e for e, _ in d.extensions],
                           calendar=c.calendar).due_on
    span = max(5, ((due or as_of) - trigger).days)
    p_done = min(0.97, d.age(as_of) / (span * 1.15))
    if (d.stops and d.stops[-1].restarted_on is None) or not rng.random() < p_done:
        return
    late = rng.random() < 0.08
    replied_on = trigger + timedelta(days=rng.randint(span + 1, span + 12) if late else rng.randint(min(5, span), span))
    d.replied_on = min(replied_on, as_of)
    d.status = CaseStatus.REPLIED
    d.event(c.at(d.replied_on), d.handler, "replied", "书面答复投诉人",
            {"status": (CaseStatus.IN_HANDLING, CaseStatus.REPLIED)})
    if (as_of - d.replied_on).days > 10 and rng.random() < 0.85:
        d.closed_on = d.replied_on + timedelta(days=rng.randint(3, 10))
        d.outcome = rng.choices(list(Outcome), [55, 25, 15, 5])[0]
        d.status = CaseStatus.CLOSED
        d.event(c.at(d.closed_on), d.supervisor, "closed", f"办结：{d.outcome.label_zh}",
                {"status": (CaseStatus.REPLIED, CaseStatus.CLOSED), "outcome": (None, d.outcome),
                 "closed_on": (None, d.closed_on)})


# --- writing the case's rows ----------------------------------------------------------------------


def _write_case(c: _County, d: _Draft) -> date | None:
    """The case's deadlines, clock stops, extensions and the case row; its next due date."""
    next_due, next_step, provisional = _write_deadlines(c, d)
    if d.status in (CaseStatus.NOT_ACCEPTED, CaseStatus.CLOSED):
        next_due, next_step, provisional = None, None, False
    rng, received, transferred = c.rng, d.received, d.channel is Channel.TRANSFERRED_IN
    demands = rng.choice(DEMANDS)
    source_ref = f"省转〔{received.year}〕{rng.randint(1, 999)}号" if transferred else None
    # The search text as case_index.refresh writes it: written with the row, the closing refresh leaves it as
    # it is (on SQLite the search index is then written once per case, by the insert).
    search = case_index.search_text(d.no, case_index.search_rest(
        d.complainant[1], c.codes["enterprise", d.complainant[0]], d.respondent[1],
        c.codes["respondent", d.respondent[0]], source_ref, d.summary))
    c.writer.add(Case, id=d.id, case_no=d.no, year=received.year, seq=d.seq, received_on=received,
                 channel=d.channel.value, procedure=d.procedure, category=d.category.value, summary=d.summary,
                 demands=demands, status=d.status.value, outcome=d.outcome.value if d.outcome else None,
                 complainant_id=d.complainant[0], respondent_id=d.respondent[0], handler_id=d.handler[0],
                 source_ref=source_ref, search_text=search,
                 accepted_on=d.accepted_on if d.status is not CaseStatus.NOT_ACCEPTED else None,
                 refusal_reason=d.refusal, transferred_to=None, transferred_on=None, replied_on=d.replied_on,
                 closed_on=d.closed_on, review_requested_on=None, credit_referral_on=None,
                 clock_stopped=bool(d.stops and d.stops[-1].restarted_on is None
                                    and d.status is CaseStatus.IN_HANDLING),
                 next_due_on=next_due, next_step=next_step, next_due_provisional=provisional, version=1,
                 created_at=d.created, updated_at=d.created)
    return next_due


def _write_deadlines(c: _County, d: _Draft) -> tuple[date | None, str | None, bool]:
    next_due = next_step = None
    provisional = False
    for rule, trigger, met_on, step_stops, step_ext in d.deadlines:
        dl = compute_deadline(rule, trigger, stops=step_stops if rule.stoppable else [],
                              extensions=[e for e, _ in step_ext], calendar=c.calendar)
        c.writer.add(CaseDeadline, id=c.ids.take(CaseDeadline), case_id=d.id, procedure=rule.procedure,
                     step=rule.code, step_name=rule.name_zh, trigger_zh=rule.trigger_zh, trigger_on=trigger,
                     length=rule.length, unit=rule.unit.value, extension_cap=rule.extension_cap,
                     stoppable=rule.stoppable, extension_days=sum(e.days for e, _ in step_ext), due_on=dl.due_on,
                     provisional=dl.provisional, basis=rule.basis,
                     explanation=json.dumps(list(dl.explanation), ensure_ascii=False), met_on=met_on)
        if met_on is None and dl.due_on is not None and (next_due is None or dl.due_on < next_due):
            next_due, next_step, provisional = dl.due_on, rule.code, dl.provisional
        for stop in step_stops if rule.stoppable else []:
            c.writer.add(ClockStop, id=c.ids.take(ClockStop), case_id=d.id, step=rule.code,
                         stopped_on=stop.stopped_on, restarted_on=stop.restarted_on, reason=stop.reason,
                         restart_reason="材料已补正" if stop.restarted_on else None)
        for ext, asked in step_ext:
            c.writer.add(ExtensionRequest, id=c.ids.take(ExtensionRequest), case_id=d.id, step=rule.code,
                         days=ext.days, reason=ext.reason, requested_on=asked, requested_by_id=d.handler[0],
                         status="approved", decided_on=asked, decided_by_id=d.supervisor[0], decision_comment="同意",
                         version=1, created_at=c.at(asked), updated_at=c.at(asked))
    return next_due, next_step, provisional


def _write_claims(c: _County, d: _Draft) -> None:
    """Each claim with what was repaid on it (all of it when the case was resolved)."""
    rng = c.rng
    for claim in d.claims:
        paid = Decimal("0.00")
        payments = _payments(c, d, claim)
        for pay_day, amount in payments:
            pay_id = c.ids.take(Payment)
            c.writer.add(Payment, id=pay_id, claim_id=claim["id"], paid_on=pay_day, amount=amount,
                         voucher=f"银行回单 {pay_day:%Y%m%d}-{rng.randint(1000, 9999)}", recorded_at=c.at(pay_day),
                         recorded_by_id=d.handler[0])
            # As the desk records a payment: the payment itself, and the claim's sum paid before → after.
            d.event(c.at(pay_day), d.handler, "payment_recorded",
                    f"登记还款 {amount:,.2f} 元（合同 {claim['signed']:%Y}-{claim['id']}）",
                    {"claim_id": (None, claim["id"]), "amount": (None, amount), "paid_on": (None, pay_day),
                     "amount_paid": (paid, paid + amount)}, entity="payment", entity_id=pay_id)
            paid += amount
        confirmed = claim["amount"] if d.status is not CaseStatus.REGISTERED and rng.random() < 0.7 else None
        d.event(d.created, d.handler, "claim_added", f"登记欠款 {claim['amount']:,.2f} 元",
                {"amount_claimed": (None, claim["amount"]), "amount_confirmed": (None, confirmed)},
                entity="claim", entity_id=claim["id"])
        c.writer.add(ArrearsClaim, id=claim["id"], case_id=d.id,
                     contract_no=f"HT-{claim['signed']:%Y}-{claim['id']:06d}", contract_signed_on=claim["signed"],
                     subject=claim["subject"].value, description=None, amount_claimed=claim["amount"],
                     delivered_on=claim["delivered"], acceptance_passed_on=None, acceptance_period_ends_on=None,
                     settlement_confirmed_on=None, agreed_term_days=claim["agreed"], agreed_annual_rate=None,
                     **c.enterprise_sizes[d.complainant[0]], size_source="inferred", size_figures_on=d.received,
                     due_on=claim["due"], amount_confirmed=confirmed, amount_disputed=None,
                     amount_paid=paid, cleared_on=payments[-1][0] if paid == claim["amount"] and payments else None,
                     version=1, created_at=d.created, updated_at=d.created)


def _payments(c: _County, d: _Draft, claim: dict) -> list[tuple[date, Decimal]]:
    if d.status is CaseStatus.CLOSED and d.outcome is Outcome.RESOLVED:
        return [(d.closed_on, claim["amount"])]
    if d.status in (CaseStatus.CLOSED, CaseStatus.REPLIED, CaseStatus.IN_HANDLING) and c.rng.random() < 0.35:
        part = (claim["amount"] * Decimal(c.rng.randint(10, 70)) / 100).quantize(Decimal("0.01"))
        pay_day = min(c.as_of, (d.accepted_on or d.received) + timedelta(days=c.rng.randint(5, 40)))
        return [(pay_day, part)]
    return []


def _follow_up(c: _County, d: _Draft) -> None:
    """Most closed cases get a satisfaction call a few days later (if that day has come)."""
    if not (d.status is CaseStatus.CLOSED and c.rng.random() < 0.6):
        return
    called = d.closed_on + timedelta(days=c.rng.randint(2, 10))
    if called <= c.as_of:
        satisfaction = c.rng.choices(["satisfied", "basically", "dissatisfied"], [70, 22, 8])[0]
        c.writer.add(FollowUp, id=c.ids.take(FollowUp), case_id=d.id, called_on=called,
                     satisfaction=satisfaction, note=None, by_id=d.handler[0])
        d.event(c.at(called), d.handler, "follow_up", f"回访：{satisfaction}")


def _notes(c: _County, d: _Draft) -> None:
    """Working notes between receipt and the last step (the benchmark's profile writes more)."""
    last_day = d.closed_on or d.replied_on or c.as_of
    if last_day <= d.received:
        return
    for _ in range(c.rng.choice(c.profile.extra_notes)):
        day = d.received + timedelta(days=c.rng.randint(0, (last_day - d.received).days))
        d.event(c.at(day), d.handler, "note", c.rng.choice(NOTES))
