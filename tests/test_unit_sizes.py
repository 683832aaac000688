"""Units stay small: no function over MAX_LINES lines or cyclomatic complexity MAX_COMPLEXITY in the
package (generated forms aside), unless ALLOWED says why.

Length is counted on the AST (from the ``def`` line to the function's last line, docstring and nested
functions included); complexity is mccabe's, as ruff's C901 computes it (ruff is in the ``dev`` extra
that CI installs). A function is named ``path:Class.method`` (``outer.inner`` for nested functions).
"""

from __future__ import annotations

import ast
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "complaintdesk"
GENERATED = ("complaintdesk/ui/forms/",)  # pyside6-uic output: never edited by hand
MAX_LINES = 60
MAX_COMPLEXITY = 15

# "path:qualified name" → why it may stay over a limit. Keep this as short as possible: an entry that
# is no longer needed fails the stale-entry test, so the list only ever shrinks.
ALLOWED: dict[str, str] = {}


def _ruff_command() -> list[str] | None:
    if importlib.util.find_spec("ruff") is not None:
        return [sys.executable, "-m", "ruff"]
    found = shutil.which("ruff")
    return [found] if found else None


def _skipped(rel: str) -> bool:
    return rel.startswith(GENERATED)


class _Functions(ast.NodeVisitor):
    """Every function of a module: its qualified name, ``def`` line and length in lines."""

    def __init__(self) -> None:
        self.scope: list[str] = []
        self.found: list[tuple[str, int, int]] = []

    def _scoped(self, node) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._scoped(node)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.found.append((".".join([*self.scope, node.name]), node.lineno, node.end_lineno - node.lineno + 1))
        self._scoped(node)

    visit_AsyncFunctionDef = visit_FunctionDef


def _functions(root: Path) -> dict[tuple[str, int], tuple[str, int]]:
    """(path, def line) → (qualified name, lines) for every function under ``root/complaintdesk``."""
    result = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if _skipped(rel):
            continue
        visitor = _Functions()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), rel))
        for name, line, length in visitor.found:
            result[(rel, line)] = (f"{rel}:{name}", length)
    return result


def too_long(root: Path, limit: int = MAX_LINES) -> dict[str, int]:
    """Functions longer than ``limit`` lines → their length."""
    return {name: length for name, length in _functions(root).values() if length > limit}


def too_complex(root: Path, limit: int = MAX_COMPLEXITY) -> dict[str, int]:
    """Functions whose cyclomatic complexity exceeds ``limit`` → their complexity (ruff's C901)."""
    command = _ruff_command()
    assert command, "ruff is not installed"
    run = subprocess.run(
        [*command, "check", "--isolated", "--select", "C901", "--config", f"lint.mccabe.max-complexity={limit}",
         "--output-format", "json", "--exit-zero", PACKAGE],
        cwd=root, capture_output=True, text=True, check=True)
    functions = _functions(root)
    result = {}
    for finding in json.loads(run.stdout):
        rel = Path(finding["filename"]).resolve().relative_to(root.resolve()).as_posix()
        if _skipped(rel):
            continue
        # "`name` is too complex (16 > 15)"
        complexity = int(finding["message"].rsplit("(", 1)[1].split(" ", 1)[0])
        name, _length = functions[(rel, finding["location"]["row"])]
        result[name] = complexity
    return result


def _report(offenders: dict[str, int], what: str) -> str:
    lines = [f"  {name}: {value}" for name, value in sorted(offenders.items(), key=lambda item: -item[1])]
    return (f"{what}; split them into named steps (or, if one truly must stay, add it to ALLOWED in "
            f"{Path(__file__).name} with the reason):\n" + "\n".join(lines))


def test_no_function_is_longer_than_the_limit():
    offenders = {name: n for name, n in too_long(ROOT).items() if name not in ALLOWED}
    assert not offenders, _report(offenders, f"functions over {MAX_LINES} lines")


needs_ruff = pytest.mark.skipif(_ruff_command() is None,
                                reason="ruff (the `dev` extra: pip install -e '.[dev]') measures complexity")


@needs_ruff
def test_no_function_is_more_complex_than_the_limit():
    offenders = {name: n for name, n in too_complex(ROOT).items() if name not in ALLOWED}
    assert not offenders, _report(offenders, f"functions of cyclomatic complexity over {MAX_COMPLEXITY}")


@needs_ruff
def test_every_allowed_exception_is_still_needed():
    over = too_long(ROOT) | too_complex(ROOT)
    stale = sorted(name for name in ALLOWED if name not in over)
    assert not stale, f"no longer over a limit: remove from ALLOWED: {stale}"


def _plant(root: Path, rel: str, source: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")


def _long_function(name: str, statements: int) -> str:
    return f"def {name}():\n" + "".join(f"    x{i} = {i}\n" for i in range(statements)) + "    return 0\n"


def _complex_function(name: str, branches: int) -> str:
    return f"def {name}(v):\n" + "".join(f"    if v == {i}:\n        return {i}\n" for i in range(branches)) \
        + "    return -1\n"


def test_the_length_check_finds_a_planted_long_function(tmp_path):
    # given: one function just at the limit, one just over it (in a class), one over it in generated code
    _plant(tmp_path, "complaintdesk/ok.py", _long_function("fits", MAX_LINES - 2))
    _plant(tmp_path, "complaintdesk/sub/bad.py",
           "class Holder:\n" + "\n".join("    " + line for line in _long_function("sprawls", MAX_LINES - 1)
                                        .splitlines()) + "\n")
    _plant(tmp_path, "complaintdesk/ui/forms/ui_big.py", _long_function("setupUi", 200))

    # then: only the one over the limit outside generated code is found, with its length
    assert too_long(tmp_path) == {"complaintdesk/sub/bad.py:Holder.sprawls": MAX_LINES + 1}


@needs_ruff
def test_the_complexity_check_finds_a_planted_complex_function(tmp_path):
    # given: complexity = branches + 1
    _plant(tmp_path, "complaintdesk/ok.py", _complex_function("fits", MAX_COMPLEXITY - 1))
    _plant(tmp_path, "complaintdesk/bad.py", _complex_function("tangled", MAX_COMPLEXITY))
    _plant(tmp_path, "complaintdesk/ui/forms/ui_big.py", _complex_function("setupUi", 40))

    assert too_complex(tmp_path) == {"complaintdesk/bad.py:tangled": MAX_COMPLEXITY + 1}
