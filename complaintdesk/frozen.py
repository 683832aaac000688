"""``Frozen``: the base of the few small immutable values that load before the window's first paint.

They are written out by hand (``__slots__``, ``__init__`` through ``object.__setattr__``) rather than with
``@dataclass(frozen=True)``: the ``dataclasses`` module and the code it generates and compiles for each
class cost ≈ 1 ms a class on this machine, on the way to a window the user is waiting for. Everywhere
else a dataclass is the house style. No Qt.
"""

from __future__ import annotations

from typing import Any, ClassVar


class Frozen:
    """Equal, hashed and shown by its fields: ``__slots__``, less those not in ``_compared`` when a class
    names them. Fields cannot be assigned or deleted once ``__init__`` has set them."""

    __slots__ = ()
    _compared: ClassVar[tuple[str, ...] | None] = None  # None: every field

    def _values(self, names: tuple[str, ...] | None = None) -> tuple:
        return tuple(getattr(self, name) for name in (self.__slots__ if names is None else names))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self._compared) == other._values(self._compared)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values(self._compared))

    def __repr__(self) -> str:
        names = self.__slots__ if self._compared is None else self._compared
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({values})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a {type(self).__name__}")

    def __reduce__(self):
        return (type(self), self._values())
