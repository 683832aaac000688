"""Write complaintdesk/ui/forms/ui_<name>.py from forms/<name>.ui: pyside6-uic, then its unused imports dropped.

Usage (from the repository root, after editing a form in Qt Designer or upgrading PySide6)::

    python tools/build_forms.py

pyside6-uic imports some forty PySide6 classes into every form whatever the form uses (QGradient,
QPalette, QImage, QPainter, QFont…). PySide6 creates a class, with its enums, the first time a module
imports it, so those names cost the main window's form ≈ 10 ms at each start of the app. Here each
``from PySide6.X import (...)`` line keeps only the names the module reads (decided with ``ast``: every
name loaded anywhere in it); everything else is uic's output byte for byte, banner included.
``tests/ui/test_forms_in_sync.py`` runs ``generate`` on every form and fails if a committed file differs.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "complaintdesk" / "ui" / "forms"
COMMAND = "python tools/build_forms.py"


def uic() -> str:
    """pyside6-uic beside this interpreter (a virtual environment's), else the one on PATH."""
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found (it comes with PySide6-Essentials)")
    return found


def target(form: Path) -> Path:
    """Where the module generated from ``form`` is committed."""
    return GENERATED / f"ui_{form.stem}.py"


def generate(form: Path) -> str:
    """The module for ``form``: what pyside6-uic writes, its PySide6 imports pruned to the names used."""
    done = subprocess.run([uic(), str(form)], check=True, capture_output=True, text=True, encoding="utf-8")
    return prune_imports(done.stdout)


def prune_imports(source: str) -> str:
    """``source`` with every name the module never reads taken out of its ``from PySide6… import`` lines.

    An import left with no name goes; one that loses none is kept as it was. A shortened one is written
    as uic writes its imports (four names a line, in parentheses when more than one)."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):  # from the bottom up, so that earlier line numbers stay valid
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "PySide6"):
            continue
        kept = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        if len(kept) == len(node.names):
            continue
        if any(alias.asname for alias in node.names):
            raise ValueError(f"line {node.lineno}: uic never renames an import; not pruning {node.module}")
        lines[node.lineno - 1:node.end_lineno] = [_import_line(node.module, kept)] if kept else []
    return "".join(lines)


def _import_line(module: str, names: list[str]) -> str:
    listed = "".join(name if i == 0 else (",\n    " if i % 4 == 0 else ", ") + name for i, name in enumerate(names))
    return f"from {module} import ({listed})\n" if len(names) > 1 else f"from {module} import {listed}\n"


def forms() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def main() -> int:
    for form in forms():
        text = generate(form)
        out = target(form)
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            out.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
