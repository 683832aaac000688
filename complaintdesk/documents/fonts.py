"""The fonts letters are set in, by role (GB/T 9704: 仿宋 body, 小标宋 title, 黑体 and 楷体 headings, 宋体 page
numbers), found by FAMILY NAME among the fonts installed on this computer (fontindex.py), and the
per-glyph fallback that draws a character a role's font lacks from the next font that has it.

* ``resolve(settings)`` → ``FontSet``: per role the family and file chosen (``documents.fonts`` = {role:
  family name or file path}; the older ``documents.font_path`` still sets the body, or roles as a mapping),
  whether the body is a 仿宋 (a warning when not), and the fallback chain of each role: the role's font,
  the other roles' fonts, then every CJK TrueType face installed (SimSun-ExtB, wqy…), each embedded as its
  own subset. ``available_families(role)`` lists what this computer offers for a role.
* Fonts are registered with ReportLab lazily, on first use, once per process: a letter that never
  shows a level-2 heading never parses the 楷体 file, and a fallback font is read only when a character
  needs it (its character map first, through fontfiles.read_cmap; the whole font only if it has it).
* Only TrueType outlines (glyf) can be embedded; CFF OpenType faces are never chosen. With no embeddable
  font at all, the non-embedded CID font ``STSong-Light`` is used with a warning.
"""

from __future__ import annotations

import copy
import functools
import os
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from complaintdesk.documents.font_cache import load_ttfont
from complaintdesk.documents.fontfiles import FontFile, has_truetype_outlines, read_cmap, read_faces
from complaintdesk.documents.fontindex import FaceInfo, font_directories, scan_directories, system_faces
from complaintdesk.messages import Text
from complaintdesk.messages.documents import (
    BODY_NOT_FANGSONG,
    FONT_CONFIGURED_UNUSABLE,
    FONT_FAMILY_NOT_FOUND,
    FONT_NOT_EMBEDDED,
    FONT_ROLE_NAMES,
)
from complaintdesk.resources import resource_path

__all__ = [
    "BUNDLED_FAMILY", "CID_FALLBACK", "PLACEHOLDER", "ROLES", "FaceInfo", "FontConfig", "FontFile", "FontSet",
    "RoleFont", "available_families", "discover_font_set", "font_config", "font_directories", "font_for_char",
    "has_truetype_outlines", "is_fangsong", "is_placeholder_font", "load_font_set", "missing_characters",
    "reload_fonts", "resolve", "unprintable_characters",
]

# What we draw instead of a character no font has: visible (boxed in red in a draft), and reported.
PLACEHOLDER = "□"
PLACEHOLDER_LAST_RESORT = "?"
CID_FALLBACK = "STSong-Light"

ROLES = ("body", "title", "heading1", "heading2", "page_number")
FONTS_KEY = "documents.fonts"  # {role: family name, or file path, or [path, face index]}
FONT_PATH_KEY = "documents.font_path"  # older: one file for the body, or {role: file}

# Family names per role, in the order tried: the names offices have (Windows, IT-installed 方正 and
# 华文 faces, English and Chinese spellings), then the common Linux faces. No free 小标宋 exists.
_FANGSONG = ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK", "FZFangSong-Z02", "方正仿宋简体",
             "FZFangSong-Z02S", "华文仿宋", "STFangsong")
_SONG = ("宋体", "SimSun", "方正书宋_GBK", "FZShuSong-Z01", "方正书宋简体", "FZShuSong-Z01S", "华文宋体", "STSong")
_HEI = ("黑体", "SimHei", "方正黑体_GBK", "FZHei-B01", "方正黑体简体", "FZHei-B01S", "华文黑体", "STHeiti")
_KAI = ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "FZKai-Z03", "方正楷体简体", "FZKai-Z03S",
        "华文楷体", "STKaiti")
_XIAOBIAOSONG = ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05", "小标宋",
                 "华文中宋", "STZhongsong")
