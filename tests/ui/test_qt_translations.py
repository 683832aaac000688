"""Qt's own dialogs speak the interface's language: Qt's catalogue is loaded, and what it lacks is supplied."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

from complaintdesk.ui import i18n
from complaintdesk.ui.qt_supplement import CHINESE


def file_dialog(qtbot, folder) -> QFileDialog:
    dialog = QFileDialog(None, "保存", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def labels(dialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel) if label.objectName()}


def test_a_chinese_file_dialog_has_no_english_left(qtbot, tmp_path):
    (tmp_path / "案卷").mkdir()
    dialog = file_dialog(qtbot, tmp_path)

    texts = labels(dialog)
    assert texts["lookInLabel"] == "查找范围(&L)："
    assert texts["fileNameLabel"] == "文件名称(&N)："  # Qt's own catalogue, loaded
    assert texts["fileTypeLabel"] == "文件类型(&T)："
    view = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
    model = view.model()
    root = view.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(root) == 1)
    assert model.index(0, 2, root).data() == "文件夹"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(root))]
    assert headers == ["名称", "体积", "类型", "修改日期"]


def test_the_supplement_answers_only_what_qt_lacks_and_only_in_chinese(qtbot, tmp_path):
    # Qt's own catalogue has "File &name:" and the supplement does not claim it
    assert ("QFileDialog", "File &name:") not in CHINESE
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    assert QCoreApplication.translate("NoSuchContext", "&Look in:") == "&Look in:"

    i18n.set_language(i18n.ENGLISH)
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    dialog = file_dialog(qtbot, QDir.tempPath())
    assert labels(dialog)["fileTypeLabel"] == "Files of &type:"


# --- dates in Qt's own dialogs: Qt's *system* locale, read once at start-up ------------------------------

_PROBE = """
import sys
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QApplication
from complaintdesk.app import _align_system_locale, parse_args
_align_system_locale(parse_args(sys.argv[1:]))
app = QApplication([])
print(QLocale.system().toString(QDateTime(2026, 12, 2, 10, 5, 0), QLocale.FormatType.ShortFormat))
"""


def _probe(tmp_path, environment: dict[str, str], *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_TIME")}
    env.update(environment, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout.strip()


@pytest.mark.parametrize("environment", [{"LANG": "C"}, {"LC_ALL": "C.UTF-8"}, {"LANG": "en_US.UTF-8"}])
def test_a_file_dialogs_dates_follow_the_chinese_interface(tmp_path, environment):
    # "2 12 2026" on a desk whose POSIX locale is C, before
    assert _probe(tmp_path, environment, "--lang", "zh_CN") == "2026/12/2 10:05"
    assert _probe(tmp_path, environment) == "2026/12/2 10:05"  # Chinese: the default interface


def test_the_language_the_app_remembered_decides(tmp_path):
    (tmp_path / "ComplaintDesk").mkdir()
    (tmp_path / "ComplaintDesk" / "ComplaintDesk.conf").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert _probe(tmp_path, {"LANG": "C"}) == "2 12 2026 10:05"  # an English interface keeps the desk's locale
    assert _probe(tmp_path, {"LANG": "C"}, "--lang", "zh_CN") == "2026/12/2 10:05"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_remembered_language_is_read_as_qsettings_wrote_it(tmp_path, language):
    from PySide6.QtCore import QByteArray, QSettings

    from complaintdesk.app import ini_value

    path = tmp_path / "ComplaintDesk.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("main_window/geometry", QByteArray(bytes(range(256))))
    settings.setValue("main_window/language", "xx")  # the same key in another section
    settings.setValue(i18n.SETTINGS_KEY, language)
    settings.setValue("ui/no_chinese_font_notice_shown", True)
    settings.setValue("letters/signature", "阿旗工信局 = 投诉办理")
    settings.sync()
    text = path.read_text(encoding="utf-8")
    assert ini_value(text, "ui", "language") == settings.value(i18n.SETTINGS_KEY) == language
    assert ini_value(text, "main_window", "language") == "xx"
    assert ini_value(text, "letters", "language") is None and ini_value(text, "ui", "lang") is None
    assert ini_value("[ui]\n;language=en\n", "ui", "language") is None  # a comment
    assert ini_value('[ui]\nlanguage="@Invalid()"\n', "ui", "language") is None  # not a value of ours


def test_the_system_locale_is_changed_only_where_it_speaks_another_language():
    env = {"LANG": "zh_CN.GB18030"}
    assert i18n.align_system_locale("zh_CN", env, "linux") is None and env == {"LANG": "zh_CN.GB18030"}
    env = {"LANG": "C"}
    assert i18n.align_system_locale("zh_CN", env, "win32") is None and env == {"LANG": "C"}
    assert i18n.align_system_locale("zh_CN", env, "linux") == "LC_TIME" and env["LC_TIME"] == "zh_CN.UTF-8"
