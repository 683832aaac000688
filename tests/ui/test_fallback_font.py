"""The bundled 朱雀仿宋 fills in for Chinese when the system has no Chinese font, and the user is told once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from complaintdesk.ui import fonts

ZHUQUE = "Zhuque Fangsong"
WQY = "WenQuanYi Zen Hei"


def glyph_runs(text: str, font=None) -> list[tuple[str, list[int]]]:
    """(family, glyph indexes) of each run Qt lays ``text`` out in: glyph 0 is the empty box."""
    layout = QTextLayout(text, font or QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("中小企业投诉办理台", window))
    window.resize(400, 120)
    qtbot.addWidget(window)
    return window


def test_without_a_system_chinese_font_the_bundled_one_is_registered_at_once(qapp):
    check = fonts.ChineseFontCheck(families=[])  # the system's list, as a machine without CJK fonts has it

    assert check.system_font_missing
    assert check.families == [ZHUQUE]  # before anything is painted
    assert check.registration_ms is not None
    assert ZHUQUE in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def test_the_notice_comes_once_after_the_first_paint(qtbot, window, settings):
    check = fonts.ChineseFontCheck(families=[])
    check.after_first_paint(window, settings)
    assert check.notice is None and not check.painted

    window.show()
    qtbot.waitUntil(lambda: check.painted)

    notice = check.notice
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert notice.parent() is window and not notice.isModal()  # the window stays usable
    assert "sudo apt install fonts-wqy-zenhei" in notice.informativeText()
    assert "simfang.ttf" in notice.informativeText()
    assert settings.value(fonts.NOTICE_KEY, type=bool) is True

    again = fonts.ChineseFontCheck(families=[])  # the next start: remembered, not shown again
    second = QMainWindow()
    qtbot.addWidget(second)
    again.after_first_paint(second, settings)
    second.show()
    qtbot.waitUntil(lambda: again.painted)
    assert again.notice is None


def test_with_a_system_chinese_font_there_is_no_notice_and_registration_waits_for_the_paint(
        qtbot, window, settings):
    check = fonts.ChineseFontCheck(families=[WQY])
    check.after_first_paint(window, settings)

    assert not check.system_font_missing
    assert check.families == []  # off the start-up path

    window.show()
    qtbot.waitUntil(lambda: check.painted)
    assert check.families == [ZHUQUE]
    assert check.notice is None
    assert settings.value(fonts.NOTICE_KEY) is None


def test_the_bundled_family_does_not_count_as_a_system_font(qapp):
    fonts.register_bundled_font()

    assert fonts.system_chinese_families([ZHUQUE, WQY]) == [WQY]
    assert ZHUQUE not in fonts.system_chinese_families()  # Qt's own list, with our font registered


def test_a_system_chinese_font_keeps_drawing_the_labels(qapp):
    fonts.register_bundled_font()
    system = fonts.system_chinese_families()
    if not system:
        pytest.skip("no Chinese font installed here (apt-get install fonts-wqy-zenhei)")

    runs = [(family, glyphs) for family, glyphs in glyph_runs("投诉办理台 ABC") if family != "DejaVu Sans"]

    assert runs and all(family != ZHUQUE and 0 not in glyphs for family, glyphs in runs), runs


def test_an_unloadable_font_file_is_logged_not_fatal(qapp, tmp_path, caplog):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")

    assert fonts.register_bundled_font(broken) == []
    assert "could not load" in caplog.text


FONTCONFIG_LATIN_ONLY = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{fonts}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


def test_on_a_machine_without_a_chinese_font_chinese_labels_are_drawn_not_boxes(tmp_path):
    """A fresh process whose fontconfig knows one Latin font only (like a bare Linux desktop): Qt itself
    finds no Chinese font, and every Chinese character comes from the bundled font (no glyph 0, the box)."""
    latin = next(iter(sorted(Path("/usr/share/fonts").rglob("DejaVuSans.ttf"))), None)
    if latin is None:
        pytest.skip("no DejaVu Sans here (Debian: fonts-dejavu-core)")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / latin.name).symlink_to(latin)
    config = tmp_path / "fonts.conf"
    config.write_text(FONTCONFIG_LATIN_ONLY.format(fonts=tmp_path / "fonts", cache=tmp_path / "cache"),
                      encoding="utf-8")
    script = textwrap.dedent("""
        from PySide6.QtWidgets import QApplication
        from complaintdesk.ui import fonts
        from tests.ui.test_fallback_font import glyph_runs
        app = QApplication([])
        before = glyph_runs("投诉办理台")
        check = fonts.ChineseFontCheck()
        print("system:", check.system_families)
        print("before:", all(0 in glyphs for _family, glyphs in before))
        print("after:", glyph_runs("投诉办理台"))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(config)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                            timeout=60, cwd=Path(__file__).resolve().parents[2])

    assert result.returncode == 0, result.stderr
    assert "system: []" in result.stdout
    assert "before: True" in result.stdout  # boxes: this process really has no Chinese font
    [after] = [line for line in result.stdout.splitlines() if line.startswith("after:")]
    assert ZHUQUE in after and ", 0" not in after and "[0" not in after, after