_LINUX_MING = ("AR PL UMing CN", "AR PL SungtiL GB")
_LINUX_HEI = ("WenQuanYi Zen Hei", "WenQuanYi Micro Hei")
_LINUX_KAI = ("AR PL UKai CN", "AR PL KaitiM GB", "LXGW WenKai", "霞鹜文楷")
BUNDLED_FONT = ("fonts", "ZhuqueFangsong.ttf")
BUNDLED_FAMILY = "Zhuque Fangsong"
_ZHUQUE = (BUNDLED_FAMILY, "朱雀仿宋")
ROLE_FAMILIES: Mapping[str, tuple[str, ...]] = {
    "body": _FANGSONG + _ZHUQUE,
    "title": _XIAOBIAOSONG + _HEI[:2] + _SONG[:2] + _LINUX_MING + _LINUX_HEI[:1],
    "heading1": _HEI + ("Microsoft YaHei", "微软雅黑") + _LINUX_HEI,
    "heading2": _KAI + _LINUX_KAI,
    "page_number": _SONG + _LINUX_MING,
}
# A body that is not 仿宋 (warned): a Song face first, then whatever CJK face there is.
_BODY_STAND_INS = _SONG[:2] + _LINUX_MING + _LINUX_HEI
# Where a role looks for a character its font lacks, before the other installed fonts: the closest look first.
FALLBACK_ORDER: Mapping[str, tuple[str, ...]] = {
    "body": ("page_number", "title", "heading2", "heading1"),
    "title": ("page_number", "body", "heading1", "heading2"),
    "heading1": ("title", "page_number", "body", "heading2"),
    "heading2": ("body", "page_number", "title", "heading1"),
    "page_number": ("body", "title", "heading2", "heading1"),
}
# Installed faces tried first among the rest (Song faces, then the Ext-B ones, then the big 黑 faces).
_FALLBACK_PREFERENCE = ("SimSun", "NSimSun", "SimSun-ExtB", "MingLiU-ExtB", "AR PL UMing CN", "WenQuanYi Zen Hei",
                        "Microsoft YaHei")
_FANGSONG_MARKS = ("仿宋", "fangsong", "zhuque")
_REGULAR_STYLES = ("regular", "normal", "book", "roman", "medium", "常规", "標準", "标准")


def _key(family: str) -> str:
    """Family names compare without case, spaces, hyphens or underscores (仿宋_GB2312 = 仿宋 GB2312)."""
    return "".join(ch for ch in family.casefold() if ch not in " -_")


def is_fangsong(*names: str) -> bool:
    """Whether a face with these family names is a 仿宋 (FangSong, 仿宋_GB2312, 方正仿宋, Zhuque Fangsong…)."""
    return any(mark in name.casefold() for name in names for mark in _FANGSONG_MARKS)


# --- configuration ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FontConfig:
    """What the settings ask for, per role: a family name, a file, or None (found on this computer)."""

    body: FontFile | str | None = None
    title: FontFile | str | None = None
    heading1: FontFile | str | None = None
    heading2: FontFile | str | None = None
    page_number: FontFile | str | None = None

    @classmethod
    def of(cls, value: FontConfig | FontFile | str | os.PathLike[str]) -> FontConfig:
        """A config from a config, a file, or a path / family name for the body."""
        if isinstance(value, FontConfig):
            return value
        return cls(_choice(value))

    def choice(self, role: str) -> FontFile | str | None:
        return getattr(self, role)


def _looks_like_path(text: str) -> bool:
    return "/" in text or "\\" in text or text.lower().endswith((".ttf", ".ttc", ".otf", ".otc"))


def _choice(item: Any) -> FontFile | str | None:
    """A setting's value for one role: a family name, a file path, or ``[path, face index]``."""
    if isinstance(item, FontFile):
        return item
    if isinstance(item, os.PathLike):
        return FontFile(os.fspath(item))
    if isinstance(item, str) and item.strip():
        text = item.strip()
        return FontFile(text) if _looks_like_path(text) else text
    if isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], int):
        return FontFile(item[0], item[1])
    return None


