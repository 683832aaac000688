# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'damaged_database_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_DamagedDatabaseDialog(object):
    def setupUi(self, DamagedDatabaseDialog):
        if not DamagedDatabaseDialog.objectName():
            DamagedDatabaseDialog.setObjectName(u"DamagedDatabaseDialog")
        DamagedDatabaseDialog.resize(560, 380)
        self.main_layout = QVBoxLayout(DamagedDatabaseDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.problem_label = QLabel(DamagedDatabaseDialog)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setText(u"")
        self.problem_label.setWordWrap(True)

        self.main_layout.addWidget(self.problem_label)

        self.backups_label = QLabel(DamagedDatabaseDialog)
        self.backups_label.setObjectName(u"backups_label")

        self.main_layout.addWidget(self.backups_label)

        self.backups_list_widget = QListWidget(DamagedDatabaseDialog)
        self.backups_list_widget.setObjectName(u"backups_list_widget")

        self.main_layout.addWidget(self.backups_list_widget)

        self.general_error_label = QLabel(DamagedDatabaseDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")
        self.general_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.restore_button = QPushButton(DamagedDatabaseDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.button_layout.addWidget(self.restore_button)

        self.other_database_button = QPushButton(DamagedDatabaseDialog)
        self.other_database_button.setObjectName(u"other_database_button")

        self.button_layout.addWidget(self.other_database_button)

        self.quit_button = QPushButton(DamagedDatabaseDialog)
        self.quit_button.setObjectName(u"quit_button")

        self.button_layout.addWidget(self.quit_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.backups_label.setBuddy(self.backups_list_widget)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DamagedDatabaseDialog)

        QMetaObject.connectSlotsByName(DamagedDatabaseDialog)
    # setupUi

    def retranslateUi(self, DamagedDatabaseDialog):
        DamagedDatabaseDialog.setWindowTitle(QCoreApplication.translate("DamagedDatabaseDialog", u"The database cannot be opened", None))
        self.backups_label.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"Backups of this database, newest first:", None))
        self.restore_button.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Restore the chosen backup", None))
        self.other_database_button.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"Choose &another database\u2026", None))
        self.quit_button.setText(QCoreApplication.translate("DamagedDatabaseDialog", u"&Quit", None))
    # retranslateUi

