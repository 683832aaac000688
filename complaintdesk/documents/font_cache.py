"""ReportLab's parse of a TrueType face, kept in the per-user data folder so that a process loads it in milliseconds.

Parsing a CJK face (``TTFont(...)``) walks its whole character map and metrics: 0.1–0.4 s for a
10–20 MB file, in every process that prints a letter (each command-line call, each worker of a
batch). ``load_ttfont`` gives the same ``TTFont`` from a cache file written after the first parse.

What is trusted, and when:
- an entry is used only for the very same request and file: absolute path, face index, ReportLab
  name, the file's size and modification time, ReportLab's version and settings, and the font's table
  directory (every table's offset, length and checksum) read again from the file itself;
- a written entry is read back and compared with the parse before it is kept; a damaged, stale or
  foreign entry is ignored (the face is parsed, the entry rewritten) — the cache only ever saves time;
- the font's bytes are not read at load (17 MB for 文泉驿正黑): a PDF's subset reads the glyphs it embeds
  from the file, after checking again that the file is the one the entry describes; a process that
  embeds many subsets (a batch's worker) reads the whole file once, checked the same way.
"""

from __future__ import annotations

import gc
import hashlib
import io
import logging
import os
import pickle
import struct
import sys
import threading
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from contextlib import contextmanager
from itertools import accumulate, chain, groupby
from pathlib import Path
from typing import Any, BinaryIO
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFNameBytes, TTFont, TTFontFace

from complaintdesk.config import data_dir

log = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"CDFACE\x00\x01"
SUFFIX = ".rlface"
CACHE_FOLDER = ("cache", "faces")

# Large tables stored as flat arrays (pickling 40,000 small objects costs as much as parsing them).
# Needed at once by layout (widths, coverage): the rest is decoded when a PDF embeds a subset.
_EAGER = ("charToGlyph", "charWidths")
_LAZY = ("glyphToChar", "hmetrics", "glyphPos")
# Subsets read from the file glyph by glyph before a face keeps the whole file in memory (a process
# that prints many letters: a batch's worker, the desktop app); a letter embeds 1–3 subsets of a face.
WHOLE_FILE_AFTER = 12
# Subsets (their font files, compressed) a face keeps for the next PDF that embeds the same one: a batch's
# letters of one template share their title and letterhead subsets, and often their body's.
KEPT_SUBSETS = 48
# zlib levels of an embedded subset's font file: ReportLab's for one that every letter of a kind shares
# (made and compressed once, then kept), a fast one for a subset of a letter's own characters (names,
# amounts), made for each letter: half the time, a few per cent larger (subsets.assign_subsets).
SHARED_LEVEL = zlib.Z_DEFAULT_COMPRESSION
OWN_LEVEL = 1
# Set on ReportLab's numbering of a font in a document (TTFont.State): how many of its first subsets hold
# characters that every letter of the kind shares; the others get OWN_LEVEL. Unset: all are shared.
_SHARED_SUBSETS = "complaintdesk_shared_subsets"
_KEPT_LOCK = threading.Lock()
# Attributes never stored: the font's bytes, ReportLab's per-document state, and a function rebuilt on load.
_SKIP_FACE = frozenset({"_ttf_data", "_pdfScale", "_cache_kept", "_cache_objects"})
_SKIP_FONT = frozenset({"face", "state", "fontName"})


def cache_directory() -> Path:
    """Where entries live: ``cache/faces`` in the per-user data folder (COMPLAINTDESK_DATA_DIR in tests)."""
    return data_dir().joinpath(*CACHE_FOLDER)


def load_ttfont(name: str, path: str | os.PathLike[str], subfont_index: int = 0, *,
                directory: Path | None = None) -> TTFont:
    """``TTFont(name, path, subfontIndex=subfont_index)``, from the cache when it holds this very face.
    Either way it embeds its subsets the same way (``_EmbeddingFont``), byte for byte.

    Raises what ReportLab raises for an unusable file (TTFError, OSError); a cache problem never does.
    """
    path = os.path.abspath(os.fspath(path))
    folder = cache_directory() if directory is None else directory
    request = _Request(name, path, subfont_index)
    font = _from_cache(request, folder)
    if font is not None:
        return font
    font = _EmbeddingFont(name, path, subfontIndex=subfont_index)
    _store(request, font, folder)
    return font


