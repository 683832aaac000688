"""Regenerate the interface translations: pyside6-lupdate → resources/i18n/*.ts, pyside6-lrelease → *.qm.

Usage (from the repository root)::

    python tools/update_translations.py          # after changing any tr() string or form
    # then translate the new entries (type="unfinished") in Qt Linguist:
    pyside6-linguist resources/i18n/complaintdesk_zh_CN.ts
    python tools/update_translations.py          # again, to compile the .qm files

Sources are the Designer forms (forms/*.ui) and the hand-written UI modules; the generated
complaintdesk/ui/forms/ui_*.py are skipped because they repeat the forms' strings. The English
file holds plural forms only ("%n case(s)" → "1 case" / "2 cases"); every other English text is
the source string itself. Existing translations are kept; messages that left the code are dropped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
CATALOGS = {
    "zh_CN": [],
    "en": ["-pluralonly"],
}


def sources(root: Path = ROOT) -> list[Path]:
    ui_dir = root / "complaintdesk" / "ui"
    files = sorted((root / "forms").glob("*.ui")) + sorted(ui_dir.glob("*.py"))
    return [f for f in files if f.name != "__init__.py"]


def ts_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"complaintdesk_{lang}.ts"


def _tool(name: str) -> str:
    # The tool next to this interpreter first: a stray one on PATH may belong to another Qt.
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def lupdate(lang: str, ts_file: Path, root: Path = ROOT) -> None:
    """Write/refresh ``ts_file`` from the sources, keeping existing translations."""
    cmd = [_tool("pyside6-lupdate"), *map(str, sources(root)), "-ts", str(ts_file),
           "-target-language", lang, "-no-obsolete", "-locations", "none", "-silent", *CATALOGS[lang]]
    subprocess.run(cmd, check=True, cwd=root)


def lrelease(ts_file: Path) -> Path:
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    return qm_file


def main() -> int:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    unfinished = 0
    for lang in CATALOGS:
        ts_file = ts_path(lang)
        lupdate(lang, ts_file)
        qm_file = lrelease(ts_file)
        count = ts_file.read_text(encoding="utf-8").count('type="unfinished"')
        unfinished += count
        print(f"{ts_file.relative_to(ROOT)}: {count} unfinished; wrote {qm_file.relative_to(ROOT)}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
