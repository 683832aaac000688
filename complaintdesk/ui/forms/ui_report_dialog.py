# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout)

from complaintdesk.ui.date_line_edit import DateLineEdit

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(620, 340)
        self.dialog_layout = QVBoxLayout(ReportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_label = QLabel(ReportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ReportDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.period_label = QLabel(ReportDialog)
        self.period_label.setObjectName(u"period_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.from_date_edit = DateLineEdit(ReportDialog)
        self.from_date_edit.setObjectName(u"from_date_edit")

        self.period_layout.addWidget(self.from_date_edit)

        self.period_dash_label = QLabel(ReportDialog)
        self.period_dash_label.setObjectName(u"period_dash_label")
        self.period_dash_label.setText(u"\u2013")

        self.period_layout.addWidget(self.period_dash_label)

        self.to_date_edit = DateLineEdit(ReportDialog)
        self.to_date_edit.setObjectName(u"to_date_edit")

        self.period_layout.addWidget(self.to_date_edit)

        self.period_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.period_layout)

        self.year_label = QLabel(ReportDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin_box = QSpinBox(ReportDialog)
        self.year_spin_box.setObjectName(u"year_spin_box")
        self.year_spin_box.setMinimum(2000)
        self.year_spin_box.setMaximum(2100)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.year_spin_box)

        self.format_label = QLabel(ReportDialog)
        self.format_label.setObjectName(u"format_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format_combo = QComboBox(ReportDialog)
        self.format_combo.setObjectName(u"format_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.format_combo)

        self.path_label = QLabel(ReportDialog)
        self.path_label.setObjectName(u"path_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.path_label)

        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.path_line_edit = QLineEdit(ReportDialog)
        self.path_line_edit.setObjectName(u"path_line_edit")

        self.path_layout.addWidget(self.path_line_edit)

        self.browse_button = QPushButton(ReportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.path_layout)


        self.dialog_layout.addLayout(self.form_layout)

        self.description_label = QLabel(ReportDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.description_label)

        self.error_label = QLabel(ReportDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.busy_progress_bar = QProgressBar(ReportDialog)
        self.busy_progress_bar.setObjectName(u"busy_progress_bar")
        self.busy_progress_bar.setMaximumSize(QSize(140, 16777215))
        self.busy_progress_bar.setMaximum(0)
        self.busy_progress_bar.setTextVisible(False)

        self.buttons_layout.addWidget(self.busy_progress_bar)

        self.status_label = QLabel(ReportDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.status_label)

        self.open_file_button = QPushButton(ReportDialog)
        self.open_file_button.setObjectName(u"open_file_button")

        self.buttons_layout.addWidget(self.open_file_button)

        self.open_folder_button = QPushButton(ReportDialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.buttons_layout.addWidget(self.open_folder_button)

        self.export_button = QPushButton(ReportDialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.close_button = QPushButton(ReportDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.period_label.setBuddy(self.from_date_edit)
        self.year_label.setBuddy(self.year_spin_box)
        self.format_label.setBuddy(self.format_combo)
        self.path_label.setBuddy(self.path_line_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)

        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Export a report", None))
        self.kind_label.setText(QCoreApplication.translate("ReportDialog", u"&Report:", None))
        self.period_label.setText(QCoreApplication.translate("ReportDialog", u"&Period:", None))
        self.year_label.setText(QCoreApplication.translate("ReportDialog", u"&Year:", None))
        self.format_label.setText(QCoreApplication.translate("ReportDialog", u"&Format:", None))
        self.path_label.setText(QCoreApplication.translate("ReportDialog", u"&Save as:", None))
        self.browse_button.setText(QCoreApplication.translate("ReportDialog", u"&Browse\u2026", None))
        self.description_label.setText("")
        self.error_label.setText("")
        self.status_label.setText("")
        self.open_file_button.setText(QCoreApplication.translate("ReportDialog", u"&Open the file", None))
        self.open_folder_button.setText(QCoreApplication.translate("ReportDialog", u"Open the f&older", None))
        self.export_button.setText(QCoreApplication.translate("ReportDialog", u"&Export", None))
        self.close_button.setText(QCoreApplication.translate("ReportDialog", u"Close", None))
    # retranslateUi

