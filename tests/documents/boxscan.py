"""Every glyph's box and every ruled line of a rendered PDF, in page coordinates, read back with pypdf.

``pdfscan`` reads a letter's lines as ReportLab's canvas writes them (one text object a line, no
transformation); tables and the dossier are drawn by platypus, which moves the origin (``cm``) for
each flowable and writes several lines in one text object (``T*``, ``Td``). This follows the whole
text state (CTM, text and line matrices, Tc, Tw, Tz, TL, Ts) so that each glyph's horizontal extent
(origin to origin + advance) and baseline are exact, and applies the CTM to ruled lines.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.generic import ContentStream

from tests.documents.pdfscan import _Font, _multiply

IDENTITY = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]


@dataclass(frozen=True)
class GlyphBox:
    page: int
    char: str
    x0: float  # origin
    x1: float  # origin + advance (without the spacing after it)
    y: float  # baseline
    size: float
    block: int  # which text object it was drawn in (a table cell's line, a paragraph)


@dataclass(frozen=True)
class Stroke:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    width: float

    @property
    def vertical(self) -> bool:
        return abs(self.x0 - self.x1) < 0.01

    @property
    def horizontal(self) -> bool:
        return abs(self.y0 - self.y1) < 0.01


@dataclass
class TextLine:
    """Glyphs of one text object on one baseline, left to right."""

    page: int
    y: float
    glyphs: list[GlyphBox] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(g.char for g in self.glyphs)

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1


@dataclass
class Boxes:
    glyphs: list[GlyphBox]
    strokes: list[Stroke]
    page_sizes: list[tuple[float, float]]

    def lines(self) -> list[TextLine]:
        grouped: dict[tuple[int, int, float], TextLine] = {}
        for glyph in self.glyphs:
            key = (glyph.page, glyph.block, round(glyph.y, 2))
            grouped.setdefault(key, TextLine(glyph.page, glyph.y)).glyphs.append(glyph)
        for line in grouped.values():
            line.glyphs.sort(key=lambda g: g.x0)
        return sorted(grouped.values(), key=lambda line: (line.page, -line.y, line.x0))


class _TextState:
    def __init__(self) -> None:
        self.font: _Font | None = None
        self.size = 0.0
        self.char_space = 0.0
        self.word_space = 0.0
        self.scale = 1.0
        self.leading = 0.0
        self.rise = 0.0
        self.tm = list(IDENTITY)
        self.tlm = list(IDENTITY)

    def move(self, tx: float, ty: float) -> None:
        self.tlm = _multiply([1, 0, 0, 1, tx, ty], self.tlm)
        self.tm = list(self.tlm)


def _point(matrix: list[float], x: float, y: float) -> tuple[float, float]:
    return x * matrix[0] + y * matrix[2] + matrix[4], x * matrix[1] + y * matrix[3] + matrix[5]


class _Reader:
    """One page's content stream interpreted: glyph boxes and stroked lines."""

    def __init__(self, page_number: int, fonts: dict[str, _Font], out: Boxes, block: list[int]) -> None:
        self.page, self.fonts, self.out, self.block = page_number, fonts, out, block
        self.ctm = list(IDENTITY)
        self.stack: list[tuple[list[float], float]] = []
        self.line_width = 1.0
        self.path: list[tuple[tuple[float, float], tuple[float, float]]] = []
        self.start: tuple[float, float] | None = None
        self.text = _TextState()

    def show(self, raw: bytes) -> None:
        t = self.text
        chars, widths = t.font.decode(raw)
        for char, width in zip(chars, widths, strict=True):
            advance = width / 1000 * t.size * t.scale
            matrix = _multiply(t.tm, self.ctm)
            x0, y = _point(matrix, 0.0, t.rise)
            x1, _ = _point(matrix, advance, t.rise)
            self.out.glyphs.append(GlyphBox(self.page, char, x0, x1, y, t.size * abs(matrix[3]), self.block[0]))
            shift = (width / 1000 * t.size + t.char_space + (t.word_space if char == " " else 0.0)) * t.scale
            t.tm = _multiply([1, 0, 0, 1, shift, 0], t.tm)

    def text_op(self, op: str, operands: list) -> None:  # noqa: C901 - one branch per text operator
        t = self.text
        if op == "BT":
            t.tm, t.tlm = list(IDENTITY), list(IDENTITY)
            self.block[0] += 1
        elif op == "Tm":
            t.tm = [float(v) for v in operands]
            t.tlm = list(t.tm)
        elif op == "Td":
            t.move(float(operands[0]), float(operands[1]))
        elif op == "TD":
            t.leading = -float(operands[1])
            t.move(float(operands[0]), float(operands[1]))
        elif op == "T*":
            t.move(0.0, -t.leading)
        elif op == "TL":
            t.leading = float(operands[0])
        elif op == "Tc":
            t.char_space = float(operands[0])
        elif op == "Tw":
            t.word_space = float(operands[0])
        elif op == "Tz":
            t.scale = float(operands[0]) / 100
        elif op == "Ts":
            t.rise = float(operands[0])
        elif op == "Tf":
            t.font, t.size = self.fonts[operands[0]], float(operands[1])
        elif op == "Tj":
            self.show(_raw(operands[0]))
        elif op == "TJ":
            for part in operands[0]:
                if isinstance(part, int | float):
                    t.tm = _multiply([1, 0, 0, 1, -float(part) / 1000 * t.size * t.scale, 0], t.tm)
                else:
                    self.show(_raw(part))
        elif op in ("'", '"'):
            if op == '"':
                t.word_space, t.char_space = float(operands[0]), float(operands[1])
            t.move(0.0, -t.leading)
            self.show(_raw(operands[-1]))

    def graphics_op(self, op: str, operands: list) -> None:
        if op == "q":
            self.stack.append((list(self.ctm), self.line_width))
        elif op == "Q":
            self.ctm, self.line_width = self.stack.pop()
        elif op == "cm":
            self.ctm = _multiply([float(v) for v in operands], self.ctm)
        elif op == "w":
            self.line_width = float(operands[0])
        elif op == "m":
            self.start = _point(self.ctm, float(operands[0]), float(operands[1]))
        elif op == "l" and self.start is not None:
            end = _point(self.ctm, float(operands[0]), float(operands[1]))
            self.path.append((self.start, end))
            self.start = end
        elif op in ("S", "s", "B", "b", "B*", "b*"):
            scale = (abs(self.ctm[0]) + abs(self.ctm[3])) / 2
            for (x0, y0), (x1, y1) in self.path:
                self.out.strokes.append(Stroke(self.page, x0, y0, x1, y1, self.line_width * scale))
            self.path = []
        elif op in ("n", "f", "f*", "F"):
            self.path = []


