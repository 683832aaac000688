"""The letters' settings (office.settings.letters): the font of each role, checked against this computer's
fonts or a TrueType file, the pre-printed letterhead flag; rights, history, the older documents.font_path,
and letters set in the new choice at once."""

from __future__ import annotations

import collections
import json

import pytest
from sqlalchemy import select

from complaintdesk.documents.fontindex import system_faces
from complaintdesk.documents.fonts import bundled_face
from complaintdesk.messages.documents import BODY_NOT_FANGSONG
from complaintdesk.services import settings
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import PermissionDenied
from complaintdesk.services.letter_fonts import ROLES
from complaintdesk.services.validation import ValidationError
from complaintdesk.store.models import Case, Event, Setting
from tests.documents.fontscan import drawn_chars

OFFICER = Actor(user_id=None, username="wanglh", display_name="王丽华", role="officer")
ZEN_HEI = "WenQuanYi Zen Hei"


def _face(family: str):
    found = [f for f in system_faces() if family in f.families]
    if not found:
        pytest.skip(f"{family} is not installed (CI installs fonts-wqy-zenhei and fonts-arphic-ukai/uming)")
    return found[0]


@pytest.fixture
def zen_hei():
    return _face(ZEN_HEI)


@pytest.fixture
def zhuque_path() -> str:
    face = bundled_face()
    assert face is not None, "the bundled Zhuque Fangsong is part of the repository"
    return face.path


def _events(office) -> list[Event]:
    with office.db.read() as s:
        return s.execute(select(Event).where(Event.action == "setting_changed").order_by(Event.id)).scalars().all()


def _stored(office, key: str):
    with office.db.read() as s:
        row = s.get(Setting, key)
        return None if row is None else json.loads(row.value)


