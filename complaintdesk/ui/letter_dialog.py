"""The letter dialog: choose a kind, see its draft, then issue, print or save it; and PDF helpers for printing.

The draft is rendered on a worker (``DocumentService.draft``) and shown in a ``QPdfView``; what
the letter would leave blank and what the font cannot print are listed beside it. Issuing
(numbering and freezing the letter) happens on a worker too; a letter with blanks is refused by
the service and issued only when the officer agrees to fill them in by hand. While the office's own
details (name, short name, county, address, phone, document code) are still empty or the shipped
placeholders, the draft says so first and cannot be issued at all (the service refuses it too). Once issued, the
dialog shows the stored, frozen PDF, and printing or saving uses exactly those bytes.

QPdfView spins at 100 % CPU with a fit-to-width zoom at some sizes unless its vertical scroll bar
is always on (PLATFORM.md): ``setup_pdf_view`` does that for every PDF view of the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from complaintdesk.messages.documents import OFFICE_IDENTITY_GAPS
from complaintdesk.ui import dialogs, labels, screen_fit, tasks
from complaintdesk.ui.form_dialog import ERROR_COLOUR, NOTICE_COLOUR
from complaintdesk.ui.formats import date_text
from complaintdesk.ui.forms.ui_letter_dialog import Ui_LetterDialog
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import error_text, ui_text

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from complaintdesk.documents import RenderedDocument
    from complaintdesk.services.desk_types import CaseDetail
    from complaintdesk.services.documents import DocumentService, IssuedDocument
    from complaintdesk.services.letter_summary import SummaryState

# Pages are rasterised for the printer (QtPdf renders to images): 300 dpi prints body text crisply
# and keeps an A4 page at about 35 MB of memory while it is drawn.
PRINT_DPI = 300
KINDS = ("acceptance", "refusal", "transfer", "supervision", "reminder", "extension", "reply",
         "size_determination")  # the order of complaintdesk.documents.TEMPLATE_KINDS (a test checks)


# --- PDF helpers ------------------------------------------------------------------------------------


def pdf_document(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over ``pdf`` held in memory (the bytes never touch the disk)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)  # owned by the document: alive as long as it reads from it
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def setup_pdf_view(view: QPdfView) -> None:
    """Continuous pages at the width of the view, with the vertical scroll bar always on (PLATFORM.md:
    without it QPdfView's fit-to-width loops forever at some view sizes)."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    view.setPageMode(QPdfView.PageMode.MultiPage)
    view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
    view.setPageSpacing(12)


def print_pdf(pdf: bytes, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Print every page of ``pdf`` at its own size (A4 for letters) on ``printer``; returns the pages printed.

    The PDF already holds its margins, so the printer draws the full page; only the pages the
    print dialog selected (``printer.fromPage()``–``toPage()``) are printed (copies: the driver's).
    """
    document = pdf_document(pdf)
    try:
        count = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or count == 0:
            raise ValueError("the PDF could not be read")
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        printer.setFullPage(True)
        size = document.pagePointSize(first - 1)
        printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                   else QPageLayout.Orientation.Portrait)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        printed = 0
        try:
            for page in range(first - 1, last):
                if printed:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                    round(points.height() / 72 * dpi)))
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        document.deleteLater()


def write_pdf(path: str | Path, pdf: bytes) -> None:
    """Write ``pdf`` to ``path`` byte for byte (via a temporary name, so a failed write leaves no half file)."""
    target = Path(path)
    partial_file = target.with_name(target.name + ".part")
    partial_file.write_bytes(pdf)
    partial_file.replace(target)


def suggested_kind(detail: CaseDetail) -> str:
    """The letter a case in its present state most likely needs next."""
    if detail.status == "registered":
        return "acceptance"
    if detail.status == "not_accepted":
        return "refusal"
    if detail.status == "transferred":
        return "transfer"
    if detail.status in ("replied", "closed"):
        return "reply"
    if detail.status == "in_handling" and detail.respondent is not None and detail.claims:
        return "supervision"
    return "acceptance"


@dataclass(frozen=True)
class DraftView:
    """A draft and what the dialog shows beside it: the fonts it is set in, whether it quotes the complaint."""

    rendered: RenderedDocument
    fonts: tuple[tuple[str, str], ...]  # (role, family), e.g. ("正文", "仿宋_GB2312")
    body_is_fangsong: bool
    summary: SummaryState | None  # the wording the letter quotes; None: this kind does not quote the complaint


def make_draft(documents: DocumentService, case: CaseDetail, kind: str) -> DraftView:
    """Render the draft and read its fonts and the complaint summary it quotes, if it does (on a worker)."""
    from complaintdesk.services.letter_summary import state_of

    rendered = documents.draft(case.id, kind)
    fonts = documents.fonts()
    return DraftView(rendered, tuple((ui_text(role), family) for role, family in fonts.summary()),
                     fonts.body_is_fangsong, state_of(case) if documents.quotes_summary(kind) else None)


def file_name_for(text: str) -> str:
    """A file name from a document or case number (X工信投字〔2026〕3号 stays readable)."""
    return "".join("_" if c in '\\/:*?"<>|' else c for c in text).strip() or "letter"


# --- the dialog -------------------------------------------------------------------------------------


class LetterDialog(QDialog):
    """Drafts a letter of the case ``case``; ``issued`` carries the IssuedDocument once it is issued.

    ``replaces``: the dialog issues a correction of that document (same kind, new number).
    ``issued``: no draft, the dialog shows that issued document and its frozen ``pdf`` (preview, print, save).
    """

    issued = Signal(object)  # IssuedDocument
    draftShown = Signal()  # a draft (or the issued letter) is in the preview
    caseChanged = Signal(object)  # CaseDetail: the officer confirmed the complaint summary letters quote

    def __init__(self, documents: DocumentService, case: CaseDetail, *, kind: str | None = None,
                 replaces: IssuedDocument | None = None, issued: IssuedDocument | None = None,
                 pdf: bytes | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self._documents = documents
        self._case = case
        self._replaces = replaces
        self._pdf: bytes | None = None  # what the preview shows: the draft, or the issued letter's frozen bytes
        self._issued: IssuedDocument | None = issued
        self._notes: list[str] = []
        self._seq = 0
        self._busy = False
        self._office_incomplete = False  # the draft's pre-issue check: the office's details are placeholders
        self._fonts: tuple[tuple[str, str], ...] = ()
        self._body_is_fangsong = True
        self._summary: SummaryState | None = None  # the wording letters quote, while the kind quotes it
        self._fitted = False
        self.pdf_document = QPdfDocument(self)
        ui = self.ui
        setup_pdf_view(ui.preview_view)
        ui.preview_view.setDocument(self.pdf_document)
        ui.body_splitter.setStretchFactor(0, 3)
        ui.body_splitter.setStretchFactor(1, 1)
        for code in KINDS:
            ui.kind_combo.addItem(labels.document_kind_label(code), code)
        wanted = (issued or replaces).kind if (issued or replaces) is not None else (kind or suggested_kind(case))
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(wanted), 0))
        ui.kind_combo.setEnabled(replaces is None)
        ui.kind_combo.currentIndexChanged.connect(lambda _index: self.render_draft())
        ui.issue_button.clicked.connect(self.issue)
        ui.print_button.clicked.connect(self.print_letter)
        ui.save_button.clicked.connect(self.save_letter)
        ui.close_button.clicked.connect(self.close)
        ui.confirm_summary_button.clicked.connect(self.confirm_summary)
        ui.summary_edit.textChanged.connect(self._update_buttons)
        ui.summary_error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.summary_error_label.hide()
        ui.summary_panel.hide()
        ui.fonts_label.hide()
        ui.issue_button.setVisible(issued is None)
        self._retranslate()
        if issued is not None and pdf is not None:
            self._show_pdf(pdf, [])
            self._set_busy(False, fill(self.tr("Issued %1 by %2 · %3 · SHA-256 %4"), date_text(issued.issued_on),
                                       issued.issued_by or "—", self.tr("%n page(s)", "", issued.page_count),
                                       issued.sha256))
        else:
            self.render_draft()

    # --- state ----------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.ui.kind_combo.currentData()

    @property
    def pdf(self) -> bytes | None:
        return self._pdf

    @property
    def issued_document(self) -> IssuedDocument | None:
        return self._issued

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def notes(self) -> list[str]:
        return list(self._notes)

    @property
    def office_incomplete(self) -> bool:
        """The office's details are not filled in yet: the draft shows, issuing waits for Settings ▸ Office."""
        return self._office_incomplete

    def _set_busy(self, busy: bool, status: str = "") -> None:
        self._busy = busy
        if status or busy:
            self.ui.status_label.setText(status)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        done = self._issued is not None
        ui.issue_button.setEnabled(not self._busy and not done and self._pdf is not None
                                   and not self._office_incomplete)
        ui.print_button.setEnabled(not self._busy and self._pdf is not None)
        ui.save_button.setEnabled(not self._busy and self._pdf is not None)
        ui.kind_combo.setEnabled(not self._busy and not done and self._replaces is None)
        summary = self._summary
        ui.confirm_summary_button.setEnabled(
            not self._busy and not done and summary is not None
            and (not summary.confirmed or ui.summary_edit.toPlainText().strip() != summary.text))

    def _retranslate(self) -> None:
        case_no = self._case.case_no
        if self._issued is not None:
            title = fill(self.tr("%1 %2 — case %3"), labels.document_kind_label(self._issued.kind),
                         self._issued.doc_no, case_no)
        elif self._replaces is not None:
            title = fill(self.tr("Correct %1 — case %2"), self._replaces.doc_no, case_no)
        else:
            title = fill(self.tr("Draft a letter — case %1"), case_no)
        self.setWindowTitle(title)

    # --- the draft ------------------------------------------------------------------------------

    def render_draft(self) -> None:
        """Render the chosen kind's draft on a worker; a newer request makes an older result moot."""
        if self._issued is not None:
            return
        self._seq += 1
        self._pdf = None
        self._office_incomplete = False
        self.pdf_document.close()
        self.ui.notes_plain_text_edit.clear()
        self._set_busy(True, self.tr("Rendering the draft…"))
        tasks.run_task(partial(make_draft, self._documents, self._case, self.kind),
                       partial(self._draft_rendered, self._seq), partial(self._draft_failed, self._seq), owner=self)

    def _draft_rendered(self, seq: int, view: DraftView) -> None:
        if seq != self._seq:
            return
        rendered = view.rendered
        self._show_fonts(view.fonts, view.body_is_fangsong)
        self._show_summary(view.summary)
        notes = [ui_text(w) for w in rendered.warnings]
        self._office_incomplete = any(w.code == OFFICE_IDENTITY_GAPS.code for w in rendered.warnings)
        self._show_pdf(rendered.pdf, notes)
        pages = self.tr("%n page(s)", "", rendered.page_count)
        if self._office_incomplete:
            status = fill(self.tr("Draft, %1 — it cannot be issued until the office's details are filled in "
                                  "(Settings ▸ Office): see the list on the right"), pages)
        elif rendered.missing_fields:
            status = fill(self.tr("Draft, %1 — it has blanks: see the list on the right"), pages)
        else:
            status = fill(self.tr("Draft, %1 — not numbered, watermarked 草稿"), pages)
        self._set_busy(False, status)

    def _show_fonts(self, fonts: tuple[tuple[str, str], ...], body_is_fangsong: bool) -> None:
        """Which faces the letter is set in, body first ("正文：仿宋_GB2312"); a body that is not a 仿宋 in red."""
        self._fonts, self._body_is_fangsong = fonts, body_is_fangsong
        label = self.ui.fonts_label
        lines = [f"{role}：{family}" for role, family in fonts]
        text = self.tr("Fonts: ") + "\n".join([*lines[:1], "　".join(lines[1:])])
        if not body_is_fangsong:
            text += "\n" + self.tr("⚠ The body text is not in a FangSong (仿宋) face: see the note below.")
        label.setText(text)
        label.setStyleSheet("" if body_is_fangsong else f"color: {ERROR_COLOUR};")
        label.setVisible(bool(fonts))

    @property
    def fonts(self) -> tuple[tuple[str, str], ...]:
        """(role, family) of the draft shown: what the issue dialog names."""
        return self._fonts

    # --- the complaint summary the letter quotes -------------------------------------------------

    def _show_summary(self, state: SummaryState | None) -> None:
        ui = self.ui
        previous, self._summary = self._summary, state
        ui.summary_panel.setVisible(state is not None and self._issued is None)
        if state is None:
            return
        typed = ui.summary_edit.toPlainText().strip()
        if not typed or previous is None or typed == previous.text:  # nothing of the officer's own is lost
            ui.summary_edit.setPlainText(state.text)
        if state.confirmed:
            ui.summary_state_label.setText(self.tr("Confirmed: the letter quotes this wording."))
            ui.summary_state_label.setStyleSheet("")
        else:
            ui.summary_state_label.setText(self.tr("Not confirmed yet: rewritten from the complainant's own words "
                                                   "(“我公司” → “投诉人”). Check it and confirm."))
            ui.summary_state_label.setStyleSheet(f"color: {NOTICE_COLOUR};")
        self._update_buttons()

    def confirm_summary(self) -> None:
        """Store the wording typed as the case's letter summary (recorded in its history), then redraw."""
        if self._busy or self._summary is None or self._issued is not None:
            return
        self.ui.summary_error_label.hide()
        self._set_busy(True, self.tr("Saving the summary…"))
        tasks.run_task(partial(self._documents.confirm_summary, self._case.id, self.ui.summary_edit.toPlainText(),
                               expected_version=self._case.version),
                       self._summary_confirmed, self._summary_failed, owner=self)

    def _summary_confirmed(self, detail: CaseDetail) -> None:
        self._case = detail
        self._set_busy(False, self.tr("Summary confirmed."))
        self.caseChanged.emit(detail)
        self.render_draft()

    def _summary_failed(self, exc: BaseException) -> None:
        from complaintdesk.services.validation import ValidationError

        if isinstance(exc, ValidationError):
            message = "\n".join(ui_text(p.text) for p in exc.problems)
        else:
            message = self._message(exc)
        self.ui.summary_error_label.setText(message)
        self.ui.summary_error_label.show()
        self.ui.summary_edit.setFocus()
        self._set_busy(False, self.tr("The summary was not saved."))

    @property
    def summary_error(self) -> str:
        return self.ui.summary_error_label.text() if self.ui.summary_error_label.isVisible() else ""

    def _draft_failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        message = self._message(exc)
        self._notes = [message]
        self.ui.notes_plain_text_edit.setPlainText(message)
        self._set_busy(False, self.tr("The draft could not be made."))

    def _show_pdf(self, pdf: bytes, notes: list[str]) -> None:
        self._pdf = pdf
        self._notes = notes
        self.pdf_document.close()
        old = self.pdf_document.findChild(QBuffer)
        if old is not None:
            old.deleteLater()
        buffer = QBuffer(self.pdf_document)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if notes:
            text = "\n\n".join(f"• {note}" for note in notes)
        elif self._issued is not None:
            text = "\n".join(self._issued_lines(self._issued))
        else:
            text = self.tr("Nothing to check: every fact the letter needs is in the case.")
        self.ui.notes_plain_text_edit.setPlainText(text)
        self.draftShown.emit()

    def _issued_lines(self, document: IssuedDocument) -> list[str]:
        lines = [document.doc_no, document.title,
                 fill(self.tr("Issued %1 by %2"), date_text(document.issued_on), document.issued_by or "—"),
                 "", "SHA-256:", document.sha256, "",
                 self.tr("This is the stored copy: printing and saving give exactly these bytes.")]
        return lines

    @staticmethod
    def _message(exc: BaseException) -> str:
        return error_text(exc)

    # --- issuing --------------------------------------------------------------------------------

    def issue(self) -> None:
        if self._busy or self._issued is not None or self._pdf is None or self._office_incomplete:
            return
        if not dialogs.confirm_issue(self, labels.document_kind_label(self.kind), self._case.case_no,
                                     fonts=self._fonts, body_is_fangsong=self._body_is_fangsong):
            return
        self._issue(allow_gaps=False)

    def _issue(self, *, allow_gaps: bool) -> None:
        self._set_busy(True, self.tr("Issuing…"))
        replaces_id = self._replaces.id if self._replaces is not None else None
        tasks.run_task(partial(self._issue_task, self._documents, self._case.id, self.kind, replaces_id, allow_gaps),
                       self._issued_done, self._issue_failed, owner=self)

    @staticmethod
    def _issue_task(documents: DocumentService, case_id: int, kind: str, replaces_id: int | None,
                    allow_gaps: bool) -> tuple[IssuedDocument, bytes]:
        document = documents.issue(case_id, kind, replaces_id=replaces_id, allow_gaps=allow_gaps)
        return document, documents.pdf(document.id)  # from now on: the stored bytes, nothing else

    def _issued_done(self, result: tuple[IssuedDocument, bytes]) -> None:
        document, pdf = result
        self._issued = document
        self.ui.summary_panel.hide()
        self._show_pdf(pdf, [ui_text(w) for w in document.warnings])
        self._retranslate()
        self._set_busy(False, fill(self.tr("Issued as %1 (SHA-256 %2…)"), document.doc_no, document.sha256[:12]))
        self.issued.emit(document)

    def _issue_failed(self, exc: BaseException) -> None:
        from complaintdesk.services.documents import LetterIncomplete

        self._set_busy(False, self.tr("Not issued."))
        if isinstance(exc, LetterIncomplete):
            if dialogs.ask_issue_with_gaps(self, error_text(exc)):
                self._issue(allow_gaps=True)
            return
        dialogs.show_error(self, self.tr("The letter was not issued"), self._message(exc))

    # --- printing and saving --------------------------------------------------------------------

    def _file_stem(self) -> str:
        if self._issued is not None:
            return file_name_for(self._issued.doc_no)
        return file_name_for(fill(self.tr("%1 %2 draft"), self._case.case_no, labels.document_kind_label(self.kind)))

    def print_letter(self) -> bool:
        if self._pdf is None:
            return False
        return print_with_dialog(self, self._pdf, self._file_stem())

    def save_letter(self) -> str | None:
        if self._pdf is None:
            return None
        return save_with_dialog(self, self._pdf, self._file_stem() + ".pdf")

    # --- language and screen -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._fitted:
            self._fitted = True
            screen_fit.fit_to_screen(self)  # the Designer size (1040 × 760) is cut to a 1024 × 768 screen
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for index, code in enumerate(KINDS):
                self.ui.kind_combo.setItemText(index, labels.document_kind_label(code))
            self._retranslate()
        super().changeEvent(event)


def print_with_dialog(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Ask for a printer (the system print dialog) and print ``pdf`` on it; False when cancelled or failed."""
    printer = dialogs.ask_printer(parent, title)
    if printer is None:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        print_pdf(pdf, printer)
    except (OSError, ValueError) as exc:
        QGuiApplication.restoreOverrideCursor()
        dialogs.show_error(parent, QCoreApplication.translate("LetterDialog", "Cannot print"), str(exc))
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


def save_with_dialog(parent: QWidget, pdf: bytes, suggested: str) -> str | None:
    """Ask where to save ``pdf`` (a bare file name is suggested in the Documents folder, or where the last
    one went) and write it there unchanged, then say where it went; the path, or None when cancelled or failed."""
    path = dialogs.ask_pdf_path(parent, suggested if Path(suggested).is_absolute() else dialogs.export_path(suggested))
    if not path:
        return None
    try:
        write_pdf(path, pdf)
    except OSError as exc:
        dialogs.show_error(parent, QCoreApplication.translate("LetterDialog", "Cannot save the PDF"), str(exc))
        return None
    dialogs.remember_export(path)
    dialogs.show_saved(parent, QCoreApplication.translate("LetterDialog", "PDF saved"), path)
    return path
