"""Letters in the app over a real office: draft preview, issuing, corrections, print, save, dossier, batch supervision."""

from __future__ import annotations

import faulthandler
import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from complaintdesk.documents import KIND_LABELS, TEMPLATE_KINDS
from complaintdesk.services import documents as document_service
from complaintdesk.ui import dialogs, labels
from complaintdesk.ui.batch_supervision import BatchSupervisionDialog
from complaintdesk.ui.letter_dialog import KINDS, LetterDialog
from tests.ui.case_helpers import open_case_view, wait_idle
from tests.ui.helpers import LOAD_TIMEOUT_MS

# Sizes of the preview to try; 500×700 made QPdfView spin at 100 % CPU before the scroll bar fix.
PREVIEW_SIZES = [(500, 700), (820, 600), (1280, 900), (430, 980)]
HANG_GUARD_SECONDS = 120


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """The dialogs' answers: issue yes, blanks as set, every PDF saved into tmp_path, printers to PDF files."""
    state = {"gaps": True, "asked_gaps": [], "saved": [], "printed": [], "batch": True}

    def ask_pdf_path(parent, suggested, title=""):
        path = tmp_path / "out" / suggested
        path.parent.mkdir(exist_ok=True)
        state["saved"].append(path)
        return str(path)

    def ask_printer(parent, title):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = tmp_path / f"printed-{len(state['printed'])}.pdf"
        printer.setOutputFileName(str(path))
        state["printed"].append(path)
        return printer

    def ask_gaps(parent, message):
        state["asked_gaps"].append(message)
        return state["gaps"]

    state["confirmed_fonts"] = []

    def confirm_issue(parent, letter, case_no, *, fonts=(), body_is_fangsong=True):
        state["confirmed_fonts"].append((tuple(fonts), body_is_fangsong))
        return True

    monkeypatch.setattr(dialogs, "confirm_issue", confirm_issue)
    monkeypatch.setattr(dialogs, "ask_issue_with_gaps", ask_gaps)
    monkeypatch.setattr(dialogs, "ask_pdf_path", ask_pdf_path)
    monkeypatch.setattr(dialogs, "ask_printer", ask_printer)
    monkeypatch.setattr(dialogs, "confirm_batch_supervision", lambda parent, count: state["batch"])
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: errors.append(message))
    state["errors"] = errors
    return state


@pytest.fixture
def case_id(demo_office):
    """A case in handling with overdue claims: every kind of letter can be drafted on it."""
    candidates = demo_office.documents.supervision_candidates()
    assert candidates, "the demo has cases with overdue claims"
    return candidates[0]


def open_letters_tab(qtbot, view):
    view.ui.detail_tab_widget.setCurrentWidget(view.ui.documents_tab)
    wait_idle(qtbot)


def draft_dialog(qtbot, view, kind: str | None = None) -> LetterDialog:
    dialog = view.new_letter(kind)
    assert isinstance(dialog, LetterDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.pdf is not None, timeout=LOAD_TIMEOUT_MS)
    return dialog


def issue_and_wait(qtbot, dialog: LetterDialog):
    with qtbot.waitSignal(dialog.issued, timeout=LOAD_TIMEOUT_MS) as signal:
        click(qtbot, dialog.ui.issue_button)
    return signal.args[0]


def test_kind_labels_cover_every_template_and_agree_with_the_printed_names(qapp):
    assert KINDS == TEMPLATE_KINDS
    assert {kind: labels.document_kind_label(kind) for kind in KINDS} == KIND_LABELS


def test_the_draft_preview_shows_its_pages_at_several_sizes_without_hanging(qtbot, demo_office, case_id, answers):
    view = open_case_view(qtbot, demo_office, case_id)
    dialog = draft_dialog(qtbot, view, "supervision")

    preview = dialog.ui.preview_view
    assert preview.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    assert preview.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.pdf.startswith(b"%PDF")
    assert dialog.pdf_document.pageCount() > 0
    assert "草稿" in dialog.ui.status_label.text()
    # A hang here would stop the whole run: dump the stacks and exit instead of waiting forever.
    faulthandler.dump_traceback_later(HANG_GUARD_SECONDS, exit=True)
    try:
        for width, height in PREVIEW_SIZES:
            dialog.resize(width, height)
            dialog.show()
            qtbot.wait(150)  # layout, zoom and painting run; the old bug never returned from here
            assert dialog.pdf_document.pageCount() > 0
            assert not preview.grab().isNull()
    finally:
        faulthandler.cancel_dump_traceback_later()