def _problems(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {p.field: p.code for p in exc.value.problems}


# --- reading ---------------------------------------------------------------------------------------------


def test_a_new_office_finds_every_role_and_sets_the_body_in_a_fangsong(office):
    current = office.settings.letters.current()

    assert [f.role for f in current.fonts] == list(ROLES)
    assert all(f.automatic and f.configured is None for f in current.fonts)
    body = current.font("body")
    assert body.fangsong and current.body_is_fangsong  # at the least the bundled Zhuque Fangsong
    assert body.file and body.family == body.automatic_family
    assert not any(w.message is BODY_NOT_FANGSONG for w in current.warnings)
    assert current.preprinted_letterhead is False


def test_the_families_of_a_role_put_its_usual_ones_first(office, zen_hei):
    body = office.settings.letters.families("body")
    heading1 = office.settings.letters.families("heading1")

    assert body[0].fangsong and body[0].name in ("Zhuque Fangsong", "仿宋_GB2312", "仿宋", "FangSong")
    assert heading1[0].name == ZEN_HEI and not heading1[0].fangsong  # no 黑体 here: the Linux 黑 face
    assert ZEN_HEI in [f.name for f in body]  # any Chinese family may be chosen, with a warning for the body
    with pytest.raises(Exception, match="未知的字体用途"):
        office.settings.letters.families("footer")


# --- choosing a family ----------------------------------------------------------------------------------------


def test_choosing_a_family_is_saved_recorded_and_warned_when_the_body_is_no_fangsong(office, zen_hei):
    saved = office.settings.letters.save({"body": ZEN_HEI})

    body = saved.font("body")
    assert (body.configured, body.family, body.origin, body.fangsong) == (ZEN_HEI, ZEN_HEI, "setting", False)
    assert body.file == zen_hei.path
    assert [w.params["family"] for w in saved.warnings if w.message is BODY_NOT_FANGSONG] == [ZEN_HEI]
    assert _stored(office, "documents.fonts") == {"body": ZEN_HEI}
    [event] = _events(office)
    assert event.summary == f"修改文书字体：正文“自动”→“{ZEN_HEI}”"
    assert json.loads(event.changes) == {"documents.fonts.body": [None, ZEN_HEI]}
    assert event.actor_name == office.actor.display_name
    assert office.settings.letters.current() == saved  # as read back


def test_a_family_may_be_typed_in_any_spelling_of_its_names(office, zen_hei):
    letters = office.settings.letters

    assert letters.check_font("heading1", "wenquanyi-zen_hei").name == ZEN_HEI  # the listed spelling
    if "文泉驿正黑" in zen_hei.families:
        assert letters.check_font("heading1", "文泉驿正黑").name == "文泉驿正黑"
    assert letters.check_font("heading1", "auto") is None and letters.check_font("heading1", "  ") is None


def test_a_family_not_installed_is_refused_with_its_role_named(office):
    with pytest.raises(ValidationError) as exc:
        office.settings.letters.save({"title": "方正小标宋简体 (not here)", "body": "auto"})

    assert _problems(exc) == {"fonts.title": "settings.font_family_unknown"}
    assert "本机没有可用于标题的字体“方正小标宋简体 (not here)”" in exc.value.problems[0].zh
    assert _stored(office, "documents.fonts") is None and _events(office) == []


def test_automatic_clears_a_role(office, zen_hei):
    letters = office.settings.letters
    letters.save({"heading2": ZEN_HEI, "title": ZEN_HEI})

    cleared = letters.save({"heading2": "auto"})

    assert cleared.font("heading2").automatic and cleared.font("heading2").family == cleared.font(
        "heading2").automatic_family
    assert _stored(office, "documents.fonts") == {"title": ZEN_HEI}
    assert _events(office)[-1].summary == f"修改文书字体：二级标题“{ZEN_HEI}”→“自动”"


def test_saving_what_is_already_there_records_nothing(office, zen_hei):
    office.settings.letters.save({"body": ZEN_HEI}, preprinted_letterhead=True)
    before = len(_events(office))

    office.settings.letters.save({"body": ZEN_HEI, "title": None}, preprinted_letterhead=True)

    assert len(_events(office)) == before == 2


# --- choosing a file ---------------------------------------------------------------------------------------------


def test_a_truetype_file_is_saved_as_its_path(office, zhuque_path):
    saved = office.settings.letters.save({"body": zhuque_path})

    body = saved.font("body")
    assert (body.configured, body.file, body.origin, body.fangsong) == (zhuque_path, zhuque_path, "setting", True)
    assert _stored(office, "documents.fonts") == {"body": zhuque_path}
    assert office.settings.letters.check_font("body", zhuque_path).fangsong


def test_a_face_of_a_collection_is_chosen_with_its_number(office):
    mono = _face("WenQuanYi Zen Hei Mono")
    if mono.index == 0:
        pytest.skip("the Mono face is not the second of the collection here")

    saved = office.settings.letters.save({"page_number": f"{mono.path}#{mono.index}"})

    assert saved.font("page_number").file == f"{mono.path}#{mono.index}"
    assert saved.font("page_number").family.startswith("WenQuanYi Zen Hei Mono")
    assert _stored(office, "documents.fonts") == {"page_number": [mono.path, mono.index]}
    with pytest.raises(ValidationError) as exc:
        office.settings.letters.save({"page_number": f"{mono.path}#9"})
    assert _problems(exc) == {"fonts.page_number": "settings.font_face_missing"}


def _latin_only_font(path, source: str):
    subset = pytest.importorskip("fontTools.subset")
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    subsetter = subset.Subsetter(subset.Options())
    subsetter.populate(unicodes=range(0x20, 0x7F))
    subsetter.subset(font)
    font.save(path)
    return str(path)


def _cff_font(path):
    pytest.importorskip("fontTools")
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "uni4E2D", "uni6587"])
    builder.setupCharacterMap({0x4E2D: "uni4E2D", 0x6587: "uni6587"})
    pen = T2CharStringPen(500, None)
    pen.moveTo((0, 0)), pen.lineTo((0, 500)), pen.lineTo((500, 500)), pen.closePath()
    strings = {name: pen.getCharString() for name in (".notdef", "uni4E2D", "uni6587")}
    builder.setupCFF("TestCFF", {"FullName": "Test CFF"}, strings, {})
    builder.setupHorizontalMetrics({name: (500, 0) for name in strings})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Test CFF", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(str(path))
    return str(path)


