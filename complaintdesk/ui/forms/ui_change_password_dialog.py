# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(440, 280)
        self.main_layout = QVBoxLayout(ChangePasswordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ChangePasswordDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.old_password_label = QLabel(ChangePasswordDialog)
        self.old_password_label.setObjectName(u"old_password_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_password_label)

        self.old_password_field_layout = QVBoxLayout()
        self.old_password_field_layout.setSpacing(2)
        self.old_password_field_layout.setObjectName(u"old_password_field_layout")
        self.old_password_line_edit = QLineEdit(ChangePasswordDialog)
        self.old_password_line_edit.setObjectName(u"old_password_line_edit")
        self.old_password_line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_password_line_edit.setMaxLength(1024)

        self.old_password_field_layout.addWidget(self.old_password_line_edit)

        self.old_password_error_label = QLabel(ChangePasswordDialog)
        self.old_password_error_label.setObjectName(u"old_password_error_label")
        self.old_password_error_label.setText(u"")
        self.old_password_error_label.setWordWrap(True)

        self.old_password_field_layout.addWidget(self.old_password_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.old_password_field_layout)

        self.new_password_label = QLabel(ChangePasswordDialog)
        self.new_password_label.setObjectName(u"new_password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_field_layout = QVBoxLayout()
        self.new_password_field_layout.setSpacing(2)
        self.new_password_field_layout.setObjectName(u"new_password_field_layout")
        self.new_password_line_edit = QLineEdit(ChangePasswordDialog)
        self.new_password_line_edit.setObjectName(u"new_password_line_edit")
        self.new_password_line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_line_edit.setMaxLength(1024)

        self.new_password_field_layout.addWidget(self.new_password_line_edit)

        self.new_password_error_label = QLabel(ChangePasswordDialog)
        self.new_password_error_label.setObjectName(u"new_password_error_label")
        self.new_password_error_label.setText(u"")
        self.new_password_error_label.setWordWrap(True)

        self.new_password_field_layout.addWidget(self.new_password_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.new_password_field_layout)

        self.new_password_again_label = QLabel(ChangePasswordDialog)
        self.new_password_again_label.setObjectName(u"new_password_again_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_password_again_label)

        self.new_password_again_field_layout = QVBoxLayout()
        self.new_password_again_field_layout.setSpacing(2)
        self.new_password_again_field_layout.setObjectName(u"new_password_again_field_layout")
        self.new_password_again_line_edit = QLineEdit(ChangePasswordDialog)
        self.new_password_again_line_edit.setObjectName(u"new_password_again_line_edit")
        self.new_password_again_line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password_again_line_edit.setMaxLength(1024)

        self.new_password_again_field_layout.addWidget(self.new_password_again_line_edit)

        self.new_password_again_error_label = QLabel(ChangePasswordDialog)
        self.new_password_again_error_label.setObjectName(u"new_password_again_error_label")
        self.new_password_again_error_label.setText(u"")
        self.new_password_again_error_label.setWordWrap(True)

        self.new_password_again_field_layout.addWidget(self.new_password_again_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.new_password_again_field_layout)


        self.main_layout.addLayout(self.form_layout)

        self.rules_label = QLabel(ChangePasswordDialog)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setText(u"")
        self.rules_label.setWordWrap(True)

        self.main_layout.addWidget(self.rules_label)

        self.general_error_label = QLabel(ChangePasswordDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(ChangePasswordDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(ChangePasswordDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.old_password_label.setBuddy(self.old_password_line_edit)
        self.new_password_label.setBuddy(self.new_password_line_edit)
        self.new_password_again_label.setBuddy(self.new_password_again_line_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePasswordDialog)

        QMetaObject.connectSlotsByName(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.old_password_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
        self.new_password_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
        self.new_password_again_label.setText(QCoreApplication.translate("ChangePasswordDialog", u"New password &again:", None))
        self.save_button.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Change password", None))
        self.cancel_button.setText(QCoreApplication.translate("ChangePasswordDialog", u"Cancel", None))
    # retranslateUi