def font_config(settings: Mapping[str, Any] | None) -> FontConfig | None:
    """The fonts ``settings`` ask for: ``documents.fonts`` ({role: family or path}) over the older
    ``documents.font_path`` (a file for the body, or {role: file}); None when neither sets any role.
    A role left unset is found on this computer (no longer the body's font)."""
    settings = settings or {}
    legacy = settings.get(FONT_PATH_KEY)
    chosen = dict(legacy) if isinstance(legacy, Mapping) else {"body": legacy}
    per_role = settings.get(FONTS_KEY)
    if isinstance(per_role, Mapping):
        chosen.update({role: value for role, value in per_role.items() if _choice(value) is not None})
    config = FontConfig(**{role: _choice(chosen.get(role)) for role in ROLES})
    return None if config == FontConfig() else config


# --- what was chosen --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoleFont:
    """The font of one role: its family as shown to people, its file, its ReportLab name, where it came from."""

    role: str
    family: str
    file: FontFile | None  # None: the built-in, non-embedded CID font
    name: str
    origin: str  # "setting", "system", "bundled", "body" (stands in for a role with no font of its own), "builtin"
    fangsong: bool

    def describe(self) -> str:
        if self.file is None:
            return f"{self.family}（未嵌入）"
        index = f"#{self.file.subfont_index}" if self.file.path.lower().endswith(".ttc") else ""
        return f"{self.family}（{self.file.path}{index}）"


def _font_name(font: FontFile) -> str:
    """A ReportLab name for a face, the same in every process (a worker process registers it again)."""
    path = os.path.abspath(font.path)
    stem = "".join(ch if ch.isalnum() else "-" for ch in Path(path).stem)
    return f"CD-{stem}-{font.subfont_index}-{zlib.crc32(path.encode('utf-8')):08x}"


# --- registration with ReportLab (once per process, on first use) -------------------------------

_lock = threading.RLock()
# Registered name → code points the font maps to a real glyph (None: the CID font, checked by GB2312).
_coverage: dict[str, frozenset[int] | None] = {}
_cmaps: dict[tuple[str, int], frozenset[int]] = {}  # character maps of faces not (yet) registered
_placeholder_fonts: set[str] = set()


def _load_ttfont(name: str, font: FontFile) -> TTFont:
    """Parse one face for ReportLab (the slow step: 0.1–0.2 s for a CJK font; done once per process)."""
    if not has_truetype_outlines(font.path, font.subfont_index):
        raise TTFError(f"{font.path}: 不是TrueType（glyf）字体，ReportLab无法嵌入（例如CFF/OpenType字体）")
    return load_ttfont(name, font.path, font.subfont_index)  # parsed once, then from the data folder's cache


def _ensure(name: str, font: FontFile | None) -> str:
    """Register ``name`` (the face ``font``, or the CID font) unless it already is; raises TTFError/OSError."""
    if name in _coverage:
        return name
    with _lock:
        if name in _coverage:
            return name
        if font is None:
            pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
            _coverage[name] = None
            return name
        ttf = _load_ttfont(name, font)
        pdfmetrics.registerFont(ttf)
        _coverage[name] = frozenset(code for code, glyph in ttf.face.charToGlyph.items() if glyph)
        return name


def _covers(name: str, font: FontFile | None, code: int) -> bool:
    """Whether the face maps ``code``: from ReportLab's data once registered, else from its cmap alone."""
    if name in _coverage:
        coverage = _coverage[name]
        if coverage is None:
            return _in_gb2312(code)
        return code in coverage
    if font is None:
        return _in_gb2312(code)
    key = (os.path.abspath(font.path), font.subfont_index)
    if key not in _cmaps:
        _cmaps[key] = read_cmap(font.path, font.subfont_index)
    return code in _cmaps[key]