def test_a_file_that_cannot_serve_is_refused_with_its_reason(office, tmp_path, zhuque_path):
    garbage = tmp_path / "notes.ttf"
    garbage.write_text("not a font", encoding="utf-8")
    cases = {
        "body": (str(tmp_path / "missing.ttf"), "settings.font_file_missing"),
        "title": (str(garbage), "settings.font_file_not_a_font"),
        "heading1": (_cff_font(tmp_path / "cff.otf"), "settings.font_file_not_embeddable"),
        "heading2": (_latin_only_font(tmp_path / "latin.ttf", zhuque_path), "settings.font_file_no_chinese"),
        "page_number": (f"{zhuque_path}#1", "settings.font_face_missing"),
    }

    with pytest.raises(ValidationError) as exc:
        office.settings.letters.save({role: value for role, (value, _code) in cases.items()})

    assert _problems(exc) == {f"fonts.{role}": code for role, (_value, code) in cases.items()}
    assert "不是TrueType（glyf）字体，无法嵌入PDF" in exc.value.for_field("fonts.heading1").zh
    assert _stored(office, "documents.fonts") is None and _events(office) == []
    with pytest.raises(ValidationError) as one:
        office.settings.letters.check_font("heading1", cases["heading1"][0])
    assert _problems(one) == {"fonts.heading1": "settings.font_file_not_embeddable"}


def test_an_unknown_role_is_refused(office):
    with pytest.raises(ValidationError) as exc:
        office.settings.letters.save({"footer": "auto"})
    assert _problems(exc) == {"fonts.footer": "settings.unknown_font_role"}


# --- the older documents.font_path ------------------------------------------------------------------------------


def test_the_older_font_path_is_read_and_folded_into_the_new_setting_on_save(office, zhuque_path, zen_hei):
    with office.db.write() as s:
        s.add(Setting(key="documents.font_path", value=json.dumps(zhuque_path)))

    assert office.settings.letters.current().font("body").configured == zhuque_path

    office.settings.letters.save({"title": ZEN_HEI})
    assert _stored(office, "documents.fonts") == {"body": zhuque_path, "title": ZEN_HEI}
    assert _stored(office, "documents.font_path") is None
    folded, title = _events(office)
    assert json.loads(folded.changes) == {"documents.font_path": [zhuque_path, None]}
    assert title.summary == f"修改文书字体：标题“自动”→“{ZEN_HEI}”"

    cleared = office.settings.letters.save({"body": None})  # and it can now be cleared
    assert cleared.font("body").automatic and _stored(office, "documents.fonts") == {"title": ZEN_HEI}


# --- the letterhead, rights -----------------------------------------------------------------------------------------


def test_the_preprinted_letterhead_flag_is_saved_and_recorded(office):
    assert office.settings.letters.save(preprinted_letterhead=True).preprinted_letterhead
    assert office.settings.values()["documents.preprinted_letterhead"] is True
    [event] = _events(office)
    assert event.summary == "修改本单位设置：使用预印红头纸“否”→“是”"
    assert json.loads(event.changes) == {"documents.preprinted_letterhead": [False, True]}

    assert not office.settings.letters.save(preprinted_letterhead=False).preprinted_letterhead
    assert len(_events(office)) == 2


def test_only_those_who_manage_the_rules_change_the_letters_settings(office, zen_hei):
    officer = settings.SettingsService(office.db, lambda: OFFICER, office.today)

    assert officer.letters.current().font("body").automatic  # reading is allowed
    with pytest.raises(PermissionDenied):
        officer.letters.save({"body": ZEN_HEI})
    with pytest.raises(PermissionDenied):
        officer.letters.save(preprinted_letterhead=True)
    assert _stored(office, "documents.fonts") is None and _events(office) == []


# --- letters use it at once --------------------------------------------------------------------------------------------


def _fonts_by_size(pdf: bytes) -> dict[float, str]:
    """The font most characters of each size are drawn in (body 16 pt, title 22 pt …)."""
    counts = collections.Counter((c.size, c.font.split("+", 1)[-1]) for c in drawn_chars(pdf))
    best: dict[float, tuple[int, str]] = {}
    for (size, font), n in counts.items():
        if n > best.get(size, (0, ""))[0]:
            best[size] = (n, font)
    return {size: font for size, (_n, font) in best.items()}


def test_the_next_letter_is_set_in_the_fonts_just_chosen(demo_office, zen_hei):
    _face("AR PL UKai CN")
    with demo_office.db.read() as s:
        case_id = s.execute(select(Case.id).order_by(Case.id).limit(1)).scalar()
    before = _fonts_by_size(demo_office.documents.draft(case_id, "reply").pdf)
    assert not before[16.0].startswith("WenQuanYiZenHei")  # the body: a 仿宋

    demo_office.settings.letters.save({"body": ZEN_HEI, "title": "AR PL UKai CN"})

    after = _fonts_by_size(demo_office.documents.draft(case_id, "reply").pdf)
    assert after[16.0].startswith("WenQuanYiZenHei")
    assert after[22.0].startswith("UKaiCN")
