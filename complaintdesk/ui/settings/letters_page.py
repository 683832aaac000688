"""The letters page (文书): the font of each role — a picker of the families this computer offers, or a font
file — with a live preview at about the role's size and the font letters use now; an amber warning next to
the body while it is not a 仿宋 (GB/T 9704 asks for 3号仿宋); and the pre-printed letterhead paper.

The page came after the form (forms/settings_dialog.ui): its tab is built here, in code. What letters use
and the lists of families come from ``office.settings.letters`` on a worker (listing the computer's fonts
may take seconds the first time); a font file is checked there too, as soon as it is picked.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from complaintdesk.messages.documents import BODY_NOT_FANGSONG
from complaintdesk.ui.fonts import register_bundled_font
from complaintdesk.ui.form_dialog import NOTICE_COLOUR, FieldErrors
from complaintdesk.ui.labels import fill
from complaintdesk.ui.messages import ui_text
from complaintdesk.ui.settings.page import OK_COLOUR, SettingsPage, style_label, translate

if TYPE_CHECKING:  # the service module brings ReportLab's font code: loaded on a worker, when first used
    from complaintdesk.services.letter_fonts import FamilyChoice, LetterSettings
    from complaintdesk.services.settings import SettingsService
    from complaintdesk.ui.settings.dialog import SettingsDialog

# services.letter_fonts.ROLES, in their order (a test checks).
ROLES = ("body", "title", "heading1", "heading2", "page_number")
# Each role's size on the letter (GB/T 9704: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt), previewed at this scale.
ROLE_POINTS = {"body": 16.0, "title": 22.0, "heading1": 16.0, "heading2": 16.0, "page_number": 14.0}
PREVIEW_SCALE = 0.8
# What a letter prints in each role. Letters are always in Chinese, so the samples are not translated.
SAMPLES = {"body": "现将你单位投诉事项的办理结果答复如下：", "title": "关于投诉事项办理结果的答复",
           "heading1": "一、基本情况", "heading2": "（一）欠款金额及支付情况", "page_number": "— 1 —"}
MUTED_COLOUR = "#6b6b6b"  # as the case view's muted rows
PICK_FILE = "\x00file"  # the combo's data of "Choose a font file…"
PROBLEM_FIELDS = {role: f"fonts.{role}" for role in ROLES}  # services.letter_fonts.font_field


def ask_font_file(parent: QWidget | None, start_dir: str = "") -> str | None:
    """A TrueType font file the user picks (a function of its own, so that a test can answer it)."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("SettingsDialog", "Choose a font file"), start_dir,
                                          translate("SettingsDialog", "TrueType fonts (*.ttf *.ttc);;All files (*)"))
    return path or None


# On a worker: the settings service is a plain object; the letters' part of it loads ReportLab's fonts.
def _read(settings: SettingsService) -> LetterSettings:
    return settings.letters.current()


def _families(settings: SettingsService) -> dict[str, tuple[FamilyChoice, ...]]:
    return {role: settings.letters.families(role) for role in ROLES}


def _check(settings: SettingsService, role: str, path: str) -> tuple[str, str, FamilyChoice | None]:
    return role, path, settings.letters.check_font(role, path)


def _save(settings: SettingsService, fonts: dict[str, str | None], preprinted: bool | None) -> LetterSettings:
    return settings.letters.save(fonts, preprinted_letterhead=preprinted)


@dataclass
class RoleRow:
    """The widgets of one role."""

    label: QLabel
    combo: QComboBox
    preview: QLabel
    used: QLabel
    error: QLabel