def _in_gb2312(code: int) -> bool:
    # The CID font is drawn by whatever font the reader substitutes; only GB2312 is safe everywhere.
    try:
        chr(code).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _placeholder_font(base: str) -> str:
    """A twin of the registered face ``base`` under another name, used only for placeholders, so that
    the renderer can find and box them (``is_placeholder_font``); the CID font has no twin."""
    twin = f"{base}-placeholder"
    with _lock:
        if twin in _coverage:
            return twin
        font = pdfmetrics.getFont(base)
        if not isinstance(font, TTFont):
            return base
        clone = copy.copy(font)
        clone.fontName = twin
        clone.state = WeakKeyDictionary()  # its own subset in each PDF
        pdfmetrics.registerFont(clone)
        _coverage[twin] = _coverage[base]
        _placeholder_fonts.add(twin)
    return twin


def is_placeholder_font(name: str) -> bool:
    """Whether text in this font is a placeholder for characters no font has (drawn boxed in red)."""
    return name in _placeholder_fonts


# --- the font set -----------------------------------------------------------------------------


class FontSet:
    """The fonts of one configuration: a RoleFont per role, the fallback chain of each role, what to warn.

    ``fonts.body`` (``title``, ``heading1``, ``heading2``, ``page_number``, ``role(name)``) is the role's
    ReportLab name, registered on first access; ``font_for_char(role, char)`` the first font of the
    role's chain that has the character (registered when it is used), None when no font has it."""

    def __init__(self, roles: Mapping[str, RoleFont], *, embedded: bool, warnings: Iterable[Text] = (),
                 fallbacks: Sequence[FontFile] = ()) -> None:
        self.roles = dict(roles)
        self.embedded = embedded
        self.warnings = tuple(warnings)
        self.fallbacks = tuple(fallbacks)
        self._files = {rf.name: rf.file for rf in self.roles.values()}
        self._files.update({_font_name(f): f for f in self.fallbacks})
        self._chains = {role: self._chain(role) for role in ROLES}
        self._memo: dict[tuple[str, str], str | None] = {}

    def _chain(self, role: str) -> tuple[str, ...]:
        names = [self.roles[role].name] + [self.roles[other].name for other in FALLBACK_ORDER[role]]
        names += [_font_name(font) for font in self.fallbacks]
        return tuple(dict.fromkeys(names))

    def __getstate__(self) -> dict:  # a worker process registers the fonts again, lazily
        return {"roles": self.roles, "embedded": self.embedded, "warnings": self.warnings,
                "fallbacks": self.fallbacks}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["roles"], embedded=state["embedded"], warnings=state["warnings"],
                      fallbacks=state["fallbacks"])

    # Roles ---------------------------------------------------------------------------------

    def role(self, name: str) -> str:
        """The ReportLab name of the role's font (registered now if it was not)."""
        font = self.role_font(name)
        return _ensure(font.name, font.file)

    def role_font(self, name: str) -> RoleFont:
        if name not in ROLES:
            raise ValueError(f"unknown font role {name!r}; valid: {', '.join(ROLES)}")
        return self.roles[name]

    body = property(lambda self: self.role("body"))
    title = property(lambda self: self.role("title"))
    heading1 = property(lambda self: self.role("heading1"))
    heading2 = property(lambda self: self.role("heading2"))
    page_number = property(lambda self: self.role("page_number"))

    @property
    def body_is_fangsong(self) -> bool:
        return self.roles["body"].fangsong

    def summary(self) -> tuple[tuple[Text, str], ...]:
        """(role name, family) per role, e.g. (正文, 仿宋_GB2312), for the issue dialog and the CLI."""
        return tuple((FONT_ROLE_NAMES[role](), self.roles[role].family) for role in ROLES)

    @property
    def source(self) -> str:
        body = self.roles["body"]
        where = {"setting": "设置中指定的字体", "bundled": "随程序提供的字体", "builtin": "ReportLab 内置字体"}
        return f"{where.get(body.origin, '系统字体')}：正文 {body.describe()}"

    @property
    def files(self) -> Mapping[str, FontFile]:
        """ReportLab name → file of every embeddable font this set may use (roles and fallbacks)."""
        return {name: font for name, font in self._files.items() if font is not None}

    def describe(self, font_name: str) -> str:
        for font in self.roles.values():
            if font.name == font_name:
                return font.describe()
        font = self._files.get(font_name)
        return f"{font_name}（{font.path}）" if font is not None else font_name

    # Characters ----------------------------------------------------------------------------

    def has_char(self, font_name: str, char: str) -> bool:
        if font_name not in self._files and font_name not in _coverage:
            raise KeyError(f"font {font_name!r} is not one of this font set's")
        return _covers(font_name, self._files.get(font_name), ord(char))

    def font_for_char(self, role: str, char: str) -> str | None:
        """The first font of the role's chain that has ``char`` (now registered), or None."""
        key = (role, char)
        if key in self._memo:
            return self._memo[key]
        found = None
        for position, name in enumerate(self._chains[role]):
            font = self._files[name]
            # The role's own face is drawn with anyway: registered at once (from the face cache, milliseconds)
            # rather than its character map read first (a CJK face's: 10–20 ms) and then registered.
            if position == 0 and font is not None:
                try:
                    _ensure(name, font)
                except (TTFError, OSError, ValueError):
                    continue
            if _covers(name, font, ord(char)):
                try:
                    _ensure(name, font)
                except (TTFError, OSError, ValueError):
                    continue  # a damaged fallback file: try the next
                if _covers(name, font, ord(char)):
                    found = name
                    break
        self._memo[key] = found
        return found

    def placeholder(self, role: str) -> tuple[str, str]:
        """(font, character) to draw for a character no font has: □ in a placeholder twin of the first
        font of the role's chain whose □ fills a whole cell (the renderer boxes it in red; 朱雀仿宋's □
        is half as wide), else of the first that has one, else ? in the role's font."""
        having = [name for name in self._chains[role] if self.has_char(name, PLACEHOLDER)]
        for name in having:
            _ensure(name, self._files[name])
            if pdfmetrics.stringWidth(PLACEHOLDER, name, 1.0) >= 0.9:
                return _placeholder_font(name), PLACEHOLDER
        if having:
            return _placeholder_font(having[0]), PLACEHOLDER
        return self.role(role), PLACEHOLDER_LAST_RESORT