def _raw(operand) -> bytes:
    return operand.original_bytes if hasattr(operand, "original_bytes") else bytes(operand)


_TEXT_OPS = frozenset(["BT", "ET", "Tm", "Td", "TD", "T*", "TL", "Tc", "Tw", "Tz", "Ts", "Tf", "Tj", "TJ", "'", '"'])


def read_boxes(pdf: bytes) -> Boxes:
    reader = PdfReader(io.BytesIO(pdf))
    out = Boxes([], [], [])
    block = [0]
    for page_number, page in enumerate(reader.pages, start=1):
        out.page_sizes.append((float(page.mediabox.width), float(page.mediabox.height)))
        fonts = {name: _Font(ref.get_object()) for name, ref in page["/Resources"].get("/Font", {}).items()}
        state = _Reader(page_number, fonts, out, block)
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            op = operator.decode() if isinstance(operator, bytes) else operator
            if op in _TEXT_OPS:
                state.text_op(op, operands)
            else:
                state.graphics_op(op, operands)
    return out


def rule_clearance(boxes: Boxes, glyph: GlyphBox) -> tuple[float, float] | None:
    """(space to the nearest vertical rule on the left, on the right) of a glyph, for rules spanning its
    baseline on its page; None when it has no rule on one side (not in a table). Negative: a rule
    crosses the glyph."""
    left = right = None
    for stroke in boxes.strokes:
        if stroke.page != glyph.page or not stroke.vertical:
            continue
        low, high = sorted((stroke.y0, stroke.y1))
        if not low <= glyph.y <= high:
            continue
        x = stroke.x0
        middle = (glyph.x0 + glyph.x1) / 2
        if x <= middle:
            left = x if left is None else max(left, x)
        else:
            right = x if right is None else min(right, x)
    if left is None or right is None:
        return None
    return glyph.x0 - left, right - glyph.x1
