"""Which embedded font draws each character of a rendered PDF, and the rectangles stroked in red.

Read back from the content streams independently of the renderer (pypdf), like pdfscan.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream

from tests.documents.pdfscan import _Font


@dataclass(frozen=True)
class DrawnChar:
    page: int
    char: str
    font: str  # the font's /BaseFont, e.g. /AAAAAA+ZhuqueFangsong-Regular
    size: float
    x: float  # the text line's start (Tm), enough to tell lines apart
    y: float


@dataclass(frozen=True)
class Rect:
    page: int
    x: float
    y: float
    width: float
    height: float
    stroke: tuple[float, ...]


def _page_fonts(page) -> dict:
    return {name: _Font(ref.get_object()) for name, ref in page["/Resources"].get("/Font", {}).items()}


def drawn_chars(pdf: bytes) -> list[DrawnChar]:
    """Every character shown, with the font it is shown in."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for number, page in enumerate(reader.pages, start=1):
        fonts = _page_fonts(page)
        font, size, origin = None, 0.0, (0.0, 0.0)
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            op = operator.decode() if isinstance(operator, bytes) else operator
            if op == "Tf":
                font, size = fonts[operands[0]], float(operands[1])
            elif op == "Tm":
                origin = (float(operands[4]), float(operands[5]))
            elif op in ("Tj", "TJ") and font is not None:
                parts = operands[0] if op == "TJ" else [operands[0]]
                for part in parts:
                    if isinstance(part, int | float):
                        continue
                    raw = part.original_bytes if hasattr(part, "original_bytes") else bytes(part)
                    text, _widths = font.decode(raw)
                    found += [DrawnChar(number, char, font.name, size, *origin) for char in text]
    return found


def stroked_rects(pdf: bytes) -> list[Rect]:
    """Rectangles (``re`` … ``S``) with the stroke colour in force."""
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for number, page in enumerate(reader.pages, start=1):
        stroke: tuple[float, ...] = (0.0,)
        stack = []
        pending = []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            op = operator.decode() if isinstance(operator, bytes) else operator
            if op == "q":
                stack.append(stroke)
            elif op == "Q":
                stroke = stack.pop()
            elif op in ("RG", "G", "K"):
                stroke = tuple(float(v) for v in operands)
            elif op == "re":
                pending.append(tuple(float(v) for v in operands))
            elif op in ("S", "s", "B", "b"):
                found += [Rect(number, *r, stroke) for r in pending]
                pending = []
            elif op == "n":
                pending = []
    return found