# --- discovery --------------------------------------------------------------------------------


def bundled_face() -> FaceInfo | None:
    """The application's own 朱雀仿宋 (None when this installation lacks it)."""
    try:
        path = resource_path(*BUNDLED_FONT)
    except (OSError, ValueError):
        return None
    return FaceInfo((BUNDLED_FAMILY, "朱雀仿宋"), str(path), 0, "Regular", True, True) if path.is_file() else None


def _face_pool(directories: Sequence[str | os.PathLike[str]] | None, faces: Sequence[FaceInfo] | None,
               bundled: bool) -> list[FaceInfo]:
    """The faces to choose from: given, or scanned from ``directories``, or this computer's; the bundled one last."""
    if faces is not None:
        pool = list(faces)
    elif directories is not None:
        pool = scan_directories(directories)
    else:
        pool = system_faces()
    extra = bundled_face() if bundled else None
    return pool + ([extra] if extra is not None else [])


class _Families:
    """The embeddable faces of a pool by family name."""

    def __init__(self, pool: Sequence[FaceInfo]) -> None:
        self.pool = [face for face in pool if face.truetype]
        own = bundled_face()
        self.bundled = {own.path} if own is not None else set()
        self.by_family: dict[str, list[FaceInfo]] = {}
        for face in self.pool:
            for family in face.families:
                self.by_family.setdefault(_key(family), []).append(face)

    def find(self, family: str) -> FaceInfo | None:
        """The usable face of ``family``: a regular style first, the first file otherwise."""
        faces = self.by_family.get(_key(family), [])
        regular = [f for f in faces if any(s in f.style.casefold() for s in _REGULAR_STYLES)]
        for face in regular + faces:
            if has_truetype_outlines(face.path, face.index):
                return face
        return None

    def role_font(self, role: str, family: str, face: FaceInfo, origin: str = "") -> RoleFont:
        origin = origin or ("bundled" if face.path in self.bundled else "system")
        return RoleFont(role, family, face.file, _font_name(face.file), origin, is_fangsong(family, *face.families))


