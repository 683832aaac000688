"""The cache of ReportLab's font parse: the same face as a parse, used only for the very same file."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFError, TTFontFace

from complaintdesk.documents import font_cache
from complaintdesk.documents.font_cache import load_ttfont
from complaintdesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
# Characters a letter uses: ASCII, CJK punctuation, common hanzi, a full-width digit.
TEXT = "投诉事项办理结果答复书：你单位于2026年11月20日提出的投诉收悉。经调查核实，现答复如下——（一）、《》“”１"
FOREIGN = pickle.dumps({"key": os.getcwd}, protocol=2)
TABLES = ("charToGlyph", "charWidths", "glyphToChar", "hmetrics", "glyphPos")


@pytest.fixture
def font_file(tmp_path) -> Path:
    """A private copy of the bundled 仿宋 (a test may change or replace it)."""
    copy = tmp_path / "fonts" / "fangsong.ttf"
    copy.parent.mkdir()
    shutil.copy2(resource_path("fonts", "ZhuqueFangsong.ttf"), copy)
    return copy


@pytest.fixture
def cache(tmp_path) -> Path:
    return tmp_path / "cache"


def codes(text: str = TEXT) -> list[int]:
    return list(dict.fromkeys(map(ord, text)))


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"*{font_cache.SUFFIX}"))


def test_the_second_load_comes_from_the_cache_and_is_the_same_face(font_file, cache):
    parsed = load_ttfont("CD-test", font_file, directory=cache)
    assert type(parsed.face) is TTFontFace  # parsed by ReportLab ...
    assert len(entries(cache)) == 1  # ... and kept

    cached = load_ttfont("CD-test", font_file, directory=cache)

    assert isinstance(cached.face, TTFontFace) and type(cached.face) is not TTFontFace
    for table in TABLES:
        assert list(getattr(cached.face, table)) == list(getattr(parsed.face, table)), table
    assert cached.face.charToGlyph == parsed.face.charToGlyph and cached.face.charWidths == parsed.face.charWidths
    for attribute in ("name", "ascent", "descent", "capHeight", "bbox", "flags", "stemV", "defaultWidth",
                      "unitsPerEm", "subfontNameX", "numGlyphs"):
        assert getattr(cached.face, attribute) == getattr(parsed.face, attribute), attribute
    assert cached.fontName == "CD-test" and cached.encoding.name == parsed.encoding.name
    assert cached.stringWidth(TEXT, 16) == parsed.stringWidth(TEXT, 16)
    # What a PDF embeds: the subset font program, byte for byte (read from the file, not from memory).
    assert cached.face.makeSubset(codes()) == parsed.face.makeSubset(codes())
    assert cached.face.makeSubset(codes(TEXT[::-1])) == parsed.face.makeSubset(codes(TEXT[::-1]))


def test_a_face_that_embeds_many_subsets_reads_its_file_once_and_gives_the_same_subsets(font_file, cache):
    parsed = load_ttfont("CD-test", font_file, directory=cache)
    cached = load_ttfont("CD-test", font_file, directory=cache)
    texts = [TEXT[i:] + TEXT[:i] for i in range(font_cache.WHOLE_FILE_AFTER + 3)]

    assert [cached.face.makeSubset(codes(t)) for t in texts] == [parsed.face.makeSubset(codes(t)) for t in texts]
    assert "_ttf_data" in vars(cached.face)  # kept in memory by now


def test_a_face_of_a_collection_is_cached_per_face(tmp_path, cache):
    collection = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    if not collection.exists():
        pytest.skip("文泉驿正黑 (fonts-wqy-zenhei) is not installed")
    first = load_ttfont("CD-wqy-1", collection, 1, directory=cache)
    again = load_ttfont("CD-wqy-1", collection, 1, directory=cache)
    other = load_ttfont("CD-wqy-0", collection, 0, directory=cache)

    assert type(again.face) is not TTFontFace and again.face.subfontNameX == b"-1"
    assert again.face.name == first.face.name != other.face.name
    assert again.face.makeSubset(codes()) == first.face.makeSubset(codes())


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "foreign pickle"])
def test_a_damaged_entry_is_ignored_and_rewritten(font_file, cache, damage):
    load_ttfont("CD-test", font_file, directory=cache)
    [entry] = entries(cache)
    data = entry.read_bytes()
    entry.write_bytes({
        "truncated": data[: len(data) // 2],
        "garbage": os.urandom(4096),
        "empty": b"",
        # A header that names a function to call: the entry's reader allows two ReportLab classes only.
        "foreign pickle": font_cache.MAGIC + struct.pack("<Q", len(FOREIGN)) + FOREIGN,
    }[damage])

    font = load_ttfont("CD-test", font_file, directory=cache)

    assert type(font.face) is TTFontFace  # parsed again
    assert entry.read_bytes() == data  # and the entry mended
    assert type(load_ttfont("CD-test", font_file, directory=cache).face) is not TTFontFace


def test_an_entry_header_may_name_no_other_global():
    with pytest.raises(ValueError, match="not allowed"):
        font_cache._decode(font_cache.MAGIC + struct.pack("<Q", len(FOREIGN)) + FOREIGN)


def test_an_entry_is_not_used_for_a_changed_file(font_file, cache):
    original = load_ttfont("CD-test", font_file, directory=cache)
    stat = font_file.stat()
    # Another font under the same name, same size and same modification time: only the table
    # directory (every table's checksum) tells it apart. Here: the 'head' table's checksum differs.
    data = bytearray(font_file.read_bytes())
    tables = struct.unpack(">H", data[4:6])[0]
    for record in range(12, 12 + 16 * tables, 16):
        if data[record: record + 4] == b"head":
            data[record + 4: record + 8] = bytes(b ^ 0xFF for b in data[record + 4: record + 8])
    font_file.write_bytes(bytes(data))
    os.utime(font_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert font_file.stat().st_size == stat.st_size

    assert type(load_ttfont("CD-test", font_file, directory=cache).face) is TTFontFace

    font_file.write_bytes(bytes(data) + b"\0" * 4)  # a bigger file
    assert type(load_ttfont("CD-test", font_file, directory=cache).face) is TTFontFace
    assert original.face.charToGlyph  # the first face is untouched


def test_an_entry_is_per_name_and_reportlab_version(font_file, cache, monkeypatch):
    load_ttfont("CD-test", font_file, directory=cache)
    assert type(load_ttfont("CD-other", font_file, directory=cache).face) is TTFontFace
    monkeypatch.setattr(font_cache.reportlab, "Version", "0.0.0")
    assert type(load_ttfont("CD-test", font_file, directory=cache).face) is TTFontFace


def test_a_font_file_changed_after_loading_is_not_read_as_if_it_were_the_same(font_file, cache):
    load_ttfont("CD-test", font_file, directory=cache)
    cached = load_ttfont("CD-test", font_file, directory=cache)
    font_file.write_bytes(font_file.read_bytes()[:-4])

    with pytest.raises(TTFError, match="changed"):
        cached.face.makeSubset(codes())


def test_an_unwritable_cache_folder_only_costs_time(font_file, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    font = load_ttfont("CD-test", font_file, directory=blocker / "cache")
    assert type(font.face) is TTFontFace and font.face.charToGlyph


def test_the_default_folder_is_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(tmp_path / "data"))
    assert font_cache.cache_directory() == tmp_path / "data" / "cache" / "faces"


# --- the same PDF, parsed or cached ---------------------------------------------------------------

RENDER = """
from reportlab.pdfbase import pdfmetrics
from complaintdesk.documents import load_font_set, render_letter
from complaintdesk.documents.samples import sample_letter_data
doc = render_letter("reply", sample_letter_data("reply"), draft=False, fonts=load_font_set())
faces = {type(font.face).__name__ for font in pdfmetrics._fonts.values() if hasattr(font, "face")}
print(doc.sha256, ",".join(sorted(faces)))
"""


def _render_in_process(data_dir: Path) -> tuple[str, str]:
    env = {**os.environ, "COMPLAINTDESK_DATA_DIR": str(data_dir)}
    out = subprocess.run([sys.executable, "-c", RENDER], capture_output=True, text=True, check=True, cwd=ROOT,
                         env=env).stdout.split()
    return out[0], out[1]


def test_a_letter_is_the_same_pdf_with_and_without_the_cache(tmp_path):
    data_dir = tmp_path / "data"
    parsed_digest, parsed_faces = _render_in_process(data_dir)  # empty cache: parsed, then kept
    cached_digest, cached_faces = _render_in_process(data_dir)

    assert parsed_faces == "TTFontFace" and "_CachedFace" in cached_faces
    assert cached_digest == parsed_digest
    assert entries(data_dir / "cache" / "faces")
    assert hashlib.sha256(b"").hexdigest() not in (parsed_digest, cached_digest)


# --- subsets kept for the next letter ----------------------------------------------------------------------

AGAIN = """
from dataclasses import replace
from reportlab.pdfbase import pdfmetrics
from complaintdesk.documents import font_cache, load_font_set, render_letter
from complaintdesk.documents.samples import sample_letter_data
made = []
original = font_cache._CachedFace.makeSubset
font_cache._CachedFace.makeSubset = lambda self, subset: made.append(1) or original(self, subset)
fonts = load_font_set()
data = sample_letter_data("reply")
other = replace(data, complainant_name="赤峰市松山区鑫垚商贸有限公司", reply_text="已于当日全部付清。")
first = render_letter("reply", data, draft=False, fonts=fonts)
render_letter("reply", other, draft=False, fonts=fonts)
before = len(made)
again = render_letter("reply", data, draft=False, fonts=fonts)
print(first.sha256, again.sha256, before, len(made))
"""


def test_a_subset_embedded_again_is_kept_and_gives_the_same_pdf(tmp_path):
    data_dir = tmp_path / "data"
    parsed_digest, _faces = _render_in_process(data_dir)  # parsed: no kept subsets at all
    env = {**os.environ, "COMPLAINTDESK_DATA_DIR": str(data_dir)}
    first, again, made_before, made_after = subprocess.run(
        [sys.executable, "-c", AGAIN], capture_output=True, text=True, check=True, cwd=ROOT, env=env).stdout.split()
    assert first == again == parsed_digest
    assert int(made_before) > 0 and made_after == made_before  # the same letter again: no subset made anew


def test_a_face_keeps_a_bounded_number_of_subsets(font_file, cache):
    load_ttfont("KeptFang", font_file, directory=cache)
    face = load_ttfont("KeptFang", font_file, directory=cache).face
    for n in range(font_cache.KEPT_SUBSETS + 5):
        content, packed = face._kept_subset((0, 32, 0x4E00 + n), True)
        assert packed is not None and len(packed) < len(content) * 2
    assert len(face._cache_kept) == font_cache.KEPT_SUBSETS
    assert (0, 32, 0x4E00) not in face._cache_kept  # the oldest went first
