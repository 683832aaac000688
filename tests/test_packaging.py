"""The installed package is complete: the wheel carries every module and every shipped data file, and an
office runs the installed commands from a folder of its own, with no checkout in sight.

The slow test builds the wheel from a copy of the sources (``pip wheel --no-deps --no-build-isolation``:
setuptools and wheel come from the ``test`` extra, so no index is needed), installs it into a throw-away
venv (``--system-site-packages --no-deps``: the dependencies are this environment's) and runs
``tools/smoke_bundle.py``'s steps against the venv's own ``complaintdesk-admin`` and ``complaintdesk``.
``.ci/run`` repeats this the way the issue's acceptance spells it (a plain venv, dependencies from the
index) and smoke-tests the PyInstaller bundle with the same script.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from complaintdesk.resources import SHIPPED

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
NOT_SHIPPED = {".ts"}  # translation sources: the .qm beside them is what runs
BIN = "Scripts" if os.name == "nt" else "bin"


def _packages_in_tree() -> set[str]:
    found = set()
    for init in (ROOT / "complaintdesk").rglob("__init__.py"):
        found.add(".".join(init.parent.relative_to(ROOT).parts))
    return found


def _shipped_files(name: str) -> list[str]:
    """Every file of the top-level folder ``name`` that the wheel must carry, as a path inside the wheel."""
    folder = ROOT / name
    return sorted(
        "complaintdesk/shipped/" + "/".join((name, *path.relative_to(folder).parts))
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in NOT_SHIPPED | {".pyc"})


def test_every_package_is_listed_for_the_wheel():
    listed = set(SETUPTOOLS["packages"])
    expected = _packages_in_tree() | {f"complaintdesk.shipped.{name}" for name in SHIPPED}
    assert sorted(expected - listed) == [], "add these to [tool.setuptools] packages in pyproject.toml"
    assert sorted(listed - expected) == [], "listed in pyproject.toml but not a package in the tree"
    assert SETUPTOOLS["package-dir"] == {f"complaintdesk.shipped.{name}": name for name in SHIPPED}


def test_no_module_folder_lacks_its_init():
    """A folder of modules without ``__init__.py`` would be a namespace package, silently left out."""
    for folder in [ROOT / "complaintdesk", *(p for p in (ROOT / "complaintdesk").rglob("*") if p.is_dir())]:
        if folder.name != "__pycache__" and any(folder.glob("*.py")):
            assert (folder / "__init__.py").is_file(), f"{folder} has modules but no __init__.py"


def test_the_readme_and_ci_install_what_a_real_window_needs():
    from complaintdesk.platform_check import APT_INSTALL_LINE, APT_PACKAGES

    assert APT_INSTALL_LINE in (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    missing = [p for p in APT_PACKAGES if not re.search(rf"(?<![\w.-]){re.escape(p)}(?![\w.-])", ci)]
    assert missing == [], "add these to the apt-get line of .ci/run"


def test_the_readme_names_the_demo_users_as_they_are():
    from complaintdesk.domain.vocabulary import Role
    from complaintdesk.services.demo import DEMO_PASSWORD, STAFF
    from complaintdesk.services.office import DEMO_DESK_USER

    words = {Role.OFFICER: "officer", Role.SUPERVISOR: "supervisor", Role.ADMIN: "administrator",
             Role.AUDITOR: "auditor"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{DEMO_PASSWORD}`" in readme and f"(`{DEMO_DESK_USER}`, an officer)" in readme
    rows = [line for line in readme.splitlines() if line.startswith("| `")]
    for username, name, role in STAFF:
        (row,) = [line for line in rows if f"`{username}`" in line]
        assert name in row and words[role] in row, row


# --- the wheel, installed ----------------------------------------------------------------------------------

def _smoke_module():
    spec = importlib.util.spec_from_file_location("smoke_bundle", ROOT / "tools" / "smoke_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy_sources(dest: Path) -> Path:
    """What the wheel is built from, without the checkout's build/ (stale files would ship) or caches."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    for folder in ("complaintdesk", *SETUPTOOLS["package-dir"].values()):
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    return dest


def _build_wheel(tmp_path: Path) -> Path:
    source = _copy_sources(tmp_path / "src")
    out = tmp_path / "wheels"
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                          "--no-cache-dir", "-q", str(source), "-w", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    (wheel,) = out.glob("complaintdesk-*.whl")
    return wheel


def _install(wheel: Path, venv: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
                   check=True, timeout=120)
    python = venv / BIN / ("python.exe" if os.name == "nt" else "python")
    # This environment's pip, run by the venv's interpreter, installs into the venv.
    run = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-cache-dir", str(wheel)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return python


def _where_imported(python: Path, cwd: Path, env: dict[str, str]) -> list[Path]:
    code = ("import complaintdesk, complaintdesk.resources as r; print(complaintdesk.__file__); "
            "print(r.shipped_dir('migrations')); print(r.resource_path('fonts'))")
    run = subprocess.run([str(python), "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return [Path(line) for line in run.stdout.splitlines()]


@pytest.mark.slow
def test_the_wheel_ships_everything_and_runs_outside_the_checkout(tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    wheel = _build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = sorted("/".join(p.relative_to(ROOT).parts) for p in (ROOT / "complaintdesk").rglob("*.py"))
    assert sorted(set(modules) - names) == []
    shipped = [f for name in SHIPPED for f in _shipped_files(name)]
    assert sorted(set(shipped) - names) == []
    for required in ("complaintdesk/shipped/resources/fonts/ZhuqueFangsong.ttf",
                     "complaintdesk/shipped/resources/i18n/complaintdesk_zh_CN.qm",
                     "complaintdesk/shipped/migrations/env.py", "complaintdesk/shipped/forms/main_window.ui"):
        assert required in names
    assert any(n.startswith("complaintdesk/shipped/migrations/versions/") and n.endswith(".py") for n in names)
    assert not any(n.endswith((".pyc", ".ts")) or n.startswith(("tests/", "build/")) for n in names)

    venv = tmp_path / "venv"
    python = _install(wheel, venv)
    smoke = _smoke_module()
    work = tmp_path / "office"  # outside the checkout, and the working folder of every command
    work.mkdir()
    env = smoke.smoke_env(work)
    assert "PYTHONPATH" not in env
    for path in _where_imported(python, work, env):
        assert path.is_relative_to(venv) and not path.is_relative_to(ROOT), f"{path} is not the installed copy"

    outputs = smoke.smoke_cli([str(venv / BIN / "complaintdesk-admin")], work, env)
    letter = "".join(page.extract_text() for page in PdfReader(outputs.letter).pages)
    assert outputs.case_no in letter and "答复书" in letter
    assert load_workbook(outputs.report, read_only=True).sheetnames

    log = smoke.smoke_gui([str(venv / BIN / "complaintdesk")], work, env)
    assert smoke.OPENED in log and "(demo), signed in as" in log
    # The demo office was a folder of the app's own, in the temporary folder given to it.
    assert str(work / "tmp") in log
