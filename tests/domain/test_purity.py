"""The domain layer stays pure: no Qt and no SQLAlchemy, directly or through what it imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import complaintdesk.domain

DOMAIN_DIR = Path(complaintdesk.domain.__file__).parent
FORBIDDEN = ("pyside6", "sqlalchemy", "shiboken")


def _imported_modules(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_domain_sources_import_neither_qt_nor_sqlalchemy() -> None:
    offending = []
    for path in sorted(DOMAIN_DIR.rglob("*.py")):
        for name in _imported_modules(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if name.split(".")[0].lower().startswith(FORBIDDEN):
                offending.append(f"{path.relative_to(DOMAIN_DIR)}: {name}")
    assert not offending


def test_importing_the_domain_pulls_in_neither_qt_nor_sqlalchemy() -> None:
    # A fresh interpreter, so other tests' imports cannot hide a transitive dependency.
    modules = [
        f"complaintdesk.domain.{p.stem}" for p in sorted(DOMAIN_DIR.glob("*.py")) if p.stem != "__init__"
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0].lower().startswith({FORBIDDEN!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=DOMAIN_DIR.parents[1]
    )
    assert result.stdout.strip() == "[]"
