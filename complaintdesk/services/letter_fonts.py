"""The letters' settings an administrator edits: the font of each role (GB/T 9704: 仿宋 body, 小标宋 title,
黑体 and 楷体 headings, 宋体 page numbers) and whether the office prints on pre-printed letterhead paper.

``office.settings.letters`` (``LetterSettingsService``) is the door, like the rest of ``services.settings``:
reading needs no right; changing needs MANAGE_RULES, and each changed value is one history event (who,
when, old → new). A role's font is a family name this computer offers for the role
(``documents.fonts.available_families``; any spelling of the face's names), or the path of an embeddable
TrueType file (``path#N`` for face N of a collection), or automatic (the role's usual families, found on
this computer). Choices are saved under ``documents.fonts``; the older ``documents.font_path`` is still
read, and folded into ``documents.fonts`` by the first save. After a save the fonts are listed and chosen
afresh (``reload_fonts``), so the next letter uses them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from complaintdesk.documents.fontfiles import FontFile, has_truetype_outlines, read_cmap, read_faces
from complaintdesk.documents.fontindex import system_faces
from complaintdesk.documents.fonts import (
    FONT_PATH_KEY,
    FONTS_KEY,
    ROLES,
    available_families,
    bundled_face,
    font_config,
    is_fangsong,
    reload_fonts,
    resolve,
)
from complaintdesk.messages import Text
from complaintdesk.messages import settings as msg
from complaintdesk.messages.documents import FONT_ROLE_NAMES
from complaintdesk.services import history, reference
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.letter_mappers import PREPRINTED_LETTERHEAD_KEY, preprinted_letterhead
from complaintdesk.services.validation import Collector, Problem, ValidationError
from complaintdesk.store.database import Database
from complaintdesk.store.models import Setting

__all__ = ["AUTOMATIC", "PREPRINTED_FIELD", "ROLES", "FamilyChoice", "LetterSettings", "LetterSettingsService",
           "RoleFontSetting", "font_field"]

# What a user types for "found on this computer" (the CLI's `auto`, the picker's 自动); None and "" too.
AUTOMATIC = ("auto", "automatic", "自动")
PREPRINTED_FIELD = "preprinted_letterhead"
_CHINESE_PROBE = (0x4E2D, 0x6587)  # 中, 文: a font without them cannot set a Chinese letter
_FACE_SUFFIX = re.compile(r"#(\d+)$")
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")


def font_field(role: str) -> str:
    """The field a problem of a role's font carries, e.g. ``fonts.body``."""
    return f"fonts.{role}"


@dataclass(frozen=True)
class FamilyChoice:
    """A family this computer offers for a role, and whether it is a 仿宋 (the body wants one)."""

    name: str
    fangsong: bool


@dataclass(frozen=True)
class RoleFontSetting:
    """One role: what the settings ask for and what letters are actually set in."""

    role: str
    configured: str | None  # a family name, or a file path (``path#N`` for face N of a collection); None: automatic
    family: str  # the family letters use now
    file: str | None  # its file (``path#N`` for a face of a collection); None: the built-in, non-embedded font
    origin: str  # "setting", "system", "bundled", "body" (no font of its own: the body's), "builtin"
    fangsong: bool
    automatic_family: str  # what the role would be set in if it were automatic (found on this computer)
    automatic_fangsong: bool

    @property
    def automatic(self) -> bool:
        return self.configured is None


@dataclass(frozen=True)
class LetterSettings:
    """The letters' fonts by role, the pre-printed-letterhead flag, and what the fonts warn about."""

    fonts: tuple[RoleFontSetting, ...]
    preprinted_letterhead: bool
    warnings: tuple[Text, ...]  # e.g. the body is not a 仿宋; a configured family is not installed

    def font(self, role: str) -> RoleFontSetting:
        return next(f for f in self.fonts if f.role == role)

    @property
    def body_is_fangsong(self) -> bool:
        return self.font("body").fangsong


# --- values as stored and as shown ------------------------------------------------------------


def _shown(choice: FontFile | str | None) -> str | None:
    """A configured choice as people read and type it: a family, a path, or ``path#N``."""
    if choice is None or isinstance(choice, str):
        return choice
    return f"{choice.path}#{choice.subfont_index}" if choice.subfont_index else choice.path


def _stored(choice: FontFile | str | None) -> Any:
    """A choice as ``documents.fonts`` keeps it: a family, a path, or ``[path, face index]``."""
    if choice is None or isinstance(choice, str):
        return choice
    return [choice.path, choice.subfont_index] if choice.subfont_index else choice.path


