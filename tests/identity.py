"""A complete, real-looking office identity for test offices that issue letters.

A new office starts with placeholders (某某县工业和信息化局, X工信投字) and refuses to issue until
they are replaced (services/settings.py ``office_identity_gaps``). Tests that issue give their office
this identity the way an administrator would, through the Settings service: the rule stays as it is.
"""

from __future__ import annotations

from complaintdesk.services.actor import SYSTEM

OFFICE_IDENTITY = {
    "name": "阿鲁科尔沁旗工业和信息化局",
    "short_name": "阿旗工信局",
    "county": "阿鲁科尔沁旗",
    "address": "阿鲁科尔沁旗天山镇新华大街1号",
    "phone": "0476-4222222",
    "number_prefix": "阿工信投字",
}
PREFIX = OFFICE_IDENTITY["number_prefix"]


def give_identity(office, **changes: str) -> None:
    """Fill the office's identity (``changes`` override single fields) as an administrator, recorded."""
    acting = office.actor
    office.actor = SYSTEM
    try:
        office.settings.set_office_identity({**OFFICE_IDENTITY, **changes})
    finally:
        office.actor = acting
