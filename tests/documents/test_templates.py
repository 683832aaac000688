"""Shipped templates, validation of edited copies, and the restricted placeholder filling."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from complaintdesk.documents import (
    TEMPLATE_KINDS,
    TemplateError,
    load_template,
    render_letter,
    validate_template,
)
from complaintdesk.documents.samples import sample_letter_data
from complaintdesk.documents.templates import BLANK, PLACEHOLDERS, fill, placeholder_values, template_file


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_every_shipped_template_validates_and_cites_its_legal_basis(kind):
    raw = json.loads(template_file(kind).read_text(encoding="utf-8"))
    template = validate_template(raw, kind=kind)

    assert template.kind == kind and template.version >= 1
    text = json.dumps(raw, ensure_ascii=False)
    assert "《" in text and "条" in text  # the law is named in the letter itself


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_every_kind_renders_from_sample_data_with_nothing_missing(kind, fonts):
    doc = render_letter(kind, sample_letter_data(kind), draft=False, fonts=fonts)
    assert doc.missing_fields == ()
    assert doc.warnings == ()


def test_an_unknown_placeholder_is_named_in_the_error():
    raw = load_template("reply").to_dict()
    raw["paragraphs"].append("请{debtor_name}付款。")

    with pytest.raises(TemplateError, match=r"\{debtor_name\}") as error:
        validate_template(raw)

    assert error.value.placeholder == "debtor_name"
    assert error.value.where == f"paragraphs[{len(raw['paragraphs']) - 1}]"


@pytest.mark.parametrize(
    "text",
    ["{office_name.__class__}", "{office_name[0]}", "{}", "{0}", "{office_name!r}", "{office_name:>40}", "{oops"],
)
def test_placeholders_are_names_only_never_expressions(text):
    raw = load_template("acceptance").to_dict()
    raw["title"] = text
    with pytest.raises(TemplateError):
        validate_template(raw)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "memo"}, "文书种类"),
        ({"version": 0}, "version"),
        ({"paragraphs": []}, "paragraphs"),
        ({"paragraphs": [{"table": "payments"}]}, "表格"),
        ({"paragraphs": [{"list": "x"}]}, "列表"),
        ({"paragraphs": [{"heading1": "一、", "heading2": "（一）"}]}, "只能"),
        ({"paragraphs": [{"text": "x", "if": "nothing"}]}, "条件"),
        ({"footer": "x"}, "未知的模板字段"),
        ({"cc": "某单位"}, "列表"),
    ],
)
def test_structure_errors_are_reported(change, message):
    raw = {**load_template("acceptance").to_dict(), **change}
    with pytest.raises(TemplateError, match=message):
        validate_template(raw)


def test_an_office_copy_is_accepted_as_json_text_and_used(fonts):
    raw = load_template("acceptance").to_dict()
    raw["version"] = 7
    raw["paragraphs"] = ["我局已受理你单位的投诉（{case_no}）。{{字面花括号}}"]

    template = load_template("acceptance", json.dumps(raw, ensure_ascii=False))
    doc = render_letter("acceptance", sample_letter_data(), template=template, draft=True, fonts=fonts)

    assert template.version == 7 and doc.template_version == 7
    assert validate_template(template.to_dict()) == template
    from tests.documents.pdfscan import scan

    assert "我局已受理你单位的投诉（2026-0042）。{字面花括号}" in scan(doc.pdf).text()


def test_a_template_for_another_kind_is_refused():
    with pytest.raises(TemplateError, match="不是"):
        load_template("reply", load_template("acceptance").to_dict())


def test_values_are_formatted_dates_money_and_capitals():
    values = placeholder_values(sample_letter_data())
    assert values["issued_on"] == "2026年11月26日"
    assert values["received_on"] == "2026年10月9日"  # no zero padding
    assert values["total_outstanding"] == "1,051,300.50元"
    assert values["total_outstanding_capital"] == "壹佰零伍万壹仟叁佰元零伍角"
    assert set(values) == set(PLACEHOLDERS)


def test_an_empty_value_prints_as_a_visible_blank_and_is_reported(fonts):
    data = replace(sample_letter_data("acceptance"), due_on=None, handler_phone="")
    missing: set[str] = set()
    assert fill("至{due_on}届满", placeholder_values(data), missing) == f"至{BLANK}届满"
    assert missing == {"due_on"}

    doc = render_letter("acceptance", data, draft=True, fonts=fonts)
    assert doc.missing_fields == ("due_on", "handler_phone")
    assert any("办理期限届满日（due_on）" in str(w) for w in doc.warnings)


def test_conditional_paragraphs_and_the_claims_table_drop_out_without_claims(fonts):
    from tests.documents.pdfscan import scan

    data = replace(sample_letter_data("reply"), claims=())
    doc = render_letter("reply", data, draft=False, fonts=fonts)
    text = scan(doc.pdf).text()
    assert "合同编号" not in text and "经核实" not in text
    assert doc.missing_fields == ()
