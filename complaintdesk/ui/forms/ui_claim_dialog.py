# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claim_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ClaimDialog(object):
    def setupUi(self, ClaimDialog):
        if not ClaimDialog.objectName():
            ClaimDialog.setObjectName(u"ClaimDialog")
        ClaimDialog.resize(860, 600)
        ClaimDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(ClaimDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.case_label = QLabel(ClaimDialog)
        self.case_label.setObjectName(u"case_label")
        self.case_label.setText(u"")

        self.main_layout.addWidget(self.case_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(12)
        self.columns_layout.setObjectName(u"columns_layout")
        self.contract_group_box = QGroupBox(ClaimDialog)
        self.contract_group_box.setObjectName(u"contract_group_box")
        self.contract_form_layout = QFormLayout(self.contract_group_box)
        self.contract_form_layout.setObjectName(u"contract_form_layout")
        self.contract_form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.contract_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contract_no_label = QLabel(self.contract_group_box)
        self.contract_no_label.setObjectName(u"contract_no_label")

        self.contract_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contract_no_label)

        self.contract_no_line_edit = QLineEdit(self.contract_group_box)
        self.contract_no_line_edit.setObjectName(u"contract_no_line_edit")

        self.contract_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contract_no_line_edit)

        self.contract_signed_label = QLabel(self.contract_group_box)
        self.contract_signed_label.setObjectName(u"contract_signed_label")

        self.contract_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contract_signed_label)

        self.contract_signed_field_layout = QVBoxLayout()
        self.contract_signed_field_layout.setSpacing(2)
        self.contract_signed_field_layout.setObjectName(u"contract_signed_field_layout")
        self.contract_signed_line_edit = QLineEdit(self.contract_group_box)
        self.contract_signed_line_edit.setObjectName(u"contract_signed_line_edit")

        self.contract_signed_field_layout.addWidget(self.contract_signed_line_edit)

        self.contract_signed_error_label = QLabel(self.contract_group_box)
        self.contract_signed_error_label.setObjectName(u"contract_signed_error_label")
        self.contract_signed_error_label.setText(u"")
        self.contract_signed_error_label.setWordWrap(True)

        self.contract_signed_field_layout.addWidget(self.contract_signed_error_label)


        self.contract_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.contract_signed_field_layout)

        self.subject_label = QLabel(self.contract_group_box)
        self.subject_label.setObjectName(u"subject_label")

        self.contract_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_field_layout = QVBoxLayout()
        self.subject_field_layout.setSpacing(2)
        self.subject_field_layout.setObjectName(u"subject_field_layout")
        self.subject_combo = QComboBox(self.contract_group_box)
        self.subject_combo.setObjectName(u"subject_combo")

        self.subject_field_layout.addWidget(self.subject_combo)

        self.subject_error_label = QLabel(self.contract_group_box)
        self.subject_error_label.setObjectName(u"subject_error_label")
        self.subject_error_label.setText(u"")
        self.subject_error_label.setWordWrap(True)

        self.subject_field_layout.addWidget(self.subject_error_label)


        self.contract_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.subject_field_layout)

        self.description_label = QLabel(self.contract_group_box)
        self.description_label.setObjectName(u"description_label")

        self.contract_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_line_edit = QLineEdit(self.contract_group_box)
        self.description_line_edit.setObjectName(u"description_line_edit")

        self.contract_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description_line_edit)

        self.amount_claimed_label = QLabel(self.contract_group_box)
        self.amount_claimed_label.setObjectName(u"amount_claimed_label")

        self.contract_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amount_claimed_label)

        self.amount_claimed_field_layout = QVBoxLayout()
        self.amount_claimed_field_layout.setSpacing(2)
        self.amount_claimed_field_layout.setObjectName(u"amount_claimed_field_layout")
        self.amount_claimed_layout = QHBoxLayout()
        self.amount_claimed_layout.setObjectName(u"amount_claimed_layout")
        self.amount_claimed_line_edit = QLineEdit(self.contract_group_box)
        self.amount_claimed_line_edit.setObjectName(u"amount_claimed_line_edit")

        self.amount_claimed_layout.addWidget(self.amount_claimed_line_edit)

        self.amount_claimed_unit_label = QLabel(self.contract_group_box)
        self.amount_claimed_unit_label.setObjectName(u"amount_claimed_unit_label")

        self.amount_claimed_layout.addWidget(self.amount_claimed_unit_label)


        self.amount_claimed_field_layout.addLayout(self.amount_claimed_layout)

        self.amount_claimed_error_label = QLabel(self.contract_group_box)
        self.amount_claimed_error_label.setObjectName(u"amount_claimed_error_label")
        self.amount_claimed_error_label.setText(u"")
        self.amount_claimed_error_label.setWordWrap(True)

        self.amount_claimed_field_layout.addWidget(self.amount_claimed_error_label)


        self.contract_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.amount_claimed_field_layout)

        self.amount_confirmed_label = QLabel(self.contract_group_box)
        self.amount_confirmed_label.setObjectName(u"amount_confirmed_label")

        self.contract_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amount_confirmed_label)

        self.amount_confirmed_field_layout = QVBoxLayout()
        self.amount_confirmed_field_layout.setSpacing(2)
        self.amount_confirmed_field_layout.setObjectName(u"amount_confirmed_field_layout")
        self.amount_confirmed_layout = QHBoxLayout()
        self.amount_confirmed_layout.setObjectName(u"amount_confirmed_layout")
        self.amount_confirmed_line_edit = QLineEdit(self.contract_group_box)
        self.amount_confirmed_line_edit.setObjectName(u"amount_confirmed_line_edit")

        self.amount_confirmed_layout.addWidget(self.amount_confirmed_line_edit)

        self.amount_confirmed_unit_label = QLabel(self.contract_group_box)
        self.amount_confirmed_unit_label.setObjectName(u"amount_confirmed_unit_label")

        self.amount_confirmed_layout.addWidget(self.amount_confirmed_unit_label)


        self.amount_confirmed_field_layout.addLayout(self.amount_confirmed_layout)

        self.amount_confirmed_error_label = QLabel(self.contract_group_box)
        self.amount_confirmed_error_label.setObjectName(u"amount_confirmed_error_label")
        self.amount_confirmed_error_label.setText(u"")
        self.amount_confirmed_error_label.setWordWrap(True)

        self.amount_confirmed_field_layout.addWidget(self.amount_confirmed_error_label)


        self.contract_form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.amount_confirmed_field_layout)

        self.amount_disputed_label = QLabel(self.contract_group_box)
        self.amount_disputed_label.setObjectName(u"amount_disputed_label")

        self.contract_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.amount_disputed_label)

        self.amount_disputed_field_layout = QVBoxLayout()
        self.amount_disputed_field_layout.setSpacing(2)
        self.amount_disputed_field_layout.setObjectName(u"amount_disputed_field_layout")
        self.amount_disputed_layout = QHBoxLayout()
        self.amount_disputed_layout.setObjectName(u"amount_disputed_layout")
        self.amount_disputed_line_edit = QLineEdit(self.contract_group_box)
        self.amount_disputed_line_edit.setObjectName(u"amount_disputed_line_edit")

        self.amount_disputed_layout.addWidget(self.amount_disputed_line_edit)

        self.amount_disputed_unit_label = QLabel(self.contract_group_box)
        self.amount_disputed_unit_label.setObjectName(u"amount_disputed_unit_label")

        self.amount_disputed_layout.addWidget(self.amount_disputed_unit_label)


        self.amount_disputed_field_layout.addLayout(self.amount_disputed_layout)

        self.amount_disputed_error_label = QLabel(self.contract_group_box)
        self.amount_disputed_error_label.setObjectName(u"amount_disputed_error_label")
        self.amount_disputed_error_label.setText(u"")
        self.amount_disputed_error_label.setWordWrap(True)

        self.amount_disputed_field_layout.addWidget(self.amount_disputed_error_label)


        self.contract_form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.amount_disputed_field_layout)


        self.columns_layout.addWidget(self.contract_group_box)

        self.term_group_box = QGroupBox(ClaimDialog)
        self.term_group_box.setObjectName(u"term_group_box")
        self.term_form_layout = QFormLayout(self.term_group_box)
        self.term_form_layout.setObjectName(u"term_form_layout")
        self.term_form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.term_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.delivered_label = QLabel(self.term_group_box)
        self.delivered_label.setObjectName(u"delivered_label")

        self.term_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.delivered_label)

        self.delivered_field_layout = QVBoxLayout()
        self.delivered_field_layout.setSpacing(2)
        self.delivered_field_layout.setObjectName(u"delivered_field_layout")
        self.delivered_line_edit = QLineEdit(self.term_group_box)
        self.delivered_line_edit.setObjectName(u"delivered_line_edit")

        self.delivered_field_layout.addWidget(self.delivered_line_edit)

        self.delivered_error_label = QLabel(self.term_group_box)
        self.delivered_error_label.setObjectName(u"delivered_error_label")
        self.delivered_error_label.setText(u"")
        self.delivered_error_label.setWordWrap(True)

        self.delivered_field_layout.addWidget(self.delivered_error_label)


        self.term_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.delivered_field_layout)

        self.acceptance_passed_label = QLabel(self.term_group_box)
        self.acceptance_passed_label.setObjectName(u"acceptance_passed_label")

        self.term_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acceptance_passed_label)

        self.acceptance_passed_field_layout = QVBoxLayout()
        self.acceptance_passed_field_layout.setSpacing(2)
        self.acceptance_passed_field_layout.setObjectName(u"acceptance_passed_field_layout")
        self.acceptance_passed_line_edit = QLineEdit(self.term_group_box)
        self.acceptance_passed_line_edit.setObjectName(u"acceptance_passed_line_edit")

        self.acceptance_passed_field_layout.addWidget(self.acceptance_passed_line_edit)

        self.acceptance_passed_error_label = QLabel(self.term_group_box)
        self.acceptance_passed_error_label.setObjectName(u"acceptance_passed_error_label")
        self.acceptance_passed_error_label.setText(u"")
        self.acceptance_passed_error_label.setWordWrap(True)

        self.acceptance_passed_field_layout.addWidget(self.acceptance_passed_error_label)


        self.term_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.acceptance_passed_field_layout)

        self.acceptance_period_ends_label = QLabel(self.term_group_box)
        self.acceptance_period_ends_label.setObjectName(u"acceptance_period_ends_label")

        self.term_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.acceptance_period_ends_label)

        self.acceptance_period_ends_field_layout = QVBoxLayout()
        self.acceptance_period_ends_field_layout.setSpacing(2)
        self.acceptance_period_ends_field_layout.setObjectName(u"acceptance_period_ends_field_layout")
        self.acceptance_period_ends_line_edit = QLineEdit(self.term_group_box)
        self.acceptance_period_ends_line_edit.setObjectName(u"acceptance_period_ends_line_edit")

        self.acceptance_period_ends_field_layout.addWidget(self.acceptance_period_ends_line_edit)

        self.acceptance_period_ends_error_label = QLabel(self.term_group_box)
        self.acceptance_period_ends_error_label.setObjectName(u"acceptance_period_ends_error_label")
        self.acceptance_period_ends_error_label.setText(u"")
        self.acceptance_period_ends_error_label.setWordWrap(True)

        self.acceptance_period_ends_field_layout.addWidget(self.acceptance_period_ends_error_label)


        self.term_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.acceptance_period_ends_field_layout)

        self.settlement_confirmed_label = QLabel(self.term_group_box)
        self.settlement_confirmed_label.setObjectName(u"settlement_confirmed_label")

        self.term_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.settlement_confirmed_label)

        self.settlement_confirmed_field_layout = QVBoxLayout()
        self.settlement_confirmed_field_layout.setSpacing(2)
        self.settlement_confirmed_field_layout.setObjectName(u"settlement_confirmed_field_layout")
        self.settlement_confirmed_line_edit = QLineEdit(self.term_group_box)
        self.settlement_confirmed_line_edit.setObjectName(u"settlement_confirmed_line_edit")

        self.settlement_confirmed_field_layout.addWidget(self.settlement_confirmed_line_edit)

        self.settlement_confirmed_error_label = QLabel(self.term_group_box)
        self.settlement_confirmed_error_label.setObjectName(u"settlement_confirmed_error_label")
        self.settlement_confirmed_error_label.setText(u"")
        self.settlement_confirmed_error_label.setWordWrap(True)

        self.settlement_confirmed_field_layout.addWidget(self.settlement_confirmed_error_label)


        self.term_form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.settlement_confirmed_field_layout)

        self.agreed_term_label = QLabel(self.term_group_box)
        self.agreed_term_label.setObjectName(u"agreed_term_label")

        self.term_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.agreed_term_label)

        self.agreed_term_field_layout = QVBoxLayout()
        self.agreed_term_field_layout.setSpacing(2)
        self.agreed_term_field_layout.setObjectName(u"agreed_term_field_layout")
        self.agreed_term_layout = QHBoxLayout()
        self.agreed_term_layout.setObjectName(u"agreed_term_layout")
        self.agreed_term_line_edit = QLineEdit(self.term_group_box)
        self.agreed_term_line_edit.setObjectName(u"agreed_term_line_edit")

        self.agreed_term_layout.addWidget(self.agreed_term_line_edit)

        self.agreed_term_unit_label = QLabel(self.term_group_box)
        self.agreed_term_unit_label.setObjectName(u"agreed_term_unit_label")

        self.agreed_term_layout.addWidget(self.agreed_term_unit_label)


        self.agreed_term_field_layout.addLayout(self.agreed_term_layout)

        self.agreed_term_error_label = QLabel(self.term_group_box)
        self.agreed_term_error_label.setObjectName(u"agreed_term_error_label")
        self.agreed_term_error_label.setText(u"")
        self.agreed_term_error_label.setWordWrap(True)

        self.agreed_term_field_layout.addWidget(self.agreed_term_error_label)


        self.term_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.agreed_term_field_layout)

        self.agreed_rate_label = QLabel(self.term_group_box)
        self.agreed_rate_label.setObjectName(u"agreed_rate_label")

        self.term_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreed_rate_label)

        self.agreed_rate_field_layout = QVBoxLayout()
        self.agreed_rate_field_layout.setSpacing(2)
        self.agreed_rate_field_layout.setObjectName(u"agreed_rate_field_layout")
        self.agreed_rate_layout = QHBoxLayout()
        self.agreed_rate_layout.setObjectName(u"agreed_rate_layout")
        self.agreed_rate_line_edit = QLineEdit(self.term_group_box)
        self.agreed_rate_line_edit.setObjectName(u"agreed_rate_line_edit")

        self.agreed_rate_layout.addWidget(self.agreed_rate_line_edit)

        self.agreed_rate_unit_label = QLabel(self.term_group_box)
        self.agreed_rate_unit_label.setObjectName(u"agreed_rate_unit_label")

        self.agreed_rate_layout.addWidget(self.agreed_rate_unit_label)


        self.agreed_rate_field_layout.addLayout(self.agreed_rate_layout)

        self.agreed_rate_error_label = QLabel(self.term_group_box)
        self.agreed_rate_error_label.setObjectName(u"agreed_rate_error_label")
        self.agreed_rate_error_label.setText(u"")
        self.agreed_rate_error_label.setWordWrap(True)

        self.agreed_rate_field_layout.addWidget(self.agreed_rate_error_label)


        self.term_form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.agreed_rate_field_layout)

        self.term_hint_label = QLabel(self.term_group_box)
        self.term_hint_label.setObjectName(u"term_hint_label")
        self.term_hint_label.setWordWrap(True)

        self.term_form_layout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.term_hint_label)


        self.columns_layout.addWidget(self.term_group_box)


        self.main_layout.addLayout(self.columns_layout)

        self.size_group_box = QGroupBox(ClaimDialog)
        self.size_group_box.setObjectName(u"size_group_box")
        self.size_grid_layout = QGridLayout(self.size_group_box)
        self.size_grid_layout.setObjectName(u"size_grid_layout")
        self.size_employees_label = QLabel(self.size_group_box)
        self.size_employees_label.setObjectName(u"size_employees_label")

        self.size_grid_layout.addWidget(self.size_employees_label, 0, 0, 1, 1)

        self.size_employees_input_layout = QHBoxLayout()
        self.size_employees_input_layout.setObjectName(u"size_employees_input_layout")
        self.size_employees_line_edit = QLineEdit(self.size_group_box)
        self.size_employees_line_edit.setObjectName(u"size_employees_line_edit")

        self.size_employees_input_layout.addWidget(self.size_employees_line_edit)

        self.size_employees_unit_label = QLabel(self.size_group_box)
        self.size_employees_unit_label.setObjectName(u"size_employees_unit_label")

        self.size_employees_input_layout.addWidget(self.size_employees_unit_label)


        self.size_grid_layout.addLayout(self.size_employees_input_layout, 1, 0, 1, 1)

        self.size_employees_error_label = QLabel(self.size_group_box)
        self.size_employees_error_label.setObjectName(u"size_employees_error_label")
        self.size_employees_error_label.setText(u"")
        self.size_employees_error_label.setWordWrap(True)

        self.size_grid_layout.addWidget(self.size_employees_error_label, 2, 0, 1, 1)

        self.size_revenue_label = QLabel(self.size_group_box)
        self.size_revenue_label.setObjectName(u"size_revenue_label")

        self.size_grid_layout.addWidget(self.size_revenue_label, 0, 1, 1, 1)

        self.size_revenue_input_layout = QHBoxLayout()
        self.size_revenue_input_layout.setObjectName(u"size_revenue_input_layout")
        self.size_revenue_line_edit = QLineEdit(self.size_group_box)
        self.size_revenue_line_edit.setObjectName(u"size_revenue_line_edit")

        self.size_revenue_input_layout.addWidget(self.size_revenue_line_edit)

        self.size_revenue_unit_label = QLabel(self.size_group_box)
        self.size_revenue_unit_label.setObjectName(u"size_revenue_unit_label")

        self.size_revenue_input_layout.addWidget(self.size_revenue_unit_label)


        self.size_grid_layout.addLayout(self.size_revenue_input_layout, 1, 1, 1, 1)

        self.size_revenue_error_label = QLabel(self.size_group_box)
        self.size_revenue_error_label.setObjectName(u"size_revenue_error_label")
        self.size_revenue_error_label.setText(u"")
        self.size_revenue_error_label.setWordWrap(True)

        self.size_grid_layout.addWidget(self.size_revenue_error_label, 2, 1, 1, 1)

        self.size_assets_label = QLabel(self.size_group_box)
        self.size_assets_label.setObjectName(u"size_assets_label")

        self.size_grid_layout.addWidget(self.size_assets_label, 0, 2, 1, 1)

        self.size_assets_input_layout = QHBoxLayout()
        self.size_assets_input_layout.setObjectName(u"size_assets_input_layout")
        self.size_assets_line_edit = QLineEdit(self.size_group_box)
        self.size_assets_line_edit.setObjectName(u"size_assets_line_edit")

        self.size_assets_input_layout.addWidget(self.size_assets_line_edit)

        self.size_assets_unit_label = QLabel(self.size_group_box)
        self.size_assets_unit_label.setObjectName(u"size_assets_unit_label")

        self.size_assets_input_layout.addWidget(self.size_assets_unit_label)


        self.size_grid_layout.addLayout(self.size_assets_input_layout, 1, 2, 1, 1)

        self.size_assets_error_label = QLabel(self.size_group_box)
        self.size_assets_error_label.setObjectName(u"size_assets_error_label")
        self.size_assets_error_label.setText(u"")
        self.size_assets_error_label.setWordWrap(True)

        self.size_grid_layout.addWidget(self.size_assets_error_label, 2, 2, 1, 1)

        self.size_label = QLabel(self.size_group_box)
        self.size_label.setObjectName(u"size_label")
        self.size_label.setText(u"")
        self.size_label.setWordWrap(True)

        self.size_grid_layout.addWidget(self.size_label, 3, 0, 1, 3)

        self.size_hint_label = QLabel(self.size_group_box)
        self.size_hint_label.setObjectName(u"size_hint_label")
        self.size_hint_label.setWordWrap(True)

        self.size_grid_layout.addWidget(self.size_hint_label, 4, 0, 1, 3)


        self.main_layout.addWidget(self.size_group_box)

        self.form_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.form_spacer)

        self.notice_label = QLabel(ClaimDialog)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setText(u"")

        self.main_layout.addWidget(self.notice_label)

        self.general_error_label = QLabel(ClaimDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(ClaimDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(ClaimDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.contract_no_label.setBuddy(self.contract_no_line_edit)
        self.contract_signed_label.setBuddy(self.contract_signed_line_edit)
        self.subject_label.setBuddy(self.subject_combo)
        self.description_label.setBuddy(self.description_line_edit)
        self.amount_claimed_label.setBuddy(self.amount_claimed_line_edit)
        self.amount_confirmed_label.setBuddy(self.amount_confirmed_line_edit)
        self.amount_disputed_label.setBuddy(self.amount_disputed_line_edit)
        self.delivered_label.setBuddy(self.delivered_line_edit)
        self.acceptance_passed_label.setBuddy(self.acceptance_passed_line_edit)
        self.acceptance_period_ends_label.setBuddy(self.acceptance_period_ends_line_edit)
        self.settlement_confirmed_label.setBuddy(self.settlement_confirmed_line_edit)
        self.agreed_term_label.setBuddy(self.agreed_term_line_edit)
        self.agreed_rate_label.setBuddy(self.agreed_rate_line_edit)
        self.size_employees_label.setBuddy(self.size_employees_line_edit)
        self.size_revenue_label.setBuddy(self.size_revenue_line_edit)
        self.size_assets_label.setBuddy(self.size_assets_line_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.contract_no_line_edit, self.contract_signed_line_edit)
        QWidget.setTabOrder(self.contract_signed_line_edit, self.subject_combo)
        QWidget.setTabOrder(self.subject_combo, self.description_line_edit)
        QWidget.setTabOrder(self.description_line_edit, self.amount_claimed_line_edit)
        QWidget.setTabOrder(self.amount_claimed_line_edit, self.amount_confirmed_line_edit)
        QWidget.setTabOrder(self.amount_confirmed_line_edit, self.amount_disputed_line_edit)
        QWidget.setTabOrder(self.amount_disputed_line_edit, self.delivered_line_edit)
        QWidget.setTabOrder(self.delivered_line_edit, self.acceptance_passed_line_edit)
        QWidget.setTabOrder(self.acceptance_passed_line_edit, self.acceptance_period_ends_line_edit)
        QWidget.setTabOrder(self.acceptance_period_ends_line_edit, self.settlement_confirmed_line_edit)
        QWidget.setTabOrder(self.settlement_confirmed_line_edit, self.agreed_term_line_edit)
        QWidget.setTabOrder(self.agreed_term_line_edit, self.agreed_rate_line_edit)
        QWidget.setTabOrder(self.agreed_rate_line_edit, self.size_employees_line_edit)
        QWidget.setTabOrder(self.size_employees_line_edit, self.size_revenue_line_edit)
        QWidget.setTabOrder(self.size_revenue_line_edit, self.size_assets_line_edit)
        QWidget.setTabOrder(self.size_assets_line_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ClaimDialog)

        QMetaObject.connectSlotsByName(ClaimDialog)
    # setupUi

    def retranslateUi(self, ClaimDialog):
        ClaimDialog.setWindowTitle(QCoreApplication.translate("ClaimDialog", u"Arrears claim", None))
        self.contract_group_box.setTitle(QCoreApplication.translate("ClaimDialog", u"Contract and amounts", None))
        self.contract_no_label.setText(QCoreApplication.translate("ClaimDialog", u"Contract &no.:", None))
        self.contract_signed_label.setText(QCoreApplication.translate("ClaimDialog", u"&Signed on:", None))
        self.contract_signed_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"yyyy-mm-dd", None))
        self.subject_label.setText(QCoreApplication.translate("ClaimDialog", u"Su&bject:", None))
        self.description_label.setText(QCoreApplication.translate("ClaimDialog", u"&Description:", None))
        self.description_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"What was supplied or built", None))
        self.amount_claimed_label.setText(QCoreApplication.translate("ClaimDialog", u"&Amount owed:", None))
        self.amount_claimed_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"e.g. 128000.00", None))
        self.amount_claimed_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"yuan", None))
        self.amount_confirmed_label.setText(QCoreApplication.translate("ClaimDialog", u"Con&firmed by debtor:", None))
        self.amount_confirmed_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"yuan", None))
        self.amount_disputed_label.setText(QCoreApplication.translate("ClaimDialog", u"Dis&puted:", None))
        self.amount_disputed_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"yuan", None))
        self.term_group_box.setTitle(QCoreApplication.translate("ClaimDialog", u"Payment term", None))
        self.delivered_label.setText(QCoreApplication.translate("ClaimDialog", u"De&livered on:", None))
        self.delivered_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"yyyy-mm-dd", None))
        self.acceptance_passed_label.setText(QCoreApplication.translate("ClaimDialog", u"Acceptance &passed:", None))
        self.acceptance_passed_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"yyyy-mm-dd", None))
        self.acceptance_period_ends_label.setText(QCoreApplication.translate("ClaimDialog", u"Acceptance period &ends:", None))
        self.acceptance_period_ends_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"yyyy-mm-dd", None))
        self.settlement_confirmed_label.setText(QCoreApplication.translate("ClaimDialog", u"Settlement &confirmed:", None))
        self.settlement_confirmed_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"yyyy-mm-dd", None))
        self.agreed_term_label.setText(QCoreApplication.translate("ClaimDialog", u"Agreed &term:", None))
        self.agreed_term_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"empty: the statutory term", None))
        self.agreed_term_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"days", None))
        self.agreed_rate_label.setText(QCoreApplication.translate("ClaimDialog", u"Agreed &rate:", None))
        self.agreed_rate_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"empty: 0.05 % a day", None))
        self.agreed_rate_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"% a year", None))
        self.term_hint_label.setText(QCoreApplication.translate("ClaimDialog", u"The payment term runs from delivery; from the passed acceptance when the contract makes acceptance a condition (or from the end of the agreed acceptance period if the debtor delays it); from the confirmed settlement for staged settlement.", None))
        self.size_group_box.setTitle(QCoreApplication.translate("ClaimDialog", u"Complainant's size when the contract was signed (optional)", None))
        self.size_employees_label.setText(QCoreApplication.translate("ClaimDialog", u"&Employees at signing:", None))
        self.size_employees_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"e.g. 45", None))
        self.size_employees_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"persons", None))
        self.size_revenue_label.setText(QCoreApplication.translate("ClaimDialog", u"&Revenue at signing:", None))
        self.size_revenue_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"e.g. 900", None))
        self.size_revenue_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"10,000 yuan", None))
        self.size_assets_label.setText(QCoreApplication.translate("ClaimDialog", u"Total &assets at signing:", None))
        self.size_assets_line_edit.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"e.g. 1200", None))
        self.size_assets_unit_label.setText(QCoreApplication.translate("ClaimDialog", u"10,000 yuan", None))
        self.size_hint_label.setText(QCoreApplication.translate("ClaimDialog", u"The size that counts is the one when the contract was signed (Payment Regulation art. 3(2)). Leave these empty when only today's figures are known: the claim then records the size inferred from the figures at complaint time (\u4ee5\u6295\u8bc9\u65f6\u89c4\u6a21\u63a8\u5b9a).", None))
        self.save_button.setText(QCoreApplication.translate("ClaimDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("ClaimDialog", u"Cancel", None))
    # retranslateUi

