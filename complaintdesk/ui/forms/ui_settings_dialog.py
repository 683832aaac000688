# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from complaintdesk.ui.date_line_edit import DateLineEdit

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(1000, 680)
        SettingsDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.tab_widget = QTabWidget(SettingsDialog)
        self.tab_widget.setObjectName(u"tab_widget")
        self.holidays_tab = QWidget()
        self.holidays_tab.setObjectName(u"holidays_tab")
        self.holidays_layout = QVBoxLayout(self.holidays_tab)
        self.holidays_layout.setObjectName(u"holidays_layout")
        self.year_layout = QHBoxLayout()
        self.year_layout.setObjectName(u"year_layout")
        self.year_label = QLabel(self.holidays_tab)
        self.year_label.setObjectName(u"year_label")

        self.year_layout.addWidget(self.year_label)

        self.year_combo = QComboBox(self.holidays_tab)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setMinimumContentsLength(16)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.year_layout.addWidget(self.year_combo)

        self.year_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_layout.addItem(self.year_spacer)

        self.import_button = QPushButton(self.holidays_tab)
        self.import_button.setObjectName(u"import_button")

        self.year_layout.addWidget(self.import_button)


        self.holidays_layout.addLayout(self.year_layout)

        self.year_status_label = QLabel(self.holidays_tab)
        self.year_status_label.setObjectName(u"year_status_label")
        self.year_status_label.setText(u"")
        self.year_status_label.setWordWrap(True)
        self.year_status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.holidays_layout.addWidget(self.year_status_label)

        self.holidays_body_layout = QHBoxLayout()
        self.holidays_body_layout.setObjectName(u"holidays_body_layout")
        self.schedule_layout = QVBoxLayout()
        self.schedule_layout.setObjectName(u"schedule_layout")
        self.holiday_table_widget = QTableWidget(self.holidays_tab)
        if (self.holiday_table_widget.columnCount() < 3):
            self.holiday_table_widget.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.holiday_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.holiday_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.holiday_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.holiday_table_widget.setObjectName(u"holiday_table_widget")
        self.holiday_table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holiday_table_widget.setAlternatingRowColors(True)
        self.holiday_table_widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holiday_table_widget.setWordWrap(False)
        self.holiday_table_widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.holiday_table_widget.horizontalHeader().setStretchLastSection(True)
        self.holiday_table_widget.verticalHeader().setVisible(False)

        self.schedule_layout.addWidget(self.holiday_table_widget)

        self.holiday_summary_label = QLabel(self.holidays_tab)
        self.holiday_summary_label.setObjectName(u"holiday_summary_label")
        self.holiday_summary_label.setText(u"")
        self.holiday_summary_label.setWordWrap(True)
        self.holiday_summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.schedule_layout.addWidget(self.holiday_summary_label)

        self.day_editor_group_box = QGroupBox(self.holidays_tab)
        self.day_editor_group_box.setObjectName(u"day_editor_group_box")
        self.day_editor_layout = QGridLayout(self.day_editor_group_box)
        self.day_editor_layout.setObjectName(u"day_editor_layout")
        self.day_from_label = QLabel(self.day_editor_group_box)
        self.day_from_label.setObjectName(u"day_from_label")

        self.day_editor_layout.addWidget(self.day_from_label, 0, 0, 1, 1)

        self.day_from_date_edit = DateLineEdit(self.day_editor_group_box)
        self.day_from_date_edit.setObjectName(u"day_from_date_edit")

        self.day_editor_layout.addWidget(self.day_from_date_edit, 0, 1, 1, 1)

        self.day_to_label = QLabel(self.day_editor_group_box)
        self.day_to_label.setObjectName(u"day_to_label")

        self.day_editor_layout.addWidget(self.day_to_label, 0, 2, 1, 1)

        self.day_to_date_edit = DateLineEdit(self.day_editor_group_box)
        self.day_to_date_edit.setObjectName(u"day_to_date_edit")

        self.day_editor_layout.addWidget(self.day_to_date_edit, 0, 3, 1, 1)

        self.kind_label = QLabel(self.day_editor_group_box)
        self.kind_label.setObjectName(u"kind_label")

        self.day_editor_layout.addWidget(self.kind_label, 1, 0, 1, 1)

        self.kind_combo = QComboBox(self.day_editor_group_box)
        self.kind_combo.setObjectName(u"kind_combo")

        self.day_editor_layout.addWidget(self.kind_combo, 1, 1, 1, 1)

        self.day_name_label = QLabel(self.day_editor_group_box)
        self.day_name_label.setObjectName(u"day_name_label")

        self.day_editor_layout.addWidget(self.day_name_label, 1, 2, 1, 1)

        self.day_name_line_edit = QLineEdit(self.day_editor_group_box)
        self.day_name_line_edit.setObjectName(u"day_name_line_edit")
        self.day_name_line_edit.setMaxLength(50)

        self.day_editor_layout.addWidget(self.day_name_line_edit, 1, 3, 1, 1)

        self.days_error_label = QLabel(self.day_editor_group_box)
        self.days_error_label.setObjectName(u"days_error_label")
        self.days_error_label.setText(u"")
        self.days_error_label.setWordWrap(True)

        self.day_editor_layout.addWidget(self.days_error_label, 2, 0, 1, 4)

        self.day_buttons_layout = QHBoxLayout()
        self.day_buttons_layout.setObjectName(u"day_buttons_layout")
        self.day_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.day_buttons_layout.addItem(self.day_buttons_spacer)

        self.remove_days_button = QPushButton(self.day_editor_group_box)
        self.remove_days_button.setObjectName(u"remove_days_button")

        self.day_buttons_layout.addWidget(self.remove_days_button)

        self.add_days_button = QPushButton(self.day_editor_group_box)
        self.add_days_button.setObjectName(u"add_days_button")

        self.day_buttons_layout.addWidget(self.add_days_button)


        self.day_editor_layout.addLayout(self.day_buttons_layout, 3, 0, 1, 4)


        self.schedule_layout.addWidget(self.day_editor_group_box)


        self.holidays_body_layout.addLayout(self.schedule_layout)

        self.preview_group_box = QGroupBox(self.holidays_tab)
        self.preview_group_box.setObjectName(u"preview_group_box")
        self.preview_layout = QVBoxLayout(self.preview_group_box)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_summary_label = QLabel(self.preview_group_box)
        self.preview_summary_label.setObjectName(u"preview_summary_label")
        self.preview_summary_label.setText(u"")
        self.preview_summary_label.setWordWrap(True)
        self.preview_summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_layout.addWidget(self.preview_summary_label)

        self.preview_table_widget = QTableWidget(self.preview_group_box)
        if (self.preview_table_widget.columnCount() < 4):
            self.preview_table_widget.setColumnCount(4)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.preview_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.preview_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.preview_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.preview_table_widget.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        self.preview_table_widget.setObjectName(u"preview_table_widget")
        self.preview_table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table_widget.setAlternatingRowColors(True)
        self.preview_table_widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table_widget.setWordWrap(False)
        self.preview_table_widget.horizontalHeader().setStretchLastSection(True)
        self.preview_table_widget.verticalHeader().setVisible(False)

        self.preview_layout.addWidget(self.preview_table_widget)


        self.holidays_body_layout.addWidget(self.preview_group_box)

        self.holidays_body_layout.setStretch(0, 3)
        self.holidays_body_layout.setStretch(1, 2)

        self.holidays_layout.addLayout(self.holidays_body_layout)

        self.source_layout = QFormLayout()
        self.source_layout.setObjectName(u"source_layout")
        self.source_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_label = QLabel(self.holidays_tab)
        self.source_label.setObjectName(u"source_label")

        self.source_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_line_edit = QLineEdit(self.holidays_tab)
        self.source_line_edit.setObjectName(u"source_line_edit")
        self.source_line_edit.setMaxLength(200)

        self.source_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source_line_edit)

        self.source_error_label = QLabel(self.holidays_tab)
        self.source_error_label.setObjectName(u"source_error_label")
        self.source_error_label.setText(u"")
        self.source_error_label.setWordWrap(True)

        self.source_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.source_error_label)

        self.notice_date_label = QLabel(self.holidays_tab)
        self.notice_date_label.setObjectName(u"notice_date_label")

        self.source_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notice_date_label)

        self.notice_date_edit = DateLineEdit(self.holidays_tab)
        self.notice_date_edit.setObjectName(u"notice_date_edit")

        self.source_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notice_date_edit)

        self.notice_date_error_label = QLabel(self.holidays_tab)
        self.notice_date_error_label.setObjectName(u"notice_date_error_label")
        self.notice_date_error_label.setText(u"")
        self.notice_date_error_label.setWordWrap(True)

        self.source_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notice_date_error_label)


        self.holidays_layout.addLayout(self.source_layout)

        self.holidays_error_label = QLabel(self.holidays_tab)
        self.holidays_error_label.setObjectName(u"holidays_error_label")
        self.holidays_error_label.setText(u"")
        self.holidays_error_label.setWordWrap(True)

        self.holidays_layout.addWidget(self.holidays_error_label)

        self.holidays_buttons_layout = QHBoxLayout()
        self.holidays_buttons_layout.setObjectName(u"holidays_buttons_layout")
        self.holidays_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holidays_buttons_layout.addItem(self.holidays_buttons_spacer)

        self.revert_holidays_button = QPushButton(self.holidays_tab)
        self.revert_holidays_button.setObjectName(u"revert_holidays_button")

        self.holidays_buttons_layout.addWidget(self.revert_holidays_button)

        self.preview_button = QPushButton(self.holidays_tab)
        self.preview_button.setObjectName(u"preview_button")

        self.holidays_buttons_layout.addWidget(self.preview_button)

        self.save_holidays_button = QPushButton(self.holidays_tab)
        self.save_holidays_button.setObjectName(u"save_holidays_button")

        self.holidays_buttons_layout.addWidget(self.save_holidays_button)


        self.holidays_layout.addLayout(self.holidays_buttons_layout)

        self.tab_widget.addTab(self.holidays_tab, "")
        self.procedures_tab = QWidget()
        self.procedures_tab.setObjectName(u"procedures_tab")
        self.procedures_layout = QVBoxLayout(self.procedures_tab)
        self.procedures_layout.setObjectName(u"procedures_layout")
        self.procedures_notice_label = QLabel(self.procedures_tab)
        self.procedures_notice_label.setObjectName(u"procedures_notice_label")
        self.procedures_notice_label.setWordWrap(True)
        self.procedures_notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.procedures_layout.addWidget(self.procedures_notice_label)

        self.steps_table_widget = QTableWidget(self.procedures_tab)
        if (self.steps_table_widget.columnCount() < 7):
            self.steps_table_widget.setColumnCount(7)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.steps_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.steps_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.steps_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.steps_table_widget.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.steps_table_widget.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.steps_table_widget.setHorizontalHeaderItem(5, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.steps_table_widget.setHorizontalHeaderItem(6, __qtablewidgetitem13)
        self.steps_table_widget.setObjectName(u"steps_table_widget")
        self.steps_table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table_widget.setAlternatingRowColors(True)
        self.steps_table_widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table_widget.setWordWrap(False)
        self.steps_table_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_table_widget.horizontalHeader().setStretchLastSection(True)
        self.steps_table_widget.verticalHeader().setVisible(False)

        self.procedures_layout.addWidget(self.steps_table_widget)

        self.step_group_box = QGroupBox(self.procedures_tab)
        self.step_group_box.setObjectName(u"step_group_box")
        self.step_form_layout = QFormLayout(self.step_group_box)
        self.step_form_layout.setObjectName(u"step_form_layout")
        self.step_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.step_name_caption_label = QLabel(self.step_group_box)
        self.step_name_caption_label.setObjectName(u"step_name_caption_label")

        self.step_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.step_name_caption_label)

        self.step_name_label = QLabel(self.step_group_box)
        self.step_name_label.setObjectName(u"step_name_label")
        self.step_name_label.setText(u"")
        self.step_name_label.setWordWrap(True)
        self.step_name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.step_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.step_name_label)

        self.trigger_caption_label = QLabel(self.step_group_box)
        self.trigger_caption_label.setObjectName(u"trigger_caption_label")

        self.step_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.trigger_caption_label)

        self.trigger_label = QLabel(self.step_group_box)
        self.trigger_label.setObjectName(u"trigger_label")
        self.trigger_label.setText(u"")
        self.trigger_label.setWordWrap(True)
        self.trigger_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.step_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.trigger_label)

        self.length_label = QLabel(self.step_group_box)
        self.length_label.setObjectName(u"length_label")

        self.step_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.length_label)

        self.length_layout = QHBoxLayout()
        self.length_layout.setObjectName(u"length_layout")
        self.length_spin_box = QSpinBox(self.step_group_box)
        self.length_spin_box.setObjectName(u"length_spin_box")
        self.length_spin_box.setMinimum(1)
        self.length_spin_box.setMaximum(366)

        self.length_layout.addWidget(self.length_spin_box)

        self.unit_combo = QComboBox(self.step_group_box)
        self.unit_combo.setObjectName(u"unit_combo")

        self.length_layout.addWidget(self.unit_combo)

        self.length_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.length_layout.addItem(self.length_spacer)


        self.step_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.length_layout)

        self.length_error_label = QLabel(self.step_group_box)
        self.length_error_label.setObjectName(u"length_error_label")
        self.length_error_label.setText(u"")
        self.length_error_label.setWordWrap(True)

        self.step_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.length_error_label)

        self.extension_cap_label = QLabel(self.step_group_box)
        self.extension_cap_label.setObjectName(u"extension_cap_label")

        self.step_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.extension_cap_label)

        self.extension_cap_layout = QHBoxLayout()
        self.extension_cap_layout.setObjectName(u"extension_cap_layout")
        self.extension_cap_spin_box = QSpinBox(self.step_group_box)
        self.extension_cap_spin_box.setObjectName(u"extension_cap_spin_box")
        self.extension_cap_spin_box.setMinimum(0)
        self.extension_cap_spin_box.setMaximum(366)

        self.extension_cap_layout.addWidget(self.extension_cap_spin_box)

        self.extension_cap_unit_label = QLabel(self.step_group_box)
        self.extension_cap_unit_label.setObjectName(u"extension_cap_unit_label")
        self.extension_cap_unit_label.setText(u"")

        self.extension_cap_layout.addWidget(self.extension_cap_unit_label)

        self.extension_cap_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.extension_cap_layout.addItem(self.extension_cap_spacer)


        self.step_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.extension_cap_layout)

        self.extension_cap_error_label = QLabel(self.step_group_box)
        self.extension_cap_error_label.setObjectName(u"extension_cap_error_label")
        self.extension_cap_error_label.setText(u"")
        self.extension_cap_error_label.setWordWrap(True)

        self.step_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.extension_cap_error_label)

        self.stoppable_check_box = QCheckBox(self.step_group_box)
        self.stoppable_check_box.setObjectName(u"stoppable_check_box")

        self.step_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stoppable_check_box)

        self.basis_label = QLabel(self.step_group_box)
        self.basis_label.setObjectName(u"basis_label")

        self.step_form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis_plain_text_edit = QPlainTextEdit(self.step_group_box)
        self.basis_plain_text_edit.setObjectName(u"basis_plain_text_edit")
        self.basis_plain_text_edit.setMaximumSize(QSize(16777215, 90))
        self.basis_plain_text_edit.setTabChangesFocus(True)

        self.step_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.basis_plain_text_edit)

        self.basis_error_label = QLabel(self.step_group_box)
        self.basis_error_label.setObjectName(u"basis_error_label")
        self.basis_error_label.setText(u"")
        self.basis_error_label.setWordWrap(True)

        self.step_form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.basis_error_label)


        self.procedures_layout.addWidget(self.step_group_box)

        self.procedures_error_label = QLabel(self.procedures_tab)
        self.procedures_error_label.setObjectName(u"procedures_error_label")
        self.procedures_error_label.setText(u"")
        self.procedures_error_label.setWordWrap(True)

        self.procedures_layout.addWidget(self.procedures_error_label)

        self.procedures_buttons_layout = QHBoxLayout()
        self.procedures_buttons_layout.setObjectName(u"procedures_buttons_layout")
        self.procedures_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.procedures_buttons_layout.addItem(self.procedures_buttons_spacer)

        self.revert_procedures_button = QPushButton(self.procedures_tab)
        self.revert_procedures_button.setObjectName(u"revert_procedures_button")

        self.procedures_buttons_layout.addWidget(self.revert_procedures_button)

        self.save_procedures_button = QPushButton(self.procedures_tab)
        self.save_procedures_button.setObjectName(u"save_procedures_button")

        self.procedures_buttons_layout.addWidget(self.save_procedures_button)


        self.procedures_layout.addLayout(self.procedures_buttons_layout)

        self.tab_widget.addTab(self.procedures_tab, "")
        self.lpr_tab = QWidget()
        self.lpr_tab.setObjectName(u"lpr_tab")
        self.lpr_layout = QVBoxLayout(self.lpr_tab)
        self.lpr_layout.setObjectName(u"lpr_layout")
        self.lpr_note_label = QLabel(self.lpr_tab)
        self.lpr_note_label.setObjectName(u"lpr_note_label")
        self.lpr_note_label.setWordWrap(True)
        self.lpr_note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lpr_layout.addWidget(self.lpr_note_label)

        self.lpr_body_layout = QHBoxLayout()
        self.lpr_body_layout.setObjectName(u"lpr_body_layout")
        self.lpr_table_widget = QTableWidget(self.lpr_tab)
        if (self.lpr_table_widget.columnCount() < 3):
            self.lpr_table_widget.setColumnCount(3)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.lpr_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.lpr_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.lpr_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem16)
        self.lpr_table_widget.setObjectName(u"lpr_table_widget")
        self.lpr_table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lpr_table_widget.setAlternatingRowColors(True)
        self.lpr_table_widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lpr_table_widget.setWordWrap(False)
        self.lpr_table_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lpr_table_widget.horizontalHeader().setStretchLastSection(True)
        self.lpr_table_widget.verticalHeader().setVisible(False)

        self.lpr_body_layout.addWidget(self.lpr_table_widget)

        self.lpr_add_group_box = QGroupBox(self.lpr_tab)
        self.lpr_add_group_box.setObjectName(u"lpr_add_group_box")
        self.lpr_add_layout = QFormLayout(self.lpr_add_group_box)
        self.lpr_add_layout.setObjectName(u"lpr_add_layout")
        self.lpr_add_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.lpr_date_label = QLabel(self.lpr_add_group_box)
        self.lpr_date_label.setObjectName(u"lpr_date_label")

        self.lpr_add_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lpr_date_label)

        self.lpr_date_edit = DateLineEdit(self.lpr_add_group_box)
        self.lpr_date_edit.setObjectName(u"lpr_date_edit")

        self.lpr_add_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lpr_date_edit)

        self.lpr_date_error_label = QLabel(self.lpr_add_group_box)
        self.lpr_date_error_label.setObjectName(u"lpr_date_error_label")
        self.lpr_date_error_label.setText(u"")
        self.lpr_date_error_label.setWordWrap(True)

        self.lpr_add_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lpr_date_error_label)

        self.lpr_rate_label = QLabel(self.lpr_add_group_box)
        self.lpr_rate_label.setObjectName(u"lpr_rate_label")

        self.lpr_add_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lpr_rate_label)

        self.lpr_rate_layout = QHBoxLayout()
        self.lpr_rate_layout.setObjectName(u"lpr_rate_layout")
        self.lpr_rate_line_edit = QLineEdit(self.lpr_add_group_box)
        self.lpr_rate_line_edit.setObjectName(u"lpr_rate_line_edit")
        self.lpr_rate_line_edit.setPlaceholderText(u"3.00")
        self.lpr_rate_line_edit.setMaxLength(12)

        self.lpr_rate_layout.addWidget(self.lpr_rate_line_edit)

        self.lpr_percent_label = QLabel(self.lpr_add_group_box)
        self.lpr_percent_label.setObjectName(u"lpr_percent_label")
        self.lpr_percent_label.setText(u"%")

        self.lpr_rate_layout.addWidget(self.lpr_percent_label)


        self.lpr_add_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.lpr_rate_layout)

        self.lpr_rate_error_label = QLabel(self.lpr_add_group_box)
        self.lpr_rate_error_label.setObjectName(u"lpr_rate_error_label")
        self.lpr_rate_error_label.setText(u"")
        self.lpr_rate_error_label.setWordWrap(True)

        self.lpr_add_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lpr_rate_error_label)

        self.lpr_source_label = QLabel(self.lpr_add_group_box)
        self.lpr_source_label.setObjectName(u"lpr_source_label")

        self.lpr_add_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lpr_source_label)

        self.lpr_source_line_edit = QLineEdit(self.lpr_add_group_box)
        self.lpr_source_line_edit.setObjectName(u"lpr_source_line_edit")
        self.lpr_source_line_edit.setMaxLength(200)

        self.lpr_add_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lpr_source_line_edit)

        self.lpr_source_error_label = QLabel(self.lpr_add_group_box)
        self.lpr_source_error_label.setObjectName(u"lpr_source_error_label")
        self.lpr_source_error_label.setText(u"")
        self.lpr_source_error_label.setWordWrap(True)

        self.lpr_add_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lpr_source_error_label)

        self.lpr_error_label = QLabel(self.lpr_add_group_box)
        self.lpr_error_label.setObjectName(u"lpr_error_label")
        self.lpr_error_label.setText(u"")
        self.lpr_error_label.setWordWrap(True)

        self.lpr_add_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.lpr_error_label)

        self.lpr_buttons_layout = QHBoxLayout()
        self.lpr_buttons_layout.setObjectName(u"lpr_buttons_layout")
        self.lpr_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lpr_buttons_layout.addItem(self.lpr_buttons_spacer)

        self.add_lpr_button = QPushButton(self.lpr_add_group_box)
        self.add_lpr_button.setObjectName(u"add_lpr_button")

        self.lpr_buttons_layout.addWidget(self.add_lpr_button)


        self.lpr_add_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.lpr_buttons_layout)


        self.lpr_body_layout.addWidget(self.lpr_add_group_box)

        self.lpr_body_layout.setStretch(0, 3)
        self.lpr_body_layout.setStretch(1, 2)

        self.lpr_layout.addLayout(self.lpr_body_layout)

        self.tab_widget.addTab(self.lpr_tab, "")
        self.office_tab = QWidget()
        self.office_tab.setObjectName(u"office_tab")
        self.office_layout = QVBoxLayout(self.office_tab)
        self.office_layout.setObjectName(u"office_layout")
        self.office_form_layout = QFormLayout()
        self.office_form_layout.setObjectName(u"office_form_layout")
        self.office_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.office_name_label = QLabel(self.office_tab)
        self.office_name_label.setObjectName(u"office_name_label")

        self.office_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_name_label)

        self.office_name_line_edit = QLineEdit(self.office_tab)
        self.office_name_line_edit.setObjectName(u"office_name_line_edit")
        self.office_name_line_edit.setMaxLength(100)

        self.office_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office_name_line_edit)

        self.office_name_error_label = QLabel(self.office_tab)
        self.office_name_error_label.setObjectName(u"office_name_error_label")
        self.office_name_error_label.setText(u"")
        self.office_name_error_label.setWordWrap(True)

        self.office_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.office_name_error_label)

        self.short_name_label = QLabel(self.office_tab)
        self.short_name_label.setObjectName(u"short_name_label")

        self.office_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name_line_edit = QLineEdit(self.office_tab)
        self.short_name_line_edit.setObjectName(u"short_name_line_edit")
        self.short_name_line_edit.setMaxLength(50)

        self.office_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.short_name_line_edit)

        self.short_name_error_label = QLabel(self.office_tab)
        self.short_name_error_label.setObjectName(u"short_name_error_label")
        self.short_name_error_label.setText(u"")
        self.short_name_error_label.setWordWrap(True)

        self.office_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.short_name_error_label)

        self.address_label = QLabel(self.office_tab)
        self.address_label.setObjectName(u"address_label")

        self.office_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_line_edit = QLineEdit(self.office_tab)
        self.address_line_edit.setObjectName(u"address_line_edit")
        self.address_line_edit.setMaxLength(200)

        self.office_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address_line_edit)

        self.address_error_label = QLabel(self.office_tab)
        self.address_error_label.setObjectName(u"address_error_label")
        self.address_error_label.setText(u"")
        self.address_error_label.setWordWrap(True)

        self.office_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_error_label)

        self.phone_label = QLabel(self.office_tab)
        self.phone_label.setObjectName(u"phone_label")

        self.office_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_line_edit = QLineEdit(self.office_tab)
        self.phone_line_edit.setObjectName(u"phone_line_edit")
        self.phone_line_edit.setMaxLength(40)

        self.office_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_line_edit)

        self.phone_error_label = QLabel(self.office_tab)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setText(u"")
        self.phone_error_label.setWordWrap(True)

        self.office_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone_error_label)

        self.number_prefix_label = QLabel(self.office_tab)
        self.number_prefix_label.setObjectName(u"number_prefix_label")

        self.office_form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.number_prefix_label)

        self.number_prefix_line_edit = QLineEdit(self.office_tab)
        self.number_prefix_line_edit.setObjectName(u"number_prefix_line_edit")
        self.number_prefix_line_edit.setMaxLength(20)

        self.office_form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.number_prefix_line_edit)

        self.number_prefix_preview_label = QLabel(self.office_tab)
        self.number_prefix_preview_label.setObjectName(u"number_prefix_preview_label")
        self.number_prefix_preview_label.setText(u"")
        self.number_prefix_preview_label.setWordWrap(True)
        self.number_prefix_preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.number_prefix_preview_label)

        self.number_prefix_error_label = QLabel(self.office_tab)
        self.number_prefix_error_label.setObjectName(u"number_prefix_error_label")
        self.number_prefix_error_label.setText(u"")
        self.number_prefix_error_label.setWordWrap(True)

        self.office_form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.number_prefix_error_label)

        self.number_pattern_caption_label = QLabel(self.office_tab)
        self.number_pattern_caption_label.setObjectName(u"number_pattern_caption_label")

        self.office_form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.number_pattern_caption_label)

        self.number_pattern_label = QLabel(self.office_tab)
        self.number_pattern_label.setObjectName(u"number_pattern_label")
        self.number_pattern_label.setText(u"")
        self.number_pattern_label.setWordWrap(True)
        self.number_pattern_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.number_pattern_label)

        self.due_soon_label = QLabel(self.office_tab)
        self.due_soon_label.setObjectName(u"due_soon_label")

        self.office_form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.due_soon_label)

        self.due_soon_layout = QHBoxLayout()
        self.due_soon_layout.setObjectName(u"due_soon_layout")
        self.due_soon_spin_box = QSpinBox(self.office_tab)
        self.due_soon_spin_box.setObjectName(u"due_soon_spin_box")
        self.due_soon_spin_box.setMinimum(1)
        self.due_soon_spin_box.setMaximum(30)

        self.due_soon_layout.addWidget(self.due_soon_spin_box)

        self.due_soon_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_soon_layout.addItem(self.due_soon_spacer)


        self.office_form_layout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.due_soon_layout)

        self.due_soon_error_label = QLabel(self.office_tab)
        self.due_soon_error_label.setObjectName(u"due_soon_error_label")
        self.due_soon_error_label.setText(u"")
        self.due_soon_error_label.setWordWrap(True)

        self.office_form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.due_soon_error_label)


        self.office_layout.addLayout(self.office_form_layout)

        self.office_error_label = QLabel(self.office_tab)
        self.office_error_label.setObjectName(u"office_error_label")
        self.office_error_label.setText(u"")
        self.office_error_label.setWordWrap(True)

        self.office_layout.addWidget(self.office_error_label)

        self.office_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.office_layout.addItem(self.office_bottom_spacer)

        self.office_buttons_layout = QHBoxLayout()
        self.office_buttons_layout.setObjectName(u"office_buttons_layout")
        self.office_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.office_buttons_layout.addItem(self.office_buttons_spacer)

        self.revert_office_button = QPushButton(self.office_tab)
        self.revert_office_button.setObjectName(u"revert_office_button")

        self.office_buttons_layout.addWidget(self.revert_office_button)

        self.save_office_button = QPushButton(self.office_tab)
        self.save_office_button.setObjectName(u"save_office_button")

        self.office_buttons_layout.addWidget(self.save_office_button)


        self.office_layout.addLayout(self.office_buttons_layout)

        self.tab_widget.addTab(self.office_tab, "")
        self.users_tab = QWidget()
        self.users_tab.setObjectName(u"users_tab")
        self.users_layout = QVBoxLayout(self.users_tab)
        self.users_layout.setObjectName(u"users_layout")
        self.users_note_label = QLabel(self.users_tab)
        self.users_note_label.setObjectName(u"users_note_label")
        self.users_note_label.setText(u"")
        self.users_note_label.setWordWrap(True)
        self.users_note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.users_layout.addWidget(self.users_note_label)

        self.users_table_widget = QTableWidget(self.users_tab)
        if (self.users_table_widget.columnCount() < 4):
            self.users_table_widget.setColumnCount(4)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.users_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.users_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem18)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.users_table_widget.setHorizontalHeaderItem(2, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.users_table_widget.setHorizontalHeaderItem(3, __qtablewidgetitem20)
        self.users_table_widget.setObjectName(u"users_table_widget")
        self.users_table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table_widget.setAlternatingRowColors(True)
        self.users_table_widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table_widget.setWordWrap(False)
        self.users_table_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table_widget.horizontalHeader().setStretchLastSection(True)
        self.users_table_widget.verticalHeader().setVisible(False)

        self.users_layout.addWidget(self.users_table_widget)

        self.add_user_group_box = QGroupBox(self.users_tab)
        self.add_user_group_box.setObjectName(u"add_user_group_box")
        self.add_user_layout = QFormLayout(self.add_user_group_box)
        self.add_user_layout.setObjectName(u"add_user_layout")
        self.add_user_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(self.add_user_group_box)
        self.username_label.setObjectName(u"username_label")

        self.add_user_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_line_edit = QLineEdit(self.add_user_group_box)
        self.username_line_edit.setObjectName(u"username_line_edit")
        self.username_line_edit.setMaxLength(64)

        self.add_user_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_line_edit)

        self.username_error_label = QLabel(self.add_user_group_box)
        self.username_error_label.setObjectName(u"username_error_label")
        self.username_error_label.setText(u"")
        self.username_error_label.setWordWrap(True)

        self.add_user_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_error_label)

        self.display_name_label = QLabel(self.add_user_group_box)
        self.display_name_label.setObjectName(u"display_name_label")

        self.add_user_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_line_edit = QLineEdit(self.add_user_group_box)
        self.display_name_line_edit.setObjectName(u"display_name_line_edit")
        self.display_name_line_edit.setMaxLength(100)

        self.add_user_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.display_name_line_edit)

        self.display_name_error_label = QLabel(self.add_user_group_box)
        self.display_name_error_label.setObjectName(u"display_name_error_label")
        self.display_name_error_label.setText(u"")
        self.display_name_error_label.setWordWrap(True)

        self.add_user_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.display_name_error_label)

        self.role_label = QLabel(self.add_user_group_box)
        self.role_label.setObjectName(u"role_label")

        self.add_user_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.add_user_group_box)
        self.role_combo.setObjectName(u"role_combo")

        self.add_user_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.role_error_label = QLabel(self.add_user_group_box)
        self.role_error_label.setObjectName(u"role_error_label")
        self.role_error_label.setText(u"")
        self.role_error_label.setWordWrap(True)

        self.add_user_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.role_error_label)

        self.new_password_label = QLabel(self.add_user_group_box)
        self.new_password_label.setObjectName(u"new_password_label")

        self.add_user_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_line_edit = QLineEdit(self.add_user_group_box)
        self.new_password_line_edit.setObjectName(u"new_password_line_edit")
        self.new_password_line_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_user_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.new_password_line_edit)

        self.new_password_error_label = QLabel(self.add_user_group_box)
        self.new_password_error_label.setObjectName(u"new_password_error_label")
        self.new_password_error_label.setText(u"")
        self.new_password_error_label.setWordWrap(True)

        self.add_user_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.new_password_error_label)

        self.users_error_label = QLabel(self.add_user_group_box)
        self.users_error_label.setObjectName(u"users_error_label")
        self.users_error_label.setText(u"")
        self.users_error_label.setWordWrap(True)

        self.add_user_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.users_error_label)

        self.users_buttons_layout = QHBoxLayout()
        self.users_buttons_layout.setObjectName(u"users_buttons_layout")
        self.users_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.users_buttons_layout.addItem(self.users_buttons_spacer)

        self.reset_password_button = QPushButton(self.add_user_group_box)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.users_buttons_layout.addWidget(self.reset_password_button)

        self.add_user_button = QPushButton(self.add_user_group_box)
        self.add_user_button.setObjectName(u"add_user_button")

        self.users_buttons_layout.addWidget(self.add_user_button)


        self.add_user_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.users_buttons_layout)


        self.users_layout.addWidget(self.add_user_group_box)

        self.tab_widget.addTab(self.users_tab, "")

        self.main_layout.addWidget(self.tab_widget)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(SettingsDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottom_layout.addWidget(self.status_label)

        self.close_button = QPushButton(SettingsDialog)
        self.close_button.setObjectName(u"close_button")

        self.bottom_layout.addWidget(self.close_button)

        self.bottom_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom_layout)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year_combo)
        self.day_from_label.setBuddy(self.day_from_date_edit)
        self.day_to_label.setBuddy(self.day_to_date_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.day_name_label.setBuddy(self.day_name_line_edit)
        self.source_label.setBuddy(self.source_line_edit)
        self.notice_date_label.setBuddy(self.notice_date_edit)
        self.length_label.setBuddy(self.length_spin_box)
        self.extension_cap_label.setBuddy(self.extension_cap_spin_box)
        self.basis_label.setBuddy(self.basis_plain_text_edit)
        self.lpr_date_label.setBuddy(self.lpr_date_edit)
        self.lpr_rate_label.setBuddy(self.lpr_rate_line_edit)
        self.lpr_source_label.setBuddy(self.lpr_source_line_edit)
        self.office_name_label.setBuddy(self.office_name_line_edit)
        self.short_name_label.setBuddy(self.short_name_line_edit)
        self.address_label.setBuddy(self.address_line_edit)
        self.phone_label.setBuddy(self.phone_line_edit)
        self.number_prefix_label.setBuddy(self.number_prefix_line_edit)
        self.due_soon_label.setBuddy(self.due_soon_spin_box)
        self.username_label.setBuddy(self.username_line_edit)
        self.display_name_label.setBuddy(self.display_name_line_edit)
        self.role_label.setBuddy(self.role_combo)
        self.new_password_label.setBuddy(self.new_password_line_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tab_widget, self.year_combo)
        QWidget.setTabOrder(self.year_combo, self.import_button)
        QWidget.setTabOrder(self.import_button, self.holiday_table_widget)
        QWidget.setTabOrder(self.holiday_table_widget, self.day_from_date_edit)
        QWidget.setTabOrder(self.day_from_date_edit, self.day_to_date_edit)
        QWidget.setTabOrder(self.day_to_date_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.day_name_line_edit)
        QWidget.setTabOrder(self.day_name_line_edit, self.remove_days_button)
        QWidget.setTabOrder(self.remove_days_button, self.add_days_button)
        QWidget.setTabOrder(self.add_days_button, self.preview_table_widget)
        QWidget.setTabOrder(self.preview_table_widget, self.source_line_edit)
        QWidget.setTabOrder(self.source_line_edit, self.notice_date_edit)
        QWidget.setTabOrder(self.notice_date_edit, self.revert_holidays_button)
        QWidget.setTabOrder(self.revert_holidays_button, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.save_holidays_button)
        QWidget.setTabOrder(self.save_holidays_button, self.steps_table_widget)
        QWidget.setTabOrder(self.steps_table_widget, self.length_spin_box)
        QWidget.setTabOrder(self.length_spin_box, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.extension_cap_spin_box)
        QWidget.setTabOrder(self.extension_cap_spin_box, self.stoppable_check_box)
        QWidget.setTabOrder(self.stoppable_check_box, self.basis_plain_text_edit)
        QWidget.setTabOrder(self.basis_plain_text_edit, self.revert_procedures_button)
        QWidget.setTabOrder(self.revert_procedures_button, self.save_procedures_button)
        QWidget.setTabOrder(self.save_procedures_button, self.lpr_table_widget)
        QWidget.setTabOrder(self.lpr_table_widget, self.lpr_date_edit)
        QWidget.setTabOrder(self.lpr_date_edit, self.lpr_rate_line_edit)
        QWidget.setTabOrder(self.lpr_rate_line_edit, self.lpr_source_line_edit)
        QWidget.setTabOrder(self.lpr_source_line_edit, self.add_lpr_button)
        QWidget.setTabOrder(self.add_lpr_button, self.office_name_line_edit)
        QWidget.setTabOrder(self.office_name_line_edit, self.short_name_line_edit)
        QWidget.setTabOrder(self.short_name_line_edit, self.address_line_edit)
        QWidget.setTabOrder(self.address_line_edit, self.phone_line_edit)
        QWidget.setTabOrder(self.phone_line_edit, self.number_prefix_line_edit)
        QWidget.setTabOrder(self.number_prefix_line_edit, self.due_soon_spin_box)
        QWidget.setTabOrder(self.due_soon_spin_box, self.revert_office_button)
        QWidget.setTabOrder(self.revert_office_button, self.save_office_button)
        QWidget.setTabOrder(self.save_office_button, self.users_table_widget)
        QWidget.setTabOrder(self.users_table_widget, self.username_line_edit)
        QWidget.setTabOrder(self.username_line_edit, self.display_name_line_edit)
        QWidget.setTabOrder(self.display_name_line_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.add_user_button)
        QWidget.setTabOrder(self.add_user_button, self.close_button)

        self.retranslateUi(SettingsDialog)

        self.tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Office settings", None))
        self.year_label.setText(QCoreApplication.translate("SettingsDialog", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.year_combo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Years from 2004 to next year; a year without an official schedule is counted with its statutory holidays and weekends, provisionally", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("SettingsDialog", u"&Import file\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("SettingsDialog", u"Read a year's days from a CSV file with the columns date,kind,name (# starts a comment)", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.holiday_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SettingsDialog", u"Date", None))
        ___qtablewidgetitem1 = self.holiday_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SettingsDialog", u"Rest or work", None))
        ___qtablewidgetitem2 = self.holiday_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SettingsDialog", u"Holiday", None))
        self.day_editor_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Add or change days", None))
        self.day_from_label.setText(QCoreApplication.translate("SettingsDialog", u"&From:", None))
        self.day_to_label.setText(QCoreApplication.translate("SettingsDialog", u"&to:", None))
#if QT_CONFIG(tooltip)
        self.day_to_date_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The last day of a holiday block (the same day for a single day)", None))
#endif // QT_CONFIG(tooltip)
        self.kind_label.setText(QCoreApplication.translate("SettingsDialog", u"&Kind:", None))
        self.day_name_label.setText(QCoreApplication.translate("SettingsDialog", u"&Name:", None))
        self.day_name_line_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. \u56fd\u5e86\u8282", None))
        self.remove_days_button.setText(QCoreApplication.translate("SettingsDialog", u"&Remove selected", None))
        self.add_days_button.setText(QCoreApplication.translate("SettingsDialog", u"&Add or change", None))
#if QT_CONFIG(tooltip)
        self.add_days_button.setToolTip(QCoreApplication.translate("SettingsDialog", u"Put the days from\u2013to in the table (a day already listed is changed)", None))
#endif // QT_CONFIG(tooltip)
        self.preview_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Open cases whose deadlines move", None))
        ___qtablewidgetitem3 = self.preview_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SettingsDialog", u"Case no.", None))
        ___qtablewidgetitem4 = self.preview_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SettingsDialog", u"Step", None))
        ___qtablewidgetitem5 = self.preview_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SettingsDialog", u"Deadline before", None))
        ___qtablewidgetitem6 = self.preview_table_widget.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SettingsDialog", u"Deadline after", None))
        self.source_label.setText(QCoreApplication.translate("SettingsDialog", u"&Source:", None))
        self.source_line_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"The State Council General Office's notice, e.g. \u56fd\u529e\u53d1\u660e\u7535\u30142026\u301512\u53f7", None))
        self.notice_date_label.setText(QCoreApplication.translate("SettingsDialog", u"Notice &date:", None))
#if QT_CONFIG(tooltip)
        self.notice_date_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The date the State Council General Office's notice was issued (at its end, e.g. 2025\u5e7411\u67084\u65e5)", None))
#endif // QT_CONFIG(tooltip)
        self.revert_holidays_button.setText(QCoreApplication.translate("SettingsDialog", u"&Undo changes", None))
#if QT_CONFIG(tooltip)
        self.revert_holidays_button.setToolTip(QCoreApplication.translate("SettingsDialog", u"Show the year as it is saved", None))
#endif // QT_CONFIG(tooltip)
        self.preview_button.setText(QCoreApplication.translate("SettingsDialog", u"&Preview", None))
#if QT_CONFIG(tooltip)
        self.preview_button.setToolTip(QCoreApplication.translate("SettingsDialog", u"Work out which open cases' deadlines the schedule in the table would move; nothing is saved", None))
#endif // QT_CONFIG(tooltip)
        self.save_holidays_button.setText(QCoreApplication.translate("SettingsDialog", u"&Save schedule", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.holidays_tab), QCoreApplication.translate("SettingsDialog", u"&Holiday schedules", None))
        self.procedures_notice_label.setText(QCoreApplication.translate("SettingsDialog", u"A change applies to cases registered from now on. Cases already registered keep the rules they were registered with, so their deadlines do not move.", None))
        ___qtablewidgetitem7 = self.steps_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SettingsDialog", u"Procedure", None))
        ___qtablewidgetitem8 = self.steps_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SettingsDialog", u"Step", None))
        ___qtablewidgetitem9 = self.steps_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SettingsDialog", u"Starts on", None))
        ___qtablewidgetitem10 = self.steps_table_widget.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SettingsDialog", u"Time limit", None))
        ___qtablewidgetitem11 = self.steps_table_widget.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SettingsDialog", u"Extension cap", None))
        ___qtablewidgetitem12 = self.steps_table_widget.horizontalHeaderItem(5)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SettingsDialog", u"Can stop", None))
        ___qtablewidgetitem13 = self.steps_table_widget.horizontalHeaderItem(6)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("SettingsDialog", u"Legal basis", None))
        self.step_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Selected step", None))
        self.step_name_caption_label.setText(QCoreApplication.translate("SettingsDialog", u"Step:", None))
        self.trigger_caption_label.setText(QCoreApplication.translate("SettingsDialog", u"Starts on:", None))
        self.length_label.setText(QCoreApplication.translate("SettingsDialog", u"&Time limit:", None))
        self.extension_cap_label.setText(QCoreApplication.translate("SettingsDialog", u"E&xtension cap:", None))
#if QT_CONFIG(tooltip)
        self.extension_cap_spin_box.setToolTip(QCoreApplication.translate("SettingsDialog", u"The most the clock may be extended in total, in the same unit (0: no extension)", None))
#endif // QT_CONFIG(tooltip)
        self.stoppable_check_box.setText(QCoreApplication.translate("SettingsDialog", u"The clock &stops while the complainant supplies materials", None))
        self.basis_label.setText(QCoreApplication.translate("SettingsDialog", u"Legal &basis:", None))
        self.revert_procedures_button.setText(QCoreApplication.translate("SettingsDialog", u"&Undo changes", None))
        self.save_procedures_button.setText(QCoreApplication.translate("SettingsDialog", u"&Save rules", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.procedures_tab), QCoreApplication.translate("SettingsDialog", u"&Procedures and time limits", None))
        self.lpr_note_label.setText(QCoreApplication.translate("SettingsDialog", u"The one-year Loan Prime Rate in force on the day a contract was signed is the lowest overdue-interest rate a contract may agree (Payment Regulation art. 17). Add each new quotation on the day it takes effect; earlier rows cannot be changed.", None))
        ___qtablewidgetitem14 = self.lpr_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("SettingsDialog", u"Effective from", None))
        ___qtablewidgetitem15 = self.lpr_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("SettingsDialog", u"Rate (%)", None))
        ___qtablewidgetitem16 = self.lpr_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("SettingsDialog", u"Source", None))
        self.lpr_add_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Add a quotation", None))
        self.lpr_date_label.setText(QCoreApplication.translate("SettingsDialog", u"&Effective from:", None))
        self.lpr_rate_label.setText(QCoreApplication.translate("SettingsDialog", u"&Rate:", None))
        self.lpr_source_label.setText(QCoreApplication.translate("SettingsDialog", u"S&ource:", None))
        self.lpr_source_line_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. \u4e2d\u56fd\u8d27\u5e01\u7f51 2026-01-20", None))
        self.add_lpr_button.setText(QCoreApplication.translate("SettingsDialog", u"&Add quotation", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.lpr_tab), QCoreApplication.translate("SettingsDialog", u"&LPR", None))
        self.office_name_label.setText(QCoreApplication.translate("SettingsDialog", u"Office &name:", None))
        self.short_name_label.setText(QCoreApplication.translate("SettingsDialog", u"S&hort name:", None))
        self.address_label.setText(QCoreApplication.translate("SettingsDialog", u"&Address:", None))
        self.phone_label.setText(QCoreApplication.translate("SettingsDialog", u"&Phone:", None))
        self.number_prefix_label.setText(QCoreApplication.translate("SettingsDialog", u"&Document number prefix:", None))
