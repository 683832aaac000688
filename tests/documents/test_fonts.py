"""Fonts by role, found by family name; settings per role; the body's 仿宋 check; the CID fallback; the
name-table and cmap readers; the cached list of installed fonts."""

from __future__ import annotations

import hashlib
import pickle
import re
import shutil

import pytest

from complaintdesk.documents import (
    FontFile,
    discover_font_set,
    fontindex,
    missing_characters,
    render_letter,
)
from complaintdesk.documents import fonts as fonts_module
from complaintdesk.documents.fontfiles import read_cmap, read_faces
from complaintdesk.documents.fontindex import FaceInfo, parse_fc_list, system_faces
from complaintdesk.documents.fonts import (
    CID_FALLBACK,
    available_families,
    font_config,
    has_truetype_outlines,
    load_font_set,
    resolve,
)
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.messages.documents import BODY_NOT_FANGSONG, FONT_FAMILY_NOT_FOUND
from complaintdesk.resources import resource_path
from tests.documents.fontscan import drawn_chars
from tests.documents.pdfscan import fonts_of, scan

ZHUQUE_SHA256 = "60790d6913a2b624d2634e32247fc47489d60f4f512d04d9959375cb7e04a146"
ZHUQUE = str(resource_path("fonts", "ZhuqueFangsong.ttf"))
RARE = "堃喆昇镕珺"
FANGSONG_MARKS = ("fangsong", "仿宋", "zhuque")


def installed(family: str) -> FaceInfo:
    """The CI font ``family`` as this computer lists it (.ci/run installs wqy-zenhei and the Arphic fonts)."""
    for face in system_faces():
        if family in face.families:
            return face
    pytest.skip(f"{family} is not installed (apt-get install fonts-wqy-zenhei fonts-arphic-ukai fonts-arphic-uming)")


@pytest.fixture(scope="module")
def ci():
    return {name: installed(family) for name, family in
            (("wqy", "WenQuanYi Zen Hei"), ("uming", "AR PL UMing CN"), ("ukai", "AR PL UKai CN"))}


def face(families, source: FaceInfo | str, index: int = 0) -> FaceInfo:
    """A face listed under ``families`` whose file is a real TrueType font."""
    return FaceInfo(tuple(families), source if isinstance(source, str) else source.path, index)


@pytest.fixture
def office_pc(ci):
    """A Windows office PC as fontconfig or the name tables would list it (real files, office family names)."""
    return [
        face(("FangSong", "仿宋"), ci["uming"], 3),
        face(("FangSong_GB2312", "仿宋_GB2312"), ci["uming"], 2),
        face(("SimHei", "黑体"), ci["wqy"]),
        face(("KaiTi", "楷体"), ci["ukai"]),
        face(("SimSun", "宋体"), ci["uming"]),
        face(("NSimSun", "新宋体"), ci["uming"], 1),
        face(("FZXiaoBiaoSong-B05S", "方正小标宋简体"), ci["ukai"], 1),
    ]


def families_of(font_set) -> dict[str, str]:
    return {role: font_set.role_font(role).family for role in fonts_module.ROLES}


# --- choosing by family name --------------------------------------------------------------------


def test_office_fonts_are_found_by_family_name_in_the_order_offices_have_them(office_pc, ci):
    font_set = discover_font_set(faces=office_pc, bundled=False)

    assert families_of(font_set) == {"body": "仿宋_GB2312", "title": "方正小标宋简体", "heading1": "黑体",
                                     "heading2": "楷体", "page_number": "宋体"}
    assert font_set.role_font("body").file == FontFile(ci["uming"].path, 2)
    assert font_set.body_is_fangsong and not font_set.warnings and font_set.embedded
    assert [(str(role), family) for role, family in font_set.summary()][0] == ("正文", "仿宋_GB2312")
    assert "仿宋_GB2312" in font_set.source


def test_without_xiaobiaosong_simhei_stands_in_for_the_title(office_pc):
    font_set = discover_font_set(faces=[f for f in office_pc if "方正小标宋简体" not in f.families], bundled=False)
    assert font_set.role_font("title").family == "黑体"


