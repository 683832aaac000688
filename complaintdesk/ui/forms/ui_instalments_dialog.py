# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instalments_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_InstalmentsDialog(object):
    def setupUi(self, InstalmentsDialog):
        if not InstalmentsDialog.objectName():
            InstalmentsDialog.setObjectName(u"InstalmentsDialog")
        InstalmentsDialog.resize(480, 400)
        self.main_layout = QVBoxLayout(InstalmentsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.claim_label = QLabel(InstalmentsDialog)
        self.claim_label.setObjectName(u"claim_label")
        self.claim_label.setText(u"")
        self.claim_label.setWordWrap(True)

        self.main_layout.addWidget(self.claim_label)

        self.instalment_table_widget = QTableWidget(InstalmentsDialog)
        if (self.instalment_table_widget.columnCount() < 2):
            self.instalment_table_widget.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.instalment_table_widget.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.instalment_table_widget.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.instalment_table_widget.setObjectName(u"instalment_table_widget")
        self.instalment_table_widget.setAlternatingRowColors(True)
        self.instalment_table_widget.setColumnCount(2)
        self.instalment_table_widget.horizontalHeader().setStretchLastSection(True)
        self.instalment_table_widget.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.instalment_table_widget)

        self.row_button_layout = QHBoxLayout()
        self.row_button_layout.setObjectName(u"row_button_layout")
        self.add_row_button = QPushButton(InstalmentsDialog)
        self.add_row_button.setObjectName(u"add_row_button")

        self.row_button_layout.addWidget(self.add_row_button)

        self.remove_row_button = QPushButton(InstalmentsDialog)
        self.remove_row_button.setObjectName(u"remove_row_button")

        self.row_button_layout.addWidget(self.remove_row_button)

        self.row_button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.row_button_layout.addItem(self.row_button_spacer)

        self.total_label = QLabel(InstalmentsDialog)
        self.total_label.setObjectName(u"total_label")
        self.total_label.setText(u"")

        self.row_button_layout.addWidget(self.total_label)


        self.main_layout.addLayout(self.row_button_layout)

        self.notice_label = QLabel(InstalmentsDialog)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setText(u"")

        self.main_layout.addWidget(self.notice_label)

        self.general_error_label = QLabel(InstalmentsDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(InstalmentsDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(InstalmentsDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.instalment_table_widget, self.add_row_button)
        QWidget.setTabOrder(self.add_row_button, self.remove_row_button)
        QWidget.setTabOrder(self.remove_row_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(InstalmentsDialog)

        QMetaObject.connectSlotsByName(InstalmentsDialog)
    # setupUi

    def retranslateUi(self, InstalmentsDialog):
        InstalmentsDialog.setWindowTitle(QCoreApplication.translate("InstalmentsDialog", u"Repayment agreement", None))
        ___qtablewidgetitem = self.instalment_table_widget.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InstalmentsDialog", u"Due on (yyyy-mm-dd)", None))
        ___qtablewidgetitem1 = self.instalment_table_widget.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InstalmentsDialog", u"Amount (yuan)", None))
        self.add_row_button.setText(QCoreApplication.translate("InstalmentsDialog", u"&Add instalment", None))
        self.remove_row_button.setText(QCoreApplication.translate("InstalmentsDialog", u"&Remove", None))
        self.save_button.setText(QCoreApplication.translate("InstalmentsDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("InstalmentsDialog", u"Cancel", None))
    # retranslateUi