#if QT_CONFIG(tooltip)
        self.number_prefix_line_edit.setToolTip(QCoreApplication.translate("SettingsDialog", u"The issuing office's code; the year in \u3014\u3015 and the number are added when a letter is issued", None))
#endif // QT_CONFIG(tooltip)
        self.number_pattern_caption_label.setText(QCoreApplication.translate("SettingsDialog", u"Case numbers:", None))
        self.due_soon_label.setText(QCoreApplication.translate("SettingsDialog", u"Due-soon &warning:", None))
        self.due_soon_spin_box.setSuffix(QCoreApplication.translate("SettingsDialog", u" workdays", None))
#if QT_CONFIG(tooltip)
        self.due_soon_spin_box.setToolTip(QCoreApplication.translate("SettingsDialog", u"Deadlines this close are marked amber in the case list, and the \u201cDue within\u201d filter starts with this number", None))
#endif // QT_CONFIG(tooltip)
        self.revert_office_button.setText(QCoreApplication.translate("SettingsDialog", u"&Undo changes", None))
        self.save_office_button.setText(QCoreApplication.translate("SettingsDialog", u"&Save", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.office_tab), QCoreApplication.translate("SettingsDialog", u"&Office", None))
        ___qtablewidgetitem17 = self.users_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("SettingsDialog", u"User name", None))
        ___qtablewidgetitem18 = self.users_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("SettingsDialog", u"Name", None))
        ___qtablewidgetitem19 = self.users_table_widget.horizontalHeaderItem(2)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("SettingsDialog", u"Role", None))
        ___qtablewidgetitem20 = self.users_table_widget.horizontalHeaderItem(3)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("SettingsDialog", u"Status", None))
        self.add_user_group_box.setTitle(QCoreApplication.translate("SettingsDialog", u"Add a user", None))
        self.username_label.setText(QCoreApplication.translate("SettingsDialog", u"User &name:", None))
        self.username_line_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"letters and digits, e.g. lixm", None))
        self.display_name_label.setText(QCoreApplication.translate("SettingsDialog", u"Full na&me:", None))
        self.role_label.setText(QCoreApplication.translate("SettingsDialog", u"&Role:", None))
        self.new_password_label.setText(QCoreApplication.translate("SettingsDialog", u"First &password:", None))
        self.new_password_line_edit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"at least 8 characters; the user changes it after signing in", None))
#if QT_CONFIG(tooltip)
        self.reset_password_button.setToolTip(QCoreApplication.translate("SettingsDialog", u"Give the user selected in the table a new password (and lift a lockout)", None))
#endif // QT_CONFIG(tooltip)
        self.reset_password_button.setText(QCoreApplication.translate("SettingsDialog", u"&Set password of selected user", None))
        self.add_user_button.setText(QCoreApplication.translate("SettingsDialog", u"Add &user", None))
        self.tab_widget.setTabText(self.tab_widget.indexOf(self.users_tab), QCoreApplication.translate("SettingsDialog", u"&Users", None))
        self.close_button.setText(QCoreApplication.translate("SettingsDialog", u"&Close", None))
    # retranslateUi

