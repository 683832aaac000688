"""Per-glyph positions and the fill/stroke colours of rendered PDFs, read back from the content streams.

``pdfscan`` gives a line's start and end; this gives where each glyph of it starts (so character pitch
can be measured) and which colour every piece of text and every ruled line was painted in.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.generic import ContentStream

from tests.documents.pdfscan import PAGE_NUMBER_RE, _Font

RED_RGB = (1.0, 0.0, 0.0)
RED_CMYK = (0.0, 1.0, 1.0, 0.0)


@dataclass
class PlacedGlyph:
    char: str
    x: float  # origin
    advance: float  # the font's own advance at the size
    spacing: float  # Tc in force after it


@dataclass
class GlyphLine:
    page: int
    y: float
    size: float
    glyphs: list[PlacedGlyph] = field(default_factory=list)
    fill: tuple[float, ...] = (0.0,)
    rotated: bool = False

    @property
    def text(self) -> str:
        return "".join(g.char for g in self.glyphs)

    @property
    def x(self) -> float:
        return self.glyphs[0].x if self.glyphs else 0.0

    def pitches(self) -> list[tuple[str, str, float]]:
        """(char, next char, distance between their origins) for each neighbouring pair."""
        return [(a.char, b.char, b.x - a.x) for a, b in zip(self.glyphs, self.glyphs[1:], strict=False)]

    def cell_end(self) -> float:
        """Where the last glyph's cell ends: a full-width character fills its cell even when the font
        draws it narrower (a closing quote), so this is the line's right edge on the grid."""
        last = self.glyphs[-1]
        return last.x + max(last.advance, self.size if is_full_width(last.char) else 0.0)


@dataclass
class PaintedRule:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    stroke: tuple[float, ...]


@dataclass
class Painting:
    lines: list[GlyphLine]
    rules: list[PaintedRule]

    def body_lines(self, size: float = 16.0) -> list[GlyphLine]:
        return [line for line in self.lines
                if line.size == size and not line.rotated and not PAGE_NUMBER_RE.match(line.text)]


def is_full_width(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F") or char in "“”‘’·—…"


def is_ideograph(char: str) -> bool:
    return unicodedata.category(char) == "Lo" and unicodedata.east_asian_width(char) == "W"


def _colour(operands) -> tuple[float, ...]:
    return tuple(round(float(value), 4) for value in operands)


class _State:
    def __init__(self) -> None:
        self.fill: tuple[float, ...] = (0.0,)
        self.stroke: tuple[float, ...] = (0.0,)
        self.width = 1.0
        self.ctm_rotated = False


def paint(pdf: bytes) -> Painting:  # noqa: C901 - one content-stream interpreter, as in pdfscan
    reader = PdfReader(io.BytesIO(pdf))
    lines: list[GlyphLine] = []
    rules: list[PaintedRule] = []
    colour_ops = {"g": "fill", "rg": "fill", "k": "fill", "G": "stroke", "RG": "stroke", "K": "stroke"}
    for page_number, page in enumerate(reader.pages, start=1):
        fonts = {name: _Font(ref.get_object()) for name, ref in page["/Resources"].get("/Font", {}).items()}
        state, stack = _State(), []
        font, size, spacing, start, current, x = None, 0.0, 0.0, None, None, 0.0
        line_x = line_y = leading = 0.0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            op = operator.decode() if isinstance(operator, bytes) else operator
            if op == "q":
                stack.append((state.fill, state.stroke, state.width, state.ctm_rotated))
            elif op == "Q":
                state.fill, state.stroke, state.width, state.ctm_rotated = stack.pop()
            elif op == "cm":
                values = [float(v) for v in operands]
                state.ctm_rotated = state.ctm_rotated or values[:4] != [1, 0, 0, 1]
            elif op in colour_ops:
                setattr(state, colour_ops[op], _colour(operands))
            elif op == "w":
                state.width = float(operands[0])
            elif op == "m":
                start = (float(operands[0]), float(operands[1]))
            elif op == "l" and start is not None:
                end = (float(operands[0]), float(operands[1]))
                rules.append(PaintedRule(page_number, *start, *end, state.width, state.stroke))
                start = end
            elif op in ("Tm", "Td", "TD", "T*", "TL"):
                # Each text line ReportLab's paragraphs set starts with Td or T* (a letter's with Tm).
                if op == "TL":
                    leading = float(operands[0])
                    continue
                if op == "Tm":
                    line_x, line_y = float(operands[4]), float(operands[5])
                elif op == "T*":
                    line_y -= leading
                else:
                    line_x, line_y = line_x + float(operands[0]), line_y + float(operands[1])
                    leading = -float(operands[1]) if op == "TD" else leading
                x = line_x
                current = GlyphLine(page_number, line_y, 0.0, fill=state.fill, rotated=state.ctm_rotated)
                lines.append(current)
            elif op == "Tf":
                font, size = fonts[operands[0]], float(operands[1])
            elif op == "Tc":
                spacing = float(operands[0])
            elif op in ("Tj", "TJ") and current is not None:
                current.size = size
                for part in operands[0] if op == "TJ" else [operands[0]]:
                    if isinstance(part, int | float):
                        x -= float(part) / 1000 * size
                        continue
                    raw = part.original_bytes if hasattr(part, "original_bytes") else bytes(part)
                    text, widths = font.decode(raw)
                    for char, width in zip(text, widths, strict=True):
                        advance = width / 1000 * size
                        current.glyphs.append(PlacedGlyph(char, x, advance, spacing))
                        x += advance + spacing
            elif op == "ET":
                current = None
    return Painting([line for line in lines if line.glyphs], rules)
