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


def test_the_architecture_check_can_fail(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert [name for _, name in _imports(sample)] == ["PySide6.QtWidgets", "sqlalchemy.orm"]
