"""The complainant's size on one claim is fixed when the contract was signed (Payment Regulation art. 3(2))."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from complaintdesk.domain.sme import (
    FiguresMissing,
    SizeClass,
    SizeFigures,
    SizeSource,
    not_sme_warning_zh,
    size_for_claim,
    size_note_zh,
)

SIGNED, RECEIVED = date(2024, 5, 6), date(2026, 3, 2)
TODAY_FIGURES = SizeFigures(employees=45, revenue_wan=Decimal("900"))  # industry: small (≥ 20 & ≥ 300)


def test_figures_at_signing_decide_and_are_dated_by_the_contract():
    size = size_for_claim("industry", signed_on=SIGNED, at_complaint=TODAY_FIGURES, received_on=RECEIVED,
                          at_signing=SizeFigures(employees=350, revenue_wan=Decimal("2500")))
    # industry: medium from 300 employees and 2,000 (10,000 yuan) revenue; 350 & 2,500 meet both
    assert (size.size, size.source, size.figures_on) == (SizeClass.MEDIUM, SizeSource.SIGNING, SIGNED)
    assert size.figures.employees == 350 and any("中型" in line for line in size.basis_lines)


def test_without_them_the_complaint_time_figures_stand_in_and_say_so():
    size = size_for_claim("industry", signed_on=SIGNED, at_signing=None, at_complaint=TODAY_FIGURES,
                          received_on=RECEIVED)
    assert (size.size, size.source, size.figures_on) == (SizeClass.SMALL, SizeSource.INFERRED, RECEIVED)
    assert size_note_zh(size.size, size.source, size.figures_on) == "小型企业（以投诉时规模推定，依据2026年3月2日数据）"
    assert size_note_zh(SizeClass.MEDIUM, SizeSource.SIGNING, SIGNED) == "签订合同时规模：中型企业（2024年5月6日数据）"


def test_complaint_time_figures_that_do_not_suffice_leave_the_class_unknown():
    size = size_for_claim("industry", signed_on=SIGNED, at_signing=SizeFigures(), received_on=RECEIVED,
                          at_complaint=SizeFigures(employees=45))
    assert size.size is None and size.source is SizeSource.INFERRED


def test_figures_at_signing_must_be_complete_and_dated():
    with pytest.raises(FiguresMissing):
        size_for_claim("industry", signed_on=SIGNED, at_signing=SizeFigures(employees=350),
                       at_complaint=TODAY_FIGURES, received_on=RECEIVED)
    with pytest.raises(ValueError, match="签订日期"):
        size_for_claim("industry", signed_on=None, at_signing=SizeFigures(employees=350, revenue_wan=Decimal(1)),
                       at_complaint=TODAY_FIGURES, received_on=RECEIVED)
    with pytest.raises(ValueError, match="行业"):
        size_for_claim(None, signed_on=SIGNED, at_signing=SizeFigures(employees=350),
                       at_complaint=TODAY_FIGURES, received_on=RECEIVED)


def test_a_large_complainant_at_signing_is_warned_about():
    assert "不属于中小企业" in not_sme_warning_zh(SizeClass.LARGE, SizeSource.SIGNING)
    inferred = not_sme_warning_zh("large", "inferred")
    assert "推定" in inferred and "签订合同时的规模数据" in inferred
    assert not_sme_warning_zh(SizeClass.SMALL, SizeSource.SIGNING) is None
    assert not_sme_warning_zh(None, SizeSource.INFERRED) is None
