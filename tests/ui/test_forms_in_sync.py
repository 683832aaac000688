"""The committed complaintdesk/ui/forms/ui_*.py are exactly what tools/build_forms.py makes of forms/*.ui:
pyside6-uic's output with the PySide6 names the module never uses taken out of its imports."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtWidgets

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))
GENERATED = ROOT / "complaintdesk" / "ui" / "forms"


def _load_tool():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_forms = _load_tool()


def _code(text: str) -> list[str]:
    # The "##" banner names the uic version; it is no part of the form.
    return [line for line in text.splitlines() if not line.startswith("##")]


def _pyside_imports(source: str) -> set[str]:
    return {alias.name for node in ast.parse(source).body
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
            for alias in node.names}


def _loaded(source: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}


def test_every_form_has_its_generated_module():
    assert FORMS, "no forms found"
    assert build_forms.forms() == FORMS
    expected = {build_forms.target(form).name for form in FORMS}
    present = {p.name for p in GENERATED.glob("ui_*.py")}
    assert present == expected


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(form):
    committed = build_forms.target(form)
    assert _code(committed.read_text(encoding="utf-8")) == _code(build_forms.generate(form)), (
        f"{committed.relative_to(ROOT)} is stale: run {build_forms.COMMAND}"
    )


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_form_imports_what_it_uses_and_nothing_else(form):
    committed = build_forms.target(form).read_text(encoding="utf-8")
    raw = subprocess.run([build_forms.uic(), str(form)], check=True, capture_output=True, text=True).stdout
    assert _pyside_imports(committed) == _pyside_imports(raw) & _loaded(raw)


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_form_imports_and_sets_up_a_real_widget(form, qapp):
    top = ET.parse(form).getroot().find("widget")
    module = importlib.import_module(f"complaintdesk.ui.forms.{build_forms.target(form).stem}")
    ui = getattr(module, f"Ui_{top.get('name')}")()
    widget = getattr(QtWidgets, top.get("class"))()
    try:
        ui.setupUi(widget)  # runs retranslateUi too: every name the form reads is bound
        assert widget.objectName() == top.get("name")
    finally:
        widget.deleteLater()


FONT_FORM = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>Probe</class>
 <widget class="QWidget" name="Probe">
  <layout class="QVBoxLayout" name="layout">
   <item>
    <widget class="QLabel" name="title_label">
     <property name="font"><font><pointsize>14</pointsize><bold>true</bold></font></property>
     <property name="text"><string>Title</string></property>
    </widget>
   </item>
  </layout>
 </widget>
 <resources/>
 <connections/>
</ui>
"""


def test_pruning_keeps_a_used_name_and_drops_the_unused(tmp_path, qapp):
    form = tmp_path / "probe.ui"
    form.write_text(FONT_FORM, encoding="utf-8")
    source = build_forms.generate(form)

    imported = _pyside_imports(source)
    assert {"QFont", "QLabel", "QVBoxLayout", "QCoreApplication", "QMetaObject"} <= imported
    assert not imported & {"QGradient", "QPalette", "QImage", "QPainter", "QApplication", "QDate"}
    namespace: dict = {}
    exec(compile(source, str(form), "exec"), namespace)
    widget = QtWidgets.QWidget()
    try:
        namespace["Ui_Probe"]().setupUi(widget)
        assert widget.findChild(QtWidgets.QLabel, "title_label").font().bold()
    finally:
        widget.deleteLater()


def test_pruning_rewrites_only_pyside_imports_in_uics_layout():
    source = (
        "# banner\n"
        "from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,\n"
        "    QMetaObject, QObject, QPoint, QRect)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtPdfWidgets import QPdfView\n"
        "from complaintdesk.ui.date_line_edit import DateLineEdit\n"
        "\n"
        "x = (QCoreApplication, QDate, QLocale, QMetaObject, QPoint, QRect, QPdfView)\n"
    )
    assert build_forms.prune_imports(source) == (
        "# banner\n"
        "from PySide6.QtCore import (QCoreApplication, QDate, QLocale, QMetaObject,\n"
        "    QPoint, QRect)\n"
        "from PySide6.QtPdfWidgets import QPdfView\n"
        "from complaintdesk.ui.date_line_edit import DateLineEdit\n"
        "\n"
        "x = (QCoreApplication, QDate, QLocale, QMetaObject, QPoint, QRect, QPdfView)\n"
    )