def set_shared_subsets(font: TTFont, doc, count: int) -> None:
    """Tell ``font`` that in ``doc`` its first ``count`` subsets are shared by every letter of the kind
    and the later ones are the letter's own (compressed faster: OWN_LEVEL)."""
    setattr(font.state[doc], _SHARED_SUBSETS, count)


# --- what an entry is for ---------------------------------------------------------------------------


class _Request:
    """A face asked for, and the file as it is on disk now."""

    def __init__(self, name: str, path: str, subfont_index: int):
        self.name, self.path, self.subfont_index = name, path, subfont_index

    def identity(self) -> tuple:
        """What an entry's file name stands for: one entry per face and name, rewritten when stale."""
        return (self.path, self.subfont_index, self.name)

    def key(self, stat: os.stat_result) -> tuple:
        """Everything the parse depends on besides the bytes (those are checked by ``directory_bytes``)."""
        settings = (rl_config.ttfAsciiReadable, tuple(getattr(rl_config, "unShapedFontGlob", None) or ()),
                    getattr(ttfonts, "uharfbuzz", None) is not None)
        return (FORMAT, *self.identity(), stat.st_size, stat.st_mtime_ns, reportlab.Version, settings,
                sys.byteorder, sys.version_info[:2])

    def entry_path(self, folder: Path) -> Path:
        digest = hashlib.sha256(repr(self.identity()).encode("utf-8")).hexdigest()[:40]
        return folder / f"{digest}{SUFFIX}"


def directory_bytes(handle: BinaryIO, subfont_index: int) -> bytes:
    """The collection header (if any) and the face's table directory: every table's checksum, offset
    and length. Two files that differ here are different fonts; raises ValueError when unreadable."""
    handle.seek(0)
    head = handle.read(12)
    if len(head) < 12:
        raise ValueError("truncated font header")
    prefix = b""
    if head[:4] == b"ttcf":
        count = struct.unpack(">I", head[8:12])[0]
        if not 0 <= subfont_index < count:
            raise ValueError(f"no face {subfont_index} in a collection of {count}")
        offsets = handle.read(4 * count)
        if len(offsets) < 4 * count:
            raise ValueError("truncated collection header")
        prefix = head + offsets
        handle.seek(struct.unpack(">I", offsets[4 * subfont_index: 4 * subfont_index + 4])[0])
        head = handle.read(12)
        if len(head) < 12:
            raise ValueError("truncated face header")
    tables = struct.unpack(">H", head[4:6])[0]
    directory = handle.read(16 * tables)
    if len(directory) < 16 * tables:
        raise ValueError("truncated table directory")
    return prefix + head + directory


def _same_file(stat: os.stat_result, key: tuple) -> bool:
    return (stat.st_size, stat.st_mtime_ns) == key[4:6]


# --- the flat tables ------------------------------------------------------------------------------------

# A table is a kind and its columns; a column is a list of numbers, stored as runs of one type each
# ("q": 64-bit integers, "d": doubles): ReportLab's hmetrics holds integers, then floats.
Column = list[array]
_TYPECODES = ("q", "d")


def _column(values: list) -> Column | None:
    runs = []
    for kind, run in groupby(values, key=type):
        if kind is not int and kind is not float:
            return None
        try:
            runs.append(array("q" if kind is int else "d", run))
        except OverflowError:
            return None
    return runs or [array("q")]


def _values(column: Column) -> list:
    if len(column) == 1:
        return column[0].tolist()
    return list(chain.from_iterable(run.tolist() for run in column))


class _Pairs(Sequence):
    """ReportLab's hmetrics, (advance, side bearing) per glyph, as two lists: subsetting looks up a few
    hundred glyphs, and 45,000 tuples made in advance would cost more than the lookups."""

    def __init__(self, first: list, second: list):
        if len(first) != len(second):
            raise ValueError("inconsistent table")
        self._first, self._second = first, second

    def __len__(self) -> int:
        return len(self._first)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(zip(self._first[index], self._second[index], strict=True))
        return self._first[index], self._second[index]


def _encode_table(value: Any) -> tuple[str, list[Column]] | None:
    """A table as columns, or None when it is not made of plain numbers (then it is pickled as it is)."""
    if isinstance(value, dict):
        keys, items = _column(list(value)), list(value.values())
        if keys is None or any(run.typecode != "q" for run in keys):
            return None
        if items and all(type(v) is list for v in items):
            columns = [keys, _column([len(v) for v in items]), _column([x for v in items for x in v])]
            kind = "multimap"
        else:
            columns, kind = [keys, _column(items)], "map"
    elif isinstance(value, list) and value and all(type(v) is tuple and len(v) == 2 for v in value):
        columns, kind = [_column([v[0] for v in value]), _column([v[1] for v in value])], "pairs"
    elif isinstance(value, list):
        columns, kind = [_column(value)], "list"
    else:
        return None
    return None if any(c is None for c in columns) else (kind, columns)