def test_a_draft_lists_the_facts_the_letter_lacks(qtbot, demo_office, case_id, answers):
    view = open_case_view(qtbot, demo_office, case_id)
    dialog = draft_dialog(qtbot, view, "transfer")  # the case was not transferred: no receiving unit

    assert any("转办单位" in note for note in dialog.notes)
    assert "转办单位" in dialog.ui.notes_plain_text_edit.toPlainText()
    assert "留空" in dialog.ui.status_label.text()

    # Choosing another kind renders its draft anew
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("acceptance"))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.pdf is not None, timeout=LOAD_TIMEOUT_MS)
    assert dialog.kind == "acceptance"
    assert dialog.pdf_document.pageCount() > 0


def test_issuing_adds_the_document_to_the_tab_and_the_history(qtbot, demo_office, case_id, answers):
    view = open_case_view(qtbot, demo_office, case_id)
    open_letters_tab(qtbot, view)
    before = view.document_model.rowCount()
    dialog = draft_dialog(qtbot, view, "supervision")

    document = issue_and_wait(qtbot, dialog)
    wait_idle(qtbot)

    assert "〔" in document.doc_no and document.doc_no.endswith("号")
    numbers = [view.document_model.index(row, 0).data() for row in range(view.document_model.rowCount())]
    assert document.doc_no in numbers and view.document_model.rowCount() == before + 1
    assert view.selected_document().id == document.id
    assert any(document.doc_no in (event.summary or "") for event in view.event_model.rows())
    # The dialog now shows the stored letter: no second issue, and no watermark
    assert not dialog.ui.issue_button.isEnabled()
    assert dialog.pdf == demo_office.documents.pdf(document.id)
    assert document.doc_no in dialog.windowTitle()


def test_a_letter_with_blanks_is_issued_only_when_the_officer_agrees(qtbot, demo_office, case_id, answers):
    view = open_case_view(qtbot, demo_office, case_id)
    dialog = draft_dialog(qtbot, view, "transfer")

    # Declined: nothing is issued
    answers["gaps"] = False
    click(qtbot, dialog.ui.issue_button)
    qtbot.waitUntil(lambda: len(answers["asked_gaps"]) == 1 and not dialog.busy, timeout=LOAD_TIMEOUT_MS)
    assert "转办单位" in answers["asked_gaps"][0]
    assert demo_office.documents.documents(case_id) == [] or all(
        d.kind != "transfer" for d in demo_office.documents.documents(case_id))
    assert dialog.ui.issue_button.isEnabled()

    # Accepted: issued with the blank
    answers["gaps"] = True
    document = issue_and_wait(qtbot, dialog)
    assert document.kind == "transfer"
    assert answers["errors"] == []


def test_save_as_writes_the_frozen_bytes(qtbot, demo_office, case_id, answers):
    issued = demo_office.documents.issue(case_id, "supervision")
    view = open_case_view(qtbot, demo_office, case_id)
    open_letters_tab(qtbot, view)
    assert view.select_document(issued.id)

    click(qtbot, view.ui.save_document_button)
    qtbot.waitUntil(lambda: bool(answers["saved"]) and answers["saved"][-1].exists(), timeout=LOAD_TIMEOUT_MS)

    saved = answers["saved"][-1].read_bytes()
    assert hashlib.sha256(saved).hexdigest() == issued.sha256
    assert saved == demo_office.documents.pdf(issued.id)
    assert answers["saved"][-1].name.startswith(issued.doc_no)

    # Saving again gives the same bytes (the stored copy, never a re-render)
    click(qtbot, view.ui.save_document_button)
    qtbot.waitUntil(lambda: len(answers["saved"]) == 2, timeout=LOAD_TIMEOUT_MS)
    wait_idle(qtbot)
    assert hashlib.sha256(answers["saved"][-1].read_bytes()).hexdigest() == issued.sha256