def test_family_names_match_without_case_spaces_or_underscores(office_pc):
    font_set = resolve({"documents.fonts": {"body": "fangsong gb2312", "heading2": "KAITI"}}, faces=office_pc)
    assert font_set.role_font("body").family == "fangsong gb2312"
    assert font_set.role_font("body").origin == "setting" and font_set.body_is_fangsong
    assert font_set.role_font("heading2").file == office_pc[3].file


def test_cff_and_unreadable_faces_are_never_chosen(tmp_path, office_pc):
    cff = tmp_path / "fangsong.otf"
    cff.write_bytes(b"OTTO\x00\x01\x00\x00\x00\x00\x00\x00" + b"CFF " + b"\0" * 12)
    faces = [
        FaceInfo(("仿宋_GB2312",), str(cff), truetype=True),  # listed as TrueType by a stale list: checked again
        FaceInfo(("仿宋_GB2312",), str(tmp_path / "gone.ttf")),  # removed since it was listed
        FaceInfo(("FangSong_GB2312",), str(cff), truetype=False),
        *office_pc[:1],
    ]
    font_set = discover_font_set(faces=faces, bundled=False)
    assert font_set.role_font("body").family == "仿宋" and font_set.role_font("body").file == office_pc[0].file


def test_with_the_ci_fonts_every_role_has_its_kind_of_face(ci):
    """Only wqy-zenhei, the Arphic fonts and the bundled 朱雀仿宋: 仿宋 body, a Song title (not the body's
    黑体 fallback), 黑 level-1 and 楷 level-2 headings, Song page numbers."""
    font_set = discover_font_set(faces=list(ci.values()))

    assert families_of(font_set) == {"body": "Zhuque Fangsong", "title": "AR PL UMing CN",
                                     "heading1": "WenQuanYi Zen Hei", "heading2": "AR PL UKai CN",
                                     "page_number": "AR PL UMing CN"}
    assert font_set.role_font("body").origin == "bundled" and font_set.body_is_fangsong
    assert font_set.role_font("title").file != font_set.role_font("heading1").file
    assert not font_set.warnings


def test_a_reply_sets_its_body_in_fangsong_and_its_title_not_in_the_bodys_hei(fonts):
    data = sample_letter_data("reply")
    doc = render_letter("reply", data, draft=False, fonts=fonts)
    chars = drawn_chars(doc.pdf)

    lines: dict[tuple[int, float], list] = {}
    for char in chars:
        if char.size == 16:
            lines.setdefault((char.page, char.y), []).append(char)
    headings = [line for line in lines.values() if re.match("[一二三四五六七八九十]+、", "".join(c.char for c in line))]
    body = [c for line in lines.values() if line not in headings for c in line if "\u4e00" <= c.char <= "\u9fff"]
    assert len(headings) == 4 and len(body) > 400
    assert all(any(mark in c.font.casefold() for mark in FANGSONG_MARKS) for c in body), {c.font for c in body}
    heading_fonts = {c.font for line in headings for c in line}
    title = {c.font for c in chars if c.size == 22}
    assert heading_fonts == {"/AAAAAA+WenQuanYiZenHei-0"} and title == {"/AAAAAA+UMingCN-0"}


def test_a_body_that_is_not_fangsong_is_a_warning(ci):
    no_fangsong = discover_font_set(faces=list(ci.values()), bundled=False)
    assert no_fangsong.role_font("body").family == "AR PL UMing CN" and not no_fangsong.body_is_fangsong
    assert [w.message for w in no_fangsong.warnings] == [BODY_NOT_FANGSONG]
    assert "不是仿宋体" in str(no_fangsong.warnings[0])

    chosen = resolve({"documents.fonts": {"body": "WenQuanYi Zen Hei"}}, faces=list(ci.values()))
    assert [w.message for w in chosen.warnings] == [BODY_NOT_FANGSONG]
    assert "WenQuanYi Zen Hei" in str(chosen.warnings[0])


# --- settings -------------------------------------------------------------------------------