@contextmanager
def _collector_paused():
    """Decoding makes tens of thousands of small acyclic objects: without this, each few hundred of
    them would start a garbage collection over everything the process holds (5 → 30 ms for hmetrics)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _decode_table(kind: str, columns: list[Column]) -> Any:
    with _collector_paused():
        return _decode_lists(kind, [_values(c) for c in columns])


def _decode_lists(kind: str, lists: list[list]) -> Any:
    if kind == "map":
        return dict(zip(lists[0], lists[1], strict=True))
    if kind == "multimap":
        keys, lengths, flat = lists
        if sum(lengths) != len(flat):
            raise ValueError("inconsistent table")
        ends = list(accumulate(lengths))
        return {key: flat[end - length: end] for key, length, end in zip(keys, lengths, ends, strict=True)}
    if kind == "pairs":
        return _Pairs(lists[0], lists[1])
    if kind == "list":
        return lists[0]
    raise ValueError(f"unknown table kind {kind!r}")


# --- the entry file ---------------------------------------------------------------------------------------


class _Unpickler(pickle.Unpickler):
    """The entry's header holds plain data and two ReportLab classes; nothing else may be named."""

    _ALLOWED = {("reportlab.pdfbase.ttfonts", "TTFNameBytes"): TTFNameBytes,
                ("reportlab.pdfbase.ttfonts", "TTEncoding"): TTEncoding}

    def find_class(self, module: str, name: str) -> Any:
        try:
            return self._ALLOWED[(module, name)]
        except KeyError:
            raise ValueError(f"{module}.{name} is not allowed in a font cache entry") from None


