"""complaintdesk-admin report and import: files written, exit codes, row-level error reports, nothing half-done."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from complaintdesk.cli import PASSWORD_ENV, main
from tests.conftest import copy_office
from tests.dates import TODAY

ADMIN_PASSWORD = "admin-Passw0rd-2026"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def new_office(path, monkeypatch) -> str:
    """A new office whose administrator was set up at the first start: imports run as them (--user admin)."""
    from complaintdesk.services.office import Office
    from complaintdesk.services.users import create_first_admin

    office = Office.open(str(path), daily_backup=False)
    create_first_admin(office.db, "admin", "管理员", ADMIN_PASSWORD)
    office.close()
    monkeypatch.setenv(PASSWORD_ENV, ADMIN_PASSWORD)
    return str(path)


@pytest.fixture
def demo_db(demo_template, tmp_path):
    path = tmp_path / "demo.sqlite"
    copy_office(demo_template, path)  # with its history key: this desk may write
    return str(path)


@pytest.mark.parametrize("kind", ["overdue", "ledger", "statistics", "yearly"])
@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv"])
def test_every_report_in_every_format(demo_db, tmp_path, kind, fmt):
    out_file = tmp_path / f"{kind}.{fmt}"
    year = str(TODAY.year - 1)
    period = ["--year", year] if kind == "yearly" else ["--from", f"{year}-01-01", "--to", TODAY.isoformat()]
    code, out = run("report", kind, "--db", demo_db, *period, "--out", str(out_file))
    assert code == 0, out
    assert str(out_file) in out and out_file.stat().st_size > 0
    assert not out_file.with_name(out_file.name + ".part").exists()
    if fmt == "xlsx":
        assert load_workbook(out_file).worksheets[0]["A3"].value in ("案件编号", "指标")
    elif fmt == "pdf":
        assert PdfReader(out_file).pages
    else:
        assert out_file.read_bytes().startswith(b"\xef\xbb\xbf")


def test_report_arguments_are_checked(demo_db, tmp_path, capsys):
    out = str(tmp_path / "r.xlsx")
    assert run("report", "ledger", "--db", demo_db, "--from", "2025-01-01", "--out", out)[0] == 2
    assert "--from" in capsys.readouterr().err
    assert run("report", "yearly", "--db", demo_db, "--from", "2025-02-01", "--to", "2025-12-31", "--out", out)[0] == 2
    assert "--year" in capsys.readouterr().err
    assert run("report", "ledger", "--db", demo_db, "--year", "2025", "--from", "2025-01-01", "--out", out)[0] == 2
    assert run("report", "overdue", "--db", demo_db, "--year", "2025", "--out", str(tmp_path / "no" / "r.xlsx"))[0] == 2
    with pytest.raises(SystemExit):
        run("report", "ledger", "--db", demo_db, "--from", "2025-13-01", "--to", "2025-12-31", "--out", out)
    # --year works for every kind; the format follows the file's extension.
    code, text = run("report", "statistics", "--db", demo_db, "--year", str(TODAY.year - 1), "--out",
                     str(tmp_path / "s.pdf"))
    assert code == 0 and PdfReader(tmp_path / "s.pdf").pages


def test_import_the_exported_ledger_dry_run_then_for_real_then_again(demo_db, tmp_path, monkeypatch):
    ledger = tmp_path / "台账.xlsx"
    assert run("report", "ledger", "--db", demo_db, "--from", "2000-01-01", "--to", TODAY.isoformat(),
               "--out", str(ledger))[0] == 0
    target = new_office(tmp_path / "new.sqlite", monkeypatch)
    code, out = run("import", str(ledger), "--db", target, "--dry-run", "--user", "admin")
    assert code == 0 and "试导入通过" in out and "将新建案件" in out
    assert run("list", "--db", target, "--format", "json")[1].strip() == "[]"
    code, out = run("import", str(ledger), "--db", target, "--user", "admin")
    assert code == 0 and "已导入" in out
    claims = int(re.search(r"欠款 (\d+) 笔", out)[1])
    assert claims > 100
    code, out = run("import", str(ledger), "--db", target, "--user", "admin")
    assert code == 0 and "欠款 0 笔" in out and "新建案件 0 件" in out


def test_import_with_bad_rows_exits_1_reports_each_row_and_writes_nothing(tmp_path, monkeypatch):
    wb = Workbook()
    ws = wb.active
    ws.append(["投诉企业", "统一社会信用代码", "欠款单位", "单位类型", "收件日期", "合同编号", "标的", "欠款金额"])
    ws.append(["甲公司", "91110000600037341L", "县教育局", "机关", TODAY - timedelta(days=3), "A-1", "货物", 100])
    ws.append(["乙公司", "914403001922038217", "县教育局", "机关", TODAY - timedelta(days=3), "A-2", "货物", 100])
    ws.append(["丙公司", "", "县教育局", "机关", "明天", "A-3", "货物", "1.234"])
    path = tmp_path / "batch.xlsx"
    wb.save(path)
    db = new_office(tmp_path / "office.sqlite", monkeypatch)
    code, out = run("import", str(path), "--db", db, "--user", "admin")
    assert code == 1
    assert "第3行［统一社会信用代码］" in out and "校验位" in out
    assert "第4行［收件日期］" in out and "第4行［欠款金额］" in out
    assert "未导入任何数据" in out or "有错误时不导入任何数据" in out
    assert run("list", "--db", db, "--format", "json")[1].strip() == "[]"
    # Unmapping the bad column with --map does not make the rows valid: the credit code is still required to be right.
    code, out = run("import", str(path), "--db", db, "--map", "complainant_uscc=", "--dry-run", "--user", "admin")
    assert code == 1 and "第3行" not in out and "第4行［收件日期］" in out


def test_import_map_option_and_unknown_files(tmp_path, monkeypatch):
    wb = Workbook()
    ws = wb.active
    ws.append(["单位", "对方", "性质", "日期"])
    ws.append(["甲公司", "县教育局", "机关", TODAY.isoformat()])
    path = tmp_path / "odd.xlsx"
    wb.save(path)
    db = new_office(tmp_path / "office.sqlite", monkeypatch)
    code, out = run("import", str(path), "--db", db, "--user", "admin")
    assert code == 1 and "请指定“投诉企业”所在的列" in out
    code, out = run("import", str(path), "--db", db, "--map", "complainant_name=单位", "--map", "respondent_name=对方",
                    "--map", "respondent_kind=性质", "--map", "received_on=日期", "--user", "admin")
    assert code == 0 and "新建案件 1 件" in out
    # The mapping is remembered for files with the same headings.
    code, out = run("import", str(path), "--db", db, "--dry-run", "--user", "admin")
    assert code == 0 and "投诉企业←单位" in out
    assert run("import", str(path), "--db", db, "--map", "nonsense=单位", "--user", "admin")[0] == 2
    (tmp_path / "x.txt.bin").write_text("x")
    assert run("import", str(tmp_path / "x.txt.bin"), "--db", db, "--user", "admin")[0] == 2
