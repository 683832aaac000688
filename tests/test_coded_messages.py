"""Every error and problem people read is a coded message from the catalogue, never a sentence in code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "complaintdesk"
# Raising these (or a subclass named …Error/…Failed/…Denied/…Refused) with a string literal, or adding a
# string problem to a Collector, builds a sentence outside the catalogue.
_CHECKED_CALLS = ("Error", "Failed", "Denied", "Refused", "Conflict", "Incomplete")
_NOT_FOR_PEOPLE = {"TypeError", "KeyError", "RuntimeError", "AttributeError", "NotImplementedError", "SystemExit",
                   "AssertionError", "argparse.ArgumentTypeError", "ArgumentTypeError", "CliError", "ValueError",
                   "OSError", "TemplateError", "TTFError"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def string_messages(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node.func)
        error = name.endswith(_CHECKED_CALLS) and name not in _NOT_FOR_PEOPLE
        problem = name in ("add", "Problem") and len(node.args) >= 2 and _is_text(node.args[1])
        sentence = _is_text(node.args[0]) and (len(node.args) == 1 or _is_text(node.args[1]))  # not a field name
        if (error and sentence) or (problem and name == "Problem") or \
                (problem and isinstance(node.func, ast.Attribute) and _name(node.func.value) in ("c", "collector")):
            where = path.relative_to(PACKAGE) if path.is_relative_to(PACKAGE) else path.name
            found.append(f"{where}:{node.lineno} {name}")
    return found


def test_the_check_finds_a_sentence_in_code(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('raise ServiceError("中文 / English")\nc.add("f", "请填写", "required")\n'
                      'raise ServiceError(msg.X, field="f")\n', encoding="utf-8")
    assert [s.split(" ")[1] for s in string_messages(sample)] == ["ServiceError", "add"]


def test_no_error_or_problem_is_a_sentence_in_code():
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) if "ui/forms" not in path.as_posix()
             for hit in string_messages(path)]
    assert found == []


def test_a_sentence_is_refused_at_run_time_too():
    from complaintdesk.services.errors import ServiceError
    from complaintdesk.services.validation import Collector

    with pytest.raises(TypeError):
        ServiceError("中文 / English")
    with pytest.raises(TypeError):
        Collector().add("field", "请填写", "required")