def _looks_like_path(text: str) -> bool:
    bare = _FACE_SUFFIX.sub("", text)
    return "/" in text or "\\" in text or bare.lower().endswith(_FONT_SUFFIXES)


def _name_key(family: str) -> str:
    """Family names compare as documents.fonts compares them: no case, spaces, hyphens or underscores."""
    return "".join(ch for ch in family.casefold() if ch not in " -_")


def _file_of(value: str) -> FontFile:
    match = _FACE_SUFFIX.search(value)
    path = _FACE_SUFFIX.sub("", value) if match else value
    return FontFile(os.path.abspath(os.path.expanduser(path)), int(match.group(1)) if match else 0)


# --- checks -----------------------------------------------------------------------------------


def _check_file(c: Collector, role: str, font: FontFile) -> None:
    field, path = font_field(role), font.path
    if not os.path.isfile(path):
        c.add(field, msg.FONT_FILE_MISSING, path=path)
        return
    faces = read_faces(path)
    if not any(face.families for face in faces):  # not a font (a font has a name table)
        c.add(field, msg.FONT_FILE_NOT_A_FONT, path=path)
    elif font.subfont_index >= len(faces):
        c.add(field, msg.FONT_FACE_MISSING, path=path, count=len(faces), index=font.subfont_index)
    elif not has_truetype_outlines(path, font.subfont_index):
        c.add(field, msg.FONT_FILE_NOT_EMBEDDABLE, path=path)
    elif not all(code in read_cmap(path, font.subfont_index) for code in _CHINESE_PROBE):
        c.add(field, msg.FONT_FILE_NO_CHINESE, path=path, role=FONT_ROLE_NAMES[role]())


def _offered_family(role: str, family: str) -> str | None:
    """``family`` as this computer offers it for ``role`` (the listed spelling when it is one of the
    list, else as typed when it names a listed face by another of its names), None when it is not offered."""
    wanted = _name_key(family)
    listed = {_name_key(name): name for name in available_families(role)}
    if wanted in listed:
        return listed[wanted]
    own = bundled_face() if role == "body" else None
    for face in system_faces() + ([own] if own is not None else []):
        keys = {_name_key(name) for name in face.families}
        if face.truetype and wanted in keys and keys & listed.keys():
            return family
    return None


def _clean_choice(c: Collector, role: str, value: str | None) -> FontFile | str | None:
    """A role's new choice, checked: None (automatic), a family offered here, or an embeddable TrueType file."""
    text = (value or "").strip()
    if not text or text.casefold() in AUTOMATIC:
        return None
    if _looks_like_path(text):
        font = _file_of(text)
        _check_file(c, role, font)
        return font
    family = _offered_family(role, text)
    if family is None:
        c.add(font_field(role), msg.FONT_FAMILY_UNKNOWN, family=text, role=FONT_ROLE_NAMES[role]())
    return family


def _check_roles(roles: Mapping[str, Any]) -> None:
    unknown = [role for role in roles if role not in ROLES]
    if unknown:
        raise ValidationError([Problem(font_field(role), msg.UNKNOWN_FONT_ROLE(role=role, roles=", ".join(ROLES)))
                               for role in unknown])


def _role_checked(role: str) -> None:
    if role not in ROLES:
        raise ServiceError(msg.UNKNOWN_FONT_ROLE, field=font_field(role), role=role, roles=", ".join(ROLES))


# --- writing ----------------------------------------------------------------------------------


