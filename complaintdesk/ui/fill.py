"""``fill``: values put into a translated "%1 … %2" template — in a module of its own, so that what the
window's first frame uses of it does not import the vocabularies' labels (``ui.labels``, which re-exports it)
and the domain's enums behind them before the frame is painted."""

from __future__ import annotations

import re


def fill(template: str, *values: str) -> str:
    """Put values into a translated "%1 … %2" template in one pass (a value may itself hold "%2")."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)
