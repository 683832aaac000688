"""Tests for SME size classification against the DOMAIN.md §5 table, typed in here independently of the JSON."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from complaintdesk.domain.sme import (
    DEFAULT_STANDARD,
    INDUSTRIES,
    SizeClass,
    classify,
    classify_explained,
    load_size_standard,
)
from complaintdesk.resources import resource_path

E, R, A = "employees", "revenue_wan", "assets_wan"

# key: (label, figures, SME ceiling, medium minima, small minima) as printed in DOMAIN.md §5.
TABLE = {
    "agriculture": ("农林牧渔业", (R,), (20000,), (500,), (50,)),
    "industry": ("工业", (E, R), (1000, 40000), (300, 2000), (20, 300)),
    "construction": ("建筑业", (R, A), (80000, 80000), (6000, 5000), (300, 300)),
    "wholesale": ("批发业", (E, R), (200, 40000), (20, 5000), (5, 1000)),
    "retail": ("零售业", (E, R), (300, 20000), (50, 500), (10, 100)),
    "transport": ("交通运输业", (E, R), (1000, 30000), (300, 3000), (20, 200)),
    "warehousing": ("仓储业", (E, R), (200, 30000), (100, 1000), (20, 100)),
    "postal": ("邮政业", (E, R), (1000, 30000), (300, 2000), (20, 100)),
    "accommodation": ("住宿业", (E, R), (300, 10000), (100, 2000), (10, 100)),
    "catering": ("餐饮业", (E, R), (300, 10000), (100, 2000), (10, 100)),
    "information_transmission": ("信息传输业", (E, R), (2000, 100000), (100, 1000), (10, 100)),
    "software_it": ("软件和信息技术服务业", (E, R), (300, 10000), (100, 1000), (10, 50)),
    "real_estate": ("房地产开发经营", (R, A), (200000, 10000), (1000, 5000), (100, 2000)),
    "property_management": ("物业管理", (E, R), (1000, 5000), (300, 1000), (100, 500)),
    "leasing_business": ("租赁和商务服务业", (E, A), (300, 120000), (100, 8000), (10, 100)),
    "other": ("其他未列明行业", (E,), (300,), (100,), (10,)),
}

LARGE, MEDIUM, SMALL, MICRO = SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL, SizeClass.MICRO


def _boundary_cases():
    """At each row's thresholds and one unit below each figure in turn."""
    for key, (_, figures, ceiling, medium, small) in TABLE.items():
        for values, at, below in ((ceiling, LARGE, MEDIUM), (medium, MEDIUM, SMALL), (small, SMALL, MICRO)):
            yield pytest.param(key, dict(zip(figures, values, strict=True)), at, id=f"{key}-{at}-at")
            for index, figure in enumerate(figures):
                lowered = list(values)
                lowered[index] -= 1
                yield pytest.param(
                    key, dict(zip(figures, lowered, strict=True)), below, id=f"{key}-{at}-{figure}-one-below"
                )


@pytest.mark.parametrize(("industry", "figures", "expected"), list(_boundary_cases()))
def test_size_at_and_just_below_every_threshold(industry, figures, expected):
    assert classify(industry, **figures) is expected


@pytest.mark.parametrize("industry", list(TABLE))
def test_fractional_figures_just_below_a_minimum(industry):
    _, figures, _, medium, _ = TABLE[industry]
    values = {figure: Decimal(value) for figure, value in zip(figures, medium, strict=True)}
    values[figures[-1]] -= Decimal("0.01")
    assert classify(industry, **values) is SMALL


def test_industry_keys_and_labels_match_the_domain_table():
    assert list(INDUSTRIES) == list(TABLE)
    assert {key: label for key, (label, *_) in TABLE.items()} == dict(INDUSTRIES)


def test_standard_carries_its_source_and_effective_date():
    assert DEFAULT_STANDARD.source == "工信部联企业〔2011〕300号"
    assert DEFAULT_STANDARD.effective_on == date(2011, 6, 18)
    assert DEFAULT_STANDARD.industries["industry"].figures == (E, R)


