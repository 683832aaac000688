"""Finds, registers and checks the CJK fonts letters are set in (embedded TrueType, or a warned CID fallback)."""

from __future__ import annotations

import functools
import os
import struct
import sys
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from complaintdesk.messages import Text
from complaintdesk.messages.documents import FONT_CONFIGURED_UNUSABLE, FONT_NOT_EMBEDDED
from complaintdesk.resources import resource_path

# What we draw instead of a character the font cannot show: visible, and reported as a warning.
PLACEHOLDER = "□"
PLACEHOLDER_LAST_RESORT = "?"

CID_FALLBACK = "STSong-Light"

ROLES = ("body", "title", "heading1", "heading2")


@dataclass(frozen=True, slots=True)
class FontFile:
    """One TrueType file, and the face inside it when it is a collection (.ttc)."""

    path: str
    subfont_index: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", os.fspath(self.path))


@dataclass(frozen=True, slots=True)
class FontConfig:
    """Fonts an administrator configured; roles left as None use the body font (not a discovered one),
    so what is configured is exactly what prints."""

    body: FontFile
    title: FontFile | None = None
    heading1: FontFile | None = None
    heading2: FontFile | None = None

    @classmethod
    def of(cls, value: FontConfig | FontFile | str | os.PathLike[str]) -> FontConfig:
        if isinstance(value, FontConfig):
            return value
        if isinstance(value, FontFile):
            return cls(value)
        return cls(FontFile(os.fspath(value)))


@dataclass(frozen=True, slots=True)
class FontSet:
    """Registered ReportLab font names per role, and whether the PDF will carry them."""

    body: str
    title: str
    heading1: str
    heading2: str
    embedded: bool
    source: str
    warnings: tuple[Text, ...] = ()
    # Registered name → human-readable file description, for warnings that name the font.
    descriptions: Mapping[str, str] = field(default_factory=dict, compare=False)
    # Registered name → the file it came from (absent for the built-in CID font).
    files: Mapping[str, FontFile] = field(default_factory=dict, compare=False)

    def role(self, name: str) -> str:
        if name not in ROLES:
            raise ValueError(f"unknown font role {name!r}; valid: {', '.join(ROLES)}")
        return getattr(self, name)

    def has_char(self, font_name: str, char: str) -> bool:
        return _has_char(font_name, char)

    def describe(self, font_name: str) -> str:
        return self.descriptions.get(font_name, font_name)


@dataclass(frozen=True, slots=True)
class _Candidate:
    file_name: str
    subfont_index: int = 0
    label: str = ""


# Preference per role: Windows office fonts first (what the office's own Word documents use), then the
# common Linux/macOS TrueType CJK fonts. Song/Hei faces stand in when no FangSong exists.
_WINDOWS_BODY = (_Candidate("simfang.ttf", 0, "仿宋 FangSong"), _Candidate("simsun.ttc", 0, "宋体 SimSun"))
_OTHER_BODY = (
    _Candidate("wqy-zenhei.ttc", 0, "文泉驿正黑 WenQuanYi Zen Hei"),
    _Candidate("wqy-microhei.ttc", 0, "文泉驿微米黑 WenQuanYi Micro Hei"),
    _Candidate("gbsn00lp.ttf", 0, "AR PL SungtiL GB"),
    _Candidate("uming.ttc", 0, "AR PL UMing"),
    _Candidate("Songti.ttc", 0, "宋体-简 Songti SC"),
    _Candidate("STHeiti Light.ttc", 0, "华文黑体 STHeiti"),
    _Candidate("Arial Unicode.ttf", 0, "Arial Unicode MS"),
)
# Shipped with the application (SIL OFL 1.1, resources/fonts): a real 仿宋 that makes every letter
# embeddable on a machine without any CJK TrueType font. Last, because it lacks about half of GBK's
# hanzi (it has 10,953 of 20,902; all of GB2312) and letters have no per-glyph fallback yet: a system
# font with full GBK coverage (wqy-zenhei) prints rare name characters that it would print as □.
BUNDLED_FONT = ("fonts", "ZhuqueFangsong.ttf")
_BUNDLED_BODY = _Candidate("ZhuqueFangsong.ttf", 0, "朱雀仿宋 Zhuque Fangsong（随程序提供）")
_ROLE_CANDIDATES: dict[str, tuple[_Candidate, ...]] = {
    "body": _WINDOWS_BODY + _OTHER_BODY + (_BUNDLED_BODY,),
    "title": (
        _Candidate("FZXBSJW.TTF", 0, "方正小标宋简体"),
        _Candidate("simhei.ttf", 0, "黑体 SimHei"),
        _Candidate("simsun.ttc", 0, "宋体 SimSun"),
    ),
    "heading1": (_Candidate("simhei.ttf", 0, "黑体 SimHei"),),
    "heading2": (
        _Candidate("simkai.ttf", 0, "楷体 KaiTi"),
        _Candidate("gkai00mp.ttf", 0, "AR PL KaitiM GB"),
        _Candidate("ukai.ttc", 0, "AR PL UKai"),
    ),
}


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
    return [data_home / "fonts", home / ".fonts", Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]


