"""Coded messages: each is defined once with a code, its English source text and its Chinese text.

Services and the domain never build a sentence for people. They raise a coded error or return a
coded problem carrying a ``Text`` — a ``Message`` and its named parameters — and whoever shows it
renders it in the reader's language:

* the desktop UI through Qt's translator (``ui/messages.py``: context ``"messages"``, source = the
  English text; ``tools/update_translations.py`` writes every message into the ``.ts`` catalogues, so
  Qt Linguist sees them and a test keeps them in step with this catalogue);
* the CLI, letters, logs and ``str(error)`` in Chinese, straight from here (no Qt needed).

Placeholders are ``{name}`` in both languages. A parameter may itself be a ``Text`` (e.g. the name of
a field) or a labelled vocabulary value (``CaseStatus.CLOSED``): it is rendered in the same language.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from complaintdesk.frozen import Frozen

ZH = "zh"
EN = "en"

_FORMATTER = string.Formatter()
_REGISTRY: dict[str, Message] = {}


class Message(Frozen):
    """A coded message: its code, English source text and Chinese text."""

    __slots__ = ("code", "en", "zh")
    code: str
    en: str
    zh: str

    def __init__(self, code: str, en: str, zh: str) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "en", en)
        object.__setattr__(self, "zh", zh)

    def __call__(self, **params: Any) -> Text:
        """This message with its parameters."""
        return Text(self, params)

    def placeholders(self, language: str = EN) -> set[str]:
        template = self.en if language == EN else self.zh
        return {name for _, name, _, _ in _FORMATTER.parse(template) if name}

    def __reduce__(self):
        # One object per code: a message back from another process (a batch's worker) is the
        # catalogue's own again, so that ``text.message is MSG`` holds for it too.
        return (_defined, (self.code, self.en, self.zh))


def _defined(code: str, en: str, zh: str) -> Message:
    known = _REGISTRY.get(code)
    return known if known is not None else Message(code, en, zh)


def define(code: str, en: str, zh: str) -> Message:
    """Add a message to the catalogue (a code is defined exactly once, with the same placeholders in both languages)."""
    message = Message(code, en, zh)
    if code in _REGISTRY:
        raise ValueError(f"message code defined twice: {code}")
    if message.placeholders(EN) != message.placeholders(ZH):
        raise ValueError(f"message {code}: placeholders differ between English and Chinese")
    _REGISTRY[code] = message
    return message


def catalogue() -> Mapping[str, Message]:
    """Every message of every area module of this package (each area is loaded once)."""
    # The package's modules as the import system lists them: files in a checkout or a wheel, entries
    # of the archive in the PyInstaller bundle (where no .py file lies next to this one).
    import pkgutil  # only here: not needed to start the window

    package = importlib.import_module(__package__)
    areas = sorted(info.name for info in pkgutil.iter_modules(package.__path__)
                   if not info.ispkg and info.name != "core")
    for module in areas:
        importlib.import_module(f"{__package__}.{module}")
    return dict(_REGISTRY)


def lookup(code: str) -> Message | None:
    return _REGISTRY.get(code)


class Text(Frozen):
    """A message and its parameters: what is shown to people, in whichever language they read."""

    __slots__ = ("message", "params")
    message: Message
    params: Params

    def __init__(self, message: Message, params: Mapping[str, Any] | None = None) -> None:
        # Frozen, so that a Text is hashable (warnings are de-duplicated with dict.fromkeys) and equal by value.
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "params", Params({} if params is None else params))

    def __reduce__(self):
        return (Text, (self.message, dict(self.params)))

    @property
    def code(self) -> str:
        return self.message.code

    def render(self, language: str = ZH, translate: Callable[[Message], str] | None = None) -> str:
        """The text in ``language``; ``translate`` (the UI's Qt translator) gives the template instead."""
        if translate is not None:
            template = translate(self.message)
        else:
            template = self.message.en if language == EN else self.message.zh
        values = {k: render_value(v, language, translate) for k, v in self.params.items()}
        try:
            return template.format_map(_Missing(values))
        except (ValueError, IndexError):  # a translator's broken template must not hide the message
            return self.message.zh.format_map(_Missing(values))

    @property
    def zh(self) -> str:
        return self.render(ZH)

    @property
    def en(self) -> str:
        return self.render(EN)

    def __str__(self) -> str:
        return self.zh


class Term(Frozen):
    """A name given in both languages by data rather than the catalogue (a letter's field: its code and
    Chinese label); rendered like a labelled vocabulary value."""

    __slots__ = ("label_en", "label_zh")
    label_en: str
    label_zh: str

    def __init__(self, label_en: str, label_zh: str) -> None:
        object.__setattr__(self, "label_en", label_en)
        object.__setattr__(self, "label_zh", label_zh)

    def __str__(self) -> str:
        return self.label_zh


def render_value(value: Any, language: str = ZH, translate: Callable[[Message], str] | None = None) -> str:
    """A parameter as text: nested texts and labelled vocabulary in the same language, the rest as is."""
    if isinstance(value, Text):
        return value.render(language, translate)
    if isinstance(value, Message):
        return value().render(language, translate)
    label = getattr(value, "label_en" if language == EN else "label_zh", None)
    if isinstance(label, str):
        return label
    if isinstance(value, list | tuple):
        sentences = all(isinstance(v, Text) for v in value)
        sep = ("; " if sentences else ", ") if language == EN else ("；" if sentences else "、")
        return sep.join(render_value(v, language, translate) for v in value)
    return str(value)


class Params(Mapping[str, Any]):
    """A text's parameters, read-only and hashable: lists are kept as tuples (rendered the same)."""

    __slots__ = ("_items",)

    def __init__(self, params: Mapping[str, Any]):
        self._items = {name: tuple(v) if isinstance(v, list) else v for name, v in params.items()}

    def __getitem__(self, name: str) -> Any:
        return self._items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(frozenset(self._items.items()))

    def __repr__(self) -> str:
        return repr(self._items)


class _Missing(dict):
    """A placeholder without a value stays visible (``{name}``) instead of raising KeyError."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def plain(text: str) -> Text:
    """Text that is already what people read (a user's own words, a file name): shown as it is."""
    return Text(_PLAIN, {"text": text})


_PLAIN = define("plain", "{text}", "{text}")