def _configured(role: str, choice: FontFile | str, families: _Families, warnings: list[Text]) -> RoleFont | None:
    role_name = FONT_ROLE_NAMES[role]()
    if isinstance(choice, str):
        face = families.find(choice)
        if face is None:
            warnings.append(FONT_FAMILY_NOT_FOUND(family=choice, role=role_name))
            return None
        return families.role_font(role, choice, face, "setting")
    if not has_truetype_outlines(choice.path, choice.subfont_index):
        problem = f"{choice.path}: 无法读取，或不是TrueType（glyf）字体（例如CFF/OpenType字体），无法嵌入"
        warnings.append(FONT_CONFIGURED_UNUSABLE(problem=problem))
        return None
    faces = read_faces(choice.path)
    names = faces[choice.subfont_index].families if choice.subfont_index < len(faces) else ()
    family = names[0] if names else Path(choice.path).stem
    return RoleFont(role, family, choice, _font_name(choice), "setting", is_fangsong(family, *names))


def _discovered(role: str, families: _Families, candidates: Sequence[str]) -> RoleFont | None:
    for family in candidates:
        face = families.find(family)
        if face is not None:
            return families.role_font(role, family, face)
    return None


def _any_cjk_body(families: _Families) -> RoleFont | None:
    """A body font when no 仿宋 exists: a Song face, else any CJK TrueType face (warned)."""
    found = _discovered("body", families, _BODY_STAND_INS)
    if found is not None:
        return found
    for face in families.pool:
        if face.cjk and has_truetype_outlines(face.path, face.index):
            return families.role_font("body", face.families[0], face)
    return None


def _fallback_faces(families: _Families, chosen: Iterable[RoleFont]) -> list[FontFile]:
    """Every other CJK TrueType face, one per file: preferred families first, then by file."""
    used = {os.path.abspath(rf.file.path) for rf in chosen if rf.file}
    preference = {_key(name): rank for rank, name in enumerate(_FALLBACK_PREFERENCE)}

    def rank(face: FaceInfo) -> tuple:
        return (min(preference.get(_key(f), len(preference)) for f in face.families), face.path, face.index)

    files: dict[str, FontFile] = {}
    for face in sorted((f for f in families.pool if f.cjk), key=rank):
        path = os.path.abspath(face.path)
        if path not in files and path not in used:
            files[path] = face.file
    return list(files.values())


def _cid_font_set(warnings: list[Text]) -> FontSet:
    warnings.append(FONT_NOT_EMBEDDED(font=CID_FALLBACK))
    roles = {role: RoleFont(role, CID_FALLBACK, None, CID_FALLBACK, "builtin", False) for role in ROLES}
    return FontSet(roles, embedded=False, warnings=warnings)


