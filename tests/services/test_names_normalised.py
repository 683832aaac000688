"""Names of parties and users are kept in one form (domain.names): a name with a right-to-left override
or zero-width characters cannot spoof another on screen, cannot slip past the duplicate check, and a
name made of nothing but such characters is no name."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.errors import DuplicateCases
from complaintdesk.services.importer import read_table
from complaintdesk.services.users import UserError, create_user
from complaintdesk.services.validation import ValidationError
from complaintdesk.store.models import Enterprise, Respondent
from tests.dates import TODAY

COMPANY = "乌兰恒达建材有限公司"
SPOOFED = "乌兰\u200b恒达\u200d建材有限公司\ufeff"  # looks the same, is another string


def _registration(complainant: str, respondent: str = "县教育局", **kw) -> RegistrationInput:
    return RegistrationInput(channel="phone", procedure="direct", category="arrears", summary="拖欠货款",
                             received_on=TODAY - timedelta(days=3), complainant=EnterpriseInput(name=complainant),
                             respondent=RespondentInput(name=respondent, kind="state_organ"), **kw)


def test_a_name_is_stored_and_shown_without_bidi_overrides(office):
    case = office.registration.register(_registration("\u202e司公限有ABC", respondent="\u2067县\u2069教育局"))
    assert case.complainant.name == "司公限有ABC" and case.respondent.name == "县教育局"
    with office.db.read() as s:
        assert s.execute(select(Enterprise.name)).scalar_one() == "司公限有ABC"
        assert s.execute(select(Respondent.name)).scalar_one() == "县教育局"
    [row] = office.cases.page(CaseQuery())
    assert row.complainant == "司公限有ABC"


def test_zero_width_characters_do_not_fool_the_duplicate_check(office):
    office.registration.register(_registration(COMPANY))
    with pytest.raises(DuplicateCases) as err:
        office.registration.register(_registration(SPOOFED, respondent="县教育局\u200b"))
    assert len(err.value.cases) == 1


def test_a_name_of_nothing_but_invisible_characters_is_refused(office):
    with pytest.raises(ValidationError) as err:
        office.registration.register(_registration("\u202e\u200b\ufeff"))
    assert err.value.for_field("complainant.name").code == "validation.required"


def test_user_display_names_are_normalised_and_an_empty_one_refused(office):
    with office.db.write() as s:
        user = create_user(s, SYSTEM, username="zhangjj", display_name="张\u202e建军", role="officer", password=None)
        assert user.display_name == "张建军"
        with pytest.raises(UserError) as err:
            create_user(s, SYSTEM, username="nobody", display_name="\u200b\u2060", role="officer", password=None)
        assert err.value.field == "display_name"


def test_an_imported_name_finds_the_party_it_spells(office, tmp_path):
    office.registration.register(_registration(COMPANY))
    path = tmp_path / "batch.csv"
    path.write_text("收件日期,投诉企业,被投诉单位,单位类型\n"
                    f"{(TODAY - timedelta(days=1)).isoformat()},{SPOOFED},\u202e县教育局,机关\n"
                    f"{(TODAY - timedelta(days=1)).isoformat()},\u200b\u200d,县教育局,机关\n", encoding="utf-8")
    table = read_table(path)
    report = office.importer.dry_run(table, office.importer.suggest_mapping(table.columns))
    # The second row's name is empty once its invisible characters are gone: refused
    assert [(p.row, p.code) for p in report.errors] == [(3, "validation.required")]
    # Without it, the first row is the registered enterprise and debtor, not two new ones
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:2]) + "\n", encoding="utf-8")
    table = read_table(path)
    result = office.importer.run(table, office.importer.suggest_mapping(table.columns))
    assert result.report.new_enterprises == 0 and result.report.new_respondents == 0
    assert office.lookup.detail(result.case_ids[0]).complainant.name == COMPANY


def test_a_name_stored_before_normalisation_is_shown_without_its_controls(office):
    office.registration.register(_registration(COMPANY))
    with office.db.write() as s:  # as an older version stored it
        s.execute(text("UPDATE enterprise SET name = :n"), {"n": "\u202e" + COMPANY})
        s.execute(text("UPDATE complaint_case SET complainant_name = :n"), {"n": "\u202e" + COMPANY})
    [row] = office.cases.page(CaseQuery())
    assert row.complainant == COMPANY
    assert office.lookup.detail(row.id).complainant.name == COMPANY