def _encode(key: tuple, directory: bytes, font: TTFont) -> bytes | None:
    face_attributes = {k: v for k, v in vars(font.face).items() if k not in _SKIP_FACE}
    tables, blobs = {}, []
    for attribute in _EAGER + _LAZY:
        encoded = _encode_table(face_attributes.get(attribute))
        if encoded is None:
            continue  # absent, or not plain numbers: pickled with the rest
        kind, columns = encoded
        del face_attributes[attribute]
        tables[attribute] = (kind, [[(a.typecode, len(a)) for a in column] for column in columns])
        blobs += [a.tobytes() for column in columns for a in column]
    header = {"key": key, "directory": directory, "tables": tables, "face": face_attributes,
              "font": {k: v for k, v in vars(font).items() if k not in _SKIP_FONT}}
    try:
        head = pickle.dumps(header, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        log.debug("font cache: %s cannot be stored", font.fontName, exc_info=True)
        return None
    return b"".join([MAGIC, struct.pack("<Q", len(head)), head, *blobs])


def _decode(data: bytes) -> tuple[dict, dict[str, tuple[str, list[Column]]]]:
    """The header and the tables' columns of an entry; raises on anything malformed."""
    if data[: len(MAGIC)] != MAGIC:
        raise ValueError("not a font cache entry")
    at = len(MAGIC) + 8
    (length,) = struct.unpack("<Q", data[len(MAGIC): at])
    header = _Unpickler(io.BytesIO(data[at: at + length])).load()
    at += length
    view = memoryview(data)
    tables = {}
    for attribute, (kind, layout) in header["tables"].items():
        columns = []
        for column_layout in layout:
            column = []
            for typecode, count in column_layout:
                if typecode not in _TYPECODES:
                    raise ValueError(f"bad array type {typecode!r}")
                size = array(typecode).itemsize * count
                if at + size > len(data):
                    raise ValueError("truncated entry")
                values = array(typecode)
                values.frombytes(view[at: at + size])
                column.append(values)
                at += size
            columns.append(column)
        tables[attribute] = (kind, columns)
    if at != len(data):
        raise ValueError("trailing bytes in entry")
    return header, tables


def _scale(units_per_em: int):
    """ReportLab's font-unit → 1/1000 em conversion (TTFontFile.extractInfo), which cannot be stored."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _build(request: _Request, header: dict, tables: dict[str, tuple[str, list[Column]]]) -> TTFont:
    face = _CachedFace.__new__(_CachedFace)
    attributes = dict(header["face"])
    attributes["_pdfScale"] = _scale(attributes["unitsPerEm"])
    pending = {}
    for attribute, (kind, columns) in tables.items():
        if attribute in _EAGER:
            attributes[attribute] = _decode_table(kind, columns)
        else:
            pending[attribute] = (kind, columns)
    vars(face).update(attributes)
    face._cache_pending = pending
    face._cache_source = (request.path, request.subfont_index, header["key"], header["directory"])
    font = _EmbeddingFont.__new__(_EmbeddingFont)
    vars(font).update(header["font"])
    font.fontName = request.name
    font.face = face
    font.state = WeakKeyDictionary()
    return font


def _from_cache(request: _Request, folder: Path) -> TTFont | None:
    entry = request.entry_path(folder)
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    try:
        with open(request.path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            directory = directory_bytes(handle, request.subfont_index)
        header, tables = _decode(data)
        if header["key"] != request.key(stat) or header["directory"] != directory:
            return None  # another file, or this one changed: parse again, rewrite the entry
        return _build(request, header, tables)
    except Exception:  # noqa: BLE001 - whatever is wrong with an entry, the face is parsed instead
        log.debug("font cache: entry %s not used", entry, exc_info=True)
        return None


def _store(request: _Request, font: TTFont, folder: Path) -> None:
    """Write the entry for a face just parsed, kept only if reading it back gives the same face."""
    try:
        with open(request.path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            directory = directory_bytes(handle, request.subfont_index)
        if font.face._pdfScale(1234) != _scale(font.face.unitsPerEm)(1234):
            return  # this ReportLab converts units differently: no entry
        data = _encode(request.key(stat), directory, font)
        if data is None or not _round_trips(request, data, font):
            return
        folder.mkdir(parents=True, exist_ok=True)
        entry = request.entry_path(folder)
        temporary = entry.with_name(f"{entry.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, entry)  # another process reading the entry sees the old one or this one
    except (OSError, ValueError):
        log.debug("font cache: no entry written for %s", request.path, exc_info=True)


def _round_trips(request: _Request, data: bytes, font: TTFont) -> bool:
    header, tables = _decode(data)
    restored = _build(request, header, tables)
    face = restored.face
    for attribute in face._cache_pending:
        getattr(face, attribute)
    mine = {k: list(v) if isinstance(v, _Pairs) else v
            for k, v in vars(face).items() if not k.startswith("_cache_") and k not in _SKIP_FACE}
    theirs = {k: v for k, v in vars(font.face).items() if k not in _SKIP_FACE}
    font_mine = {k: v for k, v in vars(restored).items() if k not in _SKIP_FONT}
    font_theirs = {k: v for k, v in vars(font).items() if k not in _SKIP_FONT}
    # Attribute order means nothing; the order of a table's entries is kept all the same.
    return all(set(a) == set(b) and all(_same(a[k], b[k]) for k in a)
               for a, b in ((mine, theirs), (font_mine, font_theirs)))


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types throughout (``==`` says 1 == 1.0, and objects compare by identity)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(value, b[key]) for key, value in a.items())
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(map(_same, a, b))
    if hasattr(a, "__dict__"):  # TTFNameBytes (bytes that carry their text), TTEncoding
        return (not isinstance(a, bytes) or a == b) and _same(vars(a), vars(b))
    return a == b


# --- a face read from an entry ----------------------------------------------------------------------------


class _FileView:
    """An open font file read as if it were its bytes: ReportLab slices ``_ttf_data`` while subsetting."""

    def __init__(self, handle: BinaryIO):
        self._handle = handle
        self._size = os.fstat(handle.fileno()).st_size

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._size)
            if step != 1:
                raise ValueError("font data is read in runs")
            if stop <= start:
                return b""
            self._handle.seek(start)
            return self._handle.read(stop - start)
        position = index + self._size if index < 0 else index
        if not 0 <= position < self._size:
            raise IndexError
        self._handle.seek(position)
        return self._handle.read(1)[0]


class _Window:
    """One table of a font's data (bytes or a _FileView), sliced without copying the rest of it."""

    def __init__(self, data, start: int, size: int):
        self._data, self._start, self._size = data, start, max(0, min(size, len(data) - start))

    def __len__(self) -> int:
        return self._size

    def __bytes__(self) -> bytes:
        return bytes(self._data[self._start: self._start + self._size])

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._size)
            if step != 1:
                raise ValueError("font data is read in runs")
            return self._data[self._start + start: self._start + max(start, stop)]
        position = index + self._size if index < 0 else index
        if not 0 <= position < self._size:
            raise IndexError
        return self._data[self._start + position]


