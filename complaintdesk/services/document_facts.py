"""Small helpers the letter mappers and the dossier sections share: labels, the office block, the size basis."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from complaintdesk.documents import OfficeInfo
from complaintdesk.services.case_detail import size_of
from complaintdesk.services.desk_types import CaseDetail


def label_of(enum, value: str | None) -> str:
    """The Chinese label of a vocabulary code; an unknown code as it is; "" for none."""
    if not value:
        return ""
    try:
        return enum(value).label_zh
    except ValueError:
        return value


def setting_text(settings: Mapping[str, Any], key: str) -> str:
    return str(settings.get(key) or "")


def office_info(settings: Mapping[str, Any]) -> OfficeInfo:
    """The issuing office as the letters print it (name, short name, address, phone)."""
    return OfficeInfo(name=setting_text(settings, "office.name"),
                      short_name=setting_text(settings, "office.short_name"),
                      address=setting_text(settings, "office.address"),
                      phone=setting_text(settings, "office.phone"))


def short_citation(basis: str) -> str:
    """The legal source of a step rule without the officer's notes: 《条例》第二十五条第二款：自… → 《条例》第二十五条第二款."""
    head = re.split(r"[：:；;]", basis, maxsplit=1)[0]
    head = re.sub(r"（[^（）]*(默认|按本地规定)[^（）]*）", "", head)
    return head.strip()


def size_basis_of(detail: CaseDetail) -> tuple[str | None, tuple[str, ...]]:
    """The complainant's size class and the lines explaining it (recomputed from its figures when not stored)."""
    ent = detail.complainant
    size, basis = size_of(ent.industry, ent.employees, ent.revenue_wan, ent.assets_wan)
    if ent.size_basis:
        basis = ent.size_basis
    return ent.size_class or size, basis