def test_settings_choose_a_family_or_a_file_per_role(ci):
    settings = {"documents.fonts": {"title": "AR PL UKai CN", "heading1": [ci["uming"].path, 0],
                                    "page_number": "方正书宋_GBK"}}
    font_set = resolve(settings, faces=list(ci.values()))

    assert font_set.role_font("title").family == "AR PL UKai CN"
    assert font_set.role_font("heading1").file == FontFile(ci["uming"].path, 0)
    assert font_set.role_font("heading1").family == "AR PL UMing CN"  # read from the file's name table
    # A family this computer lacks: said so, and the role is found as usual.
    assert font_set.role_font("page_number").family == "AR PL UMing CN"
    [missing] = [w for w in font_set.warnings if w.message is FONT_FAMILY_NOT_FOUND]
    assert "方正书宋_GBK" in str(missing) and "页码" in str(missing)


def test_the_older_font_path_setting_still_sets_the_body(ci, gb2312_font_path):
    assert font_config({}) is None and font_config({"documents.font_path": ""}) is None
    font_set = resolve({"documents.font_path": str(gb2312_font_path)}, faces=list(ci.values()))
    assert font_set.role_font("body").file == FontFile(str(gb2312_font_path))
    assert font_set.role_font("body").origin == "setting"
    assert font_set.role_font("heading2").family == "AR PL UKai CN"  # the other roles are still found
    # Per role, the newer setting wins over the older one.
    both = font_config({"documents.font_path": "/f/simfang.ttf", "documents.fonts": {"body": "仿宋_GB2312"}})
    assert both.body == "仿宋_GB2312"
    assert font_config({"documents.font_path": {"body": "/f/a.ttf", "title": ["/f/b.ttc", 1]}}).title == \
        FontFile("/f/b.ttc", 1)


def test_a_configured_file_that_cannot_be_embedded_falls_back_with_a_warning(tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"OTTO" + b"\0" * 64)  # CFF outlines: ReportLab cannot embed them
    fallback = discover_font_set(str(broken), faces=[], bundled=False)
    assert fallback.body == CID_FALLBACK
    assert any("设置中指定的字体无法使用" in str(w) for w in fallback.warnings)
    bundled = discover_font_set(str(broken), faces=[])
    assert bundled.embedded and "Zhuque" in bundled.source
    assert any("设置中指定的字体无法使用" in str(w) for w in bundled.warnings)


def test_available_families_lists_the_roles_usual_names_first(office_pc, ci):
    faces = office_pc + list(ci.values())
    body = available_families("body", faces=faces)
    assert body[:3] == ["仿宋_GB2312", "仿宋", "Zhuque Fangsong"]
    assert "WenQuanYi Zen Hei" in body  # any other CJK face may be chosen, after the 仿宋 ones
    kai = available_families("heading2", faces=faces)
    assert kai[0] == "楷体" and "AR PL UKai CN" not in kai  # one name per face: here 楷体 is that very face
    assert available_families("heading2", faces=list(ci.values()))[0] == "AR PL UKai CN"
    assert "Zhuque Fangsong" not in available_families("title", faces=faces)
    with pytest.raises(ValueError):
        available_families("footer", faces=faces)


# --- registration -------------------------------------------------------------------------------


def test_fonts_are_parsed_only_when_a_role_is_used(ci):
    fresh = discover_font_set(faces=[face(("Some Kai",), ci["ukai"], 3)], bundled=False)  # no other test uses it
    name = fresh.role_font("body").name
    assert name not in fonts_module._coverage
    assert fresh.has_char(name, "中")  # answered from the character map alone
    assert name not in fonts_module._coverage
    assert fresh.body == name and name in fonts_module._coverage


def test_a_font_set_crosses_to_a_worker_process_intact(fonts):
    copy = pickle.loads(pickle.dumps(fonts))
    assert copy.body == fonts.body and families_of(copy) == families_of(fonts)
    assert copy.font_for_char("body", "中") == fonts.font_for_char("body", "中")


def test_fonts_are_chosen_once_per_process():
    assert load_font_set() is load_font_set()
    assert resolve({}) is load_font_set()


@pytest.mark.parametrize("role", fonts_module.ROLES)
def test_every_role_has_a_registered_font(fonts, role):
    assert fonts.has_char(fonts.role(role), "中")


