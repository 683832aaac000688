"""complaintdesk-admin calendar: show (official, draft, the statutory days of a provisional year), import (official
or draft, exit 1 saying what is missing), recompute."""

from __future__ import annotations

import io

from complaintdesk.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


# A complete 2027 schedule, made up for the test (shaped like the 2025/2026 notices).
SCHEDULE_2027 = """# 国务院办公厅关于2027年部分节假日安排的通知（测试用）
date,kind,name
2027-01-01,rest,元旦
2027-01-02,rest,元旦
2027-01-03,rest,元旦
""" + "".join(f"2027-02-{d:02d},rest,春节\n" for d in range(5, 13)) + """2027-02-20,work,春节
2027-04-03,rest,清明节
2027-04-04,rest,清明节
2027-04-05,rest,清明节
2027-04-25,work,劳动节
""" + "".join(f"2027-05-{d:02d},rest,劳动节\n" for d in range(1, 6)) + """2027-06-09,rest,端午节
2027-09-15,rest,中秋节
2027-09-26,work,国庆节
""" + "".join(f"2027-10-{d:02d},rest,国庆节\n" for d in range(1, 8)) + "2027-10-09,work,国庆节\n"


def test_a_provisional_year_shows_its_statutory_days(db_location):
    assert run("init", "--db", db_location)[0] == 0
    code, out = run("calendar", "show", "2027", "--db", db_location)
    assert code == 0
    assert "2027 年尚未录入正式的节假日安排" in out
    assert "2027-02-09  放假  春节补假 2月9日（补2月6日）" in out  # 初一 on Saturday 2/6, made up on Tuesday


def test_import_keeps_an_incomplete_schedule_as_a_draft_then_enters_the_complete_one(db_location, tmp_path):
    # A demo office without cases: its administrator (--user admin, the password in the environment) enters it.
    assert run("demo", "--db", db_location, "--cases", "0")[0] == 0
    partial = tmp_path / "partial.csv"
    partial.write_text("date,kind,name\n2027-01-01,rest,元旦\n", encoding="utf-8")
    code, out = run("calendar", "import", str(partial), "--source", "test", "--db", db_location, "--user", "admin")
    assert code == 1
    assert "已保存为草稿" in out and "2027 年仍为暂定" in out
    assert "“test”中没有通知文号" in out and "请填写通知的印发日期" in out
    assert "春节：2月5日、2月8日 是法定节假日，应当放假" in out
    code, out = run("calendar", "show", "2027", "--db", db_location)
    assert "尚未录入正式的节假日安排" in out and "草稿 / draft（1 天" in out

    full = tmp_path / "2027.csv"
    full.write_text(SCHEDULE_2027, encoding="utf-8")
    code, out = run("calendar", "import", str(full), "--source", "国办发明电〔2026〕99号", "--notice-date",
                    "2026-11-20", "--dry-run", "--db", db_location)
    assert code == 0 and "将调整 / would move 0 个期限或付款到期日" in out
    code, out = run("calendar", "import", str(full), "--source", "国办发明电〔2026〕99号", "--notice-date",
                    "2026-11-20", "--db", db_location, "--user", "admin")
    assert code == 0 and "已调整 / moved" in out
    code, out = run("calendar", "show", "2027", "--db", db_location)
    assert "2027 年节假日安排 / schedule — 国办发明电〔2026〕99号（2026-11-20）" in out
    assert "草稿" not in out and "2027-02-20  上班  春节" in out


def test_recompute_reports_nothing_on_a_fresh_office(db_location):
    assert run("init", "--db", db_location)[0] == 0
    code, out = run("calendar", "recompute", "--dry-run", "--db", db_location)
    assert code == 0 and "将调整 / would move 0 个" in out
