# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QVBoxLayout, QWidget)

from complaintdesk.ui.date_line_edit import DateLineEdit

class Ui_RegistrationDialog(object):
    def setupUi(self, RegistrationDialog):
        if not RegistrationDialog.objectName():
            RegistrationDialog.setObjectName(u"RegistrationDialog")
        RegistrationDialog.resize(1020, 710)
        RegistrationDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(RegistrationDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.parties_layout = QHBoxLayout()
        self.parties_layout.setSpacing(12)
        self.parties_layout.setObjectName(u"parties_layout")
        self.complainant_group_box = QGroupBox(RegistrationDialog)
        self.complainant_group_box.setObjectName(u"complainant_group_box")
        self.complainant_form_layout = QFormLayout(self.complainant_group_box)
        self.complainant_form_layout.setObjectName(u"complainant_form_layout")
        self.complainant_form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.complainant_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.complainant_name_label = QLabel(self.complainant_group_box)
        self.complainant_name_label.setObjectName(u"complainant_name_label")

        self.complainant_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.complainant_name_label)

        self.complainant_name_field_layout = QVBoxLayout()
        self.complainant_name_field_layout.setSpacing(2)
        self.complainant_name_field_layout.setObjectName(u"complainant_name_field_layout")
        self.complainant_name_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_name_line_edit.setObjectName(u"complainant_name_line_edit")

        self.complainant_name_field_layout.addWidget(self.complainant_name_line_edit)

        self.complainant_name_error_label = QLabel(self.complainant_group_box)
        self.complainant_name_error_label.setObjectName(u"complainant_name_error_label")
        self.complainant_name_error_label.setText(u"")
        self.complainant_name_error_label.setWordWrap(True)

        self.complainant_name_field_layout.addWidget(self.complainant_name_error_label)


        self.complainant_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.complainant_name_field_layout)

        self.complainant_matches_list = QListWidget(self.complainant_group_box)
        self.complainant_matches_list.setObjectName(u"complainant_matches_list")
        self.complainant_matches_list.setMaximumSize(QSize(16777215, 110))
        self.complainant_matches_list.setAlternatingRowColors(True)

        self.complainant_form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.complainant_matches_list)

        self.complainant_picked_layout = QHBoxLayout()
        self.complainant_picked_layout.setObjectName(u"complainant_picked_layout")
        self.complainant_picked_label = QLabel(self.complainant_group_box)
        self.complainant_picked_label.setObjectName(u"complainant_picked_label")
        self.complainant_picked_label.setText(u"")
        self.complainant_picked_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.complainant_picked_label.sizePolicy().hasHeightForWidth())
        self.complainant_picked_label.setSizePolicy(sizePolicy)

        self.complainant_picked_layout.addWidget(self.complainant_picked_label)

        self.complainant_new_button = QPushButton(self.complainant_group_box)
        self.complainant_new_button.setObjectName(u"complainant_new_button")

        self.complainant_picked_layout.addWidget(self.complainant_new_button)


        self.complainant_form_layout.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.complainant_picked_layout)

        self.complainant_uscc_label = QLabel(self.complainant_group_box)
        self.complainant_uscc_label.setObjectName(u"complainant_uscc_label")

        self.complainant_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.complainant_uscc_label)

        self.complainant_uscc_field_layout = QVBoxLayout()
        self.complainant_uscc_field_layout.setSpacing(2)
        self.complainant_uscc_field_layout.setObjectName(u"complainant_uscc_field_layout")
        self.complainant_uscc_layout = QHBoxLayout()
        self.complainant_uscc_layout.setObjectName(u"complainant_uscc_layout")
        self.complainant_uscc_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_uscc_line_edit.setObjectName(u"complainant_uscc_line_edit")
        self.complainant_uscc_line_edit.setMaxLength(24)

        self.complainant_uscc_layout.addWidget(self.complainant_uscc_line_edit)

        self.complainant_uscc_mark_label = QLabel(self.complainant_group_box)
        self.complainant_uscc_mark_label.setObjectName(u"complainant_uscc_mark_label")
        self.complainant_uscc_mark_label.setMinimumSize(QSize(20, 0))
        self.complainant_uscc_mark_label.setText(u"")

        self.complainant_uscc_layout.addWidget(self.complainant_uscc_mark_label)


        self.complainant_uscc_field_layout.addLayout(self.complainant_uscc_layout)

        self.complainant_uscc_error_label = QLabel(self.complainant_group_box)
        self.complainant_uscc_error_label.setObjectName(u"complainant_uscc_error_label")
        self.complainant_uscc_error_label.setText(u"")
        self.complainant_uscc_error_label.setWordWrap(True)

        self.complainant_uscc_field_layout.addWidget(self.complainant_uscc_error_label)


        self.complainant_form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.complainant_uscc_field_layout)

        self.complainant_industry_label = QLabel(self.complainant_group_box)
        self.complainant_industry_label.setObjectName(u"complainant_industry_label")

        self.complainant_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.complainant_industry_label)

        self.complainant_industry_field_layout = QVBoxLayout()
        self.complainant_industry_field_layout.setSpacing(2)
        self.complainant_industry_field_layout.setObjectName(u"complainant_industry_field_layout")
        self.complainant_industry_combo = QComboBox(self.complainant_group_box)
        self.complainant_industry_combo.setObjectName(u"complainant_industry_combo")

        self.complainant_industry_field_layout.addWidget(self.complainant_industry_combo)

        self.complainant_industry_error_label = QLabel(self.complainant_group_box)
        self.complainant_industry_error_label.setObjectName(u"complainant_industry_error_label")
        self.complainant_industry_error_label.setText(u"")
        self.complainant_industry_error_label.setWordWrap(True)

        self.complainant_industry_field_layout.addWidget(self.complainant_industry_error_label)


        self.complainant_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.complainant_industry_field_layout)

        self.complainant_employees_label = QLabel(self.complainant_group_box)
        self.complainant_employees_label.setObjectName(u"complainant_employees_label")

        self.complainant_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.complainant_employees_label)

        self.complainant_employees_field_layout = QVBoxLayout()
        self.complainant_employees_field_layout.setSpacing(2)
        self.complainant_employees_field_layout.setObjectName(u"complainant_employees_field_layout")
        self.complainant_employees_layout = QHBoxLayout()
        self.complainant_employees_layout.setObjectName(u"complainant_employees_layout")
        self.complainant_employees_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_employees_line_edit.setObjectName(u"complainant_employees_line_edit")
        self.complainant_employees_line_edit.setMaximumSize(QSize(130, 16777215))

        self.complainant_employees_layout.addWidget(self.complainant_employees_line_edit)

        self.complainant_employees_unit_label = QLabel(self.complainant_group_box)
        self.complainant_employees_unit_label.setObjectName(u"complainant_employees_unit_label")

        self.complainant_employees_layout.addWidget(self.complainant_employees_unit_label)

        self.complainant_employees_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.complainant_employees_layout.addItem(self.complainant_employees_spacer)


        self.complainant_employees_field_layout.addLayout(self.complainant_employees_layout)

        self.complainant_employees_error_label = QLabel(self.complainant_group_box)
        self.complainant_employees_error_label.setObjectName(u"complainant_employees_error_label")
        self.complainant_employees_error_label.setText(u"")
        self.complainant_employees_error_label.setWordWrap(True)

        self.complainant_employees_field_layout.addWidget(self.complainant_employees_error_label)


        self.complainant_form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.complainant_employees_field_layout)

        self.complainant_revenue_label = QLabel(self.complainant_group_box)
        self.complainant_revenue_label.setObjectName(u"complainant_revenue_label")

        self.complainant_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.complainant_revenue_label)

        self.complainant_revenue_field_layout = QVBoxLayout()
        self.complainant_revenue_field_layout.setSpacing(2)
        self.complainant_revenue_field_layout.setObjectName(u"complainant_revenue_field_layout")
        self.complainant_revenue_layout = QHBoxLayout()
        self.complainant_revenue_layout.setObjectName(u"complainant_revenue_layout")
        self.complainant_revenue_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_revenue_line_edit.setObjectName(u"complainant_revenue_line_edit")
        self.complainant_revenue_line_edit.setMaximumSize(QSize(130, 16777215))

        self.complainant_revenue_layout.addWidget(self.complainant_revenue_line_edit)

        self.complainant_revenue_unit_label = QLabel(self.complainant_group_box)
        self.complainant_revenue_unit_label.setObjectName(u"complainant_revenue_unit_label")

        self.complainant_revenue_layout.addWidget(self.complainant_revenue_unit_label)

        self.complainant_revenue_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.complainant_revenue_layout.addItem(self.complainant_revenue_spacer)


        self.complainant_revenue_field_layout.addLayout(self.complainant_revenue_layout)

        self.complainant_revenue_error_label = QLabel(self.complainant_group_box)
        self.complainant_revenue_error_label.setObjectName(u"complainant_revenue_error_label")
        self.complainant_revenue_error_label.setText(u"")
        self.complainant_revenue_error_label.setWordWrap(True)

        self.complainant_revenue_field_layout.addWidget(self.complainant_revenue_error_label)


        self.complainant_form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.complainant_revenue_field_layout)

        self.complainant_assets_label = QLabel(self.complainant_group_box)
        self.complainant_assets_label.setObjectName(u"complainant_assets_label")

        self.complainant_form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.complainant_assets_label)

        self.complainant_assets_field_layout = QVBoxLayout()
        self.complainant_assets_field_layout.setSpacing(2)
        self.complainant_assets_field_layout.setObjectName(u"complainant_assets_field_layout")
        self.complainant_assets_layout = QHBoxLayout()
        self.complainant_assets_layout.setObjectName(u"complainant_assets_layout")
        self.complainant_assets_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_assets_line_edit.setObjectName(u"complainant_assets_line_edit")
        self.complainant_assets_line_edit.setMaximumSize(QSize(130, 16777215))

        self.complainant_assets_layout.addWidget(self.complainant_assets_line_edit)

        self.complainant_assets_unit_label = QLabel(self.complainant_group_box)
        self.complainant_assets_unit_label.setObjectName(u"complainant_assets_unit_label")

        self.complainant_assets_layout.addWidget(self.complainant_assets_unit_label)

        self.complainant_assets_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.complainant_assets_layout.addItem(self.complainant_assets_spacer)


        self.complainant_assets_field_layout.addLayout(self.complainant_assets_layout)

        self.complainant_assets_error_label = QLabel(self.complainant_group_box)
        self.complainant_assets_error_label.setObjectName(u"complainant_assets_error_label")
        self.complainant_assets_error_label.setText(u"")
        self.complainant_assets_error_label.setWordWrap(True)

        self.complainant_assets_field_layout.addWidget(self.complainant_assets_error_label)


        self.complainant_form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.complainant_assets_field_layout)

        self.size_caption_label = QLabel(self.complainant_group_box)
        self.size_caption_label.setObjectName(u"size_caption_label")

        self.complainant_form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.size_caption_label)

        self.size_layout = QVBoxLayout()
        self.size_layout.setSpacing(2)
        self.size_layout.setObjectName(u"size_layout")
        self.size_label = QLabel(self.complainant_group_box)
        self.size_label.setObjectName(u"size_label")
        self.size_label.setText(u"")
        self.size_label.setTextFormat(Qt.TextFormat.PlainText)

        self.size_layout.addWidget(self.size_label)

        self.size_basis_label = QLabel(self.complainant_group_box)
        self.size_basis_label.setObjectName(u"size_basis_label")
        self.size_basis_label.setText(u"")
        self.size_basis_label.setWordWrap(True)
        self.size_basis_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.size_layout.addWidget(self.size_basis_label)


        self.complainant_form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.size_layout)

        self.complainant_township_label = QLabel(self.complainant_group_box)
        self.complainant_township_label.setObjectName(u"complainant_township_label")

        self.complainant_form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.complainant_township_label)

        self.complainant_township_field_layout = QVBoxLayout()
        self.complainant_township_field_layout.setSpacing(2)
        self.complainant_township_field_layout.setObjectName(u"complainant_township_field_layout")
        self.complainant_township_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_township_line_edit.setObjectName(u"complainant_township_line_edit")

        self.complainant_township_field_layout.addWidget(self.complainant_township_line_edit)

        self.complainant_township_error_label = QLabel(self.complainant_group_box)
        self.complainant_township_error_label.setObjectName(u"complainant_township_error_label")
        self.complainant_township_error_label.setText(u"")
        self.complainant_township_error_label.setWordWrap(True)

        self.complainant_township_field_layout.addWidget(self.complainant_township_error_label)


        self.complainant_form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.complainant_township_field_layout)

        self.complainant_address_label = QLabel(self.complainant_group_box)
        self.complainant_address_label.setObjectName(u"complainant_address_label")

        self.complainant_form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.complainant_address_label)

        self.complainant_address_field_layout = QVBoxLayout()
        self.complainant_address_field_layout.setSpacing(2)
        self.complainant_address_field_layout.setObjectName(u"complainant_address_field_layout")
        self.complainant_address_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_address_line_edit.setObjectName(u"complainant_address_line_edit")

        self.complainant_address_field_layout.addWidget(self.complainant_address_line_edit)

        self.complainant_address_error_label = QLabel(self.complainant_group_box)
        self.complainant_address_error_label.setObjectName(u"complainant_address_error_label")
        self.complainant_address_error_label.setText(u"")
        self.complainant_address_error_label.setWordWrap(True)

        self.complainant_address_field_layout.addWidget(self.complainant_address_error_label)


        self.complainant_form_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.complainant_address_field_layout)

        self.complainant_contact_label = QLabel(self.complainant_group_box)
        self.complainant_contact_label.setObjectName(u"complainant_contact_label")

        self.complainant_form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.complainant_contact_label)

        self.complainant_contact_field_layout = QVBoxLayout()
        self.complainant_contact_field_layout.setSpacing(2)
        self.complainant_contact_field_layout.setObjectName(u"complainant_contact_field_layout")
        self.complainant_contact_layout = QHBoxLayout()
        self.complainant_contact_layout.setObjectName(u"complainant_contact_layout")
        self.complainant_contact_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_contact_line_edit.setObjectName(u"complainant_contact_line_edit")

        self.complainant_contact_layout.addWidget(self.complainant_contact_line_edit)

        self.complainant_phone_label = QLabel(self.complainant_group_box)
        self.complainant_phone_label.setObjectName(u"complainant_phone_label")

        self.complainant_contact_layout.addWidget(self.complainant_phone_label)

        self.complainant_phone_line_edit = QLineEdit(self.complainant_group_box)
        self.complainant_phone_line_edit.setObjectName(u"complainant_phone_line_edit")

        self.complainant_contact_layout.addWidget(self.complainant_phone_line_edit)


        self.complainant_contact_field_layout.addLayout(self.complainant_contact_layout)

        self.complainant_contact_error_label = QLabel(self.complainant_group_box)
        self.complainant_contact_error_label.setObjectName(u"complainant_contact_error_label")
        self.complainant_contact_error_label.setText(u"")
        self.complainant_contact_error_label.setWordWrap(True)

        self.complainant_contact_field_layout.addWidget(self.complainant_contact_error_label)


        self.complainant_form_layout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.complainant_contact_field_layout)


        self.parties_layout.addWidget(self.complainant_group_box)

        self.respondent_group_box = QGroupBox(RegistrationDialog)
        self.respondent_group_box.setObjectName(u"respondent_group_box")
        self.respondent_form_layout = QFormLayout(self.respondent_group_box)
        self.respondent_form_layout.setObjectName(u"respondent_form_layout")
        self.respondent_form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.respondent_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.respondent_name_label = QLabel(self.respondent_group_box)
        self.respondent_name_label.setObjectName(u"respondent_name_label")

        self.respondent_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.respondent_name_label)

        self.respondent_name_field_layout = QVBoxLayout()
        self.respondent_name_field_layout.setSpacing(2)
        self.respondent_name_field_layout.setObjectName(u"respondent_name_field_layout")
        self.respondent_name_line_edit = QLineEdit(self.respondent_group_box)
        self.respondent_name_line_edit.setObjectName(u"respondent_name_line_edit")

        self.respondent_name_field_layout.addWidget(self.respondent_name_line_edit)

        self.respondent_name_error_label = QLabel(self.respondent_group_box)
        self.respondent_name_error_label.setObjectName(u"respondent_name_error_label")
        self.respondent_name_error_label.setText(u"")
        self.respondent_name_error_label.setWordWrap(True)

        self.respondent_name_field_layout.addWidget(self.respondent_name_error_label)


        self.respondent_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.respondent_name_field_layout)

        self.respondent_matches_list = QListWidget(self.respondent_group_box)
        self.respondent_matches_list.setObjectName(u"respondent_matches_list")
        self.respondent_matches_list.setMaximumSize(QSize(16777215, 110))
        self.respondent_matches_list.setAlternatingRowColors(True)

        self.respondent_form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.respondent_matches_list)

        self.respondent_picked_layout = QHBoxLayout()
        self.respondent_picked_layout.setObjectName(u"respondent_picked_layout")
        self.respondent_picked_label = QLabel(self.respondent_group_box)
        self.respondent_picked_label.setObjectName(u"respondent_picked_label")
        self.respondent_picked_label.setText(u"")
        self.respondent_picked_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.respondent_picked_label.sizePolicy().hasHeightForWidth())
        self.respondent_picked_label.setSizePolicy(sizePolicy)

        self.respondent_picked_layout.addWidget(self.respondent_picked_label)

        self.respondent_new_button = QPushButton(self.respondent_group_box)
        self.respondent_new_button.setObjectName(u"respondent_new_button")

        self.respondent_picked_layout.addWidget(self.respondent_new_button)


        self.respondent_form_layout.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.respondent_picked_layout)

        self.respondent_uscc_label = QLabel(self.respondent_group_box)
        self.respondent_uscc_label.setObjectName(u"respondent_uscc_label")

        self.respondent_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.respondent_uscc_label)

        self.respondent_uscc_field_layout = QVBoxLayout()
        self.respondent_uscc_field_layout.setSpacing(2)
        self.respondent_uscc_field_layout.setObjectName(u"respondent_uscc_field_layout")
        self.respondent_uscc_layout = QHBoxLayout()
        self.respondent_uscc_layout.setObjectName(u"respondent_uscc_layout")
        self.respondent_uscc_line_edit = QLineEdit(self.respondent_group_box)
        self.respondent_uscc_line_edit.setObjectName(u"respondent_uscc_line_edit")
        self.respondent_uscc_line_edit.setMaxLength(24)

        self.respondent_uscc_layout.addWidget(self.respondent_uscc_line_edit)

        self.respondent_uscc_mark_label = QLabel(self.respondent_group_box)
        self.respondent_uscc_mark_label.setObjectName(u"respondent_uscc_mark_label")
        self.respondent_uscc_mark_label.setMinimumSize(QSize(20, 0))
        self.respondent_uscc_mark_label.setText(u"")

        self.respondent_uscc_layout.addWidget(self.respondent_uscc_mark_label)


        self.respondent_uscc_field_layout.addLayout(self.respondent_uscc_layout)

        self.respondent_uscc_error_label = QLabel(self.respondent_group_box)
        self.respondent_uscc_error_label.setObjectName(u"respondent_uscc_error_label")
        self.respondent_uscc_error_label.setText(u"")
        self.respondent_uscc_error_label.setWordWrap(True)

        self.respondent_uscc_field_layout.addWidget(self.respondent_uscc_error_label)


        self.respondent_form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.respondent_uscc_field_layout)

        self.respondent_kind_label = QLabel(self.respondent_group_box)
        self.respondent_kind_label.setObjectName(u"respondent_kind_label")

        self.respondent_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.respondent_kind_label)

        self.respondent_kind_field_layout = QVBoxLayout()
        self.respondent_kind_field_layout.setSpacing(2)
        self.respondent_kind_field_layout.setObjectName(u"respondent_kind_field_layout")
        self.respondent_kind_layout = QHBoxLayout()
        self.respondent_kind_layout.setObjectName(u"respondent_kind_layout")
        self.respondent_kind_combo = QComboBox(self.respondent_group_box)
        self.respondent_kind_combo.setObjectName(u"respondent_kind_combo")

        self.respondent_kind_layout.addWidget(self.respondent_kind_combo)

        self.respondent_kind_hint_label = QLabel(self.respondent_group_box)
        self.respondent_kind_hint_label.setObjectName(u"respondent_kind_hint_label")
        self.respondent_kind_hint_label.setText(u"")
        self.respondent_kind_hint_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.respondent_kind_hint_label.sizePolicy().hasHeightForWidth())
        self.respondent_kind_hint_label.setSizePolicy(sizePolicy)

        self.respondent_kind_layout.addWidget(self.respondent_kind_hint_label)


        self.respondent_kind_field_layout.addLayout(self.respondent_kind_layout)

        self.respondent_kind_error_label = QLabel(self.respondent_group_box)
        self.respondent_kind_error_label.setObjectName(u"respondent_kind_error_label")
        self.respondent_kind_error_label.setText(u"")
        self.respondent_kind_error_label.setWordWrap(True)

        self.respondent_kind_field_layout.addWidget(self.respondent_kind_error_label)


        self.respondent_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.respondent_kind_field_layout)

        self.respondent_address_label = QLabel(self.respondent_group_box)
        self.respondent_address_label.setObjectName(u"respondent_address_label")

        self.respondent_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.respondent_address_label)

        self.respondent_address_field_layout = QVBoxLayout()
        self.respondent_address_field_layout.setSpacing(2)
        self.respondent_address_field_layout.setObjectName(u"respondent_address_field_layout")
        self.respondent_address_line_edit = QLineEdit(self.respondent_group_box)
        self.respondent_address_line_edit.setObjectName(u"respondent_address_line_edit")

        self.respondent_address_field_layout.addWidget(self.respondent_address_line_edit)

        self.respondent_address_error_label = QLabel(self.respondent_group_box)
        self.respondent_address_error_label.setObjectName(u"respondent_address_error_label")
        self.respondent_address_error_label.setText(u"")
        self.respondent_address_error_label.setWordWrap(True)

        self.respondent_address_field_layout.addWidget(self.respondent_address_error_label)


        self.respondent_form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.respondent_address_field_layout)

        self.respondent_contact_label = QLabel(self.respondent_group_box)
        self.respondent_contact_label.setObjectName(u"respondent_contact_label")

        self.respondent_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.respondent_contact_label)

        self.respondent_contact_field_layout = QVBoxLayout()
        self.respondent_contact_field_layout.setSpacing(2)
        self.respondent_contact_field_layout.setObjectName(u"respondent_contact_field_layout")
        self.respondent_contact_layout = QHBoxLayout()
        self.respondent_contact_layout.setObjectName(u"respondent_contact_layout")
        self.respondent_contact_line_edit = QLineEdit(self.respondent_group_box)
        self.respondent_contact_line_edit.setObjectName(u"respondent_contact_line_edit")

        self.respondent_contact_layout.addWidget(self.respondent_contact_line_edit)

        self.respondent_phone_label = QLabel(self.respondent_group_box)
        self.respondent_phone_label.setObjectName(u"respondent_phone_label")

        self.respondent_contact_layout.addWidget(self.respondent_phone_label)

        self.respondent_phone_line_edit = QLineEdit(self.respondent_group_box)
        self.respondent_phone_line_edit.setObjectName(u"respondent_phone_line_edit")

        self.respondent_contact_layout.addWidget(self.respondent_phone_line_edit)


        self.respondent_contact_field_layout.addLayout(self.respondent_contact_layout)

        self.respondent_contact_error_label = QLabel(self.respondent_group_box)
        self.respondent_contact_error_label.setObjectName(u"respondent_contact_error_label")
        self.respondent_contact_error_label.setText(u"")
        self.respondent_contact_error_label.setWordWrap(True)

        self.respondent_contact_field_layout.addWidget(self.respondent_contact_error_label)


        self.respondent_form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.respondent_contact_field_layout)


        self.parties_layout.addWidget(self.respondent_group_box)


        self.main_layout.addLayout(self.parties_layout)

        self.case_group_box = QGroupBox(RegistrationDialog)
        self.case_group_box.setObjectName(u"case_group_box")
        self.case_layout = QHBoxLayout(self.case_group_box)
        self.case_layout.setObjectName(u"case_layout")
        self.case_left_layout = QVBoxLayout()
        self.case_left_layout.setObjectName(u"case_left_layout")
        self.case_left_form_layout = QFormLayout()
        self.case_left_form_layout.setObjectName(u"case_left_form_layout")
        self.case_left_form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.case_left_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.channel_label = QLabel(self.case_group_box)
        self.channel_label.setObjectName(u"channel_label")

        self.case_left_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_field_layout = QVBoxLayout()
        self.channel_field_layout.setSpacing(2)
        self.channel_field_layout.setObjectName(u"channel_field_layout")
        self.channel_combo = QComboBox(self.case_group_box)
        self.channel_combo.setObjectName(u"channel_combo")

        self.channel_field_layout.addWidget(self.channel_combo)

        self.channel_error_label = QLabel(self.case_group_box)
        self.channel_error_label.setObjectName(u"channel_error_label")
        self.channel_error_label.setText(u"")
        self.channel_error_label.setWordWrap(True)

        self.channel_field_layout.addWidget(self.channel_error_label)


        self.case_left_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.channel_field_layout)

        self.procedure_label = QLabel(self.case_group_box)
        self.procedure_label.setObjectName(u"procedure_label")

        self.case_left_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.procedure_label)

        self.procedure_field_layout = QVBoxLayout()
        self.procedure_field_layout.setSpacing(2)
        self.procedure_field_layout.setObjectName(u"procedure_field_layout")
        self.procedure_combo = QComboBox(self.case_group_box)
        self.procedure_combo.setObjectName(u"procedure_combo")

        self.procedure_field_layout.addWidget(self.procedure_combo)

        self.procedure_error_label = QLabel(self.case_group_box)
        self.procedure_error_label.setObjectName(u"procedure_error_label")
        self.procedure_error_label.setText(u"")
        self.procedure_error_label.setWordWrap(True)

        self.procedure_field_layout.addWidget(self.procedure_error_label)


        self.case_left_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.procedure_field_layout)

        self.category_label = QLabel(self.case_group_box)
        self.category_label.setObjectName(u"category_label")

        self.case_left_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_field_layout = QVBoxLayout()
        self.category_field_layout.setSpacing(2)
        self.category_field_layout.setObjectName(u"category_field_layout")
        self.category_combo = QComboBox(self.case_group_box)
        self.category_combo.setObjectName(u"category_combo")

        self.category_field_layout.addWidget(self.category_combo)

        self.category_error_label = QLabel(self.case_group_box)
        self.category_error_label.setObjectName(u"category_error_label")
        self.category_error_label.setText(u"")
        self.category_error_label.setWordWrap(True)

        self.category_field_layout.addWidget(self.category_error_label)


        self.case_left_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.category_field_layout)

        self.received_label = QLabel(self.case_group_box)
        self.received_label.setObjectName(u"received_label")

        self.case_left_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_on_field_layout = QVBoxLayout()
        self.received_on_field_layout.setSpacing(2)
        self.received_on_field_layout.setObjectName(u"received_on_field_layout")
        self.received_date_edit = DateLineEdit(self.case_group_box)
        self.received_date_edit.setObjectName(u"received_date_edit")

        self.received_on_field_layout.addWidget(self.received_date_edit)

        self.received_on_error_label = QLabel(self.case_group_box)
        self.received_on_error_label.setObjectName(u"received_on_error_label")
        self.received_on_error_label.setText(u"")
        self.received_on_error_label.setWordWrap(True)

        self.received_on_field_layout.addWidget(self.received_on_error_label)


        self.case_left_form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.received_on_field_layout)

        self.handler_label = QLabel(self.case_group_box)
        self.handler_label.setObjectName(u"handler_label")

        self.case_left_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handler_label)

        self.handler_field_layout = QVBoxLayout()
        self.handler_field_layout.setSpacing(2)
        self.handler_field_layout.setObjectName(u"handler_field_layout")
        self.handler_combo = QComboBox(self.case_group_box)
        self.handler_combo.setObjectName(u"handler_combo")

        self.handler_field_layout.addWidget(self.handler_combo)

        self.handler_error_label = QLabel(self.case_group_box)
        self.handler_error_label.setObjectName(u"handler_error_label")
        self.handler_error_label.setText(u"")
        self.handler_error_label.setWordWrap(True)

        self.handler_field_layout.addWidget(self.handler_error_label)


        self.case_left_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.handler_field_layout)

        self.source_ref_label = QLabel(self.case_group_box)
        self.source_ref_label.setObjectName(u"source_ref_label")

        self.case_left_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.source_ref_label)

        self.source_ref_field_layout = QVBoxLayout()
        self.source_ref_field_layout.setSpacing(2)
        self.source_ref_field_layout.setObjectName(u"source_ref_field_layout")
        self.source_ref_line_edit = QLineEdit(self.case_group_box)
        self.source_ref_line_edit.setObjectName(u"source_ref_line_edit")

        self.source_ref_field_layout.addWidget(self.source_ref_line_edit)

        self.source_ref_error_label = QLabel(self.case_group_box)
        self.source_ref_error_label.setObjectName(u"source_ref_error_label")
        self.source_ref_error_label.setText(u"")
        self.source_ref_error_label.setWordWrap(True)

        self.source_ref_field_layout.addWidget(self.source_ref_error_label)


        self.case_left_form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.source_ref_field_layout)


        self.case_left_layout.addLayout(self.case_left_form_layout)

        self.case_left_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.case_left_layout.addItem(self.case_left_spacer)


        self.case_layout.addLayout(self.case_left_layout)

        self.case_column_spacer = QSpacerItem(12, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.case_layout.addItem(self.case_column_spacer)

        self.case_right_form_layout = QFormLayout()
        self.case_right_form_layout.setObjectName(u"case_right_form_layout")
        self.case_right_form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.case_right_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary_label = QLabel(self.case_group_box)
        self.summary_label.setObjectName(u"summary_label")

        self.case_right_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_field_layout = QVBoxLayout()
        self.summary_field_layout.setSpacing(2)
        self.summary_field_layout.setObjectName(u"summary_field_layout")
        self.summary_plain_text_edit = QPlainTextEdit(self.case_group_box)
        self.summary_plain_text_edit.setObjectName(u"summary_plain_text_edit")
        self.summary_plain_text_edit.setTabChangesFocus(True)
        self.summary_plain_text_edit.setMinimumSize(QSize(0, 90))

        self.summary_field_layout.addWidget(self.summary_plain_text_edit)

        self.summary_error_label = QLabel(self.case_group_box)
        self.summary_error_label.setObjectName(u"summary_error_label")
        self.summary_error_label.setText(u"")
        self.summary_error_label.setWordWrap(True)

        self.summary_field_layout.addWidget(self.summary_error_label)


        self.case_right_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.summary_field_layout)

        self.demands_label = QLabel(self.case_group_box)
        self.demands_label.setObjectName(u"demands_label")

        self.case_right_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.demands_label)

        self.demands_field_layout = QVBoxLayout()
        self.demands_field_layout.setSpacing(2)
        self.demands_field_layout.setObjectName(u"demands_field_layout")
        self.demands_plain_text_edit = QPlainTextEdit(self.case_group_box)
        self.demands_plain_text_edit.setObjectName(u"demands_plain_text_edit")
        self.demands_plain_text_edit.setTabChangesFocus(True)
        self.demands_plain_text_edit.setMinimumSize(QSize(0, 60))

        self.demands_field_layout.addWidget(self.demands_plain_text_edit)

        self.demands_error_label = QLabel(self.case_group_box)
        self.demands_error_label.setObjectName(u"demands_error_label")
        self.demands_error_label.setText(u"")
        self.demands_error_label.setWordWrap(True)

        self.demands_field_layout.addWidget(self.demands_error_label)


        self.case_right_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.demands_field_layout)


        self.case_layout.addLayout(self.case_right_form_layout)


        self.main_layout.addWidget(self.case_group_box)

        self.duplicates_frame = QFrame(RegistrationDialog)
        self.duplicates_frame.setObjectName(u"duplicates_frame")
        self.duplicates_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicates_layout = QVBoxLayout(self.duplicates_frame)
        self.duplicates_layout.setObjectName(u"duplicates_layout")
        self.duplicates_label = QLabel(self.duplicates_frame)
        self.duplicates_label.setObjectName(u"duplicates_label")
        self.duplicates_label.setText(u"")
        self.duplicates_label.setWordWrap(True)

        self.duplicates_layout.addWidget(self.duplicates_label)

        self.duplicates_tree_widget = QTreeWidget(self.duplicates_frame)
        self.duplicates_tree_widget.setObjectName(u"duplicates_tree_widget")
        self.duplicates_tree_widget.setRootIsDecorated(False)
        self.duplicates_tree_widget.setUniformRowHeights(True)
        self.duplicates_tree_widget.setAlternatingRowColors(True)
        self.duplicates_tree_widget.setMaximumSize(QSize(16777215, 130))

        self.duplicates_layout.addWidget(self.duplicates_tree_widget)

        self.duplicates_button_layout = QHBoxLayout()
        self.duplicates_button_layout.setObjectName(u"duplicates_button_layout")
        self.duplicates_button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicates_button_layout.addItem(self.duplicates_button_spacer)

        self.register_anyway_button = QPushButton(self.duplicates_frame)
        self.register_anyway_button.setObjectName(u"register_anyway_button")

        self.duplicates_button_layout.addWidget(self.register_anyway_button)

        self.back_to_edit_button = QPushButton(self.duplicates_frame)
        self.back_to_edit_button.setObjectName(u"back_to_edit_button")

        self.duplicates_button_layout.addWidget(self.back_to_edit_button)


        self.duplicates_layout.addLayout(self.duplicates_button_layout)


        self.main_layout.addWidget(self.duplicates_frame)

        self.notice_label = QLabel(RegistrationDialog)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setText(u"")

        self.main_layout.addWidget(self.notice_label)

        self.general_error_label = QLabel(RegistrationDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.shortcut_hint_label = QLabel(RegistrationDialog)
        self.shortcut_hint_label.setObjectName(u"shortcut_hint_label")

        self.button_layout.addWidget(self.shortcut_hint_label)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(RegistrationDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(RegistrationDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.complainant_name_label.setBuddy(self.complainant_name_line_edit)
        self.complainant_uscc_label.setBuddy(self.complainant_uscc_line_edit)
        self.complainant_industry_label.setBuddy(self.complainant_industry_combo)
        self.complainant_employees_label.setBuddy(self.complainant_employees_line_edit)
        self.complainant_revenue_label.setBuddy(self.complainant_revenue_line_edit)
        self.complainant_assets_label.setBuddy(self.complainant_assets_line_edit)
        self.complainant_township_label.setBuddy(self.complainant_township_line_edit)
        self.complainant_address_label.setBuddy(self.complainant_address_line_edit)
        self.complainant_contact_label.setBuddy(self.complainant_contact_line_edit)
        self.complainant_phone_label.setBuddy(self.complainant_phone_line_edit)
        self.respondent_name_label.setBuddy(self.respondent_name_line_edit)
        self.respondent_uscc_label.setBuddy(self.respondent_uscc_line_edit)
        self.respondent_kind_label.setBuddy(self.respondent_kind_combo)
        self.respondent_address_label.setBuddy(self.respondent_address_line_edit)
        self.respondent_contact_label.setBuddy(self.respondent_contact_line_edit)
        self.respondent_phone_label.setBuddy(self.respondent_phone_line_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.procedure_label.setBuddy(self.procedure_combo)
        self.category_label.setBuddy(self.category_combo)
        self.received_label.setBuddy(self.received_date_edit)
        self.handler_label.setBuddy(self.handler_combo)
        self.source_ref_label.setBuddy(self.source_ref_line_edit)
        self.summary_label.setBuddy(self.summary_plain_text_edit)
        self.demands_label.setBuddy(self.demands_plain_text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.complainant_name_line_edit, self.complainant_matches_list)
        QWidget.setTabOrder(self.complainant_matches_list, self.complainant_new_button)
        QWidget.setTabOrder(self.complainant_new_button, self.complainant_uscc_line_edit)
        QWidget.setTabOrder(self.complainant_uscc_line_edit, self.complainant_industry_combo)
        QWidget.setTabOrder(self.complainant_industry_combo, self.complainant_employees_line_edit)
        QWidget.setTabOrder(self.complainant_employees_line_edit, self.complainant_revenue_line_edit)
        QWidget.setTabOrder(self.complainant_revenue_line_edit, self.complainant_assets_line_edit)
        QWidget.setTabOrder(self.complainant_assets_line_edit, self.complainant_township_line_edit)
        QWidget.setTabOrder(self.complainant_township_line_edit, self.complainant_address_line_edit)
        QWidget.setTabOrder(self.complainant_address_line_edit, self.complainant_contact_line_edit)
        QWidget.setTabOrder(self.complainant_contact_line_edit, self.complainant_phone_line_edit)
        QWidget.setTabOrder(self.complainant_phone_line_edit, self.respondent_name_line_edit)
        QWidget.setTabOrder(self.respondent_name_line_edit, self.respondent_matches_list)
        QWidget.setTabOrder(self.respondent_matches_list, self.respondent_new_button)
        QWidget.setTabOrder(self.respondent_new_button, self.respondent_uscc_line_edit)
        QWidget.setTabOrder(self.respondent_uscc_line_edit, self.respondent_kind_combo)
        QWidget.setTabOrder(self.respondent_kind_combo, self.respondent_address_line_edit)
        QWidget.setTabOrder(self.respondent_address_line_edit, self.respondent_contact_line_edit)
        QWidget.setTabOrder(self.respondent_contact_line_edit, self.respondent_phone_line_edit)
        QWidget.setTabOrder(self.respondent_phone_line_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.procedure_combo)
        QWidget.setTabOrder(self.procedure_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.received_date_edit)
        QWidget.setTabOrder(self.received_date_edit, self.handler_combo)
        QWidget.setTabOrder(self.handler_combo, self.source_ref_line_edit)
        QWidget.setTabOrder(self.source_ref_line_edit, self.summary_plain_text_edit)
        QWidget.setTabOrder(self.summary_plain_text_edit, self.demands_plain_text_edit)
        QWidget.setTabOrder(self.demands_plain_text_edit, self.duplicates_tree_widget)
        QWidget.setTabOrder(self.duplicates_tree_widget, self.register_anyway_button)
        QWidget.setTabOrder(self.register_anyway_button, self.back_to_edit_button)
        QWidget.setTabOrder(self.back_to_edit_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(RegistrationDialog)

        QMetaObject.connectSlotsByName(RegistrationDialog)
    # setupUi

    def retranslateUi(self, RegistrationDialog):
        RegistrationDialog.setWindowTitle(QCoreApplication.translate("RegistrationDialog", u"Register a complaint", None))
        self.complainant_group_box.setTitle(QCoreApplication.translate("RegistrationDialog", u"Complainant (SME)", None))
        self.complainant_name_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Name:", None))
        self.complainant_name_line_edit.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"Type the name: registered enterprises are listed as you type", None))
#if QT_CONFIG(tooltip)
        self.complainant_matches_list.setToolTip(QCoreApplication.translate("RegistrationDialog", u"Registered records that match what you typed: press Enter or double-click one to use it", None))
#endif // QT_CONFIG(tooltip)
        self.complainant_new_button.setText(QCoreApplication.translate("RegistrationDialog", u"Enter a new enterprise", None))
        self.complainant_uscc_label.setText(QCoreApplication.translate("RegistrationDialog", u"Credit &code:", None))
        self.complainant_uscc_line_edit.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"18 characters, e.g. 91150000MA0N0XXXXX", None))
        self.complainant_industry_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Industry:", None))
        self.complainant_employees_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Employees:", None))
        self.complainant_employees_unit_label.setText(QCoreApplication.translate("RegistrationDialog", u"persons", None))
        self.complainant_revenue_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Revenue:", None))
        self.complainant_revenue_unit_label.setText(QCoreApplication.translate("RegistrationDialog", u"\u00d710,000 yuan (last year)", None))
        self.complainant_assets_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Assets:", None))
        self.complainant_assets_unit_label.setText(QCoreApplication.translate("RegistrationDialog", u"\u00d710,000 yuan", None))
        self.size_caption_label.setText(QCoreApplication.translate("RegistrationDialog", u"Size:", None))
        self.complainant_township_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Township:", None))
        self.complainant_address_label.setText(QCoreApplication.translate("RegistrationDialog", u"Add&ress:", None))
        self.complainant_contact_label.setText(QCoreApplication.translate("RegistrationDialog", u"Contact &person:", None))
        self.complainant_phone_label.setText(QCoreApplication.translate("RegistrationDialog", u"Phone:", None))
        self.respondent_group_box.setTitle(QCoreApplication.translate("RegistrationDialog", u"Respondent / debtor", None))
        self.respondent_name_label.setText(QCoreApplication.translate("RegistrationDialog", u"N&ame:", None))
        self.respondent_name_line_edit.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"Type the name: registered respondents are listed as you type", None))