class _CachedFace(TTFontFace):
    """A TTFontFace restored from an entry: the same attributes as after ReportLab's parse (hmetrics as a
    read-only sequence). The file's bytes are not read at load: a PDF's subset reads the glyphs it embeds
    from the file; after WHOLE_FILE_AFTER subsets the file is read once and kept."""

    def __getattr__(self, attribute: str):
        # Only called for attributes not set: the lazily decoded tables, and the font's bytes.
        pending = self.__dict__.get("_cache_pending")
        if pending is None:
            raise AttributeError(attribute)
        if attribute in pending:
            kind, columns = pending[attribute]
            value = _decode_table(kind, columns)
            self.__dict__[attribute] = value
            return value
        if attribute == "_ttf_data":  # e.g. shaping with uharfbuzz, or the second subset
            with self._opened() as handle:
                data = handle.read()
            self.__dict__["_ttf_data"] = data
            return data
        raise AttributeError(attribute)

    def _opened(self) -> BinaryIO:
        """The font file, checked to be the one the entry was made from; TTFError when it changed since."""
        path, index, key, directory = self._cache_source
        handle = open(path, "rb")  # noqa: SIM115 - returned open, closed by the caller's ``with``
        try:
            if not _same_file(os.fstat(handle.fileno()), key) or directory_bytes(handle, index) != directory:
                raise TTFError(f"字体文件在程序运行中被更改，请重新启动程序 / the font file changed while the "
                               f"program was running; start it again: {path}")
            handle.seek(0)
        except BaseException:
            handle.close()
            raise
        return handle

    def addSubsetObjects(self, doc, fontname, subset, level=SHARED_LEVEL):  # noqa: N802 - ReportLab's name
        """ReportLab's, with the subset kept (``_subset_objects``)."""
        return _subset_objects(self, doc, fontname, subset, level)

    def _kept_subset(self, subset: tuple[int, ...], compress: bool,
                     level: int = SHARED_LEVEL) -> tuple[bytes, bytes | None]:
        return _kept_subset(self, subset, compress, level)

    def makeSubset(self, subset):  # noqa: N802 - ReportLab's name
        for attribute in ("hmetrics", "glyphPos"):  # what subsetting reads, decoded once for every PDF
            getattr(self, attribute, None)
        self.__dict__["_cache_subsets"] = self.__dict__.get("_cache_subsets", 0) + 1
        # ReportLab reads through ``self._ttf_data`` and moves ``self._pos``: a copy of this face does
        # it, so that two threads embedding the same face never share a position.
        reader = _CachedFace.__new__(_CachedFace)
        if "_ttf_data" in self.__dict__ or self._cache_subsets > WHOLE_FILE_AFTER:
            vars(reader).update(vars(self), _ttf_data=self._ttf_data)
            return TTFontFace.makeSubset(reader, subset)
        with self._opened() as handle:
            vars(reader).update(vars(self), _ttf_data=_FileView(handle))
            return TTFontFace.makeSubset(reader, subset)

    def get_table(self, tag):  # noqa: N802 - ReportLab's name
        if tag == "glyf":
            # Subsetting takes the glyph table (10 MB in 文泉驿正黑) only to slice out the glyphs it
            # embeds: a window onto it reads those few hundred, and copies nothing else.
            offset, length = self.get_table_pos(tag)
            return _Window(self._ttf_data, offset, length)
        return super().get_table(tag)


# --- embedding: the same PDF objects as ReportLab's, the costly ones kept for the next PDF -----------------