def test_printing_an_issued_letter_and_a_draft_to_a_pdf_printer(qtbot, demo_office, case_id, answers):
    issued = demo_office.documents.issue(case_id, "supervision")
    view = open_case_view(qtbot, demo_office, case_id)
    open_letters_tab(qtbot, view)
    view.select_document(issued.id)

    click(qtbot, view.ui.print_document_button)
    qtbot.waitUntil(lambda: bool(answers["printed"]) and answers["printed"][0].exists(), timeout=LOAD_TIMEOUT_MS)
    wait_idle(qtbot)
    printed = answers["printed"][0].read_bytes()
    assert printed.startswith(b"%PDF") and printed.count(b"/Type /Page\n") + printed.count(b"/Type/Page") >= 1

    dialog = draft_dialog(qtbot, view, "acceptance")
    assert dialog.print_letter()
    assert answers["printed"][1].exists() and answers["printed"][1].read_bytes().startswith(b"%PDF")
    assert answers["errors"] == []


def test_preview_of_an_issued_letter_shows_the_stored_copy(qtbot, demo_office, case_id, answers):
    issued = demo_office.documents.issue(case_id, "supervision")
    view = open_case_view(qtbot, demo_office, case_id)
    open_letters_tab(qtbot, view)
    view.select_document(issued.id)

    click(qtbot, view.ui.preview_document_button)
    qtbot.waitUntil(lambda: view.letter_dialog is not None and view.letter_dialog.pdf is not None,
                    timeout=LOAD_TIMEOUT_MS)

    dialog = view.letter_dialog
    assert dialog.pdf == demo_office.documents.pdf(issued.id)
    assert dialog.pdf_document.pageCount() == issued.page_count
    assert not dialog.ui.issue_button.isVisible()
    assert issued.sha256 in dialog.ui.notes_plain_text_edit.toPlainText()


def test_a_correction_replaces_the_selected_letter(qtbot, demo_office, case_id, answers):
    first = demo_office.documents.issue(case_id, "supervision")
    view = open_case_view(qtbot, demo_office, case_id)
    open_letters_tab(qtbot, view)
    view.select_document(first.id)

    click(qtbot, view.ui.correct_document_button)
    dialog = view.letter_dialog
    qtbot.waitUntil(lambda: not dialog.busy and dialog.pdf is not None, timeout=LOAD_TIMEOUT_MS)
    assert dialog.kind == "supervision" and not dialog.ui.kind_combo.isEnabled()
    assert first.doc_no in dialog.windowTitle()
    correction = issue_and_wait(qtbot, dialog)
    wait_idle(qtbot)

    assert correction.replaces_id == first.id and correction.doc_no != first.doc_no
    rows = {d.id: d for d in view.document_model.rows()}
    assert rows[first.id].replaced_by_id == correction.id
    assert view.select_document(first.id)
    assert not view.ui.correct_document_button.isEnabled()  # only the latest letter can be corrected
    row = [d.id for d in view.document_model.rows()].index(correction.id)
    assert first.doc_no in view.document_model.correction_text(view.document_model.row_at(row))


def test_the_dossier_is_exported_as_a_pdf(qtbot, demo_office, case_id, answers):
    view = open_case_view(qtbot, demo_office, case_id)
    open_letters_tab(qtbot, view)

    click(qtbot, view.ui.dossier_button)
    qtbot.waitUntil(lambda: bool(answers["saved"]) and answers["saved"][0].exists(), timeout=LOAD_TIMEOUT_MS)
    wait_idle(qtbot)

    assert answers["saved"][0].read_bytes().startswith(b"%PDF")
    assert view.detail.case_no in answers["saved"][0].name


# --- batch supervision --------------------------------------------------------------------------------


def open_batch(qtbot, office) -> BatchSupervisionDialog:
    dialog = BatchSupervisionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.candidates), timeout=LOAD_TIMEOUT_MS)
    return dialog


def test_batch_supervision_issues_a_letter_on_every_candidate_with_progress(qtbot, demo_office, answers):
    expected = demo_office.documents.supervision_candidates()
    dialog = open_batch(qtbot, demo_office)
    assert [c.case_id for c in dialog.candidates] == expected
    assert dialog.table.rowCount() == len(expected)
    steps: list[tuple[int, int]] = []
    dialog._relay.progressed.connect(lambda done, total: steps.append((done, total)))

    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as signal:
        assert dialog.start()
        assert dialog.progress_dialog is not None and dialog.progress_dialog.isVisible()
    result = signal.args[0]

    assert not result.cancelled and result.total == len(expected)
    assert len(result.issued) + len(result.skipped) == len(expected)
    assert steps[0] == (0, len(expected)) and steps[-1] == (len(expected), len(expected))
    assert dialog.progress_dialog is None
    texts = [dialog.table.item(row, 4).text() for row in range(dialog.table.rowCount())]
    for document in result.issued:
        assert any(document.doc_no in text for text in texts)
    assert f"{len(result.issued)}" in dialog.summary_label.text()
    assert not dialog.issue_button.isEnabled()  # a batch is run once per dialog


