"""complaintdesk-admin settings fonts: the letters' font of each role and the pre-printed letterhead flag,
shown, listed, set (checked and recorded) and used by the next letter."""

from __future__ import annotations

import collections
import io
import json

import pytest
from sqlalchemy import select

from complaintdesk.cli import main
from complaintdesk.documents.fontindex import system_faces
from complaintdesk.services.office import Office
from complaintdesk.store.models import Event
from tests.documents.fontscan import drawn_chars

ZEN_HEI = "WenQuanYi Zen Hei"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path) -> str:
    """A small demo office: its administrator changes the settings (--user admin, password in the environment)."""
    path = str(tmp_path / "x.sqlite")
    assert run("demo", "--db", path, "--cases", "5", "--seed", "3")[0] == 0
    return path


@pytest.fixture
def zen_hei():
    if not any(ZEN_HEI in face.families for face in system_faces()):
        pytest.skip("WenQuanYi Zen Hei is not installed (CI installs fonts-wqy-zenhei)")


def _font_lines(out: str) -> dict[str, str]:
    """Role option → its line of `settings fonts`."""
    return {line.split("(", 1)[1].split(")", 1)[0]: line for line in out.splitlines() if line.startswith("  ")}


def _events(db: str) -> list[Event]:
    office = Office.open(db, daily_backup=False)
    try:
        with office.db.read() as s:
            return s.execute(select(Event).where(Event.action == "setting_changed").order_by(Event.id)).scalars().all()
    finally:
        office.close()


def test_settings_fonts_shows_each_role_the_font_used_and_the_letterhead_flag(db):
    code, out = run("settings", "fonts", "--db", db)

    assert code == 0
    lines = _font_lines(out)
    assert list(lines) == ["--body", "--title", "--heading1", "--heading2", "--page-number"]
    assert all("设置 / setting: 自动 / automatic；使用 / used: " in line for line in lines.values())
    assert lines["--body"].startswith("  正文 / body text (--body): ")
    assert "正文为仿宋 / body is FangSong: 是 / yes" in out and "警告" not in out
    assert out.strip().splitlines()[-1] == "使用预印红头纸 / Pre-printed letterhead paper: 否 / no"


def test_settings_fonts_lists_the_families_of_a_role(db, zen_hei):
    code, out = run("settings", "fonts", "--db", db, "--list", "body")
    families = out.splitlines()

    assert code == 0
    assert families[0].endswith("  （仿宋 / FangSong）")  # the body's own first: at the least Zhuque Fangsong
    assert ZEN_HEI in families
    code, out = run("settings", "fonts", "--db", db, "--list", "page-number")
    assert code == 0 and ZEN_HEI in out.splitlines()


def test_settings_fonts_sets_roles_and_the_flag_warns_and_the_next_letter_uses_them(db, zen_hei, tmp_path):
    code, out = run("settings", "fonts", "--db", db, "--body", ZEN_HEI, "--preprinted-letterhead", "yes",
                    "--user", "admin")

    assert code == 0 and out.startswith("已保存 / saved.\n")
    assert f"设置 / setting: {ZEN_HEI}；使用 / used: {ZEN_HEI}（" in _font_lines(out)["--body"]
    assert "正文为仿宋 / body is FangSong: 否 / no" in out
    assert f"警告 / warning: 正文字体“{ZEN_HEI}”不是仿宋体，GB/T 9704 要求正文用3号仿宋。" in out
    assert "使用预印红头纸 / Pre-printed letterhead paper: 是 / yes" in out
    assert [e.summary for e in _events(db)][-2:] == [f"修改文书字体：正文“自动”→“{ZEN_HEI}”",
                                                    "修改本单位设置：使用预印红头纸“否”→“是”"]

    code, out = run("list", "--db", db, "--format", "json")
    case_no = json.loads(out)[0]["case_no"]
    pdf = tmp_path / "r.pdf"
    assert run("letter", case_no, "--kind", "acceptance", "--out", str(pdf), "--db", db)[0] == 0
    body = collections.Counter(c.font.split("+", 1)[-1] for c in drawn_chars(pdf.read_bytes()) if c.size == 16.0)
    assert body.most_common(1)[0][0].startswith("WenQuanYiZenHei")

    code, out = run("settings", "fonts", "--db", db, "--body", "auto", "--user", "admin")
    assert code == 0 and "设置 / setting: 自动 / automatic" in _font_lines(out)["--body"]
    assert "正文为仿宋 / body is FangSong: 是 / yes" in out


def test_settings_fonts_refuses_what_cannot_serve_and_saves_nothing(db, tmp_path, capsys):
    garbage = tmp_path / "x.ttf"
    garbage.write_text("no font", encoding="utf-8")
    before = len(_events(db))

    code, out = run("settings", "fonts", "--db", db, "--title", "No Such Family", "--heading2", str(garbage),
                    "--preprinted-letterhead", "yes", "--user", "admin")

    errors = capsys.readouterr().err.splitlines()
    assert code == 2 and out == ""
    assert errors[0].startswith("错误 / error: --title: 本机没有可用于标题的字体“No Such Family”")
    assert errors[1].startswith(f"错误 / error: --heading2: 无法把 {garbage} 读作字体文件")
    assert len(_events(db)) == before  # all or nothing: not the letterhead flag either
    assert "Pre-printed letterhead paper: 否 / no" in run("settings", "fonts", "--db", db)[1]


def test_settings_fonts_rejects_an_unknown_role_or_answer(db, capsys):
    with pytest.raises(SystemExit) as exit_code:
        run("settings", "fonts", "--db", db, "--list", "footer")
    assert exit_code.value.code == 2 and "ROLE is one of: body, title" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("settings", "fonts", "--db", db, "--preprinted-letterhead", "maybe")
    assert "give yes or no" in capsys.readouterr().err
