"""The complainant's words as an office's letter quotes them: in the third person.

A complaint is logged in the firm's own words ("某局拖欠我公司货款…"); a letter of the office that quotes
them as they stand speaks as the firm ("我公司"), which no 公文 may do. ``third_person`` rewrites the
first-person references a firm uses for itself to 投诉人 and the ones it uses for the office (贵局,
你们…) to 本机关, as a suggestion: the officer reads it, mends it and confirms it (the case's
``letter_summary``); letters print the confirmed text, or this suggestion with a warning until then.

Place words that only look first-person are kept: 我国/我省/我市/我县/我区/我旗… (the locality, which
the office shares) and 自我/忘我. Nothing else is changed, and text already in the third person comes
back unchanged.
"""

from __future__ import annotations

import re

__all__ = ["COMPLAINANT", "OFFICE", "first_person_words", "is_first_person", "third_person"]

COMPLAINANT = "投诉人"
OFFICE = "本机关"

# How a firm names itself, longest first so that 我们公司 is one reference, not 我们 + 公司.
_SELF = ("我们公司", "我们单位", "我们企业", "我们厂", "我公司", "我单位", "我企业", "我厂", "我店", "我社", "我司",
         "我方", "本公司", "本单位", "本企业", "本厂", "本店", "我们", "咱们", "我")
# How it addresses the office it writes to.
_OFFICE = ("贵局", "贵单位", "贵部门", "贵机关", "贵委", "贵办", "你们局", "你局", "你们")
# 我 followed by one of these is a place or a set phrase, not the firm.
_PLACE_AFTER = "国省市县区旗镇乡村州盟"
_KEEP_BEFORE = "自忘"

_PATTERN = re.compile("|".join(re.escape(word) for word in sorted(_SELF + _OFFICE, key=len, reverse=True)))


def _replacement(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _OFFICE:
        return OFFICE
    if word in ("我", "我们", "咱们"):
        text, start, end = match.string, match.start(), match.end()
        if end < len(text) and text[end] in _PLACE_AFTER:
            return word  # 我县, 我们市 …: the locality
        if start > 0 and text[start - 1] in _KEEP_BEFORE:
            return word  # 自我, 忘我
    return COMPLAINANT


def third_person(text: str) -> str:
    """``text`` with the firm's first-person references as 投诉人 and its address to the office as 本机关;
    "投诉人投诉人" from a doubled reference ("我们我公司") collapses to one."""
    rewritten = _PATTERN.sub(_replacement, text)
    return rewritten.replace(COMPLAINANT * 2, COMPLAINANT)


def is_first_person(text: str) -> bool:
    """True when ``third_person`` would change ``text`` (it speaks as the firm or to the office)."""
    return third_person(text) != text


_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’|\"[^\"]*\"")


def first_person_words(text: str) -> list[str]:
    """The first-person words (as the firm, or to the office) ``text`` uses outside quotation marks, each
    once, in order: an officer's summary may quote the firm's own words (“我公司已按约交货”)."""
    bare = _QUOTED.sub(lambda m: "　" * len(m.group(0)), text)
    found = [m.group(0) for m in _PATTERN.finditer(bare) if _replacement(m) != m.group(0)]
    return list(dict.fromkeys(found))
