"""Qt's own dialogs speak the interface's language: Qt's catalogue is loaded, and what it lacks is supplied."""

from __future__ import annotations

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
