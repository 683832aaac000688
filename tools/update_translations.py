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

Two kinds of entries are written from their one definition in Python instead of being typed into
Qt Linguist (``pyside6-lupdate`` would see a ``QT_TRANSLATE_NOOP`` in any module, but the Chinese
would then be written twice, once in the code and once in the catalogue):

* every coded message of ``complaintdesk.messages`` — context ``messages``, the code as
  disambiguation, the English as source and the Chinese as translation (``ui/messages.py`` looks
  them up the same way);
* the labels of the domain's labelled vocabularies (``ui/labels.py: VOCABULARIES``) — the enum's
  name as context, ``label_en`` as source, ``label_zh`` as translation.

In the English catalogue they are, like every plain string, their own source and not written.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
CATALOGS = {
    "zh_CN": [],
    "en": ["-pluralonly"],
}


def sources(root: Path = ROOT) -> list[Path]:
    ui_dir = root / "complaintdesk" / "ui"
    # Every hand-written module, packages included (ui/settings/…); never the generated ui/forms/.
    modules = sorted(f for f in ui_dir.rglob("*.py") if f.relative_to(ui_dir).parts[0] != "forms")
    files = sorted((root / "forms").glob("*.ui")) + modules
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


def written_entries() -> dict[str, list[tuple[str, str | None, str]]]:
    """Context → (source, disambiguation, Chinese) of every entry written from Python definitions."""
    sys.path.insert(0, str(ROOT))  # run as a script from the repository root
    from complaintdesk.messages import catalogue
    from complaintdesk.ui.labels import VOCABULARIES
    from complaintdesk.ui.messages import CONTEXT

    entries: dict[str, list[tuple[str, str | None, str]]] = {
        CONTEXT: [(m.en, m.code, m.zh) for _, m in sorted(catalogue().items())]}
    for vocabulary in VOCABULARIES:
        entries[vocabulary.__name__] = [(member.label_en, None, member.label_zh) for member in vocabulary]
    return entries


def write_entries(lang: str, ts_file: Path) -> None:
    """Put the catalogue's messages and the vocabulary labels into ``ts_file`` (Chinese catalogues only)."""
    if CATALOGS[lang]:  # the English catalogue holds plural forms only
        return
    root = ET.parse(ts_file).getroot()
    contexts = {ctx.findtext("name"): ctx for ctx in root.iter("context")}
    for name, entries in written_entries().items():
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        ours = {(source, comment) for source, comment, _ in entries}
        for message in list(context.iter("message")):
            if (message.findtext("source"), message.findtext("comment")) in ours:
                context.remove(message)
        for source, comment, translation in entries:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            ET.SubElement(message, "translation").text = translation
    root[:] = sorted(root, key=lambda ctx: ctx.findtext("name") or "")
    root.text = "\n"
    for context in root:  # laid out as lupdate does: contexts at the margin, their entries indented
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = _lupdate_quotes(root)
    ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def _lupdate_quotes(root: ET.Element) -> str:
    """The XML text with quotes in texts escaped as lupdate writes them (a re-run then changes nothing)."""
    marks = {"'": "\x01", '"': "\x02"}
    for element in root.iter():
        if element.text:
            element.text = element.text.translate(str.maketrans(marks))
    body = ET.tostring(root, encoding="unicode")
    return body.replace("\x01", "&apos;").replace("\x02", "&quot;")


def refresh(lang: str, ts_file: Path, root: Path = ROOT) -> None:
    """lupdate over the UI sources, then the entries written from Python definitions."""
    lupdate(lang, ts_file, root)
    write_entries(lang, ts_file)


def lrelease(ts_file: Path) -> Path:
    # Written beside, then renamed over the old file: a running app or test maps the .qm (QTranslator
    # mmaps it), and rewriting that file in place kills such a process with SIGBUS.
    qm_file = ts_file.with_suffix(".qm")
    partial = qm_file.with_suffix(".qm.partial")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(partial)], check=True)
    partial.replace(qm_file)
    return qm_file


def main() -> int:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    unfinished = 0
    for lang in CATALOGS:
        ts_file = ts_path(lang)
        refresh(lang, ts_file)
        qm_file = lrelease(ts_file)
        count = ts_file.read_text(encoding="utf-8").count('type="unfinished"')
        unfinished += count
        print(f"{ts_file.relative_to(ROOT)}: {count} unfinished; wrote {qm_file.relative_to(ROOT)}")
    return 1 if unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