def test_only_fonts_with_truetype_outlines_are_accepted(tmp_path, fonts):
    assert has_truetype_outlines(fonts.files[fonts.body].path, fonts.files[fonts.body].subfont_index)
    cff = tmp_path / "cff.otf"
    cff.write_bytes(b"OTTO\x00\x01\x00\x00\x00\x00\x00\x00" + b"CFF " + b"\0" * 12)
    assert not has_truetype_outlines(cff)
    assert not has_truetype_outlines(tmp_path / "absent.ttf")


# --- the CID fallback ---------------------------------------------------------------------------


def test_with_no_truetype_font_the_cid_fallback_warns_what_to_install():
    font_set = discover_font_set(faces=[], bundled=False)  # not even the bundled one

    assert font_set.body == CID_FALLBACK and font_set.title == CID_FALLBACK
    assert not font_set.embedded
    assert any("fonts-wqy-zenhei" in str(w) and "不嵌入" in str(w) for w in font_set.warnings)
    # Readers substitute their own font for it: only GB2312 is safe, so rare characters are reported.
    assert missing_characters(RARE + "中文", font_set) == set(RARE)


def test_a_cid_fallback_letter_renders_and_carries_the_warning():
    font_set = discover_font_set(faces=[], bundled=False)
    doc = render_letter("acceptance", sample_letter_data("acceptance"), draft=True, fonts=font_set)

    assert doc.pdf.startswith(b"%PDF")
    assert any("不嵌入" in str(w) for w in doc.warnings)


# --- the bundled 朱雀仿宋 -------------------------------------------------------------------------


def test_the_shipped_fangsong_is_the_documented_file_with_its_licence_beside_it():
    font = resource_path("fonts", "ZhuqueFangsong.ttf")
    assert hashlib.sha256(font.read_bytes()).hexdigest() == ZHUQUE_SHA256
    licence = font.with_name("ZhuqueFangsong-OFL.txt")
    assert "SIL OPEN FONT LICENSE" in licence.read_text(encoding="utf-8").upper()


def test_with_no_system_font_a_letter_embeds_the_bundled_fangsong():
    font_set = discover_font_set(faces=[])  # a machine without any CJK TrueType font
    data = sample_letter_data("acceptance")

    doc = render_letter("acceptance", data, draft=True, fonts=font_set)
    pdf = scan(doc.pdf)

    assert font_set.embedded and not font_set.warnings and font_set.body_is_fangsong
    assert set(families_of(font_set).values()) == {"Zhuque Fangsong"}  # every role stands in with the body's
    fonts = fonts_of(pdf.reader)
    assert fonts and all("Zhuque" in name for name in fonts), sorted(fonts)
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts.values())  # embedded TrueType
    text = pdf.text()
    assert data.complainant_name in text and data.respondent_name in text
    assert "受理告知书" in text and "□" not in text


def test_missing_characters_are_those_of_the_role_font_and_the_body_font(gb2312_font_path):
    font_set = load_font_set(gb2312_font_path)
    assert missing_characters("王晓" + RARE + "，。", font_set) == set(RARE)
    assert missing_characters(" \n\t\u3000中", font_set) == set()


# --- reading font files -------------------------------------------------------------------------


def test_name_tables_give_every_family_name_chinese_ones_included(ci):
    [wqy] = [f for f in read_faces(ci["wqy"].path) if f.index == 0]
    assert wqy.families[0] == "WenQuanYi Zen Hei" and "文泉驿正黑" in wqy.families
    assert wqy.truetype and wqy.chinese_name
    [zhuque] = read_faces(ZHUQUE)
    assert zhuque.families[0] == "Zhuque Fangsong" and any("朱雀仿宋" in name for name in zhuque.families)
    assert read_faces(ZHUQUE + ".absent") == []


def test_the_cmap_reader_agrees_with_fonttools(ci):
    ttlib = pytest.importorskip("fontTools.ttLib")
    for source in (ci["wqy"], ci["ukai"], FaceInfo(("Zhuque Fangsong",), ZHUQUE)):
        expected = set(ttlib.TTFont(source.path, fontNumber=source.index, lazy=True).getBestCmap())
        assert read_cmap(source.path, source.index) == expected


