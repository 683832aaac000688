"""Evidence is what its extension says: text is text, a Word or Excel file is that Office package, other
types start with their magic bytes. Before, any bytes passed as ``.txt`` and any zip as ``.docx``."""

from __future__ import annotations

import zipfile
from datetime import timedelta

import pytest
from openpyxl import Workbook

from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.validation import ValidationError
from tests.dates import TODAY

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def _content_types(part: str, content_type: str, prologue: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<Types xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>')


def _package(path, parts: dict[str, str]):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def _docx(path, content_type: str = WORD_MAIN, prologue: str = ""):
    return _package(path, {"[Content_Types].xml": _content_types("word/document.xml", content_type, prologue),
                           "word/document.xml": "<w:document xmlns:w='urn:w'/>"})


def _xlsx(path):
    wb = Workbook()
    wb.active.append(["合同编号", "金额"])
    wb.save(path)
    return path


@pytest.fixture
def case(office):
    return office.registration.register(RegistrationInput(
        channel="phone", procedure="direct", category="arrears", summary="拖欠货款", received_on=TODAY - timedelta(days=2),
        complainant=EnterpriseInput(name="甲公司"), respondent=RespondentInput(name="乙局", kind="state_organ")))


def _refused(office, case, path) -> str:
    with pytest.raises(ValidationError) as err:
        office.attachments.add_attachment(case.id, path, "other", None)
    return err.value.for_field("file").code


GOOD = {
    "说明.txt": lambda p: p.write_bytes("欠款说明：2025年3月1日交货。".encode()),
    "说明（GBK）.txt": lambda p: p.write_bytes("欠款说明：2025年3月1日交货。".encode("gb18030")),
    "合同.docx": _docx,
    "清单.xlsx": _xlsx,
    "发票.ofd": lambda p: _package(p, {"OFD.xml": "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>"}),
    "合同.pdf": lambda p: p.write_bytes(b"%PDF-1.7\n..."),
    "照片.png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n....")}


@pytest.mark.parametrize("name", GOOD)
def test_files_that_are_what_they_say_are_attached(office, case, tmp_path, name):
    path = tmp_path / name
    GOOD[name](path)
    detail = office.attachments.add_attachment(case.id, path, "other", None)
    assert [a.original_name for a in detail.attachments] == [name]


BAD = {
    "UTF-16 text (NULs)": ("a.txt", lambda p: p.write_bytes("欠款说明".encode("utf-16")), "cases.not_plain_text"),
    "a program as text": ("b.txt", lambda p: p.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04"), "cases.not_plain_text"),
    "bytes no encoding reads": ("c.txt", lambda p: p.write_bytes(b"\x81\x30\x81"), "cases.not_plain_text"),
    "any zip as .docx": ("d.docx", lambda p: _package(p, {"payload.exe": "MZ"}), "cases.not_office_package"),
    "a workbook as .docx": ("e.docx", _xlsx, "cases.not_office_package"),
    "a document as .xlsx": ("f.xlsx", _docx, "cases.not_office_package"),
    "a macro workbook as .xlsx": ("g.xlsx", lambda p: _package(p, {
        "[Content_Types].xml": _content_types("xl/workbook.xml", MACRO_MAIN), "xl/workbook.xml": "<workbook/>"}),
        "cases.not_office_package"),
    "a DTD in the package": ("h.docx", lambda p: _docx(p, prologue='<!DOCTYPE t [<!ENTITY x "x">]>'),
                             "cases.unsafe_package"),
    "any zip as .ofd": ("i.ofd", lambda p: _package(p, {"Doc_0/Document.xml": "<x/>"}), "cases.not_office_package"),
    "a text file as .pdf": ("j.pdf", lambda p: p.write_text("not a pdf"), "cases.content_mismatch"),
}


@pytest.mark.parametrize("label", BAD)
def test_content_that_is_not_what_the_extension_says_is_refused(office, case, tmp_path, label):
    name, make, code = BAD[label]
    path = tmp_path / name
    make(path)
    assert _refused(office, case, path) == code
    assert office.lookup.detail(case.id).attachments == ()
