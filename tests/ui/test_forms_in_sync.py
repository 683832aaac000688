"""The committed complaintdesk/ui/forms/ui_*.py are exactly what pyside6-uic makes of forms/*.ui."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))
GENERATED = ROOT / "complaintdesk" / "ui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if found is None:
        pytest.fail("pyside6-uic not found (it comes with PySide6-Essentials)")
    return found


def _code(text: str) -> list[str]:
    # The "##" banner names the uic version; it is no part of the form.
    return [line for line in text.splitlines() if not line.startswith("##")]


def test_every_form_has_its_generated_module():
    assert FORMS, "no forms found"
    expected = {f"ui_{form.stem}.py" for form in FORMS}
    present = {p.name for p in GENERATED.glob("ui_*.py")}
    assert present == expected


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(form, tmp_path):
    fresh = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([uic(), str(form), "-o", str(fresh)], check=True)

    committed = GENERATED / fresh.name
    assert _code(committed.read_text(encoding="utf-8")) == _code(fresh.read_text(encoding="utf-8")), (
        f"{committed.relative_to(ROOT)} is stale: run pyside6-uic {form.relative_to(ROOT)} -o "
        f"{committed.relative_to(ROOT)}"
    )
