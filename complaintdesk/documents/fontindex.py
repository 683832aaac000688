"""The fonts installed on this computer, by family name.

Linux (also UOS and Kylin): fontconfig's own list (``fc-list``), which knows every configured folder and
every family name of the name tables, Chinese ones included. Windows, macOS, or a Linux without
fontconfig's tools: the name tables of the files in the font folders (Windows: ``C:\\Windows\\Fonts``
and the user's ``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts``), read by fontfiles.py.

Either way the list is cached as JSON in the per-user data folder, keyed by the modification times of
the font folders (installing or removing a font changes its folder's time), so a start reads one
small file instead of running fc-list or opening every font; ``system_faces(refresh=True)`` rebuilds it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from complaintdesk.documents.fontfiles import FontFile, read_cmap, read_faces

CACHE_VERSION = 1
CACHE_FILE = ("cache", "fonts.json")
FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
# A face is a CJK font (a candidate for per-glyph fallback) when it maps one of these: 中, 文, the first
# ideographs of Extension A and B, and 𠮷 (SimSun-ExtB has only the supplementary planes).
CJK_PROBE = frozenset({0x4E2D, 0x6587, 0x3400, 0x20000, 0x20BB7})
# Fonts this size or larger are probed for CJK even without a Chinese name (the Arphic fonts, SimSun-ExtB).
CJK_PROBE_MIN_SIZE = 1_000_000
FC_LIST_TIMEOUT = 20  # seconds: a cold fontconfig cache on a slow disk may take a while
_FC_FORMAT = "%{family}\t%{style}\t%{fontformat}\t%{index}\t%{file}\n"


@dataclass(frozen=True, slots=True)
class FaceInfo:
    """One installed face: its family names (all languages), file, face index, style and what it can do."""

    families: tuple[str, ...]
    path: str
    index: int = 0
    style: str = ""
    truetype: bool = True  # TrueType outlines (glyf): ReportLab can embed it
    cjk: bool = True  # maps Chinese characters: a candidate for per-glyph fallback

    @property
    def file(self) -> FontFile:
        return FontFile(self.path, self.index)

    @classmethod
    def from_json(cls, item: dict) -> FaceInfo:
        return cls(tuple(item["families"]), item["path"], int(item["index"]), item.get("style", ""),
                   bool(item.get("truetype", True)), bool(item.get("cjk", True)))


def font_directories() -> list[Path]:
    """Where this platform keeps fonts, most specific first."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs = [Path(windir) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"),
                Path("/System/Library/Fonts/Supplemental")]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    data_dirs = (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(os.pathsep)
    dirs = [data_home / "fonts", home / ".fonts", *(Path(d) / "fonts" for d in data_dirs if d)]
    return list(dict.fromkeys(dirs))


def _is_cjk(path: str, index: int, chinese_name: bool) -> bool:
    try:
        big = os.path.getsize(path) >= CJK_PROBE_MIN_SIZE
    except OSError:
        return False
    return (chinese_name or big) and not CJK_PROBE.isdisjoint(read_cmap(path, index))


def scan_directories(directories: Iterable[str | os.PathLike[str]]) -> list[FaceInfo]:
    """Every face of every font file under ``directories``, from the files' own name tables."""
    faces: list[FaceInfo] = []
    for directory in directories:
        for root, _dirs, files in sorted(os.walk(directory)):
            for name in sorted(files):
                if not name.lower().endswith(FONT_SUFFIXES):
                    continue
                path = os.path.join(root, name)
                for face in read_faces(path):
                    if face.families:
                        cjk = face.truetype and _is_cjk(path, face.index, face.chinese_name)
                        faces.append(FaceInfo(face.families, path, face.index, face.style, face.truetype, cjk))
    return faces


def _split_list(value: str) -> list[str]:
    """fontconfig's list value: elements separated by commas, a literal comma escaped with a backslash."""
    return [re.sub(r"\\(.)", r"\1", part).strip() for part in re.split(r"(?<!\\),", value) if part.strip()]


def parse_fc_list(output: str) -> list[FaceInfo]:
    """Faces from ``fc-list --format`` output (see ``_FC_FORMAT``); the CJK probe reads each TrueType cmap."""
    faces = []
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) != 5 or not parts[4]:
            continue
        families, styles, kind, index, path = parts
        names = tuple(dict.fromkeys(_split_list(families)))
        if not names:
            continue
        truetype = kind.strip().lower() == "truetype"
        chinese = any(any("\u3400" <= ch <= "\u9fff" for ch in name) for name in names)
        cjk = truetype and _is_cjk(path, int(index or 0), chinese)
        style = (_split_list(styles) or [""])[0]
        faces.append(FaceInfo(names, path, int(index or 0), style, truetype, cjk))
    return sorted(faces, key=lambda face: (face.path, face.index))


def _fc_list() -> list[FaceInfo] | None:
    """fontconfig's list of fonts, or None where fc-list is not available (Windows, some minimal systems)."""
    if sys.platform.startswith("win") or shutil.which("fc-list") is None:
        return None
    try:
        done = subprocess.run(["fc-list", "--format", _FC_FORMAT], capture_output=True, timeout=FC_LIST_TIMEOUT,
                              check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_fc_list(done.stdout.decode("utf-8", "replace"))


def _fingerprint(roots: Iterable[Path], faces: Sequence[FaceInfo]) -> dict[str, int]:
    """Modification time of every folder under ``roots`` and of every folder holding a listed face."""
    folders: dict[str, int] = {}

    def note(folder: str) -> None:
        try:
            folders[folder] = os.stat(folder).st_mtime_ns
        except OSError:
            folders[folder] = -1

    for root in roots:
        if root.is_dir():
            for current, _dirs, _files in os.walk(root):
                note(current)
    for face in faces:
        folder = os.path.dirname(face.path)
        if folder not in folders:
            note(folder)
    return folders


def _cache_path() -> Path:
    # Imported only when the list is needed: keeps config out of a letter's import graph.
    from complaintdesk.config import data_dir

    return data_dir().joinpath(*CACHE_FILE)


def _read_cache(roots: Sequence[Path]) -> list[FaceInfo] | None:
    try:
        cached = json.loads(_cache_path().read_text(encoding="utf-8"))
        if cached.get("version") != CACHE_VERSION or cached.get("roots") != [str(r) for r in roots]:
            return None
        faces = [FaceInfo.from_json(item) for item in cached["faces"]]
        if _fingerprint(roots, faces) != cached["folders"]:
            return None
        return faces
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(roots: Sequence[Path], faces: Sequence[FaceInfo]) -> None:
    payload = {"version": CACHE_VERSION, "roots": [str(r) for r in roots], "folders": _fingerprint(roots, faces),
               "faces": [asdict(face) for face in faces]}
    path = _cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only data folder: the list is built again next time, nothing else is lost


_lock = threading.Lock()
_memo: list[FaceInfo] | None = None


def system_faces(*, refresh: bool = False) -> list[FaceInfo]:
    """Every face installed on this computer (fc-list, else the font folders), cached on disk and per process."""
    global _memo
    with _lock:
        if _memo is not None and not refresh:
            return list(_memo)
        roots = font_directories()
        faces = None if refresh else _read_cache(roots)
        if faces is None:
            faces = _fc_list()
            if faces is None:
                faces = scan_directories(roots)
            _write_cache(roots, faces)
        _memo = faces
        return list(faces)