class LettersPage(SettingsPage):
    def __init__(self, dialog: SettingsDialog):
        super().__init__(dialog)
        self.loaded: LetterSettings | None = None
        self.families: dict[str, tuple[FamilyChoice, ...]] | None = None
        self.files: dict[str, FamilyChoice | None] = {}  # font files picked, by path: what they hold, once checked
        self._selected: dict[str, Any] = {}  # per role: the data of the combo's item before the last pick
        self._qt_families: set[str] | None = None
        self._build_tab()
        self.errors = FieldErrors(self.error_label)
        for role, row in self.rows.items():
            self.errors.bind(PROBLEM_FIELDS[role], row.error, row.combo)
            row.combo.activated.connect(partial(self._picked, role))
        self.errors.bind("preprinted_letterhead", self.error_label, self.preprinted_check_box)
        self.preprinted_check_box.toggled.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        self._set_enabled(False)

    # --- the tab ---------------------------------------------------------------------------------

    def _build_tab(self) -> None:
        tabs = self.ui.tab_widget
        self.tab = QWidget()
        self.tab.setObjectName("letters_tab")
        column = QVBoxLayout(self.tab)
        self.intro_label = self._label("letters_intro_label", wrap=True)
        self.notice_label = self._label("letters_notice_label", wrap=True)
        style_label(self.notice_label, NOTICE_COLOUR)
        self.notice_label.hide()
        column.addWidget(self.intro_label)
        column.addWidget(self.notice_label)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        # Three grid rows per role (the picker and its preview, what letters use now, the red problem); the
        # body has a fourth, its amber warning, right under what it uses.
        self.body_warning_label = self._label("body_warning_label", wrap=True)
        style_label(self.body_warning_label, NOTICE_COLOUR)
        self.body_warning_label.hide()
        grid.addWidget(self.body_warning_label, 2, 1, 1, 2)
        starts = {role: 0 if index == 0 else 1 + 3 * index for index, role in enumerate(ROLES)}
        self.rows = {role: self._role_row(grid, starts[role], role) for role in ROLES}
        column.addLayout(grid)
        self.preprinted_check_box = QCheckBox(self.tab)
        self.preprinted_check_box.setObjectName("preprinted_check_box")
        column.addWidget(self.preprinted_check_box)
        self.error_label = self._label("letters_error_label", wrap=True)
        column.addWidget(self.error_label)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tab)
        self.revert_button.setObjectName("revert_letters_button")
        self.save_button = QPushButton(self.tab)
        self.save_button.setObjectName("save_letters_button")
        for button in (self.revert_button, self.save_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        column.addLayout(buttons)
        tabs.insertTab(tabs.indexOf(self.ui.office_tab) + 1, self.tab, "")

    def _label(self, name: str, *, wrap: bool = False) -> QLabel:
        label = QLabel(self.tab)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        return label

    def _role_row(self, grid: QGridLayout, row: int, role: str) -> RoleRow:
        """The role's widgets, from grid row ``row`` on."""
        combo = QComboBox(self.tab)
        combo.setObjectName(f"{role}_font_combo")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(30)
        label = self._label(f"{role}_font_label")
        label.setBuddy(combo)
        preview = self._label(f"{role}_font_preview_label")
        preview.setText(SAMPLES[role])
        preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        used = self._label(f"{role}_font_used_label")
        style_label(used, MUTED_COLOUR)  # information, not input (still selectable, with the path as tooltip)
        used.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        used.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        error = self._label(f"{role}_font_error_label", wrap=True)
        grid.addWidget(label, row, 0)
        grid.addWidget(combo, row, 1)
        grid.addWidget(preview, row, 2)
        grid.addWidget(used, row + 1, 1, 1, 2)
        grid.addWidget(error, row + (3 if role == "body" else 2), 1, 1, 2)
        return RoleRow(label, combo, preview, used, error)

    def _set_enabled(self, loaded: bool) -> None:
        editable = loaded and self.dialog.can_edit
        for row in self.rows.values():
            row.combo.setEnabled(editable)
        self.preprinted_check_box.setEnabled(editable)
        self.update_buttons()

    # --- what is chosen ------------------------------------------------------------------------------

    def chosen(self, role: str) -> str | None:
        """The role's choice in its picker: a family, a file path, or None (automatic)."""
        data = self.rows[role].combo.currentData()
        return data if isinstance(data, str) and data != PICK_FILE else None

    def changes(self) -> dict[str, str | None]:
        if self.loaded is None:
            return {}
        return {role: self.chosen(role) for role in ROLES if self.chosen(role) != self.loaded.font(role).configured}

    def preprinted_changed(self) -> bool | None:
        if self.loaded is None:
            return None
        value = self.preprinted_check_box.isChecked()
        return value if value != self.loaded.preprinted_letterhead else None

    @property
    def dirty(self) -> bool:
        return bool(self.changes()) or self.preprinted_changed() is not None

    def update_buttons(self) -> None:
        self.save_button.setEnabled(not self.busy and self.dirty and self.dialog.can_edit)
        self.revert_button.setEnabled(not self.busy and self.dirty)

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self.update_buttons()
        self.dialog.update_dirty()

    # --- the pickers ---------------------------------------------------------------------------------

    def _fill_combo(self, role: str, selected: Any) -> None:
        """Automatic (and what it finds), the families offered, the configured or picked choice when it is
        none of them, then "Choose a font file…"; ``selected`` stays selected."""
        combo = self.rows[role].combo
        self._filling += 1
        try:
            combo.clear()
            automatic = self.loaded.font(role).automatic_family if self.loaded is not None else "…"
            combo.addItem(fill(translate("SettingsDialog", "Automatic (now: %1)"), automatic), None)
            names = [f.name for f in (self.families or {}).get(role, ())]
            for name in names:
                combo.addItem(name, name)
            extra = [v for v in (self.loaded.font(role).configured if self.loaded else None, selected)
                     if isinstance(v, str) and v != PICK_FILE and v not in names]
            for value in dict.fromkeys(extra):
                self._add_extra(combo, value)
            combo.addItem(translate("SettingsDialog", "Choose a font file…"), PICK_FILE)
            index = combo.findData(selected)
            combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling -= 1
        self._selected[role] = combo.currentData()

    def _add_extra(self, combo: QComboBox, value: str) -> None:
        if value in self.files or "/" in value or "\\" in value:
            combo.addItem(fill(translate("SettingsDialog", "File: %1"), value.replace("\\", "/").rsplit("/", 1)[-1]),
                          value)
            combo.setItemData(combo.count() - 1, value, Qt.ItemDataRole.ToolTipRole)  # the whole path
        else:
            combo.addItem(value, value)

    def _picked(self, role: str, _index: int) -> None:
        combo = self.rows[role].combo
        if combo.currentData() == PICK_FILE:
            path = ask_font_file(self.dialog)
            if path is None:
                combo.setCurrentIndex(max(combo.findData(self._selected.get(role)), 0))
                return
            self.files.setdefault(path, None)
            self._fill_combo(role, path)
            self.run(partial(_check, self.office.settings, role, path), self._checked, busy=False)
        self._selected[role] = combo.currentData()
        self.errors.clear(PROBLEM_FIELDS[role])
        self._show_role(role)
        self._edited()

    def _checked(self, answer: tuple[str, str, FamilyChoice | None]) -> None:
        role, path, family = answer
        self.files[path] = family
        if self.chosen(role) == path:
            self._show_role(role)

    def failed(self, exc: BaseException) -> None:
        """A picked file that cannot be used: its problem next to its role (the pick stays, to be seen)."""
        problems = getattr(exc, "problems", None)
        if not problems:
            super().failed(exc)
            return
        for problem in problems:  # added to what is shown: a check of one file leaves the others' problems
            self.errors.set(problem.field, ui_text(problem.text))
        self.errors.focus_first()

    # --- previews and warnings -----------------------------------------------------------------------

    def _family_of(self, role: str) -> tuple[str, str | None, bool | None]:
        """What the role's choice sets letters in: (family, its file if known, is it a 仿宋; None: unknown)."""
        choice, font = self.chosen(role), self.loaded.font(role) if self.loaded else None
        if font is None:
            return "", None, None
        if choice == font.configured:
            return font.family, font.file, font.fangsong
        if choice is None:
            return font.automatic_family, None, font.automatic_fangsong
        if choice in self.files:
            found = self.files[choice]
            return (found.name, choice, found.fangsong) if found else ("", choice, None)
        offered = {f.name: f for f in (self.families or {}).get(role, ())}
        return choice, None, offered[choice].fangsong if choice in offered else None

    def _show_role(self, role: str) -> None:
        row = self.rows[role]
        family, file, fangsong = self._family_of(role)
        font = QFont(self._qt_family(family, file))
        font.setPointSizeF(ROLE_POINTS[role] * PREVIEW_SCALE)
        row.preview.setFont(font)
        row.preview.setEnabled(bool(family))  # greyed while a picked file is not known to be usable
        row.preview.setMinimumHeight(row.preview.fontMetrics().height())
        if self.loaded is not None:
            used = self.loaded.font(role)
            where = used.file or translate("SettingsDialog", "not embedded")
            row.used.setText(fill(translate("SettingsDialog", "Letters now use %1 (%2)"), used.family, where))
            row.used.setToolTip(row.used.text())
        if role == "body":
            warn = fangsong is False
            self.body_warning_label.setText(ui_text(BODY_NOT_FANGSONG(family=family)) if warn else "")
            self.body_warning_label.setVisible(warn)

    def _qt_family(self, family: str, file: str | None) -> str:
        """The family Qt draws ``family`` in: its own name when Qt knows it, else from the file (registered)."""
        if self._qt_families is None:
            self._qt_families = set(QFontDatabase.families())
        if not family or family in self._qt_families or not file:
            return family
        path = file.rsplit("#", 1)[0] if "#" in file and file.rsplit("#", 1)[1].isdigit() else file
        names = register_bundled_font(path)
        wanted = family.casefold().replace(" ", "")
        return next((n for n in names if n.casefold().replace(" ", "") == wanted), names[0] if names else family)

    def _show_notices(self) -> None:
        """What the fonts warn about, other than the body's (shown next to it)."""
        notices = [ui_text(w) for w in (self.loaded.warnings if self.loaded else ())
                   if w.code != BODY_NOT_FANGSONG.code]
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))

    # --- loading and saving --------------------------------------------------------------------------

    def load(self) -> None:
        self.errors.clear()
        self.run(partial(_read, self.office.settings), self._loaded, busy=False)
        if self.families is None:
            self.run(partial(_families, self.office.settings), self._families_loaded, busy=False)

    def _loaded(self, values: LetterSettings) -> None:
        self.loaded = values
        self._filling += 1
        try:
            self.preprinted_check_box.setChecked(values.preprinted_letterhead)
        finally:
            self._filling -= 1
        for role in ROLES:
            self._fill_combo(role, values.font(role).configured)
            self._show_role(role)
        self._show_notices()
        self._set_enabled(True)
        self.dialog.update_dirty()

    def _families_loaded(self, families: dict[str, tuple[FamilyChoice, ...]]) -> None:
        self.families = families
        for role in ROLES:
            self._fill_combo(role, self.rows[role].combo.currentData())
            self._show_role(role)

    def save(self) -> None:
        if self.loaded is None or self.busy or not self.dirty:
            return
        self.errors.clear()
        self.run(partial(_save, self.office.settings, self.changes(), self.preprinted_changed()), self._saved)

    def _saved(self, values: LetterSettings) -> None:
        self._loaded(values)
        self.dialog.show_status(translate("SettingsDialog", "Letter settings saved: the next letter uses them."),
                                OK_COLOUR)
        self.dialog.settingsChanged.emit("letters")

    def retranslate(self) -> None:
        tabs = self.ui.tab_widget
        tabs.setTabText(tabs.indexOf(self.tab), translate("SettingsDialog", "Le&tters"))
        self.intro_label.setText(translate(
            "SettingsDialog", "The fonts letters are set in (GB/T 9704). Automatic: the role's usual fonts, "
                              "looked for on this computer by name. A font file must be TrueType (.ttf, .ttc) "
                              "so that it can be embedded in the PDF."))
        names = {"body": translate("SettingsDialog", "&Body text (仿宋):"),
                 "title": translate("SettingsDialog", "T&itle (小标宋):"),
                 "heading1": translate("SettingsDialog", "Heading &1 (黑体):"),
                 "heading2": translate("SettingsDialog", "Heading &2 (楷体):"),
                 "page_number": translate("SettingsDialog", "Page &numbers (宋体):")}
        for role, row in self.rows.items():
            row.label.setText(names[role])
        self.preprinted_check_box.setText(translate(
            "SettingsDialog", "Print on pre-printed letterhead pape&r (the issuing office's heading and the red "
                              "line are not printed; their space stays blank)"))
        self.revert_button.setText(translate("SettingsDialog", "&Undo changes"))
        self.save_button.setText(translate("SettingsDialog", "&Save"))
        if self.loaded is not None:
            for role in ROLES:
                self._fill_combo(role, self.rows[role].combo.currentData())
                self._show_role(role)
            self._show_notices()