def test_a_batch_can_be_cancelled_after_the_first_letter(qtbot, demo_office, answers, monkeypatch):
    # A longer pause between letters leaves the cancel time to arrive before the second one
    monkeypatch.setattr(document_service, "SQLITE_BATCH_PAUSE", 0.4)
    dialog = open_batch(qtbot, demo_office)
    total = len(dialog.candidates)
    assert total >= 3

    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as signal:
        dialog.start()
        progress = dialog.progress_dialog
        qtbot.waitUntil(lambda: progress.value() >= 1, timeout=LOAD_TIMEOUT_MS)
        cancel = next(b for b in progress.findChildren(QPushButton))
        click(qtbot, cancel)
    result = signal.args[0]

    assert result.cancelled
    assert 1 <= len(result.issued) + len(result.skipped) < total
    assert len(result.issued) < total
    assert "取消" in dialog.summary_label.text()
    texts = [dialog.table.item(row, 4).text() for row in range(total)]
    assert any("未办理" in text or "取消" in text for text in texts)
    issued_now = sum(len([d for d in demo_office.documents.documents(c.case_id) if d.kind == "supervision"])
                     for c in dialog.candidates)
    assert issued_now == len(result.issued)  # what was issued stays issued, nothing more


def test_the_letters_menu_opens_the_batch(qtbot, open_window, demo_db_path, answers):
    window = open_window(str(demo_db_path))
    tools = window.letters

    assert tools.menu.title() == "文书(&L)"
    assert tools.batch_action.text() == "批量督办(&B)…"
    assert tools.batch_action.isEnabled()
    tools.batch_action.trigger()
    dialog = tools.batch_dialog
    assert isinstance(dialog, BatchSupervisionDialog)
    qtbot.waitUntil(lambda: bool(dialog.candidates), timeout=LOAD_TIMEOUT_MS)
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000):
        dialog.start()
    wait_idle(qtbot)
    dialog.close()


def test_an_office_with_placeholder_details_drafts_but_cannot_issue(qtbot, demo_office, case_id, answers):
    import json

    from complaintdesk.messages import settings as settings_msg
    from complaintdesk.messages.documents import OFFICE_IDENTITY_GAPS
    from complaintdesk.store.models import Setting
    from complaintdesk.ui.messages import ui_text
    from tests.identity import PREFIX, give_identity

    # Given an office whose name is still the shipped example and whose phone was never entered
    with demo_office.db.write() as s:
        s.get(Setting, "office.name").value = json.dumps("某某县工业和信息化局", ensure_ascii=False)
        s.get(Setting, "office.phone").value = json.dumps("", ensure_ascii=False)
    view = open_case_view(qtbot, demo_office, case_id)

    dialog = draft_dialog(qtbot, view, "supervision")

    # Then the draft shows, its pre-issue check names what to fill in first, and it cannot be issued
    assert dialog.pdf_document.pageCount() > 0 and dialog.office_incomplete
    first = dialog.ui.notes_plain_text_edit.toPlainText().splitlines()[0]
    expected = OFFICE_IDENTITY_GAPS(fields=(settings_msg.FIELD_OFFICE_NAME, settings_msg.FIELD_PHONE))
    assert first == "• " + ui_text(expected) and "单位名称、电话" in first
    assert expected.zh == ("本单位信息尚未填写（为空或仍是示例内容）：单位名称、电话。填写之前此文书不能签发，请管理员在"
                           "“设置 ▸ 本单位”中填写，或运行 complaintdesk-admin office set。")
    assert not dialog.ui.issue_button.isEnabled()
    dialog.issue()  # e.g. a shortcut: nothing happens
    assert dialog.issued_document is None and not dialog.busy

    # Once the details are filled in, the next draft issues
    give_identity(demo_office)
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("acceptance"))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.pdf is not None, timeout=LOAD_TIMEOUT_MS)
    assert not dialog.office_incomplete and dialog.ui.issue_button.isEnabled()
    document = issue_and_wait(qtbot, dialog)
    assert document.doc_no.startswith(f"{PREFIX}〔")


# --- the fonts named, and the complaint summary the letter quotes ---------------------------------------