def test_sme_when_below_either_ceiling():
    # 1,500 staff but revenue below the ceiling: still an SME (medium), not large.
    assert classify("industry", employees=1500, revenue_wan=39999) is MEDIUM
    assert classify("industry", employees=999, revenue_wan=500000) is MEDIUM


def test_micro_when_either_figure_is_below_the_small_minimum():
    assert classify("industry", employees=5000, revenue_wan=299) is MICRO
    assert classify("wholesale", employees=4, revenue_wan=30000) is MICRO


def test_size_class_labels():
    assert [(s.value, s.label_zh) for s in SizeClass] == [
        ("large", "大型"),
        ("medium", "中型"),
        ("small", "小型"),
        ("micro", "微型"),
    ]


def test_figures_the_industry_does_not_use_are_ignored_but_checked():
    assert classify("agriculture", revenue_wan=600, employees=100000, assets_wan=1) is MEDIUM
    with pytest.raises(ValueError, match="资产总额"):
        classify("agriculture", revenue_wan=600, assets_wan=-5)


def test_explained_lines_name_the_thresholds():
    result = classify_explained("industry", employees=50, revenue_wan=Decimal("1500.5"))
    assert result.size is SMALL
    assert result.basis_lines == (
        "行业：工业；依据《中小企业划型标准规定》（工信部联企业〔2011〕300号）。",
        "从业人员50人 < 1000人，营业收入1500.5万元 < 40000万元：属于中小微型企业。",
        "未达中型企业标准（从业人员50人 < 300人，营业收入1500.5万元 < 2000万元）。",
        "从业人员50人 ≥ 20人，且营业收入1500.5万元 ≥ 300万元：小型企业。",
    )


def test_explained_large_and_micro():
    large = classify_explained("real_estate", revenue_wan=200000, assets_wan=10000)
    assert large.size is LARGE and "大型企业" in large.basis_lines[-1]
    micro = classify_explained("other", employees=9)
    assert micro.size is MICRO
    assert micro.basis_lines[-2:] == ("未达小型企业标准（从业人员9人 < 10人）。", "为微型企业。")


def test_missing_figure_is_named_in_chinese_and_english():
    with pytest.raises(ValueError, match="行业“工业”划型需要从业人员") as error:
        classify("industry", revenue_wan=100)
    assert error.value.text.en == "industry “工业” needs employees"
    with pytest.raises(ValueError, match="营业收入、资产总额") as error:
        classify("construction")
    assert error.value.text.en.endswith("needs revenue, total assets")


def test_unknown_industry_lists_the_valid_keys():
    with pytest.raises(ValueError, match="unknown industry 'mining'.*agriculture.*leasing_business"):
        classify("mining", employees=1)


@pytest.mark.parametrize("figures", [{E: -1, R: 10}, {E: 10, R: Decimal("-0.01")}, {E: Decimal("NaN"), R: 1}])
def test_negative_or_non_finite_figures_raise(figures):
    with pytest.raises(ValueError):
        classify("industry", **figures)


@pytest.mark.parametrize("figures", [{E: 10.0, R: 10}, {E: True, R: 10}, {E: "10", R: 10}])
def test_non_numeric_figures_raise_type_error(figures):
    with pytest.raises(TypeError):
        classify("industry", **figures)


def test_a_revised_standard_can_be_loaded_beside_the_shipped_one(tmp_path):
    data = json.loads(resource_path("sme_size_standard_2011.json").read_text(encoding="utf-8"))
    data["source"], data["effective_on"] = "测试修订版", "2030-01-01"
    other = next(row for row in data["industries"] if row["key"] == "other")
    other["small_from"]["employees"] = 20
    path = tmp_path / "sme_size_standard_2030.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    revised = load_size_standard(path)

    assert revised.effective_on == date(2030, 1, 1)
    assert classify("other", employees=15) is SMALL
    assert classify("other", employees=15, standard=revised) is MICRO
    assert "测试修订版" in classify_explained("other", employees=15, standard=revised).basis_lines[0]


def test_inconsistent_standard_file_is_rejected(tmp_path):
    data = json.loads(resource_path("sme_size_standard_2011.json").read_text(encoding="utf-8"))
    data["industries"][1]["medium_from"] = {"employees": 300}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="industry"):
        load_size_standard(path)
