# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AdminSetupDialog(object):
    def setupUi(self, AdminSetupDialog):
        if not AdminSetupDialog.objectName():
            AdminSetupDialog.setObjectName(u"AdminSetupDialog")
        AdminSetupDialog.resize(920, 360)
        self.main_layout = QVBoxLayout(AdminSetupDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AdminSetupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.admin_group_box = QGroupBox(AdminSetupDialog)
        self.admin_group_box.setObjectName(u"admin_group_box")
        self.admin_group_box_layout = QVBoxLayout(self.admin_group_box)
        self.admin_group_box_layout.setObjectName(u"admin_group_box_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(self.admin_group_box)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_field_layout = QVBoxLayout()
        self.username_field_layout.setSpacing(2)
        self.username_field_layout.setObjectName(u"username_field_layout")
        self.username_line_edit = QLineEdit(self.admin_group_box)
        self.username_line_edit.setObjectName(u"username_line_edit")
        self.username_line_edit.setMaxLength(64)

        self.username_field_layout.addWidget(self.username_line_edit)

        self.username_error_label = QLabel(self.admin_group_box)
        self.username_error_label.setObjectName(u"username_error_label")
        self.username_error_label.setText(u"")
        self.username_error_label.setWordWrap(True)

        self.username_field_layout.addWidget(self.username_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.username_field_layout)

        self.display_name_label = QLabel(self.admin_group_box)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_field_layout = QVBoxLayout()
        self.display_name_field_layout.setSpacing(2)
        self.display_name_field_layout.setObjectName(u"display_name_field_layout")
        self.display_name_line_edit = QLineEdit(self.admin_group_box)
        self.display_name_line_edit.setObjectName(u"display_name_line_edit")
        self.display_name_line_edit.setMaxLength(100)

        self.display_name_field_layout.addWidget(self.display_name_line_edit)

        self.display_name_error_label = QLabel(self.admin_group_box)
        self.display_name_error_label.setObjectName(u"display_name_error_label")
        self.display_name_error_label.setText(u"")
        self.display_name_error_label.setWordWrap(True)

        self.display_name_field_layout.addWidget(self.display_name_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.display_name_field_layout)

        self.password_label = QLabel(self.admin_group_box)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_field_layout = QVBoxLayout()
        self.password_field_layout.setSpacing(2)
        self.password_field_layout.setObjectName(u"password_field_layout")
        self.password_line_edit = QLineEdit(self.admin_group_box)
        self.password_line_edit.setObjectName(u"password_line_edit")
        self.password_line_edit.setMaxLength(1024)
        self.password_line_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_field_layout.addWidget(self.password_line_edit)

        self.password_error_label = QLabel(self.admin_group_box)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setText(u"")
        self.password_error_label.setWordWrap(True)

        self.password_field_layout.addWidget(self.password_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.password_field_layout)

        self.password_again_label = QLabel(self.admin_group_box)
        self.password_again_label.setObjectName(u"password_again_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_again_label)

        self.password_again_field_layout = QVBoxLayout()
        self.password_again_field_layout.setSpacing(2)
        self.password_again_field_layout.setObjectName(u"password_again_field_layout")
        self.password_again_line_edit = QLineEdit(self.admin_group_box)
        self.password_again_line_edit.setObjectName(u"password_again_line_edit")
        self.password_again_line_edit.setMaxLength(1024)
        self.password_again_line_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_again_field_layout.addWidget(self.password_again_line_edit)

        self.password_again_error_label = QLabel(self.admin_group_box)
        self.password_again_error_label.setObjectName(u"password_again_error_label")
        self.password_again_error_label.setText(u"")
        self.password_again_error_label.setWordWrap(True)

        self.password_again_field_layout.addWidget(self.password_again_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.password_again_field_layout)


        self.admin_group_box_layout.addLayout(self.form_layout)

        self.rules_label = QLabel(self.admin_group_box)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setText(u"")
        self.rules_label.setWordWrap(True)

        self.admin_group_box_layout.addWidget(self.rules_label)

        self.admin_group_box_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.admin_group_box_layout.addItem(self.admin_group_box_spacer)


        self.columns_layout.addWidget(self.admin_group_box)

        self.office_group_box = QGroupBox(AdminSetupDialog)
        self.office_group_box.setObjectName(u"office_group_box")
        self.office_group_box_layout = QVBoxLayout(self.office_group_box)
        self.office_group_box_layout.setObjectName(u"office_group_box_layout")
        self.office_form_layout = QFormLayout()
        self.office_form_layout.setObjectName(u"office_form_layout")
        self.office_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.office_name_label = QLabel(self.office_group_box)
        self.office_name_label.setObjectName(u"office_name_label")

        self.office_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_name_label)

        self.office_name_field_layout = QVBoxLayout()
        self.office_name_field_layout.setSpacing(2)
        self.office_name_field_layout.setObjectName(u"office_name_field_layout")
        self.office_name_line_edit = QLineEdit(self.office_group_box)
        self.office_name_line_edit.setObjectName(u"office_name_line_edit")
        self.office_name_line_edit.setMaxLength(100)

        self.office_name_field_layout.addWidget(self.office_name_line_edit)

        self.office_name_error_label = QLabel(self.office_group_box)
        self.office_name_error_label.setObjectName(u"office_name_error_label")
        self.office_name_error_label.setText(u"")
        self.office_name_error_label.setWordWrap(True)

        self.office_name_field_layout.addWidget(self.office_name_error_label)


        self.office_form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.office_name_field_layout)

        self.short_name_label = QLabel(self.office_group_box)
        self.short_name_label.setObjectName(u"short_name_label")

        self.office_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name_field_layout = QVBoxLayout()
        self.short_name_field_layout.setSpacing(2)
        self.short_name_field_layout.setObjectName(u"short_name_field_layout")
        self.short_name_line_edit = QLineEdit(self.office_group_box)
        self.short_name_line_edit.setObjectName(u"short_name_line_edit")
        self.short_name_line_edit.setMaxLength(50)

        self.short_name_field_layout.addWidget(self.short_name_line_edit)

        self.short_name_error_label = QLabel(self.office_group_box)
        self.short_name_error_label.setObjectName(u"short_name_error_label")
        self.short_name_error_label.setText(u"")
        self.short_name_error_label.setWordWrap(True)

        self.short_name_field_layout.addWidget(self.short_name_error_label)


        self.office_form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.short_name_field_layout)

        self.county_label = QLabel(self.office_group_box)
        self.county_label.setObjectName(u"county_label")

        self.office_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.county_label)

        self.county_field_layout = QVBoxLayout()
        self.county_field_layout.setSpacing(2)
        self.county_field_layout.setObjectName(u"county_field_layout")
        self.county_line_edit = QLineEdit(self.office_group_box)
        self.county_line_edit.setObjectName(u"county_line_edit")
        self.county_line_edit.setMaxLength(50)

        self.county_field_layout.addWidget(self.county_line_edit)

        self.county_error_label = QLabel(self.office_group_box)
        self.county_error_label.setObjectName(u"county_error_label")
        self.county_error_label.setText(u"")
        self.county_error_label.setWordWrap(True)

        self.county_field_layout.addWidget(self.county_error_label)


        self.office_form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.county_field_layout)

        self.address_label = QLabel(self.office_group_box)
        self.address_label.setObjectName(u"address_label")

        self.office_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_field_layout = QVBoxLayout()
        self.address_field_layout.setSpacing(2)
        self.address_field_layout.setObjectName(u"address_field_layout")
        self.address_line_edit = QLineEdit(self.office_group_box)
        self.address_line_edit.setObjectName(u"address_line_edit")
        self.address_line_edit.setMaxLength(200)

        self.address_field_layout.addWidget(self.address_line_edit)

        self.address_error_label = QLabel(self.office_group_box)
        self.address_error_label.setObjectName(u"address_error_label")
        self.address_error_label.setText(u"")
        self.address_error_label.setWordWrap(True)

        self.address_field_layout.addWidget(self.address_error_label)


        self.office_form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.address_field_layout)

        self.phone_label = QLabel(self.office_group_box)
        self.phone_label.setObjectName(u"phone_label")

        self.office_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_field_layout = QVBoxLayout()
        self.phone_field_layout.setSpacing(2)
        self.phone_field_layout.setObjectName(u"phone_field_layout")
        self.phone_line_edit = QLineEdit(self.office_group_box)
        self.phone_line_edit.setObjectName(u"phone_line_edit")
        self.phone_line_edit.setMaxLength(40)

        self.phone_field_layout.addWidget(self.phone_line_edit)

        self.phone_error_label = QLabel(self.office_group_box)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setText(u"")
        self.phone_error_label.setWordWrap(True)

        self.phone_field_layout.addWidget(self.phone_error_label)


        self.office_form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phone_field_layout)

        self.number_prefix_label = QLabel(self.office_group_box)
        self.number_prefix_label.setObjectName(u"number_prefix_label")

        self.office_form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.number_prefix_label)

        self.number_prefix_field_layout = QVBoxLayout()
        self.number_prefix_field_layout.setSpacing(2)
        self.number_prefix_field_layout.setObjectName(u"number_prefix_field_layout")
        self.number_prefix_line_edit = QLineEdit(self.office_group_box)
        self.number_prefix_line_edit.setObjectName(u"number_prefix_line_edit")
        self.number_prefix_line_edit.setMaxLength(20)

        self.number_prefix_field_layout.addWidget(self.number_prefix_line_edit)

        self.number_prefix_preview_label = QLabel(self.office_group_box)
        self.number_prefix_preview_label.setObjectName(u"number_prefix_preview_label")
        self.number_prefix_preview_label.setText(u"")
        self.number_prefix_preview_label.setWordWrap(True)

        self.number_prefix_field_layout.addWidget(self.number_prefix_preview_label)

        self.number_prefix_error_label = QLabel(self.office_group_box)
        self.number_prefix_error_label.setObjectName(u"number_prefix_error_label")
        self.number_prefix_error_label.setText(u"")
        self.number_prefix_error_label.setWordWrap(True)

        self.number_prefix_field_layout.addWidget(self.number_prefix_error_label)


        self.office_form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.number_prefix_field_layout)


        self.office_group_box_layout.addLayout(self.office_form_layout)

        self.office_group_box_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.office_group_box_layout.addItem(self.office_group_box_spacer)


        self.columns_layout.addWidget(self.office_group_box)

        self.columns_layout.setStretch(0, 2)
        self.columns_layout.setStretch(1, 3)

        self.main_layout.addLayout(self.columns_layout)

        self.general_error_label = QLabel(AdminSetupDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(AdminSetupDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(AdminSetupDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_line_edit)
        self.display_name_label.setBuddy(self.display_name_line_edit)
        self.password_label.setBuddy(self.password_line_edit)
        self.password_again_label.setBuddy(self.password_again_line_edit)
        self.office_name_label.setBuddy(self.office_name_line_edit)
        self.short_name_label.setBuddy(self.short_name_line_edit)
        self.county_label.setBuddy(self.county_line_edit)
        self.address_label.setBuddy(self.address_line_edit)
        self.phone_label.setBuddy(self.phone_line_edit)
        self.number_prefix_label.setBuddy(self.number_prefix_line_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_line_edit, self.display_name_line_edit)
        QWidget.setTabOrder(self.display_name_line_edit, self.password_line_edit)
        QWidget.setTabOrder(self.password_line_edit, self.password_again_line_edit)
        QWidget.setTabOrder(self.password_again_line_edit, self.office_name_line_edit)
        QWidget.setTabOrder(self.office_name_line_edit, self.short_name_line_edit)
        QWidget.setTabOrder(self.short_name_line_edit, self.county_line_edit)
        QWidget.setTabOrder(self.county_line_edit, self.address_line_edit)
        QWidget.setTabOrder(self.address_line_edit, self.phone_line_edit)
        QWidget.setTabOrder(self.phone_line_edit, self.number_prefix_line_edit)
        QWidget.setTabOrder(self.number_prefix_line_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(AdminSetupDialog)

        QMetaObject.connectSlotsByName(AdminSetupDialog)
    # setupUi

    def retranslateUi(self, AdminSetupDialog):
        AdminSetupDialog.setWindowTitle(QCoreApplication.translate("AdminSetupDialog", u"Set up the office", None))
        self.intro_label.setText(QCoreApplication.translate("AdminSetupDialog", u"This office is new. Set up its first administrator, who can then add the other users and set their passwords, and enter whom the office's letters come from: every letter prints its name, code, address and telephone exactly as entered here. They can be changed later under Settings \u25b8 Office.", None))
        self.admin_group_box.setTitle(QCoreApplication.translate("AdminSetupDialog", u"Administrator", None))
        self.username_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&User name:", None))
        self.display_name_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&Name:", None))
        self.password_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&Password:", None))
        self.password_again_label.setText(QCoreApplication.translate("AdminSetupDialog", u"Password &again:", None))
        self.office_group_box.setTitle(QCoreApplication.translate("AdminSetupDialog", u"Office (printed on every letter)", None))
        self.office_name_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&Full name:", None))
        self.office_name_line_edit.setPlaceholderText(QCoreApplication.translate("AdminSetupDialog", u"The issuer printed on letters, e.g. \u963f\u9c81\u79d1\u5c14\u6c81\u65d7\u5de5\u4e1a\u548c\u4fe1\u606f\u5316\u5c40", None))
        self.short_name_label.setText(QCoreApplication.translate("AdminSetupDialog", u"S&hort name:", None))
        self.short_name_line_edit.setPlaceholderText(QCoreApplication.translate("AdminSetupDialog", u"e.g. \u963f\u9c81\u79d1\u5c14\u6c81\u65d7\u5de5\u4fe1\u5c40", None))
        self.county_label.setText(QCoreApplication.translate("AdminSetupDialog", u"Count&y / banner:", None))
        self.county_line_edit.setPlaceholderText(QCoreApplication.translate("AdminSetupDialog", u"e.g. \u963f\u9c81\u79d1\u5c14\u6c81\u65d7", None))
        self.address_label.setText(QCoreApplication.translate("AdminSetupDialog", u"A&ddress:", None))
        self.address_line_edit.setPlaceholderText(QCoreApplication.translate("AdminSetupDialog", u"e.g. \u963f\u9c81\u79d1\u5c14\u6c81\u65d7\u5929\u5c71\u9547\u65b0\u534e\u5927\u88571\u53f7", None))
        self.phone_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&Telephone:", None))
        self.phone_line_edit.setPlaceholderText(QCoreApplication.translate("AdminSetupDialog", u"e.g. 0476-4222222", None))
        self.number_prefix_label.setText(QCoreApplication.translate("AdminSetupDialog", u"Document c&ode:", None))
        self.number_prefix_line_edit.setPlaceholderText(QCoreApplication.translate("AdminSetupDialog", u"The issuing office's code, e.g. \u963f\u5de5\u4fe1\u6295\u5b57", None))
#if QT_CONFIG(tooltip)
        self.number_prefix_line_edit.setToolTip(QCoreApplication.translate("AdminSetupDialog", u"The issuing office's code (\u673a\u5173\u4ee3\u5b57); the year in \u3014\u3015 and the number are added when a letter is issued", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("AdminSetupDialog", u"&Create and sign in", None))
        self.cancel_button.setText(QCoreApplication.translate("AdminSetupDialog", u"Cancel", None))
    # retranslateUi

