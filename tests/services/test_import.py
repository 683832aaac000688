"""Import: the ledger round-trips to the fen, bad rows import nothing and are reported row by row, no duplicates."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from complaintdesk.messages import EN
from complaintdesk.services import history
from complaintdesk.services.importer import ImportRejected, mapping_key, parse_money, read_table
from complaintdesk.services.office import Office
from complaintdesk.store.models import ArrearsClaim, Case, Enterprise, Event, Payment
from tests.dates import TODAY

EVER = date(2000, 1, 1)
GOOD_USCC = "91110000600037341L"
OTHER_USCC = "914403001922038216"


def _counts(office) -> dict[str, int]:
    with office.db.read() as s:
        return {m.__name__: s.execute(select(func.count()).select_from(m)).scalar_one()
                for m in (Case, ArrearsClaim, Payment, Enterprise, Event)}


def _ledger_key(rows):
    return sorted(((r.complainant_uscc, r.contract_no), r.amount_claimed, r.amount_confirmed, r.amount_paid,
                   r.outstanding, r.due_on, r.days_overdue, r.interest, r.cleared_on, r.received_on, r.closed_on)
                  for r in rows)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_ledger_round_trips_to_the_fen_and_again_creates_nothing(demo_office, tmp_path, fmt):
    # Given the ledger of the demo office, exported
    path = tmp_path / f"清欠台账.{fmt}"
    demo_office.reports.export("ledger", fmt, path, start=EVER, end=TODAY)
    source = list(demo_office.reports.ledger_rows(EVER, TODAY))
    target = Office.open(str(tmp_path / "empty.sqlite"), daily_backup=False)
    try:
        # When it is imported into an empty office
        table = read_table(path)
        mapping = target.importer.suggest_mapping(table.columns)
        report = target.importer.dry_run(table, mapping)
        assert report.ok, report.lines()
        assert report.new_claims == len(source) and _counts(target)["Case"] == 0  # the dry run wrote nothing
        result = target.importer.run(table, mapping)
        # Then every claim and every amount is there, to the fen, with the same due dates and interest
        imported = list(target.reports.ledger_rows(EVER, TODAY))
        assert _ledger_key(imported) == _ledger_key(source)
        assert len(result.case_ids) == len({r.case_no for r in source})
        with target.db.read() as s:
            assert history.verify_chain(s)[1] is None
            events = s.execute(select(Event.summary).where(Event.action == "imported", Event.entity == "claim")).scalars().all()
            assert len(events) == len(source) and all(f"从 {path.name} 第" in e for e in events)
            refs = set(s.execute(select(Case.source_ref)).scalars())
        assert refs == {r.case_no for r in source}

        # And importing the same file again creates no duplicates
        before = _counts(target)
        again = target.importer.run(table, target.importer.suggest_mapping(table.columns))
        assert again.report.new_claims == again.report.new_cases == 0
        assert len(again.report.skipped) >= len(source)
        assert {k: v for k, v in _counts(target).items() if k != "Event"} == {
            k: v for k, v in before.items() if k != "Event"}
    finally:
        target.close()


def _workbook(path, rows, header=None, title=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "转办清单"
    if title:
        ws.append(["自治区工信厅转办投诉清单（2025年第3批）"])
        ws.append([])
    ws.append(header or ["来文编号", "收件日期", "投诉企业", "统一社会信用代码", "被投诉单位", "单位类型", "合同编号",
                         "标的", "欠款金额（元）", "交付日期", "合同签订日期", "渠道"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _row(ref="省转〔2025〕1号", received=None, name="乌兰恒达建材有限公司", uscc=GOOD_USCC, debtor="县教育局",
         kind="机关", contract=None, subject="货物", amount=123456.78, delivered=None, signed=None, channel="上级转办"):
    received = received or TODAY - timedelta(days=20)
    contract = "HT-1" if contract is None and ref == "省转〔2025〕1号" else contract if contract is not None else "HT-" + ref
    return [ref, received, name, uscc, debtor, kind, contract, subject, amount,
            delivered or TODAY - timedelta(days=200), signed or TODAY - timedelta(days=300), channel]


def test_a_file_with_bad_rows_imports_nothing_and_names_each_row_and_reason(office, tmp_path):
    path = _workbook(tmp_path / "batch.xlsx", [
        _row(),                                                        # row 4: fine
        _row(ref="省转〔2025〕2号", uscc="914403001922038217"),          # 5: check character
        _row(ref="省转〔2025〕3号", received="2025-02-30"),              # 6: no such day
        _row(ref="省转〔2025〕4号", amount=1234.567),                    # 7: finer than a fen
        _row(ref="省转〔2025〕5号", amount=100 / 3),                     # 8: a computed float, not cents
        _row(ref="省转〔2025〕6号", kind="外星单位"),                     # 9: unknown debtor kind
        _row(),                                                        # 10: the same claim as row 4
        _row(ref="省转〔2025〕7号", received=TODAY + timedelta(days=3)),  # 11: in the future
        _row(ref="省转〔2025〕8号", amount="-5"),                        # 12: negative
        _row(ref="省转〔2025〕9号", name=""),                            # 13: no complainant
        ["合计", None, None, None, None, None, None, None, 999],        # 14: a totals row is skipped
    ])
    table = read_table(path)
    assert table.header_row == 3 and table.rows[0].number == 4 and table.sheet == "转办清单"
    before = _counts(office)
    mapping = office.importer.suggest_mapping(table.columns)
    assert mapping["case_ref"] == "来文编号" and mapping["amount_claimed"] == "欠款金额（元）"
    report = office.importer.dry_run(table, mapping)
    assert not report.ok
    by_row = {(p.row, p.column) for p in report.errors}
    assert {(5, "统一社会信用代码"), (6, "收件日期"), (7, "欠款金额（元）"), (8, "欠款金额（元）"), (9, "单位类型"),
            (10, "合同编号"), (11, "收件日期"), (12, "欠款金额（元）"), (13, "投诉企业")} <= by_row
    assert not any(p.row in (4, 14) for p in report.errors)
    reasons = {p.row: p.reason for p in report.errors}
    assert "校验位" in reasons[5] and "两位小数" in reasons[7] and "整分" in reasons[8] and "第4行" in reasons[10]
    assert "晚于今天" in reasons[11] and "负数" in reasons[12]
    assert any(line.strip().startswith("第7行［欠款金额（元）］") for line in report.lines())
    # The report reads the same in English, row by row (a coded message per problem, not a Chinese string)
    english = report.lines(EN)
    assert len(english) == len(report.lines()) and english[0] == "batch.xlsx, sheet 转办清单: 11 rows read"
    assert "  Row 6 [收件日期]: No such day (cell: 2025-02-30)" in english
    assert {p.code for p in report.errors if p.row == 12} == {"importer.amount_negative"}
    assert [p.row for p in report.skipped] == [14]
    with pytest.raises(ImportRejected) as rejected:
        office.importer.run(table, mapping)
    assert len(rejected.value.report.errors) == len(report.errors)
    assert _counts(office) == before  # nothing written, not even the history


def test_a_clean_batch_creates_cases_claims_and_history_then_adds_only_what_is_new(office, tmp_path):
    rows = [_row(), _row(contract="HT-2", amount=1000), _row(ref="省转〔2025〕2号", name="恒达二厂", uscc=OTHER_USCC,
                                                             debtor="县人民医院", kind="", contract="", amount="2,000.50")]
    rows[2][5] = None  # the kind comes from nowhere: the debtor has no credit code → must be given
    table = read_table(_workbook(tmp_path / "b1.xlsx", rows))
    report = office.importer.dry_run(table, office.importer.suggest_mapping(table.columns))
    assert [(p.row, p.column) for p in report.errors] == [(6, "单位类型")]
    rows[2][5] = "事业单位"
    table = read_table(_workbook(tmp_path / "b1.xlsx", rows))
    result = office.importer.run(table, office.importer.suggest_mapping(table.columns))
    assert result.report.new_cases == 2 and result.report.new_claims == 3
    first = office.lookup.detail(result.case_ids[0])
    assert first.source_ref == "省转〔2025〕1号" and first.procedure == "payment_complaint"
    assert first.status == "registered" and first.next_due_on == office.calendar().add_days(first.received_on, 30)
    assert sorted(c.amount_claimed for c in first.claims) == [Decimal("1000.00"), Decimal("123456.78")]
    assert all(c.due_on is not None for c in first.claims)
    assert [e.action for e in first.events] == ["imported", "imported", "imported"]
    assert "第4、5行" in first.events[0].summary

    # The province re-sends the batch with one more contract on the first case.
    rows.append(_row(contract="HT-3", amount=50))
    table = read_table(_workbook(tmp_path / "b1.xlsx", rows))
    again = office.importer.run(table, office.importer.suggest_mapping(table.columns))
    assert (again.report.new_cases, again.report.extended_cases, again.report.new_claims) == (0, 1, 1)
    assert len(office.lookup.detail(result.case_ids[0]).claims) == 3
    assert office.cases.count() == 2


def test_the_same_contract_with_another_amount_is_an_error(office, tmp_path):
    table = read_table(_workbook(tmp_path / "a.xlsx", [_row()]))
    office.importer.run(table, office.importer.suggest_mapping(table.columns))
    table = read_table(_workbook(tmp_path / "b.xlsx", [_row(amount=99)]))
    report = office.importer.dry_run(table, office.importer.suggest_mapping(table.columns))
    assert [(p.row, p.column) for p in report.errors] == [(4, "欠款金额（元）")]
    assert "HT-1" in report.errors[0].reason and "123,456.78" in report.errors[0].reason


def test_csv_in_gbk_with_wan_yuan_repaid_and_closed_rows(office, tmp_path):
    text = ("县工信局清欠台账\n"
            "企业名称,信用代码,欠款单位,单位性质,合同号,款项类型,拖欠金额(万元),已还金额,还款日期,投诉日期,办结日期,办结结果\n"
            f"恒达建材,{GOOD_USCC},县交通投资有限公司,国企,HT-9,工程款,12.3456,3000,2025-03-01,2025-01-05,2025-03-02,部分解决\n"
            f"恒达建材,{GOOD_USCC},县交通投资有限公司,国企,HT-10,服务费,1.5,,,2025-01-05,2025-03-02,部分解决\n")
    path = tmp_path / "台账.csv"
    path.write_bytes(text.encode("gbk"))
    table = read_table(path)
    assert table.header_row == 2 and len(table.rows) == 2
    result = office.importer.run(table, office.importer.suggest_mapping(table.columns))
    case = office.lookup.detail(result.case_ids[0])
    assert case.status == "closed" and case.closed_on == date(2025, 3, 2) and case.outcome == "partly"
    assert case.next_due_on is None and all(d.met_on == date(2025, 3, 2) for d in case.deadlines)
    claims = {c.contract_no: c for c in case.claims}
    assert claims["HT-9"].amount_claimed == Decimal("123456.00") and claims["HT-9"].subject == "works"
    assert claims["HT-9"].amount_paid == Decimal("3000.00") and claims["HT-9"].payments[0].paid_on == date(2025, 3, 1)
    assert claims["HT-10"].amount_claimed == Decimal("15000.00") and claims["HT-10"].subject == "services"
    assert case.respondent.kind == "state_owned_enterprise" and case.channel == "transferred_in"


def test_mappings_are_remembered_for_the_same_headings_in_any_order(office):
    columns = ("甲列", "乙列", "丙列")
    assert office.importer.suggest_mapping(columns) == {}
    office.importer.remember_mapping(columns, {"complainant_name": "甲列", "respondent_name": "丙列"})
    assert office.importer.suggest_mapping(("丙列", "甲列", "乙列")) == {"complainant_name": "甲列",
                                                                       "respondent_name": "丙列"}
    assert mapping_key(columns) == mapping_key(("丙列", " 甲列", "乙列"))
    assert len(mapping_key(columns)) <= 80


@pytest.mark.parametrize("value, wan, expected", [
    (1234.5, False, Decimal("1234.50")), (1234, False, Decimal("1234.00")), ("¥1,234.50", False, Decimal("1234.50")),
    ("１２３４．５", False, Decimal("1234.50")), ("1,234.50元", False, Decimal("1234.50")), (12.3456, True, Decimal("123456.00")),
    ("2.5万元", False, Decimal("25000.00")), (None, False, None), ("  ", False, None),
])
def test_amount_cells(value, wan, expected):
    assert parse_money(value, wan=wan) == expected


@pytest.mark.parametrize("value", [0.1 + 0.2, 1.005, "1.005", "12,34", "abc", -1.0, float("nan"), True, 1e12])
def test_amount_cells_that_are_refused(value):
    with pytest.raises(ValueError):
        parse_money(value)


def test_unsupported_files_are_refused_in_words(tmp_path):
    from complaintdesk.services.errors import ServiceError

    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ServiceError, match="xlsx"):
        read_table(tmp_path / "a.xls")
    (tmp_path / "a.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ServiceError, match="无法读取"):
        read_table(tmp_path / "a.xlsx")
