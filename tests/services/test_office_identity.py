"""The office's identity: which fields are still placeholders, how Settings and the first start check
them, the county field, and the first start that saves the administrator and the identity together."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import func, select

from complaintdesk.services import reference, settings
from complaintdesk.services.actor import SYSTEM, Actor
from complaintdesk.services.auth import PermissionDenied, login
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.first_start import set_up_office
from complaintdesk.services.settings import OfficeIdentity, office_identity_gaps
from complaintdesk.services.validation import ValidationError
from complaintdesk.store.models import Event, Setting, User
from tests.identity import OFFICE_IDENTITY

ALL = ("name", "short_name", "county", "address", "phone", "number_prefix")
KEYS = {"name": "office.name", "short_name": "office.short_name", "county": "office.county",
        "address": "office.address", "phone": "office.phone", "number_prefix": "documents.number_prefix"}


def _settings(**fields: str) -> dict[str, str]:
    """Settings as stored: the shipped defaults with ``fields`` (identity names) replaced."""
    values = reference.default_settings()
    values.update({KEYS[f]: v for f, v in fields.items()})
    return values


def _events(office, action: str) -> list[Event]:
    with office.db.read() as s:
        return s.execute(select(Event).where(Event.action == action).order_by(Event.id)).scalars().all()


def _problems(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {p.field: p.zh for p in exc.value.problems}


# --- the rule ---------------------------------------------------------------------------------------------


def test_the_shipped_defaults_are_all_placeholders_and_a_real_identity_none():
    assert reference.default_settings()["office.county"] == "某某县"
    assert office_identity_gaps(reference.default_settings()) == ALL
    assert office_identity_gaps(_settings(**OFFICE_IDENTITY)) == ()


@pytest.mark.parametrize(("field", "value"), [
    ("name", "某某旗工业和信息化局"), ("short_name", "ＸＸ县工信局"), ("county", "××县"), ("county", "xx旗"),
    ("name", "  "), ("phone", " \t"), ("address", ""), ("number_prefix", ""), ("number_prefix", " X工信投字 "),
    ("short_name", "某某县工信局"),
])
def test_a_stand_in_a_blank_or_the_shipped_value_is_a_gap(field, value):
    assert office_identity_gaps(_settings(**{**OFFICE_IDENTITY, field: value})) == (field,)


def test_the_rule_compares_with_whatever_is_shipped_not_with_one_example(monkeypatch):
    shipped = _settings(name="示例机关", number_prefix="示工信投字", county="示例县")
    monkeypatch.setattr(reference, "default_settings", lambda: dict(shipped))

    gaps = office_identity_gaps(_settings(**{**OFFICE_IDENTITY, "name": "示例机关", "number_prefix": "示工信投字"}))

    assert gaps == ("name", "number_prefix")
    # The old example is an ordinary value now, except that a name with 某某 never is one.
    assert office_identity_gaps(_settings(**{**OFFICE_IDENTITY, "number_prefix": "X工信投字"})) == ()
    assert office_identity_gaps(_settings(**{**OFFICE_IDENTITY, "name": "某某县工业和信息化局"})) == ("name",)


def test_a_setting_missing_altogether_counts_as_empty():
    values = _settings(**OFFICE_IDENTITY)
    del values["office.phone"]
    assert office_identity_gaps(values) == ("phone",)


@pytest.mark.parametrize(("full", "short", "county"), [
    ("阿鲁科尔沁旗工业和信息化局", "阿鲁科尔沁旗工信局", "阿鲁科尔沁旗"),
    ("内蒙古自治区赤峰市阿鲁科尔沁旗工业和信息化局", "内蒙古自治区赤峰市阿鲁科尔沁旗工信局", "阿鲁科尔沁旗"),
    ("鄂温克族自治旗工业和信息化局", "鄂温克族自治旗工信局", "鄂温克族自治旗"),
    ("赤峰市红山区工业和信息化局", "赤峰市红山区工信局", "红山区"),
    ("满洲里市工业和信息化局", "满洲里市工信局", "满洲里市"),
    ("宁城县经济和信息化局", "宁城县经信局", "宁城县"),
    ("中小企业服务中心", "", ""),
    ("工业和信息化局", "", ""),
])
def test_short_name_and_county_are_suggested_only_where_obvious(full, short, county):
    assert settings.suggest_short_name(full) == short
    assert settings.suggest_county(full) == county


# --- Settings: the county field, and office set -----------------------------------------------------


def test_the_county_is_an_office_detail_checked_and_recorded(office):
    loaded = office.settings.office_details()
    assert loaded.county == "某某县"

    with pytest.raises(ValidationError) as exc:
        office.settings.save_office_details(dataclasses.replace(loaded, county="阿鲁科尔沁"), loaded)
    assert _problems(exc) == {"county": "请写县（旗、区）的全称，以“县”“旗”“区”或“市”结尾，如“阿鲁科尔沁旗”"}
    with pytest.raises(ValidationError) as exc:
        office.settings.save_office_details(dataclasses.replace(loaded, county="  "), loaded)
    assert _problems(exc) == {"county": "请填写所在县（旗、区）"}

    saved = office.settings.save_office_details(dataclasses.replace(loaded, county=" 阿鲁科尔沁旗 "), loaded)

    assert saved.county == "阿鲁科尔沁旗" and office.settings.values()["office.county"] == "阿鲁科尔沁旗"
    [event] = _events(office, "setting_changed")
    assert event.summary == "修改本单位设置：所在县（旗、区）“某某县”→“阿鲁科尔沁旗”"
    assert json.loads(event.changes) == {"office.county": ["某某县", "阿鲁科尔沁旗"]}
    assert office.settings.identity_gaps() == ("name", "short_name", "address", "phone", "number_prefix")


def test_office_set_changes_some_fields_checked_like_settings(office):
    saved = office.settings.set_office_identity({"name": "阿鲁科尔沁旗工业和信息化局", "phone": "0476-4222222"})

    assert (saved.name, saved.phone, saved.short_name) == ("阿鲁科尔沁旗工业和信息化局", "0476-4222222", "某某县工信局")
    assert len(_events(office, "setting_changed")) == 2
    with pytest.raises(ValidationError) as exc:
        office.settings.set_office_identity({"number_prefix": "阿工信投字〔2026〕", "phone": "call me", "county": "x"})
    assert set(_problems(exc)) == {"number_prefix", "phone", "county"}
    with pytest.raises(ValidationError) as exc:
        office.settings.set_office_identity({"due_soon_workdays": "5"})
    assert _problems(exc) == {"due_soon_workdays": "未知的本单位信息项“due_soon_workdays”"}
    assert office.settings.office_details() == saved and len(_events(office, "setting_changed")) == 2


def test_only_an_administrator_sets_the_identity(office):
    officer = Actor(user_id=None, username="clerk", display_name="承办人", role="officer")
    service = settings.SettingsService(office.db, lambda: officer, office.today)
    with pytest.raises(PermissionDenied):
        service.set_office_identity({"name": "阿鲁科尔沁旗工业和信息化局"})
    assert office.settings.office_details().name == "某某县工业和信息化局"


# --- the first start ----------------------------------------------------------------------------------


def _identity(**changes: str) -> OfficeIdentity:
    return OfficeIdentity(**{**OFFICE_IDENTITY, **changes})


def test_the_first_start_saves_the_administrator_and_the_identity_together(office):
    admin = set_up_office(office.db, username="admin", display_name="张建国", password="county-office-2026",
                          identity=_identity(name=" 阿鲁科尔沁旗工业和信息化局 "))

    assert (admin.username, admin.role) == ("admin", "admin")
    assert login(office.db, "admin", "county-office-2026").user_id == admin.user_id
    details = office.settings.office_details()
    assert {f: getattr(details, f) for f in ALL} == OFFICE_IDENTITY
    assert office.settings.identity_gaps() == ()
    changed = _events(office, "setting_changed")
    assert len(changed) == 6 and {e.actor_name for e in changed} == {"张建国"}
    assert "修改本单位设置：文号前缀“X工信投字”→“阿工信投字”" in [e.summary for e in changed]
    assert [e.action for e in _events(office, "first_admin")] == ["first_admin"]
    with pytest.raises(ServiceError, match="已有管理员"):
        set_up_office(office.db, username="admin2", display_name="李四", password="another-password",
                      identity=_identity())


def test_the_first_start_names_every_bad_input_at_once_and_saves_nothing(office):
    bad = _identity(name="", short_name="某某县工信局", county="阿鲁科尔沁", address="  ", phone="call me",
                    number_prefix="阿工信投字〔2026〕")
    with pytest.raises(ValidationError) as exc:
        set_up_office(office.db, username="a b", display_name=" ", password="short", identity=bad)

    assert _problems(exc) == {
        "username": "用户名须为 2–64 位字母、数字、下划线、点或连字符",
        "display_name": "请填写姓名（不超过100字）",
        "password": "密码至少 8 位",
        "name": "请填写单位名称",
        "short_name": "单位简称“某某县工信局”是示例内容，请填写本单位实际的单位简称",
        "county": "请写县（旗、区）的全称，以“县”“旗”“区”或“市”结尾，如“阿鲁科尔沁旗”",
        "address": "请填写地址",
        "phone": "电话格式不正确（只能包含数字、空格、+、-、括号和“转”）",
        "number_prefix": "文号前缀只写机关代字，如“X工信投字”；年份〔〕和序号由程序生成，不能含空格、括号或数字",
    }
    with office.db.read() as s:
        assert s.execute(select(func.count(User.id))).scalar() == 0
    assert office.settings.identity_gaps() == ALL and _events(office, "setting_changed") == []


def test_the_shipped_code_is_refused_at_the_first_start(office):
    with pytest.raises(ValidationError) as exc:
        set_up_office(office.db, username="admin", display_name="张建国", password="county-office-2026",
                      identity=_identity(number_prefix="X工信投字"))
    assert _problems(exc) == {"number_prefix": "文号前缀“X工信投字”是示例内容，请填写本单位实际的文号前缀"}


def test_a_taken_user_name_rolls_back_the_identity_too(office):
    from complaintdesk.services.users import create_user

    with office.db.write() as s:  # an officer without a password: no administrator can sign in yet
        create_user(s, SYSTEM, username="admin", display_name="旧账户", role="officer", password=None)

    with pytest.raises(ValidationError) as exc:
        set_up_office(office.db, username="admin", display_name="张建国", password="county-office-2026",
                      identity=_identity())

    assert _problems(exc) == {"username": "用户名“admin”已存在"}
    assert office.settings.identity_gaps() == ALL
    with office.db.read() as s:
        assert s.get(Setting, "office.name").value == json.dumps("某某县工业和信息化局", ensure_ascii=False)
