"""Column widths of ruled tables (reports, a letter's claims table): no column narrower than what must not break.

A column is never narrower than its longest unbreakable token — an amount, a date, a case or contract
number, a code — nor than a few Chinese characters of its text (a name is not wrapped one or two
characters a line); the width left over goes first to the text columns that wrap (names, summaries),
each getting about the same share of what it would need to stand on one line, then to headers that
would otherwise wrap. Where even the minimums do not fit, a smaller size is tried (down to a floor).

Widths are measured by the caller, in the font each cell is set in, at unit size (1 pt): a width at
size ``s`` is ``s`` times that, so each size is tried without measuring again. Padding is added here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from complaintdesk.documents.layout import LINE_END_FORBIDDEN, LINE_START_FORBIDDEN, NUMBER_UNITS

EPSILON = 1e-6
# A token wider than this many ems (a pasted URL, a pathological code) may break at any character: it
# would otherwise take the whole table.
TOKEN_CAP_EMS = 12.0
# A header may take up to this many lines before its column is widened for it (never narrower than
# two Chinese characters).
HEADER_LINES = 3
HEADER_MIN_EMS = 2.0
SQUEEZE_EMS = 2.0

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Need:
    """What a column needs at unit size, padding excluded."""

    minimum: float  # narrower than this, a token would break (or a name wrap a character or two a line)
    natural: float  # its widest cell (and header) on one line
    wraps: bool  # a text column: takes the free width first
    # Where not even the minimums fit at the smallest size, a text column may be this narrow (its codes
    # then break, its names wrap two characters a line) before an amount or date breaks. None: minimum.
    squeeze: float | None = None

    @property
    def floor(self) -> float:
        return self.minimum if self.squeeze is None else min(self.squeeze, self.minimum)


@dataclass(frozen=True, slots=True)
class Fit:
    size: float
    widths: tuple[float, ...]  # padding included; they add up to the frame
    minimums_fit: bool  # False: not even the minimums fitted at the smallest size; text columns squeezed
    whole: bool = True  # every column that does not wrap has its minimum (amounts, dates, codes stand whole)


def _is_cjk(char: str) -> bool:
    """Characters that stand alone as a break unit (as layout breaks lines): ideographs, kana, full-width
    forms and CJK punctuation."""
    width = unicodedata.east_asian_width(char)
    return width in ("W", "F") or (width == "A" and unicodedata.category(char)[0] in "PS")


def tokens(text: str) -> list[str]:
    """The pieces of ``text`` a line break never splits, as the letters' rules break lines: Latin words,
    numbers and codes whole with the closing marks after them and opening marks before them, a number
    with its unit (600,000.00元), each Chinese character (with its punctuation) on its own."""
    out: list[str] = []
    for chunk in _SPACE.split(text):
        pieces: list[str] = []
        word = ""
        for char in chunk:
            if _is_cjk(char):
                if word:
                    pieces.append(word)
                    word = ""
                pieces.append(char)
            else:
                word += char
        if word:
            pieces.append(word)
        out += _join_unbreakable(pieces)
    return out


def _join_unbreakable(pieces: list[str]) -> list[str]:
    joined: list[str] = []
    for piece in pieces:
        if joined and _glued(joined[-1], piece):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


def _glued(before: str, after: str) -> bool:
    if after[0] in LINE_START_FORBIDDEN or before[-1] in LINE_END_FORBIDDEN:
        return True
    return after[0] in NUMBER_UNITS and before[-1].isdigit()


def text_need(cells: Iterable[str], measure: Callable[[str], float], em: float, min_ems: float) -> tuple[float, float]:
    """(minimum, natural) of a wrapping text column's cells at unit size: the minimum is its longest
    token (at most TOKEN_CAP_EMS) and, for text longer than that, ``min_ems`` Chinese characters
    (``Need.squeeze``: see ``squeeze_to``)."""
    natural = token = 0.0
    for text in cells:
        width = measure(text)
        natural = max(natural, width)
        if width > token + EPSILON:  # only a cell wider than the longest token so far can hold a longer one
            token = max(token, max((measure(t) for t in tokens(text)), default=0.0))
    floor = min(natural, min_ems * em)
    return max(floor, min(token, TOKEN_CAP_EMS * em)), natural


def squeeze_to(natural: float, em: float) -> float:
    """How narrow a text column may be squeezed (two characters a line) when not even the minimums fit."""
    return min(natural, SQUEEZE_EMS * em)


def header_need(text: str, measure: Callable[[str], float], em: float, *, lines: int = 1) -> tuple[float, float]:
    """(minimum, natural) of a header at unit size: it may wrap to HEADER_LINES lines, never splitting
    a token, never narrower than two characters; at its natural width it takes ``lines`` lines (a
    letter's table has room for two in its header row whatever it does)."""
    width = measure(text)
    token = max((measure(t) for t in tokens(text)), default=0.0)
    natural = max(token, width / lines + (em / 2 if lines > 1 else 0.0))
    return max(token, min(width, max(HEADER_MIN_EMS * em, width / HEADER_LINES))), min(natural, width)


def fit_columns(needs: Sequence[Need], sizes: Sequence[float], frame: float, padding: float, *,
                unbroken: Sequence[float] = (), spare_to_text: bool = False) -> Fit:
    """The largest of ``sizes`` (largest first) at which every column gets its minimum, with widths
    adding up to ``frame``; but first the largest of ``unbroken`` at which every cell fits on one line
    (a letter prefers 小五 unbroken to 五号 wrapped); ``spare_to_text``: see ``share``. When not even
    the smallest size fits the minimums, the text columns are squeezed to their ``Need.floor``; where
    even that does not fit, ``squeezed``: any token may break, but every column keeps room for one
    character."""
    for size in unbroken:
        if sum(_naturals(needs, size, padding)) <= frame + EPSILON:
            return Fit(size, tuple(share(needs, size, frame, padding, spare_to_text)), True)
    for size in sizes:
        if sum(_minimums(needs, size, padding)) <= frame + EPSILON:
            return Fit(size, tuple(share(needs, size, frame, padding, spare_to_text)), True)
    size = sizes[-1]
    floors = [need.floor * size + 2 * padding for need in needs]
    if sum(floors) <= frame + EPSILON:
        return Fit(size, tuple(_grow(needs, floors, _naturals(needs, size, padding), frame)), False)
    return Fit(size, tuple(squeezed(needs, size, frame, padding)), False, whole=False)


def squeezed(needs: Sequence[Need], size: float, frame: float, padding: float) -> list[float]:
    """Widths when the minimums do not fit: each column one em (a Chinese character) and its padding,
    the rest of the frame in proportion to what each minimum asks beyond that."""
    minimums = _minimums(needs, size, padding)
    base = [min(size + 2 * padding, width) for width in minimums]
    rest = frame - sum(base)
    asked = [width - least for width, least in zip(minimums, base, strict=True)]
    if rest < 0 or not sum(asked):  # not even a character each: in proportion to the minimums
        return [width * frame / (sum(minimums) or 1.0) for width in minimums]
    return [least + rest * more / sum(asked) for least, more in zip(base, asked, strict=True)]


def _minimums(needs: Sequence[Need], size: float, padding: float) -> list[float]:
    return [need.minimum * size + 2 * padding for need in needs]


def _naturals(needs: Sequence[Need], size: float, padding: float) -> list[float]:
    return [max(need.natural, need.minimum) * size + 2 * padding for need in needs]


def share(needs: Sequence[Need], size: float, frame: float, padding: float, spare_to_text: bool = False
          ) -> list[float]:
    """Widths at ``size`` when the minimums fit: when every column fits on one line, its natural width
    and a share of the rest in proportion to it (only the text columns' share with ``spare_to_text``,
    if there are any); else the text columns share what the others' minimums leave (each about the
    same fraction of its natural width), then the others' headers."""
    minimums = _minimums(needs, size, padding)
    naturals = _naturals(needs, size, padding)
    spare = frame - sum(naturals)
    if spare >= -EPSILON:
        takers = [need.wraps or not spare_to_text for need in needs]
        if not any(takers):
            takers = [True] * len(needs)
        weight = sum(width for width, takes in zip(naturals, takers, strict=True) if takes) or 1.0
        return [width + (spare * width / weight if takes else 0.0)
                for width, takes in zip(naturals, takers, strict=True)]
    return _grow(needs, minimums, naturals, frame)


def _grow(needs: Sequence[Need], lows: Sequence[float], naturals: Sequence[float], frame: float) -> list[float]:
    """From ``lows`` towards ``naturals`` within ``frame``: the text columns first, then the others."""
    widths = list(lows)
    room = frame - sum(lows)
    wrapping = [need.wraps for need in needs]
    for group in ([i for i, w in enumerate(wrapping) if w], [i for i, w in enumerate(wrapping) if not w]):
        grown = fill_evenly([lows[i] for i in group], [naturals[i] for i in group], room)
        for i, width in zip(group, grown, strict=True):
            room -= width - widths[i]
            widths[i] = width
    return widths


def fill_evenly(minimums: Sequence[float], naturals: Sequence[float], room: float) -> list[float]:
    """Widths between each minimum and natural width using at most ``room`` more than the minimums:
    ``clamp(t × natural)`` with the largest such ``t`` (every column then needs about the same number
    of lines)."""
    if not minimums:
        return []
    budget = sum(minimums) + max(room, 0.0)
    if sum(naturals) <= budget + EPSILON:
        return list(naturals)

    def widths(t: float) -> list[float]:
        return [min(max(t * natural, low), natural) for low, natural in zip(minimums, naturals, strict=True)]

    low, high = 0.0, 1.0
    for _ in range(60):
        middle = (low + high) / 2
        if sum(widths(middle)) <= budget:
            low = middle
        else:
            high = middle
    out = widths(low)
    # The last fraction of a point to a column that can still grow, so that the widths add up.
    rest = budget - sum(out)
    growable = [i for i, (width, natural) in enumerate(zip(out, naturals, strict=True)) if natural - width > rest]
    if growable and rest > 0:
        out[growable[0]] += rest
    return out
