# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from complaintdesk.ui.date_line_edit import DateLineEdit

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(460, 260)
        self.main_layout = QVBoxLayout(PaymentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.claim_label = QLabel(PaymentDialog)
        self.claim_label.setObjectName(u"claim_label")
        self.claim_label.setText(u"")
        self.claim_label.setWordWrap(True)

        self.main_layout.addWidget(self.claim_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.paid_label = QLabel(PaymentDialog)
        self.paid_label.setObjectName(u"paid_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paid_label)

        self.paid_field_layout = QVBoxLayout()
        self.paid_field_layout.setSpacing(2)
        self.paid_field_layout.setObjectName(u"paid_field_layout")
        self.paid_date_edit = DateLineEdit(PaymentDialog)
        self.paid_date_edit.setObjectName(u"paid_date_edit")

        self.paid_field_layout.addWidget(self.paid_date_edit)

        self.paid_error_label = QLabel(PaymentDialog)
        self.paid_error_label.setObjectName(u"paid_error_label")
        self.paid_error_label.setText(u"")
        self.paid_error_label.setWordWrap(True)

        self.paid_field_layout.addWidget(self.paid_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.paid_field_layout)

        self.amount_label = QLabel(PaymentDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_field_layout = QVBoxLayout()
        self.amount_field_layout.setSpacing(2)
        self.amount_field_layout.setObjectName(u"amount_field_layout")
        self.amount_layout = QHBoxLayout()
        self.amount_layout.setObjectName(u"amount_layout")
        self.amount_line_edit = QLineEdit(PaymentDialog)
        self.amount_line_edit.setObjectName(u"amount_line_edit")

        self.amount_layout.addWidget(self.amount_line_edit)

        self.amount_unit_label = QLabel(PaymentDialog)
        self.amount_unit_label.setObjectName(u"amount_unit_label")

        self.amount_layout.addWidget(self.amount_unit_label)

        self.pay_all_button = QPushButton(PaymentDialog)
        self.pay_all_button.setObjectName(u"pay_all_button")

        self.amount_layout.addWidget(self.pay_all_button)


        self.amount_field_layout.addLayout(self.amount_layout)

        self.amount_error_label = QLabel(PaymentDialog)
        self.amount_error_label.setObjectName(u"amount_error_label")
        self.amount_error_label.setText(u"")
        self.amount_error_label.setWordWrap(True)

        self.amount_field_layout.addWidget(self.amount_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.amount_field_layout)

        self.voucher_label = QLabel(PaymentDialog)
        self.voucher_label.setObjectName(u"voucher_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.voucher_label)

        self.voucher_field_layout = QVBoxLayout()
        self.voucher_field_layout.setSpacing(2)
        self.voucher_field_layout.setObjectName(u"voucher_field_layout")
        self.voucher_line_edit = QLineEdit(PaymentDialog)
        self.voucher_line_edit.setObjectName(u"voucher_line_edit")

        self.voucher_field_layout.addWidget(self.voucher_line_edit)

        self.voucher_error_label = QLabel(PaymentDialog)
        self.voucher_error_label.setObjectName(u"voucher_error_label")
        self.voucher_error_label.setText(u"")
        self.voucher_error_label.setWordWrap(True)

        self.voucher_field_layout.addWidget(self.voucher_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.voucher_field_layout)


        self.main_layout.addLayout(self.form_layout)

        self.form_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.form_spacer)

        self.notice_label = QLabel(PaymentDialog)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setText(u"")

        self.main_layout.addWidget(self.notice_label)

        self.general_error_label = QLabel(PaymentDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(PaymentDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(PaymentDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.paid_label.setBuddy(self.paid_date_edit)
        self.amount_label.setBuddy(self.amount_line_edit)
        self.voucher_label.setBuddy(self.voucher_line_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paid_date_edit, self.amount_line_edit)
        QWidget.setTabOrder(self.amount_line_edit, self.pay_all_button)
        QWidget.setTabOrder(self.pay_all_button, self.voucher_line_edit)
        QWidget.setTabOrder(self.voucher_line_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Record a payment", None))
        self.paid_label.setText(QCoreApplication.translate("PaymentDialog", u"Paid &on:", None))
        self.amount_label.setText(QCoreApplication.translate("PaymentDialog", u"&Amount:", None))
        self.amount_line_edit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"e.g. 50000", None))
        self.amount_unit_label.setText(QCoreApplication.translate("PaymentDialog", u"yuan", None))
        self.pay_all_button.setText(QCoreApplication.translate("PaymentDialog", u"All &outstanding", None))
        self.voucher_label.setText(QCoreApplication.translate("PaymentDialog", u"&Voucher:", None))
        self.voucher_line_edit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"Bank receipt or transfer number", None))
        self.save_button.setText(QCoreApplication.translate("PaymentDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("PaymentDialog", u"Cancel", None))
    # retranslateUi

