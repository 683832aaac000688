"""Dependency direction: ui → services → store, domain; documents → domain; only ui/ and app.py import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "complaintdesk"

FORBIDDEN = {
    "domain": ("PySide6", "shiboken6", "sqlalchemy", "alembic", "complaintdesk.store", "complaintdesk.services",
               "complaintdesk.ui", "complaintdesk.documents", "reportlab"),
    "store": ("PySide6", "shiboken6", "complaintdesk.services", "complaintdesk.ui", "complaintdesk.documents"),
    "services": ("PySide6", "shiboken6", "complaintdesk.ui"),
    "documents": ("PySide6", "shiboken6", "sqlalchemy", "complaintdesk.store", "complaintdesk.services",
                  "complaintdesk.ui"),
    "cli.py": ("PySide6", "shiboken6", "complaintdesk.ui"),
    # The UI talks to services only: store errors reach it as service errors, never as store types.
    "ui": ("complaintdesk.store", "sqlalchemy", "alembic"),
    "messages": ("PySide6", "shiboken6", "sqlalchemy", "complaintdesk.store", "complaintdesk.services",
                 "complaintdesk.ui", "complaintdesk.domain", "complaintdesk.documents", "reportlab"),
    "clock.py": ("PySide6", "sqlalchemy", "complaintdesk.store", "complaintdesk.services", "complaintdesk.ui"),
    "config.py": ("PySide6", "sqlalchemy", "complaintdesk.store", "complaintdesk.services", "complaintdesk.ui"),
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_the_right_way(layer):
    target = PACKAGE / layer
    files = [target] if target.is_file() else sorted(target.rglob("*.py"))
    wrong = [f"{f.relative_to(PACKAGE)}:{line} imports {name}"
             for f in files for line, name in _imports(f)
             if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])]
    assert wrong == []


def _module_lookups(path: Path):
    """``sys.modules[...]`` / ``sys.modules.get(...)``: a dependency that the import walk cannot see."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr == "modules"
                and isinstance(node.value, ast.Name) and node.value.id == "sys"):
            yield node.lineno


def test_no_module_is_found_through_sys_modules():
    found = [f"{f.relative_to(PACKAGE)}:{line}" for f in sorted(PACKAGE.rglob("*.py"))
             for line in _module_lookups(f)]
    assert found == []


def test_the_architecture_check_can_fail(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert [name for _, name in _imports(sample)] == ["PySide6.QtWidgets", "sqlalchemy.orm"]
    lookup = tmp_path / "lookup.py"
    lookup.write_text("import sys\nm = sys.modules.get('complaintdesk.store.migrate')\n")
    assert list(_module_lookups(lookup)) == [2]
