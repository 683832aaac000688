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
from complaintdesk.documents.templates import (
    BLANK,
    PLACEHOLDERS,
    TemplateItem,
    chinese_number,
    condition_holds,
    fill,
    placeholder_values,
    renumber_headings,
    template_file,
    without_empty_sections,
)


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
    # Named by their labels: a code like due_on means nothing to an officer
    assert any("办理期限届满日" in str(w) for w in doc.warnings)
    assert not any("due_on" in str(w) or "handler_phone" in str(w) for w in doc.warnings)


def test_conditional_paragraphs_and_the_claims_table_drop_out_without_claims(fonts):
    from tests.documents.pdfscan import scan

    data = replace(sample_letter_data("reply"), claims=())
    doc = render_letter("reply", data, draft=False, fonts=fonts)
    text = scan(doc.pdf).text()
    assert "合同编号" not in text and "经核实" not in text
    assert doc.missing_fields == ()


# --- conditions and sections ------------------------------------------------------------------


def test_a_negated_condition_prints_a_paragraph_when_the_name_has_no_value():
    raw = load_template("reply").to_dict()
    raw["paragraphs"].append({"text": "本案不涉及欠款。", "if": "!claims"})
    template = validate_template(raw)
    assert template.paragraphs[-1].condition == "!claims"
    assert validate_template(template.to_dict()) == template  # round trip
    data = sample_letter_data("reply")
    values = placeholder_values(data)
    assert not condition_holds("!claims", data, values)
    assert condition_holds("!claims", replace(data, claims=()), values)
    raw["paragraphs"][-1]["if"] = "!debts"
    with pytest.raises(TemplateError, match="debts"):
        validate_template(raw)


def items(*entries):
    return [(TemplateItem(kind, text), text) for kind, text in entries]


def test_a_heading_over_an_empty_section_is_left_out_and_the_rest_renumbered():
    printed = renumber_headings(without_empty_sections(items(
        ("text", "开头。"), ("heading1", "一、投诉事项"), ("text", "摘要。"),
        ("heading1", "二、调查核实情况"),
        ("heading1", "三、办理结果"), ("heading2", "（一）已付"), ("heading2", "（二）未付"), ("text", "未付部分。"),
        ("heading1", "四、其他事项"), ("text", "特此答复。"))))
    assert [text for _item, text in printed] == [
        "开头。", "一、投诉事项", "摘要。", "二、办理结果", "（一）未付", "未付部分。", "三、其他事项", "特此答复。"]


def test_headings_without_ordinals_are_kept_as_written():
    printed = renumber_headings(items(("heading1", "投诉事项"), ("text", "甲"), ("heading1", "十二、其他"), ("text", "乙")))
    assert [text for _item, text in printed] == ["投诉事项", "甲", "一、其他", "乙"]
    assert [chinese_number(n) for n in (1, 9, 10, 11, 20, 21, 99)] == ["一", "九", "十", "十一", "二十", "二十一", "九十九"]


@pytest.mark.parametrize(("kind", "name"), [("supervision", "claims"), ("size_determination", "size_basis")])
def test_templates_say_in_words_when_there_is_no_table_or_list(kind, name):
    template = load_template(kind)
    negated = [item for item in template.paragraphs if item.condition == f"!{name}"]
    assert negated and all("如下" not in item.value and "上表" not in item.value for item in negated)
    for item in template.paragraphs:
        if "如下" in item.value or "上表" in item.value:
            assert item.condition == name, item.value
