"""The complainant's words in the third person (domain.wording): the suggestion letters print until the
officer confirms a wording, and the check that a confirmed wording does not speak as the firm."""

from __future__ import annotations

import pytest

from complaintdesk.domain.wording import first_person_words, is_first_person, third_person


@pytest.mark.parametrize(("words", "expected"), [
    ("某局拖欠我公司货款120万元，经多次催要至今未付。", "某局拖欠投诉人货款120万元，经多次催要至今未付。"),
    ("请贵局督促对方支付我司工程款。", "请本机关督促对方支付投诉人工程款。"),
    ("我们公司于2024年3月交货，对方一直没有付款。", "投诉人于2024年3月交货，对方一直没有付款。"),
    ("本厂与县医院签订合同，我厂按约供货。", "投诉人与县医院签订合同，投诉人按约供货。"),
    ("我于2023年为镇政府修路，至今欠我工钱。", "投诉人于2023年为镇政府修路，至今欠投诉人工钱。"),
    ("希望你们尽快处理，你局答复后我方配合。", "希望本机关尽快处理，本机关答复后投诉人配合。"),
])
def test_first_person_references_become_the_complainant_and_the_office(words, expected):
    assert third_person(words) == expected
    assert is_first_person(words)


@pytest.mark.parametrize("words", [
    "我县某局长期拖欠工程款，影响我国中小企业发展。",  # the county and the country: places, not the firm
    "投诉人反映，县教育局拖欠其货款。",  # already third person
    "企业自我评估后提出申请。",  # 自我: a set phrase
    "",
])
def test_places_set_phrases_and_third_person_text_are_left_alone(words):
    assert third_person(words) == words
    assert not is_first_person(words)
    assert first_person_words(words) == []


def test_a_doubled_reference_collapses_to_one():
    assert third_person("我们我公司的货款") == "投诉人的货款"


def test_first_person_words_are_named_once_each_and_quotations_are_left_to_the_officer():
    assert first_person_words("我公司交货后，我公司多次催要，请贵局处理。") == ["我公司", "贵局"]
    # Quoting the firm's own words is the officer's choice.
    assert first_person_words("投诉人称“我公司已按约交货”，对方“不认我方的账”。") == []
    assert first_person_words("投诉人称“我公司已按约交货”，但我方未收到款项。") == ["我方"]
