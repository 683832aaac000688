# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 240)
        self.main_layout = QVBoxLayout(LoginDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(LoginDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(LoginDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_field_layout = QVBoxLayout()
        self.username_field_layout.setSpacing(2)
        self.username_field_layout.setObjectName(u"username_field_layout")
        self.username_line_edit = QLineEdit(LoginDialog)
        self.username_line_edit.setObjectName(u"username_line_edit")
        self.username_line_edit.setMaxLength(64)

        self.username_field_layout.addWidget(self.username_line_edit)

        self.username_error_label = QLabel(LoginDialog)
        self.username_error_label.setObjectName(u"username_error_label")
        self.username_error_label.setText(u"")
        self.username_error_label.setWordWrap(True)

        self.username_field_layout.addWidget(self.username_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.username_field_layout)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_field_layout = QVBoxLayout()
        self.password_field_layout.setSpacing(2)
        self.password_field_layout.setObjectName(u"password_field_layout")
        self.password_line_edit = QLineEdit(LoginDialog)
        self.password_line_edit.setObjectName(u"password_line_edit")
        self.password_line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_line_edit.setMaxLength(1024)

        self.password_field_layout.addWidget(self.password_line_edit)

        self.password_error_label = QLabel(LoginDialog)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setText(u"")
        self.password_error_label.setWordWrap(True)

        self.password_field_layout.addWidget(self.password_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.password_field_layout)


        self.main_layout.addLayout(self.form_layout)

        self.general_error_label = QLabel(LoginDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.sign_in_button = QPushButton(LoginDialog)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.button_layout.addWidget(self.sign_in_button)

        self.cancel_button = QPushButton(LoginDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_line_edit)
        self.password_label.setBuddy(self.password_line_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in", None))
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"&User name:", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"&Password:", None))
        self.sign_in_button.setText(QCoreApplication.translate("LoginDialog", u"&Sign in", None))
        self.cancel_button.setText(QCoreApplication.translate("LoginDialog", u"Cancel", None))
    # retranslateUi

