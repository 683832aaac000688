# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AdminSetupDialog(object):
    def setupUi(self, AdminSetupDialog):
        if not AdminSetupDialog.objectName():
            AdminSetupDialog.setObjectName(u"AdminSetupDialog")
        AdminSetupDialog.resize(480, 340)
        self.main_layout = QVBoxLayout(AdminSetupDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AdminSetupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(AdminSetupDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_field_layout = QVBoxLayout()
        self.username_field_layout.setSpacing(2)
        self.username_field_layout.setObjectName(u"username_field_layout")
        self.username_line_edit = QLineEdit(AdminSetupDialog)
        self.username_line_edit.setObjectName(u"username_line_edit")
        self.username_line_edit.setMaxLength(64)

        self.username_field_layout.addWidget(self.username_line_edit)

        self.username_error_label = QLabel(AdminSetupDialog)
        self.username_error_label.setObjectName(u"username_error_label")
        self.username_error_label.setText(u"")
        self.username_error_label.setWordWrap(True)

        self.username_field_layout.addWidget(self.username_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.username_field_layout)

        self.display_name_label = QLabel(AdminSetupDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_field_layout = QVBoxLayout()
        self.display_name_field_layout.setSpacing(2)
        self.display_name_field_layout.setObjectName(u"display_name_field_layout")
        self.display_name_line_edit = QLineEdit(AdminSetupDialog)
        self.display_name_line_edit.setObjectName(u"display_name_line_edit")
        self.display_name_line_edit.setMaxLength(100)

        self.display_name_field_layout.addWidget(self.display_name_line_edit)

        self.display_name_error_label = QLabel(AdminSetupDialog)
        self.display_name_error_label.setObjectName(u"display_name_error_label")
        self.display_name_error_label.setText(u"")
        self.display_name_error_label.setWordWrap(True)

        self.display_name_field_layout.addWidget(self.display_name_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.display_name_field_layout)

        self.password_label = QLabel(AdminSetupDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_field_layout = QVBoxLayout()
        self.password_field_layout.setSpacing(2)
        self.password_field_layout.setObjectName(u"password_field_layout")
        self.password_line_edit = QLineEdit(AdminSetupDialog)
        self.password_line_edit.setObjectName(u"password_line_edit")
        self.password_line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_line_edit.setMaxLength(1024)

        self.password_field_layout.addWidget(self.password_line_edit)

        self.password_error_label = QLabel(AdminSetupDialog)
        self.password_error_label.setObjectName(u"password_error_label")
        self.password_error_label.setText(u"")
        self.password_error_label.setWordWrap(True)

        self.password_field_layout.addWidget(self.password_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.password_field_layout)

        self.password_again_label = QLabel(AdminSetupDialog)
        self.password_again_label.setObjectName(u"password_again_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_again_label)

        self.password_again_field_layout = QVBoxLayout()
        self.password_again_field_layout.setSpacing(2)
        self.password_again_field_layout.setObjectName(u"password_again_field_layout")
        self.password_again_line_edit = QLineEdit(AdminSetupDialog)
        self.password_again_line_edit.setObjectName(u"password_again_line_edit")
        self.password_again_line_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again_line_edit.setMaxLength(1024)

        self.password_again_field_layout.addWidget(self.password_again_line_edit)

        self.password_again_error_label = QLabel(AdminSetupDialog)
        self.password_again_error_label.setObjectName(u"password_again_error_label")
        self.password_again_error_label.setText(u"")
        self.password_again_error_label.setWordWrap(True)

        self.password_again_field_layout.addWidget(self.password_again_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.password_again_field_layout)


        self.main_layout.addLayout(self.form_layout)

        self.rules_label = QLabel(AdminSetupDialog)
        self.rules_label.setObjectName(u"rules_label")
        self.rules_label.setText(u"")
        self.rules_label.setWordWrap(True)

        self.main_layout.addWidget(self.rules_label)

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
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminSetupDialog)

        QMetaObject.connectSlotsByName(AdminSetupDialog)
    # setupUi

    def retranslateUi(self, AdminSetupDialog):
        AdminSetupDialog.setWindowTitle(QCoreApplication.translate("AdminSetupDialog", u"Set up the administrator", None))
        self.intro_label.setText(QCoreApplication.translate("AdminSetupDialog", u"This office has no administrator yet. Set up the first one: they can then add the other users and set their passwords.", None))
        self.username_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&User name:", None))
        self.display_name_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&Name:", None))
        self.password_label.setText(QCoreApplication.translate("AdminSetupDialog", u"&Password:", None))
        self.password_again_label.setText(QCoreApplication.translate("AdminSetupDialog", u"Password &again:", None))
        self.save_button.setText(QCoreApplication.translate("AdminSetupDialog", u"&Create and sign in", None))
        self.cancel_button.setText(QCoreApplication.translate("AdminSetupDialog", u"Cancel", None))
    # retranslateUi

