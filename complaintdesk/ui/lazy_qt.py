"""``Qt`` — Qt's namespace of enums (``Qt.AlignmentFlag``, ``Qt.ItemDataRole``…) — built when first used.

PySide6 makes all 93 enums of ``QtCore.Qt`` with Python's ``enum`` module the first time anything reads
``QtCore.Qt`` (an import of the name is a read): ≈ 15–20 ms on an office PC, before the window could be
painted if a module on the way to the first frame imported it. The modules on that way import this ``Qt``
instead; it reads ``QtCore.Qt`` at the first attribute asked of it, and keeps each attribute it handed out,
so later look-ups are plain attribute reads (``Qt.ItemDataRole`` costs what it costs on ``QtCore.Qt``).
``tests/ui/test_app.py`` holds that the window's first frame is painted without the namespace.
"""

from __future__ import annotations


class _LazyQt:
    """Stands for ``PySide6.QtCore.Qt``: every attribute is ``QtCore.Qt``'s own object."""

    def __getattr__(self, name: str):
        from PySide6.QtCore import Qt

        value = getattr(Qt, name)
        setattr(self, name, value)  # asked once: afterwards found in this object's own dictionary
        return value

    def __repr__(self) -> str:
        return "<PySide6.QtCore.Qt, built on first use>"


Qt = _LazyQt()
