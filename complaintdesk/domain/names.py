"""Names of people and parties as the office keeps them: one normal form for display, storage and duplicate checks.

A name typed, pasted or imported may carry characters that change how it *looks* without being
seen: bidirectional overrides (U+202E makes "公司ABC" display reversed), zero-width spaces and joiners,
a byte-order mark, or full-width letters and digits. Two names that read the same must be the same
name — else the duplicate check is fooled and a list shows a spoofed name. ``normalize_name`` folds
them to one form (Unicode NFKC), removes the invisible controls and collapses runs of white space;
a name that is empty afterwards is no name (the callers refuse it as a missing required field).
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI), the
# direction marks (LRM RLM ALM), zero-width space / non-joiner / joiner, word joiner and the BOM.
INVISIBLE = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
    + [chr(c) for c in range(0x200B, 0x200E)] + ["\u2060", "\ufeff"]
)
_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def strip_invisible(text: str) -> str:
    """``text`` without bidirectional controls and zero-width characters (nothing else changed)."""
    return _INVISIBLE_RE.sub("", text)


def normalize_name(text: str | None) -> str:
    """The name's one form: NFKC, no invisible controls, single spaces, no space at either end ("" for none)."""
    if not text:
        return ""
    # Removed before and after NFKC: folding may not create them, but a removed one may join two spaces.
    folded = unicodedata.normalize("NFKC", strip_invisible(text))
    return " ".join(strip_invisible(folded).split())