def test_fc_list_output_is_parsed_with_escaped_commas():
    output = ("WenQuanYi Zen Hei,文泉驛正黑,文泉驿正黑\tRegular\tTrueType\t0\t/nowhere/wqy-zenhei.ttc\n"
              "Noto Serif CJK SC\tRegular,標準體\tCFF\t2\t/nowhere/NotoSerifCJK.ttc\n"
              "Acme\\, Inc Sans\tBold\tTrueType\t0\t/nowhere/acme.ttf\n"
              "broken line\n")
    faces = parse_fc_list(output)
    assert [(f.families, f.index, f.truetype, f.style) for f in faces] == [
        (("Noto Serif CJK SC",), 2, False, "Regular"),
        (("Acme, Inc Sans",), 0, True, "Bold"),
        (("WenQuanYi Zen Hei", "文泉驛正黑", "文泉驿正黑"), 0, True, "Regular"),
    ]
    assert not any(f.cjk for f in faces)  # files that cannot be read are no fallback candidates


def test_the_font_list_is_cached_and_listed_again_when_a_font_folder_changes(tmp_path, monkeypatch, ci):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    (tmp_path / "share" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(fontindex, "_memo", None)
    cold = system_faces()
    cache = fontindex._cache_path()
    assert cache.is_file() and any(f.families[0] == "WenQuanYi Zen Hei" for f in cold)

    def listing_again():
        raise AssertionError("the fonts were listed again although no font folder changed")

    monkeypatch.setattr(fontindex, "_memo", None)
    with monkeypatch.context() as patch:
        patch.setattr(fontindex, "_fc_list", listing_again)
        patch.setattr(fontindex, "scan_directories", listing_again)
        assert system_faces() == cold

    # A font installed for this user changes its folder: the next start lists the fonts again.
    shutil.copy(ZHUQUE, tmp_path / "share" / "fonts" / "MyFangsong.ttf")
    monkeypatch.setattr(fontindex, "_memo", None)
    warm = system_faces()
    assert any(f.path.endswith("MyFangsong.ttf") and "Zhuque Fangsong" in f.families for f in warm)
    monkeypatch.setattr(fontindex, "_memo", None)  # the next test sees the machine's own list


def test_font_folders_are_read_by_their_name_tables_not_their_file_names(tmp_path, ci):
    """A Windows-style folder (scanned where there is no fc-list): a file called simfang.ttf that is in
    truth 文泉驿正黑 is a 黑体, never taken for the 仿宋 its file name suggests."""
    folder = tmp_path / "Fonts"
    folder.mkdir()
    (folder / "simfang.ttf").symlink_to(ci["wqy"].path)
    (folder / "SIMKAI.TTF").symlink_to(ci["ukai"].path)
    (folder / "readme.txt").write_text("not a font", encoding="utf-8")

    font_set = discover_font_set(directories=[folder])

    assert families_of(font_set)["body"] == "Zhuque Fangsong"
    assert font_set.role_font("heading1").file == FontFile(str(folder / "simfang.ttf"))
    assert font_set.role_font("heading2").family == "AR PL UKai CN"


def test_the_name_table_scan_and_fontconfig_list_the_same_faces(ci):
    listed = fontindex._fc_list()
    if listed is None:
        pytest.skip("no fc-list here")
    scanned = fontindex.scan_directories(fontindex.font_directories())
    by_face = {(f.path, f.index): f for f in listed}
    assert set(by_face) == {(f.path, f.index) for f in scanned}
    for face_info in scanned:
        other = by_face[(face_info.path, face_info.index)]
        assert set(face_info.families) == set(other.families) and face_info.cjk == other.cjk


def test_windows_font_folders_are_the_system_and_the_users(monkeypatch, tmp_path):
    monkeypatch.setattr(fontindex.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert fontindex.font_directories() == [tmp_path / "Windows" / "Fonts",
                                            tmp_path / "Local" / "Microsoft" / "Windows" / "Fonts"]
    assert fontindex._fc_list() is None  # Windows: the folders' name tables, never fc-list


def test_reloading_lists_the_fonts_again_and_chooses_afresh(monkeypatch):
    before = load_font_set()
    listed = []
    real = fontindex._fc_list
    monkeypatch.setattr(fontindex, "_fc_list", lambda: listed.append(1) or real())
    fonts_module.reload_fonts()
    assert listed == [1]  # listed again although no font folder changed
    again = load_font_set()
    assert again is not before and families_of(again) == families_of(before)
