"""Text for spreadsheet cells that a spreadsheet program will not run: the one rule every export applies.

Excel, WPS and LibreOffice treat a cell whose text begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or
carriage return before one) as a formula when the file is opened or the cell is edited: a complainant
named ``=HYPERLINK("http://…","点击")`` would become a link, ``=cmd|…`` a command (CSV injection). As
OWASP advises, such text is written with an apostrophe in front, so that it stays text. Only text is
changed: numbers, amounts (a negative one too), dates and booleans stay the values they are.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value):
    """``value`` as a spreadsheet cell may hold it: text that would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def inert_row(values) -> list:
    """``inert`` applied to every cell of a row."""
    return [inert(v) for v in values]