class _EmbeddingFont(TTFont):
    """ReportLab's TTFont (as parsed, or restored from an entry), embedding the same PDF objects, byte for
    byte, except that a subset of a letter's own characters is compressed faster (OWN_LEVEL). What depends
    on a subset alone (its font file and widths, its ToUnicode map, compressed) is kept with the face for
    the next PDF that embeds the same subset: a batch of letters of one template embeds the same title,
    letterhead and template glyphs again and again, and making and compressing a subset is most of a
    letter's time (subsets.assign_subsets gives those characters the same subsets in every letter)."""

    def addObjects(self, doc):  # noqa: N802 - ReportLab's name
        """ReportLab's ``TTFont.addObjects``: one Font (widths, ToUnicode map, descriptor) per subset."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        shared = getattr(state, _SHARED_SUBSETS, len(state.subsets))
        face = self.face
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            base_name = b"".join((ttfonts.SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            pdf_font = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal_name
            pdf_font.BaseFont = base_name
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            widths, cmap = _kept_objects(face, base_name, tuple(subset), doc)
            pdf_font.Widths = widths
            pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
            level = SHARED_LEVEL if n < shared else OWN_LEVEL
            pdf_font.FontDescriptor = _subset_objects(face, doc, base_name, subset, level)
            doc.Reference(pdf_font, internal_name)
            fonts[internal_name] = pdf_font
        del self.state[doc]


def _subset_objects(face: TTFontFace, doc, fontname: str, subset, level: int = SHARED_LEVEL):
    """ReportLab's ``TTFontFace.addSubsetObjects``: the same objects byte for byte, the font file compressed
    at ``level`` (ReportLab's own at SHARED_LEVEL), made and compressed once for every PDF that embeds the
    very same subset while it is kept."""
    content, packed = _kept_subset(face, tuple(subset), doc.compression, level)
    font_file = pdfdoc.PDFStream()
    font_file.content = content
    font_file.dictionary["Length1"] = len(content)
    if doc.compression:
        font_file.filters = [_Compressed(packed)]
    font_file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({fontname})")
    flags = (face.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC
    descriptor = pdfdoc.PDFDictionary({
        "Type": "/FontDescriptor",
        "Ascent": face.ascent,
        "CapHeight": face.capHeight,
        "Descent": face.descent,
        "Flags": flags,
        "FontBBox": pdfdoc.PDFArray(face.bbox),
        "FontName": pdfdoc.PDFName(fontname),
        "ItalicAngle": face.italicAngle,
        "StemV": face.stemV,
        "FontFile2": font_file_ref,
        "MissingWidth": face.defaultWidth,
    })
    return doc.Reference(descriptor, "fontDescriptor:" + fontname)


def _kept_subset(face: TTFontFace, subset: tuple[int, ...], compress: bool,
                 level: int = SHARED_LEVEL) -> tuple[bytes, bytes | None]:
    """(font file, compressed at ``level`` when ``compress``) of a subset, kept for the next PDF."""
    kept = face.__dict__.setdefault("_cache_kept", OrderedDict())
    with _KEPT_LOCK:
        entry = kept.get(subset)
        if entry is not None:
            kept.move_to_end(subset)
    if entry is None:
        entry = (face.makeSubset(list(subset)), {})
    packed = entry[1].get(level) if compress else None
    if compress and packed is None:
        # SHARED_LEVEL is what ReportLab's PDFZCompress does.
        packed = entry[1][level] = zlib.compress(entry[0], level)
    with _KEPT_LOCK:
        kept[subset] = entry
        while len(kept) > KEPT_SUBSETS:
            kept.popitem(last=False)
    return entry[0], packed


def _kept_objects(face: TTFontFace, base_name: str, subset: tuple[int, ...],
                  doc) -> tuple[pdfdoc.PDFObject, pdfdoc.PDFStream]:
    """(widths, ToUnicode stream) of a subset, as ReportLab makes them (``TTFont.addObjects``), their
    bytes kept for the next PDF that embeds the same subset under the same name."""
    kept = face.__dict__.setdefault("_cache_objects", OrderedDict())
    key = (base_name, subset)
    with _KEPT_LOCK:
        entry = kept.get(key)
        if entry is not None:
            kept.move_to_end(key)
    if entry is None:
        widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset)))
        content = ttfonts.makeToUnicodeCMap(base_name, subset)
        entry = (widths.format(doc), content, zlib.compress(content.encode("utf8")))
        with _KEPT_LOCK:
            kept[key] = entry
            while len(kept) > KEPT_SUBSETS:
                kept.popitem(last=False)
    cmap = pdfdoc.PDFStream()
    cmap.content = entry[1]
    if doc.compression:
        cmap.filters = [_Compressed(entry[2])]
    return _Formatted(entry[0]), cmap


class _Formatted(pdfdoc.PDFObject):
    """A PDF object whose bytes are already known (a kept subset's widths)."""

    def __init__(self, data: bytes):
        self._data = data

    def format(self, document) -> bytes:
        return self._data


class _Compressed:
    """ReportLab's Flate filter for a stream whose compressed bytes are already known."""

    pdfname = "FlateDecode"

    def __init__(self, packed: bytes):
        self._packed = packed

    def encode(self, _text) -> bytes:
        return self._packed
