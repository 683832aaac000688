"""The attachment dialog: copy a file (contract, invoice, photo…) into the case, with its kind and description."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from complaintdesk.domain.vocabulary import AttachmentKind
from complaintdesk.ui import dialogs, labels
from complaintdesk.ui.form_dialog import FormDialog
from complaintdesk.ui.formats import money_text
from complaintdesk.ui.forms.ui_attachment_dialog import Ui_AttachmentDialog
from complaintdesk.ui.labels import fill

if TYPE_CHECKING:
    from complaintdesk.services.attachments import AttachmentService
    from complaintdesk.services.desk_types import CaseDetail


class AttachmentDialog(FormDialog):
    """Adds one attachment; ``saved`` carries the fresh CaseDetail."""

    def __init__(self, attachments: AttachmentService, case: CaseDetail, *, claim_id: int | None = None, start_dir: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AttachmentDialog()
        self.ui.setupUi(self)
        self._attachments = attachments
        self._case = case
        self._start_dir = start_dir
        ui = self.ui
        self.setup_form(save_button=ui.save_button, cancel_button=ui.cancel_button,
                        general_error_label=ui.general_error_label, notice_label=ui.notice_label)
        self.setWindowTitle(fill(self.tr("Add an attachment — case %1"), case.case_no))
        ui.store_hint_label.setStyleSheet("color: palette(dark);")
        with self.filling():
            for kind in AttachmentKind:
                ui.kind_combo.addItem(labels.attachment_kind_label(kind.value), kind.value)
            ui.kind_combo.setPlaceholderText(self.tr("— choose —"))
            ui.kind_combo.setCurrentIndex(-1)
            ui.claim_combo.addItem(self.tr("The whole case"), None)
            for claim in case.claims:
                ui.claim_combo.addItem(fill(self.tr("Contract %1 (%2 yuan)"), claim.contract_no or "—",
                                            money_text(claim.amount_claimed)), claim.id)
            if claim_id is not None:
                ui.claim_combo.setCurrentIndex(max(0, ui.claim_combo.findData(claim_id)))
        ui.form_layout.setRowVisible(ui.claim_label, bool(case.claims))
        self.errors.bind("file", ui.file_error_label, ui.browse_button)
        self.errors.bind("kind", ui.kind_error_label, ui.kind_combo)
        self.errors.bind("claim_id", ui.claim_error_label, ui.claim_combo)
        self.errors.bind("description", ui.description_error_label, ui.description_line_edit)
        self.watch(ui.file_line_edit, field="file")
        self.watch(ui.kind_combo, field="kind")
        self.watch(ui.claim_combo, field="claim_id")
        self.watch(ui.description_line_edit, field="description")
        ui.browse_button.clicked.connect(self.browse)
        self.mark_clean()

    @property
    def path(self) -> str:
        return self.ui.file_line_edit.text()

    def browse(self) -> None:
        start = str(Path(self.path).parent) if self.path else self._start_dir
        chosen = dialogs.pick_attachment_file(self, start)
        if chosen:
            self.ui.file_line_edit.setText(chosen)
            self.ui.kind_combo.setFocus()

    def build_call(self):
        ui = self.ui
        if not self.path:
            self.errors.set("file", self.tr("Choose the file to attach."))
            return None
        return partial(self._attachments.add_attachment, self._case.id, Path(self.path), ui.kind_combo.currentData() or "",
                       ui.description_line_edit.text().strip() or None, ui.claim_combo.currentData())
