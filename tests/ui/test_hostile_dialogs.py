"""Hostile text typed into the dialogs: a message next to a field, or exact storage; never an escaped exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from complaintdesk.domain.names import normalize_name
from complaintdesk.services.case_query import CaseQuery
from complaintdesk.ui.login_dialog import LoginDialog
from complaintdesk.ui.registration_dialog import RegistrationDialog
from tests.ui.case_helpers import wait_idle
from tests.ui.helpers import LOAD_TIMEOUT_MS

NASTY = [
    "<b>粗体</b>", "<script>alert(1)</script>", '<img src="file:///etc/passwd"/>', "x<y & z>w", "AT&T",
    "'; DROP TABLE complaint_case; --", "Robert'); DELETE FROM event;--", "%_\\*?", "{0}{case_no}%1%2",
    "\x00\x01\x07\x1b[31m", "\t\n\r", "\u202e反转\u200b\ufeff", " " * 40, "😀🏭💰👨‍👩‍👧", "堃喆昇镕珺𠀀𪚥𬌗",
    "A" * 10_000, "中" * 10_000, "𠀀" * 3000,
]
TEXTS = st.one_of(st.sampled_from(NASTY), st.text(max_size=200),
                  st.text(alphabet=st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF), max_size=30))
# Names that a case can be stored under, with something nasty in them (most random text is refused).
NAMES = st.one_of(TEXTS, st.builds(lambda name, tail: name + tail,
                                   st.sampled_from(["草原测试软件有限公司", "县测试局", "Ölmühle GmbH"]),
                                   st.sampled_from(NASTY[:9] + NASTY[13:15] + ["", "（二分厂）"])))
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

LINE_FIELDS = ("complainant_name_line_edit", "complainant_uscc_line_edit", "complainant_township_line_edit",
               "complainant_address_line_edit", "complainant_contact_line_edit", "complainant_phone_line_edit",
               "complainant_employees_line_edit", "complainant_revenue_line_edit",
               "respondent_name_line_edit", "respondent_address_line_edit", "respondent_phone_line_edit")


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


@pytest.fixture
def office(demo_office):
    return demo_office


@SETTINGS
@given(fields=st.fixed_dictionaries(
    {"complainant_name_line_edit": NAMES, "respondent_name_line_edit": NAMES},
    optional={name: TEXTS for name in LINE_FIELDS if "_name_" not in name}),
    summary=st.one_of(TEXTS, NAMES))
def test_registration_dialog_survives_hostile_text(qtbot, office, fields, summary):
    before = office.cases.count(CaseQuery())
    dialog = RegistrationDialog(office.registration, office.lookup, current_user_id=office.actor.user_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ui.save_button.isEnabled, timeout=LOAD_TIMEOUT_MS)
    ui = dialog.ui
    saved = []
    dialog.saved.connect(saved.append)

    with qtbot.capture_exceptions() as exceptions:
        for name, text in fields.items():
            getattr(ui, name).insert(text)  # as a paste or an input method commits it
        choose(ui.channel_combo, "visit")
        choose(ui.category_combo, "arrears")
        choose(ui.respondent_kind_combo, "state_organ")
        ui.summary_plain_text_edit.insertPlainText(summary)
        typed = {name: getattr(ui, name).text() for name in LINE_FIELDS}
        typed_summary = ui.summary_plain_text_edit.toPlainText()
        ui.save_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)
        wait_idle(qtbot)

    assert exceptions == []
    event("stored" if saved else "refused with a message")
    if saved:
        # Stored as typed (the services only trim the ends); names in their one form (domain.names: NFKC,
        # no bidirectional overrides or zero-width characters), so that none displays reversed
        detail = saved[0]
        assert detail.summary == typed_summary.strip()
        assert detail.complainant.name == normalize_name(typed["complainant_name_line_edit"])
        assert detail.respondent.name == normalize_name(typed["respondent_name_line_edit"])
        assert office.cases.count(CaseQuery()) == before + 1
    else:
        # Or refused, with a message the user can see (next to a field, or the list of possible duplicates)
        assert dialog.errors.has_errors() or ui.duplicates_frame.isVisible()
        assert office.cases.count(CaseQuery()) == before
        dialog.mark_clean()
        dialog.close()


@SETTINGS
@given(username=TEXTS, password=TEXTS)
def test_login_dialog_survives_hostile_text(qtbot, office, username, password):
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    actor_before = office.actor

    with qtbot.capture_exceptions() as exceptions:
        dialog.ui.username_line_edit.insert(username)
        dialog.ui.password_line_edit.insert(password)
        dialog.ui.sign_in_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT_MS)

    assert exceptions == []
    # Nobody signs in with made-up text: the refusal is shown, and the desk acts for the same user
    assert dialog.errors.has_errors()
    assert set(dialog.errors.messages()) <= {"username", "password"}
    assert office.actor == actor_before
    dialog.close()