def bundled_font_directories() -> list[Path]:
    """The application's own font folder (empty when this installation lacks it)."""
    try:
        folder = resource_path(*BUNDLED_FONT[:-1])
    except (OSError, ValueError):
        return []
    return [folder] if folder.is_dir() else []


def _index_font_files(directories: Iterable[Path]) -> dict[str, Path]:
    """Lower-cased file name → first path found; font folders are small enough to walk once."""
    found: dict[str, Path] = {}
    for directory in directories:
        if not directory.is_dir():
            continue
        for root, _dirs, files in os.walk(directory):
            for name in sorted(files):
                found.setdefault(name.lower(), Path(root) / name)
    return found


def has_truetype_outlines(path: str | os.PathLike[str], subfont_index: int = 0) -> bool:
    """True when the (sub)font has a 'glyf' table: ReportLab cannot embed CFF ('OTTO') outlines."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if not 0 <= subfont_index < count:
                    return False
                handle.seek(12 + 4 * subfont_index)
                offset = struct.unpack(">I", handle.read(4))[0]
                handle.seek(offset)
                head = handle.read(12)
            num_tables = struct.unpack(">H", head[4:6])[0]
            directory = handle.read(16 * num_tables)
    except (OSError, struct.error):
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags and b"cmap" in tags


# --- registration (once per process) ----------------------------------------------------------

_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}
# Registered name → code points the font maps to a real glyph (None: the CID fallback, checked by GB2312).
_coverage: dict[str, frozenset[int] | None] = {}


def _register_truetype(font: FontFile) -> str:
    """Register one TrueType face and return its ReportLab name; raises TTFError/OSError when unusable."""
    key = (os.path.abspath(font.path), font.subfont_index)
    with _lock:
        if key in _registered:
            return _registered[key]
        if not has_truetype_outlines(font.path, font.subfont_index):
            raise TTFError(f"{font.path}: 不是TrueType（glyf）字体，ReportLab无法嵌入（例如CFF/OpenType字体）")
        stem = "".join(ch if ch.isalnum() else "-" for ch in Path(font.path).stem)
        name = f"CD-{stem}-{font.subfont_index}"
        if name in _coverage:  # same stem from another folder
            name = f"{name}-{len(_registered)}"
        ttf = TTFont(name, font.path, subfontIndex=font.subfont_index)
        pdfmetrics.registerFont(ttf)
        _coverage[name] = frozenset(code for code, glyph in ttf.face.charToGlyph.items() if glyph)
        _registered[key] = name
        return name


def _register_cid_fallback() -> str:
    with _lock:
        if CID_FALLBACK not in _coverage:
            pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
            _coverage[CID_FALLBACK] = None
    return CID_FALLBACK


def _has_char(font_name: str, char: str) -> bool:
    if font_name not in _coverage:
        raise KeyError(f"font {font_name!r} was not registered by complaintdesk.documents.fonts")
    coverage = _coverage[font_name]
    if coverage is None:
        # The fallback is drawn by whatever font the reader substitutes; only GB2312 is safe everywhere.
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True
    return ord(char) in coverage


def _describe(font: FontFile, label: str = "") -> str:
    index = f"#{font.subfont_index}" if font.path.lower().endswith(".ttc") else ""
    return f"{label + ' ' if label else ''}({font.path}{index})"


# --- discovery --------------------------------------------------------------------------------


def discover_font_set(
    config: FontConfig | FontFile | str | os.PathLike[str] | None = None,
    *,
    directories: Sequence[Path] | None = None,
    bundled: bool = True,
) -> FontSet:
    """Find and register fonts: the configured file(s); else Windows then Linux/macOS CJK TrueType
    fonts in ``directories`` (default: this platform's font folders), then (``bundled``) the
    application's own 朱雀仿宋; else the non-embedded ``STSong-Light`` CID font with a warning saying
    what to install."""
    warnings: list[Text] = []
    if config is not None:
        config = FontConfig.of(config)
        try:
            return _configured_font_set(config)
        except (TTFError, OSError, ValueError) as exc:
            warnings.append(FONT_CONFIGURED_UNUSABLE(problem=str(exc)))

    system = font_directories() if directories is None else list(directories)
    # The bundled folder last: a system copy of the same file name is found first.
    files = _index_font_files(system + (bundled_font_directories() if bundled else []))
    chosen: dict[str, tuple[str, str, FontFile]] = {}
    for role in ROLES:
        for candidate in _ROLE_CANDIDATES[role]:
            path = files.get(candidate.file_name.lower())
            if path is None:
                continue
            font = FontFile(str(path), candidate.subfont_index)
            try:
                chosen[role] = (_register_truetype(font), _describe(font, candidate.label), font)
                break
            except (TTFError, OSError):
                continue
        if role == "body" and "body" not in chosen:
            break
    if "body" in chosen:
        names = {role: chosen.get(role, chosen["body"])[0] for role in ROLES}
        return FontSet(
            **names,
            embedded=True,
            source=f"{'随程序提供的字体' if _is_bundled(chosen['body'][2]) else '系统字体'}：正文 {chosen['body'][1]}",
            warnings=tuple(warnings),
            descriptions={name: desc for name, desc, _font in chosen.values()},
            files={name: font for name, _desc, font in chosen.values()},
        )

    name = _register_cid_fallback()
    warnings.append(FONT_NOT_EMBEDDED(font=CID_FALLBACK))
    return FontSet(
        body=name, title=name, heading1=name, heading2=name,
        embedded=False,
        source=f"ReportLab 内置 {CID_FALLBACK}（未嵌入）",
        warnings=tuple(warnings),
        descriptions={name: f"{CID_FALLBACK}（未嵌入）"},
    )


def _is_bundled(font: FontFile) -> bool:
    return any(Path(font.path).parent == folder for folder in bundled_font_directories())


def _configured_font_set(config: FontConfig) -> FontSet:
    body = _register_truetype(config.body)
    descriptions = {body: _describe(config.body, "设置中指定的字体")}
    files = {body: config.body}
    names = {"body": body}
    for role in ("title", "heading1", "heading2"):
        font = getattr(config, role)
        if font is None:
            names[role] = body
            continue
        names[role] = _register_truetype(font)
        descriptions[names[role]] = _describe(font, "设置中指定的字体")
        files[names[role]] = font
    return FontSet(
        **names,
        embedded=True,
        source=f"设置中指定的字体 {config.body.path}",
        descriptions=descriptions,
        files=files,
    )


@functools.lru_cache(maxsize=16)
def _cached_font_set(config: FontConfig | None) -> FontSet:
    return discover_font_set(config)


def load_font_set(config: FontConfig | FontFile | str | os.PathLike[str] | None = None) -> FontSet:
    """Like ``discover_font_set`` with the default folders, but looked up once per process and config."""
    return _cached_font_set(None if config is None else FontConfig.of(config))


# --- glyph coverage ---------------------------------------------------------------------------


def missing_characters(text: str, font_set: FontSet, role: str = "body") -> set[str]:
    """Characters of ``text`` that neither the role's font nor the body font can draw (whitespace
    and control characters excepted): these print as a placeholder and must be reported."""
    fonts = _fallback_chain(font_set, role)
    return {
        char
        for char in set(text)
        if not char.isspace() and char.isprintable() and not any(_has_char(f, char) for f in fonts)
    }


def _fallback_chain(font_set: FontSet, role: str) -> tuple[str, ...]:
    primary = font_set.role(role)
    return (primary,) if primary == font_set.body else (primary, font_set.body)


def placeholder_for(font_set: FontSet, font_name: str) -> str:
    """The visible stand-in for a missing character in ``font_name``."""
    return PLACEHOLDER if _has_char(font_name, PLACEHOLDER) else PLACEHOLDER_LAST_RESORT


def font_for_char(font_set: FontSet, role: str, char: str) -> str | None:
    """The first font of the role's chain that has ``char``, or None when none has it."""
    for font in _fallback_chain(font_set, role):
        if _has_char(font, char):
            return font
    return None
