# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AttachmentDialog(object):
    def setupUi(self, AttachmentDialog):
        if not AttachmentDialog.objectName():
            AttachmentDialog.setObjectName(u"AttachmentDialog")
        AttachmentDialog.resize(560, 260)
        self.main_layout = QVBoxLayout(AttachmentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file_label = QLabel(AttachmentDialog)
        self.file_label.setObjectName(u"file_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_field_layout = QVBoxLayout()
        self.file_field_layout.setSpacing(2)
        self.file_field_layout.setObjectName(u"file_field_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_line_edit = QLineEdit(AttachmentDialog)
        self.file_line_edit.setObjectName(u"file_line_edit")
        self.file_line_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_line_edit)

        self.browse_button = QPushButton(AttachmentDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.file_field_layout.addLayout(self.file_layout)

        self.file_error_label = QLabel(AttachmentDialog)
        self.file_error_label.setObjectName(u"file_error_label")
        self.file_error_label.setText(u"")
        self.file_error_label.setWordWrap(True)

        self.file_field_layout.addWidget(self.file_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_field_layout)

        self.kind_label = QLabel(AttachmentDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_field_layout = QVBoxLayout()
        self.kind_field_layout.setSpacing(2)
        self.kind_field_layout.setObjectName(u"kind_field_layout")
        self.kind_combo = QComboBox(AttachmentDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.kind_field_layout.addWidget(self.kind_combo)

        self.kind_error_label = QLabel(AttachmentDialog)
        self.kind_error_label.setObjectName(u"kind_error_label")
        self.kind_error_label.setText(u"")
        self.kind_error_label.setWordWrap(True)

        self.kind_field_layout.addWidget(self.kind_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kind_field_layout)

        self.claim_label = QLabel(AttachmentDialog)
        self.claim_label.setObjectName(u"claim_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.claim_label)

        self.claim_field_layout = QVBoxLayout()
        self.claim_field_layout.setSpacing(2)
        self.claim_field_layout.setObjectName(u"claim_field_layout")
        self.claim_combo = QComboBox(AttachmentDialog)
        self.claim_combo.setObjectName(u"claim_combo")

        self.claim_field_layout.addWidget(self.claim_combo)

        self.claim_error_label = QLabel(AttachmentDialog)
        self.claim_error_label.setObjectName(u"claim_error_label")
        self.claim_error_label.setText(u"")
        self.claim_error_label.setWordWrap(True)

        self.claim_field_layout.addWidget(self.claim_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.claim_field_layout)

        self.description_label = QLabel(AttachmentDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_field_layout = QVBoxLayout()
        self.description_field_layout.setSpacing(2)
        self.description_field_layout.setObjectName(u"description_field_layout")
        self.description_line_edit = QLineEdit(AttachmentDialog)
        self.description_line_edit.setObjectName(u"description_line_edit")

        self.description_field_layout.addWidget(self.description_line_edit)

        self.description_error_label = QLabel(AttachmentDialog)
        self.description_error_label.setObjectName(u"description_error_label")
        self.description_error_label.setText(u"")
        self.description_error_label.setWordWrap(True)

        self.description_field_layout.addWidget(self.description_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.description_field_layout)

        self.store_hint_label = QLabel(AttachmentDialog)
        self.store_hint_label.setObjectName(u"store_hint_label")
        self.store_hint_label.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.store_hint_label)


        self.main_layout.addLayout(self.form_layout)

        self.form_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.form_spacer)

        self.notice_label = QLabel(AttachmentDialog)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setText(u"")

        self.main_layout.addWidget(self.notice_label)

        self.general_error_label = QLabel(AttachmentDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(AttachmentDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(AttachmentDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_line_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.claim_label.setBuddy(self.claim_combo)
        self.description_label.setBuddy(self.description_line_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browse_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.claim_combo)
        QWidget.setTabOrder(self.claim_combo, self.description_line_edit)
        QWidget.setTabOrder(self.description_line_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(AttachmentDialog)

        QMetaObject.connectSlotsByName(AttachmentDialog)
    # setupUi

    def retranslateUi(self, AttachmentDialog):
        AttachmentDialog.setWindowTitle(QCoreApplication.translate("AttachmentDialog", u"Add an attachment", None))
        self.file_label.setText(QCoreApplication.translate("AttachmentDialog", u"&File:", None))
        self.file_line_edit.setPlaceholderText(QCoreApplication.translate("AttachmentDialog", u"Choose the file to copy into the case", None))
        self.browse_button.setText(QCoreApplication.translate("AttachmentDialog", u"&Browse\u2026", None))
        self.kind_label.setText(QCoreApplication.translate("AttachmentDialog", u"&Kind:", None))
        self.claim_label.setText(QCoreApplication.translate("AttachmentDialog", u"For &claim:", None))
        self.description_label.setText(QCoreApplication.translate("AttachmentDialog", u"&Description:", None))
        self.store_hint_label.setText(QCoreApplication.translate("AttachmentDialog", u"The file is copied into the office database with its SHA-256 fingerprint; the original is not needed afterwards.", None))
        self.save_button.setText(QCoreApplication.translate("AttachmentDialog", u"&Add", None))
        self.cancel_button.setText(QCoreApplication.translate("AttachmentDialog", u"Cancel", None))
    # retranslateUi

