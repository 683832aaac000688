"""Build the one-folder desktop bundle ``dist/ComplaintDesk/`` with PyInstaller (Linux or Windows).

Usage (from the repository, after ``pip install -e ".[bundle]"``)::

    python tools/build_bundle.py            # → dist/ComplaintDesk/{ComplaintDesk,complaintdesk-admin}
    python tools/smoke_bundle.py dist/ComplaintDesk

Steps: copy the sources to ``build/bundle/src`` (so that no stale ``build/lib`` of the checkout can
slip in), build the wheel from them (``pip wheel --no-deps --no-build-isolation``), install that wheel
into ``build/bundle/site`` and run ``packaging/complaintdesk.spec`` on it. The bundle therefore holds
exactly the modules and data files the wheel holds, laid out as an installed copy finds them. Finally
it checks that the pieces a new office needs are inside and prints the folder's size.

A bundle is built for the system it is built on: on Windows it gives ``ComplaintDesk.exe`` and
``complaintdesk-admin.exe`` (see the README's Windows recipe).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGE = ROOT / "build" / "bundle"
SPEC = ROOT / "packaging" / "complaintdesk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "ComplaintDesk"
EXE = ".exe" if os.name == "nt" else ""
PLUGINS = "PySide6/Qt/plugins" if os.name != "nt" else "PySide6/plugins"
TRANSLATIONS = "PySide6/Qt/translations" if os.name != "nt" else "PySide6/translations"

# What must be in the bundle, relative to its _internal/ folder (checked after the build).
REQUIRED = [
    "complaintdesk/shipped/migrations/env.py",
    "complaintdesk/shipped/migrations/versions",
    "complaintdesk/shipped/resources/fonts/ZhuqueFangsong.ttf",
    "complaintdesk/shipped/resources/i18n/complaintdesk_zh_CN.qm",
    "complaintdesk/shipped/resources/holidays/cn_official.csv",
    "complaintdesk/shipped/forms",
    f"{PLUGINS}/platforms",
    f"{PLUGINS}/imageformats",
    f"{TRANSLATIONS}/qtbase_zh_CN.qm",
]
PLATFORM_PLUGINS = ["qoffscreen", "qxcb"] if sys.platform.startswith("linux") else ["qwindows"] if os.name == "nt" else []


def _run(*argv: str | Path, cwd: Path = ROOT) -> None:
    print("$", " ".join(str(a) for a in argv), flush=True)
    subprocess.run([str(a) for a in argv], cwd=cwd, check=True)


def stage_sources() -> Path:
    """A clean copy of what the wheel is built from."""
    shutil.rmtree(STAGE, ignore_errors=True)
    src = STAGE / "src"
    src.mkdir(parents=True)
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for folder in ("complaintdesk", *config["tool"]["setuptools"]["package-dir"].values()):
        shutil.copytree(ROOT / folder, src / folder, ignore=ignore)
    return src


def install_wheel(src: Path) -> Path:
    """Build the wheel and install it (no dependencies: they come from this environment) into the stage."""
    wheels, site = STAGE / "wheel", STAGE / "site"
    pip = (sys.executable, "-m", "pip")
    _run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", src, "-w", wheels)
    (wheel,) = wheels.glob("complaintdesk-*.whl")
    _run(*pip, "install", "-q", "--no-deps", "--no-index", "--no-compile", "--target", site, wheel)
    return site


def run_pyinstaller(site: Path) -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    # The installed copy first on the module search path, for the analysis and for the hooks' helper
    # processes alike (an editable install's import hook is invisible to PyInstaller).
    env = {**os.environ, "COMPLAINTDESK_BUNDLE_SITE": str(site), "PYTHONPATH": str(site)}
    argv = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(STAGE / "work"), str(SPEC)]
    print("$", " ".join(argv), flush=True)
    # Run from the stage, so that the checkout's own complaintdesk/ (the current folder would be first on
    # the module search path) is never analysed instead of the installed copy.
    subprocess.run(argv, cwd=STAGE, env=env, check=True)


def check_bundle() -> list[str]:
    """What is missing from the bundle (empty when complete)."""
    internal = BUNDLE / "_internal"
    missing = [f"{name}{EXE}" for name in ("ComplaintDesk", "complaintdesk-admin") if not (BUNDLE / f"{name}{EXE}").is_file()]
    missing += [path for path in REQUIRED if not (internal / path).exists()]
    versions = internal / "complaintdesk/shipped/migrations/versions"
    if not sorted(versions.glob("*.py")):
        missing.append("the migration scripts (complaintdesk/shipped/migrations/versions/*.py)")
    for plugin in PLATFORM_PLUGINS:
        if not list((internal / PLUGINS / "platforms").glob(f"*{plugin}*")):
            missing.append(f"the Qt platform plugin {plugin}")
    return missing


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    start = time.perf_counter()
    site = install_wheel(stage_sources())
    run_pyinstaller(site)
    missing = check_bundle()
    if missing:
        print("the bundle is incomplete; missing:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    size = folder_size(BUNDLE)
    print(f"built {BUNDLE} ({size / 2**20:.0f} MiB) in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
