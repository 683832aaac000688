"""The search box says in words, beside it, why it does not search (too long, a NUL) — and nothing crashes.

Pasting 100,000 characters used to reach the database and fail there ("LIKE or GLOB pattern too complex").
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest

from complaintdesk.services.actor import SYSTEM
from complaintdesk.services.case_query import MAX_SEARCH_CHARS
from complaintdesk.services.desk_types import EnterpriseInput, RegistrationInput, RespondentInput
from complaintdesk.services.office import Office
from complaintdesk.ui.main_window import MainWindow
from tests.dates import TODAY
from tests.ui.helpers import LOAD_TIMEOUT_MS, wait_until_loaded


@pytest.fixture
def window(qtbot, settings, tmp_path):
    path = str(tmp_path / "office.sqlite")
    office = Office.open(path, actor=SYSTEM, daily_backup=False)
    for name in ("乌兰恒达建材有限公司", "县第二建筑公司"):
        office.registration.register(RegistrationInput(
            channel="phone", procedure="direct", category="arrears", summary="拖欠货款",
            received_on=TODAY - timedelta(days=2), complainant=EnterpriseInput(name=name),
            respondent=RespondentInput(name="县教育局", kind="state_organ")))
    office.close()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.officeOpened, timeout=LOAD_TIMEOUT_MS):
        window.open_office(partial(Office.open, path, actor=SYSTEM, daily_backup=False))
    wait_until_loaded(qtbot, window.model)
    return window


def _search(qtbot, window, text: str) -> None:
    window.search_line_edit.setText(text)
    window.search_line_edit.returnPressed.emit()
    wait_until_loaded(qtbot, window.model)


@pytest.mark.parametrize("text, words", [("恒达" * 50_000, str(MAX_SEARCH_CHARS)), ("恒达\x00", "NUL")],
                         ids=["100,000 characters", "a NUL"])
def test_an_unsearchable_text_is_explained_beside_the_box_and_the_list_stays(qtbot, window, text, words):
    _search(qtbot, window, "恒达")
    assert window.model.rowCount() == 1 and not window.search_problem_label.isVisible()

    _search(qtbot, window, text)
    qtbot.waitUntil(window.search_problem_label.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert words in window.search_problem_label.text()
    assert window.model.query.text == "恒达" and window.model.rowCount() == 1  # the list as it was

    _search(qtbot, window, "")  # cleared: the note goes, the list shows every case again
    qtbot.waitUntil(lambda: not window.search_problem_label.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert window.model.rowCount() == 2