def _put(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded


def _shown_zh(choice: FontFile | str | None) -> str:
    return _shown(choice) or "自动"


def _write_fonts(session: Session, actor: Actor, settings: Mapping[str, Any],
                 changes: Mapping[str, FontFile | str | None]) -> bool:
    """Write the roles whose choice changes, one history event each; the older ``documents.font_path``
    is folded into ``documents.fonts`` (recorded) so that it cannot override what was chosen here."""
    config = font_config(settings)
    current = {role: config.choice(role) if config is not None else None for role in ROLES}
    changed = {role: new for role, new in changes.items() if new != current[role]}
    if not changed:
        return False
    legacy = settings.get(FONT_PATH_KEY)
    if legacy:
        _put(session, FONT_PATH_KEY, None)
        history.record(session, actor, entity="setting", entity_id=None, action="setting_changed",
                       summary="文书字体设置改存于“documents.fonts”，原“documents.font_path”的设置已并入",
                       changes={FONT_PATH_KEY: (legacy, None)})
    chosen = {**current, **changed}
    _put(session, FONTS_KEY, {role: _stored(choice) for role, choice in chosen.items() if choice is not None})
    for role, new in changed.items():
        old = current[role]
        history.record(session, actor, entity="setting", entity_id=None, action="setting_changed",
                       summary=f"修改文书字体：{FONT_ROLE_NAMES[role]().zh}“{_shown_zh(old)}”→“{_shown_zh(new)}”",
                       changes={f"{FONTS_KEY}.{role}": (_stored(old), _stored(new))})
    return True


def _write_preprinted(session: Session, actor: Actor, settings: Mapping[str, Any], value: bool) -> bool:
    old = preprinted_letterhead(settings)
    if old == value:
        return False
    _put(session, PREPRINTED_LETTERHEAD_KEY, value)
    yes_no = {True: "是", False: "否"}
    history.record(session, actor, entity="setting", entity_id=None, action="setting_changed",
                   summary=f"修改本单位设置：{msg.FIELD_PREPRINTED_LETTERHEAD().zh}“{yes_no[old]}”→“{yes_no[value]}”",
                   changes={PREPRINTED_LETTERHEAD_KEY: (old, value)})
    return True


def _view(settings: Mapping[str, Any]) -> LetterSettings:
    font_set, found = resolve(settings), resolve({})
    config = font_config(settings)
    roles = []
    for role in ROLES:
        used, automatic = font_set.role_font(role), found.role_font(role)
        file = _shown(used.file) if used.file is not None else None
        configured = _shown(config.choice(role)) if config is not None else None
        roles.append(RoleFontSetting(role, configured, used.family, file, used.origin, used.fangsong,
                                     automatic.family, automatic.fangsong))
    return LetterSettings(tuple(roles), preprinted_letterhead(settings), font_set.warnings)


# --- the service ------------------------------------------------------------------------------


class LetterSettingsService:
    """The letters' fonts and letterhead paper of one office; ``actor`` says who acts now."""

    def __init__(self, db: Database, actor: Callable[[], Actor]):
        self._db = db
        self._actor = actor

    def current(self) -> LetterSettings:
        """Per role the configured choice (or automatic) and the font actually used; the letterhead flag."""
        with self._db.read() as session:
            settings = reference.get_settings(session)
        return _view(settings)

    def families(self, role: str) -> tuple[FamilyChoice, ...]:
        """The families this computer offers for ``role``, the role's usual ones first (reads the list of
        installed fonts: slow the first time)."""
        _role_checked(role)
        return tuple(FamilyChoice(name, is_fangsong(name)) for name in available_families(role))

    def check_font(self, role: str, value: str) -> FamilyChoice | None:
        """What ``value`` would set the role in, checked as ``save`` checks it: the family (a file's own
        name) and whether it is a 仿宋; None for automatic; ValidationError naming ``fonts.<role>``."""
        _role_checked(role)
        c = Collector()
        choice = _clean_choice(c, role, value)
        c.raise_if_any()
        if choice is None:
            return None
        if isinstance(choice, str):
            return FamilyChoice(choice, is_fangsong(choice))
        faces = read_faces(choice.path)
        names = faces[choice.subfont_index].families or (os.path.basename(choice.path),)
        return FamilyChoice(names[0], is_fangsong(*names))

    def save(self, fonts: Mapping[str, str | None] | None = None, *,
             preprinted_letterhead: bool | None = None) -> LetterSettings:
        """Change some roles' fonts (role → family, file path, or None / "auto" for automatic) and, when
        given, the pre-printed-letterhead flag. Every value is checked first (ValidationError naming
        ``fonts.<role>``), then all are saved together; one history event per changed value."""
        actor = self._actor()
        require(actor, Permission.MANAGE_RULES)
        fonts = dict(fonts or {})
        _check_roles(fonts)
        c = Collector()
        cleaned = {role: _clean_choice(c, role, value) for role, value in fonts.items()}
        c.raise_if_any()
        with self._db.write() as session:
            settings = reference.get_settings(session)
            changed = _write_fonts(session, actor, settings, cleaned)
            if preprinted_letterhead is not None:
                changed = _write_preprinted(session, actor, settings, bool(preprinted_letterhead)) or changed
        if changed:
            reload_fonts()  # the next letter (this process) lists the fonts again and uses the new choice
        return self.current()
