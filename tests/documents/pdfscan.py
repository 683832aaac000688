"""Reads rendered PDFs back independently of the renderer: text lines with position, size and extent, and rules."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.generic import ContentStream

MM = 72 / 25.4
PAGE_A4 = (210 * MM, 297 * MM)
BLOCK_LEFT = 28 * MM
BLOCK_RIGHT = (28 + 156) * MM
BLOCK_TOP = (297 - 37) * MM
BLOCK_BOTTOM = BLOCK_TOP - 225 * MM
LINE_PITCH = 225 * MM / 22
PAGE_NUMBER_RE = re.compile(r"^— \d+ —$")


@dataclass
class TextLine:
    """One BT…ET text object: ReportLab writes each printed line as one."""

    page: int
    x: float
    y: float
    x_end: float  # where the last glyph's advance ends, from the fonts' own /Widths and Tc
    size: float
    text: str
    rotated: bool = False
    fonts: set[str] = field(default_factory=set)


@dataclass
class RuleLine:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    width: float


@dataclass
class ScannedPdf:
    reader: PdfReader
    lines: list[TextLine]
    rules: list[RuleLine]

    @property
    def page_count(self) -> int:
        return len(self.reader.pages)

    def page_lines(self, page: int) -> list[TextLine]:
        return [line for line in self.lines if line.page == page]

    def text(self) -> str:
        """All text but page numbers, lines joined without separators (so a name broken across lines
        or pages still matches)."""
        return "".join(line.text for line in self.lines if not PAGE_NUMBER_RE.match(line.text))


def _to_unicode_map(font) -> dict[int, str]:
    stream = font.get("/ToUnicode")
    if stream is None:
        return {}
    data = stream.get_object().get_data().decode("latin-1")
    mapping: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                mapping[code] = chr(start + offset)
    return mapping


class _Font:
    def __init__(self, font) -> None:
        self.name = str(font.get("/BaseFont"))
        self.first = int(font.get("/FirstChar", 0))
        self.widths = [float(w) for w in font.get("/Widths", [])]
        self.unicode = _to_unicode_map(font)

    def decode(self, raw: bytes) -> tuple[str, list[float]]:
        chars, widths = [], []
        for code in raw:
            chars.append(self.unicode.get(code, "\ufffd"))
            index = code - self.first
            widths.append(self.widths[index] if 0 <= index < len(self.widths) else 0.0)
        return "".join(chars), widths


def _multiply(a, b):
    return [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def scan(pdf: bytes) -> ScannedPdf:
    """Text lines and ruled lines of every page (simple TrueType fonts, as ReportLab embeds them)."""
    reader = PdfReader(io.BytesIO(pdf))
    lines: list[TextLine] = []
    rules: list[RuleLine] = []
    for page_number, page in enumerate(reader.pages, start=1):
        resources = page["/Resources"]
        fonts = {name: _Font(ref.get_object()) for name, ref in resources.get("/Font", {}).items()}
        content = ContentStream(page.get_contents(), reader)
        ctm = [1, 0, 0, 1, 0, 0]
        stack = []
        line_width = 1.0
        path_start = None
        current = None
        font = None
        size = 0.0
        char_space = 0.0
        for operands, operator in content.operations:
            op = operator.decode() if isinstance(operator, bytes) else operator
            if op == "q":
                stack.append((list(ctm), line_width))
            elif op == "Q":
                ctm, line_width = stack.pop()
            elif op == "cm":
                ctm = _multiply([float(v) for v in operands], ctm)
            elif op == "w":
                line_width = float(operands[0])
            elif op == "m":
                path_start = (float(operands[0]), float(operands[1]))
            elif op == "l" and path_start is not None:
                x1, y1 = float(operands[0]), float(operands[1])
                rules.append(RuleLine(page_number, path_start[0], path_start[1], x1, y1, line_width))
                path_start = (x1, y1)
            elif op == "BT":
                current = None
            elif op == "Tm":
                matrix = [float(v) for v in operands]
                current = TextLine(page_number, matrix[4], matrix[5], matrix[4], 0.0, "",
                                   rotated=ctm[:4] != [1, 0, 0, 1])
                if current.rotated:
                    current.x, current.y = ctm[4], ctm[5]
            elif op == "Tf":
                font = fonts[operands[0]]
                size = float(operands[1])
            elif op == "Tc":
                char_space = float(operands[0])
            elif op in ("Tj", "TJ") and current is not None:
                parts = operands[0] if op == "TJ" else [operands[0]]
                for part in parts:
                    if isinstance(part, int | float):
                        current.x_end -= float(part) / 1000 * size
                        continue
                    raw = part.original_bytes if hasattr(part, "original_bytes") else bytes(part)
                    text, widths = font.decode(raw)
                    current.text += text
                    current.x_end += sum(w / 1000 * size + char_space for w in widths)
                current.size = size
                current.fonts.add(font.name)
            elif op == "ET" and current is not None:
                if current.text:
                    current.x_end -= char_space  # the last glyph's spacing is not ink
                    lines.append(current)
                current = None
    return ScannedPdf(reader, lines, rules)


def fonts_of(reader: PdfReader) -> dict[str, dict]:
    """BaseFont → font dictionary for every font used on any page."""
    found = {}
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found