def test_the_dialog_names_the_fonts_body_first_and_the_issue_question_repeats_them(qtbot, demo_office, case_id,
                                                                                   answers):
    view = open_case_view(qtbot, demo_office, case_id)
    dialog = draft_dialog(qtbot, view, "acceptance")
    fonts = dict(dialog.fonts)
    body = demo_office.documents.fonts().role_font("body").family
    assert list(fonts)[0] == "正文" and fonts["正文"] == body
    assert {"标题", "一级标题", "二级标题", "页码"} <= set(fonts)
    label = dialog.ui.fonts_label
    assert label.isVisible() and f"正文：{body}" in label.text()
    assert "⚠" not in label.text()  # the CI fonts give a 仿宋 body (the bundled Zhuque Fangsong at least)
    issue_and_wait(qtbot, dialog)
    assert answers["confirmed_fonts"] == [(dialog.fonts, True)]


def test_a_body_that_is_not_fangsong_is_a_visible_warning(qtbot, demo_office, case_id, answers):
    from complaintdesk.documents.fonts import reload_fonts
    from tests.services.test_documents import set_setting

    set_setting(demo_office, "documents.fonts", {"body": "WenQuanYi Zen Hei"})
    reload_fonts()
    try:
        view = open_case_view(qtbot, demo_office, case_id)
        dialog = draft_dialog(qtbot, view, "acceptance")
        label = dialog.ui.fonts_label
        assert "正文：WenQuanYi Zen Hei" in label.text()
        assert "⚠" in label.text() and "仿宋" in label.text()
        assert "a1260d" in label.styleSheet()
        assert any("不是仿宋体" in note for note in dialog.notes)
        issue_and_wait(qtbot, dialog)
        assert answers["confirmed_fonts"][-1][1] is False
    finally:
        reload_fonts()


def test_the_officer_checks_and_confirms_the_summary_the_reply_quotes(qtbot, demo_office, case_id, answers):
    from tests.ui.helpers import type_into

    view = open_case_view(qtbot, demo_office, case_id)
    original = view.detail.summary
    assert "我公司" in original  # the demo logs complaints in the firm's own words
    dialog = draft_dialog(qtbot, view, "reply")
    ui = dialog.ui
    assert ui.summary_panel.isVisible()
    suggested = ui.summary_edit.toPlainText()
    assert "我公司" not in suggested and "投诉人" in suggested
    assert "未确认" in ui.summary_state_label.text()
    assert any("尚未经承办人确认" in note for note in dialog.notes)
    assert ui.confirm_summary_button.isEnabled()

    # A wording that still speaks as the firm is refused next to the field; the typed text stays.
    type_into(qtbot, ui.summary_edit, "我公司被拖欠货款十二万元。")
    click(qtbot, ui.confirm_summary_button)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.summary_error), timeout=LOAD_TIMEOUT_MS)
    assert "“我公司”" in dialog.summary_error
    assert ui.summary_edit.toPlainText() == "我公司被拖欠货款十二万元。"
    assert demo_office.lookup.detail(case_id).letter_summary is None

    wording = "投诉人反映，对方拖欠其货款十二万元，经多次催要至今未付。"
    type_into(qtbot, ui.summary_edit, wording)
    with qtbot.waitSignal(dialog.caseChanged, timeout=LOAD_TIMEOUT_MS):
        click(qtbot, ui.confirm_summary_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.pdf is not None, timeout=LOAD_TIMEOUT_MS)
    assert not dialog.summary_error
    assert "已确认" in ui.summary_state_label.text()
    assert not ui.confirm_summary_button.isEnabled()  # nothing new to confirm
    assert not any("尚未经承办人确认" in note for note in dialog.notes)
    detail = demo_office.lookup.detail(case_id)
    assert detail.letter_summary == wording and detail.summary == original
    assert any(e.action == "confirm_letter_summary" for e in detail.events)
    document = issue_and_wait(qtbot, dialog)
    from tests.services.test_letter_summary import flat_text

    assert wording in flat_text(demo_office.documents.pdf(document.id))
    assert not ui.summary_panel.isVisible()


def test_letters_that_do_not_quote_the_complaint_show_no_summary(qtbot, demo_office, case_id, answers):
    view = open_case_view(qtbot, demo_office, case_id)
    dialog = draft_dialog(qtbot, view, "acceptance")
    assert not dialog.ui.summary_panel.isVisible()
