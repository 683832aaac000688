"""What font discovery reads from TrueType/OpenType files, straight from the bytes: the table directory,
the family names of the ``name`` table in every language, and the character map.

A small reader of our own rather than fontTools: it seeks to the three tables it needs instead of
loading a font, adds no import (≈ 55 ms for fontTools) to a command-line letter, and a folder of
hundreds of font files is listed in well under a second, once (fontindex.py caches the result).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import BinaryIO

# Windows name records whose language is Chinese (PRC, Taiwan, Hong Kong, Singapore, Macao).
_CHINESE_LANGS = frozenset({0x0804, 0x0404, 0x0C04, 0x1004, 0x1404})
_ENGLISH = {(3, 0x0409), (1, 0)}
# Legacy encodings of name strings: (platform, encoding) → codec.
_LEGACY = {(3, 2): "shift_jis", (3, 3): "gbk", (3, 4): "big5", (3, 5): "cp949",
           (1, 0): "mac_roman", (1, 1): "shift_jis", (1, 2): "big5", (1, 3): "cp949", (1, 25): "gbk"}
FAMILY_IDS = (16, 1)  # typographic family first, then the (style-linked) family
STYLE_IDS = (17, 2)


@dataclass(frozen=True, slots=True)
class FontFile:
    """One font file, and the face inside it when it is a collection (.ttc)."""

    path: str
    subfont_index: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", os.fspath(self.path))


@dataclass(frozen=True, slots=True)
class FaceNames:
    """What the ``name`` table and the directory say about one face of a file."""

    index: int
    families: tuple[str, ...]  # every family name, English ones first, without repeats
    style: str  # the English style (subfamily) name, e.g. Regular
    truetype: bool  # has 'glyf' and 'cmap': ReportLab can embed it (CFF outlines it cannot)
    chinese_name: bool  # has a family name in a Chinese-language record


def _face_offsets(handle: BinaryIO) -> list[int]:
    head = handle.read(12)
    if head[:4] != b"ttcf":
        return [0]
    count = struct.unpack(">I", head[8:12])[0]
    if count > 256:
        raise struct.error("implausible collection")
    return list(struct.unpack(f">{count}I", handle.read(4 * count)))


def _tables(handle: BinaryIO, offset: int) -> dict[bytes, tuple[int, int]]:
    handle.seek(offset)
    num_tables = struct.unpack(">H", handle.read(6)[4:6])[0]
    handle.seek(offset + 12)
    directory = handle.read(16 * num_tables)
    tables = {}
    for i in range(0, len(directory) - 15, 16):
        tag, _checksum, start, length = struct.unpack(">4sIII", directory[i : i + 16])
        tables[tag] = (start, length)
    return tables


def _decode(platform: int, encoding: int, raw: bytes) -> str | None:
    if platform == 0 or (platform == 3 and encoding in (0, 1, 10)):
        return raw.decode("utf-16-be", "replace")
    codec = _LEGACY.get((platform, encoding))
    if codec is None:
        return None
    if platform == 3:  # legacy multibyte text stored in 16-bit units: drop the zero high bytes
        raw = raw.replace(b"\x00", b"")
    return raw.decode(codec, "replace")


def _names(handle: BinaryIO, start: int, length: int) -> list[tuple[int, int, int, str]]:
    """(name id, platform, language, text) of every record that decodes."""
    handle.seek(start)
    data = handle.read(length)
    count, strings = struct.unpack(">HH", data[2:6])
    found = []
    for i in range(count):
        platform, encoding, language, name_id, size, offset = struct.unpack(">6H", data[6 + 12 * i : 18 + 12 * i])
        if name_id not in FAMILY_IDS + STYLE_IDS:
            continue
        text = _decode(platform, encoding, data[strings + offset : strings + offset + size])
        if text and text.strip("\x00 "):
            found.append((name_id, platform, language, text.strip("\x00 ")))
    return found


def _face(handle: BinaryIO, index: int, offset: int) -> FaceNames:
    tables = _tables(handle, offset)
    records = _names(handle, *tables[b"name"]) if b"name" in tables else []
    english = [r for r in records if (r[1], r[2]) in _ENGLISH]
    families = [r[3] for r in english if r[0] in FAMILY_IDS] + [r[3] for r in records if r[0] in FAMILY_IDS]
    styles = [r[3] for r in english + records if r[0] in STYLE_IDS]
    chinese = any(r[0] in FAMILY_IDS and r[1] == 3 and r[2] in _CHINESE_LANGS for r in records)
    return FaceNames(index, tuple(dict.fromkeys(families)), styles[0] if styles else "",
                     b"glyf" in tables and b"cmap" in tables, chinese)


def read_faces(path: str | os.PathLike[str]) -> list[FaceNames]:
    """Every face of a .ttf/.otf/.ttc file; an unreadable or malformed file has none."""
    try:
        with open(path, "rb") as handle:
            return [_face(handle, index, offset) for index, offset in enumerate(_face_offsets(handle))]
    except (OSError, struct.error, IndexError):
        return []


def has_truetype_outlines(path: str | os.PathLike[str], subfont_index: int = 0) -> bool:
    """True when the (sub)font has a 'glyf' table: ReportLab cannot embed CFF ('OTTO') outlines."""
    try:
        with open(path, "rb") as handle:
            offsets = _face_offsets(handle)
            if not 0 <= subfont_index < len(offsets):
                return False
            tables = _tables(handle, offsets[subfont_index])
    except (OSError, struct.error, IndexError):
        return False
    return b"glyf" in tables and b"cmap" in tables


# --- the character map ------------------------------------------------------------------------

# Subtables in the order ReportLab prefers them: full Unicode (format 12) first, then the BMP (format 4).
_CMAP_PREFERENCE = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


def _format12(data: bytes, at: int) -> set[int]:
    count = struct.unpack(">I", data[at + 12 : at + 16])[0]
    codes: set[int] = set()
    for first, last, glyph in struct.iter_unpack(">III", data[at + 16 : at + 16 + 12 * count]):
        codes.update(range(first + (1 if glyph == 0 else 0), last + 1))
    return codes


def _format4(data: bytes, at: int) -> set[int]:
    segments = struct.unpack(">H", data[at + 6 : at + 8])[0] // 2
    ends = struct.unpack(f">{segments}H", data[at + 14 : at + 14 + 2 * segments])
    base = at + 16 + 2 * segments
    starts = struct.unpack(f">{segments}H", data[base : base + 2 * segments])
    deltas = struct.unpack(f">{segments}h", data[base + 2 * segments : base + 4 * segments])
    range_at = base + 4 * segments
    offsets = struct.unpack(f">{segments}H", data[range_at : range_at + 2 * segments])
    codes: set[int] = set()
    for i in range(segments):
        start, end = starts[i], min(ends[i], 0xFFFE)
        if offsets[i] == 0:
            codes.update(c for c in range(start, end + 1) if (c + deltas[i]) & 0xFFFF)
            continue
        for code in range(start, end + 1):
            where = range_at + 2 * i + offsets[i] + 2 * (code - start)
            if where + 2 <= len(data) and struct.unpack(">H", data[where : where + 2])[0]:
                codes.add(code)
    return codes


def read_cmap(path: str | os.PathLike[str], subfont_index: int = 0) -> frozenset[int]:
    """The code points the face maps to a real glyph (empty when unreadable)."""
    try:
        with open(path, "rb") as handle:
            offsets = _face_offsets(handle)
            start, length = _tables(handle, offsets[subfont_index])[b"cmap"]
            handle.seek(start)
            data = handle.read(length)
        count = struct.unpack(">H", data[2:4])[0]
        subtables = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack(">HHI", data[4 + 8 * i : 12 + 8 * i])
            subtables.setdefault((platform, encoding), offset)
        for key in _CMAP_PREFERENCE:
            if key in subtables:
                at = subtables[key]
                kind = struct.unpack(">H", data[at : at + 2])[0]
                if kind == 12:
                    return frozenset(_format12(data, at))
                if kind == 4:
                    return frozenset(_format4(data, at))
    except (OSError, KeyError, IndexError, struct.error):
        pass
    return frozenset()