def discover_font_set(config: FontConfig | FontFile | str | os.PathLike[str] | None = None, *,
                      directories: Sequence[str | os.PathLike[str]] | None = None,
                      faces: Sequence[FaceInfo] | None = None, bundled: bool = True) -> FontSet:
    """Choose the font of every role: the configured family or file; else the first of the role's
    family names found among ``faces`` (default: scanned from ``directories``, else this computer's
    fonts), the application's 朱雀仿宋 last for the body; a role with none uses the body's font. No
    embeddable font at all: the CID font ``STSong-Light``, not embedded, with a warning."""
    config = FontConfig() if config is None else FontConfig.of(config)
    families = _Families(_face_pool(directories, faces, bundled))
    warnings: list[Text] = []
    chosen: dict[str, RoleFont] = {}
    for role in ROLES:
        choice = config.choice(role)
        found = _configured(role, choice, families, warnings) if choice is not None else None
        found = found or _discovered(role, families, ROLE_FAMILIES[role])
        if found is None and role == "body":
            found = _any_cjk_body(families)
        if found is not None:
            chosen[role] = found
    if "body" not in chosen:
        return _cid_font_set(warnings)
    body = chosen["body"]
    for role in ROLES:
        chosen.setdefault(role, RoleFont(role, body.family, body.file, body.name, "body", body.fangsong))
    if not body.fangsong:
        warnings.append(BODY_NOT_FANGSONG(family=body.family))
    return FontSet(chosen, embedded=True, warnings=warnings, fallbacks=_fallback_faces(families, chosen.values()))


@functools.lru_cache(maxsize=16)
def _cached_font_set(config: FontConfig | None) -> FontSet:
    return discover_font_set(config)


def load_font_set(config: FontConfig | FontFile | str | os.PathLike[str] | None = None) -> FontSet:
    """Like ``discover_font_set`` on this computer's fonts, but chosen once per process and config."""
    return _cached_font_set(None if config is None else FontConfig.of(config))


def resolve(settings: Mapping[str, Any] | None = None, *, faces: Sequence[FaceInfo] | None = None) -> FontSet:
    """The fonts ``settings`` ask for (``documents.fonts``, ``documents.font_path``), the rest found on
    this computer (or among ``faces``: a test's or a preview's list); cached per process and settings."""
    config = font_config(settings)
    if faces is not None:
        return discover_font_set(config, faces=faces)
    return load_font_set(config)


def reload_fonts() -> None:
    """List this computer's fonts again and choose afresh (after a font was installed, or a setting
    changed a family): the next ``resolve`` sees them. Fonts already registered stay registered."""
    system_faces(refresh=True)
    _cached_font_set.cache_clear()


def available_families(role: str, *, faces: Sequence[FaceInfo] | None = None) -> list[str]:
    """Families this computer offers for ``role``: the role's usual names found here, in the order they
    are tried (one name per face), then every other embeddable CJK family (for a picker)."""
    if role not in ROLES:
        raise ValueError(f"unknown font role {role!r}; valid: {', '.join(ROLES)}")
    families = _Families(_face_pool(None, faces, bundled=role == "body"))
    names: dict[str, None] = {}
    seen: set[tuple[str, int]] = set()
    candidates = ROLE_FAMILIES[role] + (_BODY_STAND_INS if role == "body" else ())
    for family in candidates:
        face = families.find(family)
        if face is not None and (face.path, face.index) not in seen:
            seen.add((face.path, face.index))
            names[family] = None
    others = sorted({face.families[0] for face in families.pool if face.cjk and (face.path, face.index) not in seen})
    return list(names) + [name for name in others if name not in names]


# --- glyph coverage ---------------------------------------------------------------------------


def _counts(char: str) -> bool:
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")


def missing_characters(text: str, font_set: FontSet, role: str = "body") -> set[str]:
    """Characters of ``text`` that neither the role's font nor the body font can draw (whitespace and
    control characters excepted): for text set in one font (the dossier), where they print as □."""
    names = dict.fromkeys((font_set.role(role), font_set.body))
    return {char for char in set(text) if char.isprintable() and _counts(char)
            and not any(font_set.has_char(name, char) for name in names)}


def unprintable_characters(text: str, font_set: FontSet, role: str = "body") -> set[str]:
    """Characters of ``text`` that no font of the role's chain has (every installed CJK face included):
    a letter would print them as a placeholder, so issuing refuses them."""
    return {char for char in set(text) if _counts(char) and font_set.font_for_char(role, char) is None}


def font_for_char(font_set: FontSet, role: str, char: str) -> str | None:
    """The first font of the role's chain that has ``char``, or None when none has it."""
    return font_set.font_for_char(role, char)
