"""Chinese for the few of Qt's own strings that Qt's shipped ``qtbase_zh_CN`` lacks.

Qt 6 changed some source texts of its file dialog ("Look in:" became "&Look in:") and moved the
file types to ``QAbstractFileIconProvider``; the Chinese catalogue that ships with PySide6 still has
the old texts, so a Chinese file dialog showed "Look in:", "Files of type:" and "Folder" in English.
:class:`QtSupplement` is installed before Qt's catalogue, so it is asked only when that one has no
answer. Checked against PySide6 6.11 (tests/ui/test_qt_translations.py lists the dialog's texts).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# (context, source) → Chinese; Qt's disambiguation comments ("All other platforms"…) do not change the text.
CHINESE: dict[tuple[str, str], str] = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "Unknown"): "未知",
}


class QtSupplement(QTranslator):
    """Answers only for the texts in ``CHINESE``; every other text is left to the other catalogues."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("qt_supplement_zh_CN")

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None reaches Qt as a null string, "not found here" (an empty string would be taken as the answer).
        return CHINESE.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def language(self) -> str:
        return "zh_CN"