#if QT_CONFIG(tooltip)
        self.respondent_matches_list.setToolTip(QCoreApplication.translate("RegistrationDialog", u"Registered records that match what you typed: press Enter or double-click one to use it", None))
#endif // QT_CONFIG(tooltip)
        self.respondent_new_button.setText(QCoreApplication.translate("RegistrationDialog", u"Enter a new respondent", None))
        self.respondent_uscc_label.setText(QCoreApplication.translate("RegistrationDialog", u"Cre&dit code:", None))
        self.respondent_uscc_line_edit.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"18 characters, e.g. 91150000MA0N0XXXXX", None))
        self.respondent_kind_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Kind:", None))
        self.respondent_address_label.setText(QCoreApplication.translate("RegistrationDialog", u"Addre&ss:", None))
        self.respondent_contact_label.setText(QCoreApplication.translate("RegistrationDialog", u"Contac&t person:", None))
        self.respondent_phone_label.setText(QCoreApplication.translate("RegistrationDialog", u"Phone:", None))
        self.case_group_box.setTitle(QCoreApplication.translate("RegistrationDialog", u"Complaint", None))
        self.channel_label.setText(QCoreApplication.translate("RegistrationDialog", u"C&hannel:", None))
        self.procedure_label.setText(QCoreApplication.translate("RegistrationDialog", u"&Procedure:", None))
        self.category_label.setText(QCoreApplication.translate("RegistrationDialog", u"Cate&gory:", None))
        self.received_label.setText(QCoreApplication.translate("RegistrationDialog", u"Recei&ved on:", None))
        self.handler_label.setText(QCoreApplication.translate("RegistrationDialog", u"Hand&ler:", None))
        self.source_ref_label.setText(QCoreApplication.translate("RegistrationDialog", u"Their re&f. no.:", None))
        self.source_ref_line_edit.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"Number given by the transferring body (optional)", None))
        self.summary_label.setText(QCoreApplication.translate("RegistrationDialog", u"S&ummary:", None))
        self.summary_plain_text_edit.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"What happened: who owes what since when, what the complainant did so far", None))
        self.demands_label.setText(QCoreApplication.translate("RegistrationDialog", u"De&mands:", None))
        self.demands_plain_text_edit.setPlaceholderText(QCoreApplication.translate("RegistrationDialog", u"What the complainant asks for", None))
        ___qtreewidgetitem = self.duplicates_tree_widget.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("RegistrationDialog", u"Handler", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("RegistrationDialog", u"Status", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("RegistrationDialog", u"Respondent", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RegistrationDialog", u"Complainant", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RegistrationDialog", u"Received", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RegistrationDialog", u"Case no.", None))
        self.register_anyway_button.setText(QCoreApplication.translate("RegistrationDialog", u"Register anyway", None))
        self.back_to_edit_button.setText(QCoreApplication.translate("RegistrationDialog", u"Back to editing", None))
        self.shortcut_hint_label.setText(QCoreApplication.translate("RegistrationDialog", u"Enter moves to the next field \u00b7 Ctrl+Enter registers", None))
        self.save_button.setText(QCoreApplication.translate("RegistrationDialog", u"&Register", None))
        self.cancel_button.setText(QCoreApplication.translate("RegistrationDialog", u"Cancel", None))
    # retranslateUi

