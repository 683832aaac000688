"""Zip packages of XML parts (xlsx, docx, OFD) read safely: parts streamed through expat, no tree, no DTD.

A document from outside may carry a DTD with entities (billion laughs, external entities) or unpack to
far more than its size. ``stream_xml`` parses a part with expat and refuses any DTD or entity
declaration before anything is expanded (``UnsafeXml``); ``content_types`` reads a package's
``[Content_Types].xml`` so, bounded in size.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from typing import IO
from xml.parsers import expat

CHUNK = 1024 * 1024
MAX_CONTENT_TYPES = 1024 * 1024  # [Content_Types].xml of a real package is a few kilobytes


class UnsafeXml(Exception):
    """A DTD or an entity declaration in a package's XML."""


def _forbid(*_args) -> None:
    raise UnsafeXml()


def stream_xml(stream: IO[bytes], start: Callable[[str, dict], None],
               end: Callable[[str], None] | None = None, text: Callable[[str], None] | None = None) -> None:
    """Parse ``stream`` with expat, calling back on each element (names as ``namespace localname``)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
        parser.buffer_text = True  # one call per run of text, not one per line
    while chunk := stream.read(CHUNK):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def local(name: str) -> str:
    """An element's name without its namespace."""
    return name.rsplit(" ", 1)[-1]


def content_types(archive: zipfile.ZipFile) -> dict[str, str]:
    """The package's parts by name (``word/document.xml``) → their declared content type (overrides only).

    Raises KeyError (no ``[Content_Types].xml``), ValueError (too large), UnsafeXml, expat.ExpatError."""
    info = archive.getinfo("[Content_Types].xml")
    if info.file_size > MAX_CONTENT_TYPES:
        raise ValueError("[Content_Types].xml is too large")
    found: dict[str, str] = {}

    def start(name: str, attrs: dict) -> None:
        if local(name) == "Override" and "PartName" in attrs:
            found[attrs["PartName"].lstrip("/")] = attrs.get("ContentType", "")

    with archive.open(info) as stream:
        stream_xml(stream, start)
    return found
