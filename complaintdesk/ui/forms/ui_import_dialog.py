# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSplitter, QTableView, QTableWidget, QVBoxLayout)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1100, 720)
        self.dialog_layout = QVBoxLayout(ImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_line_edit = QLineEdit(ImportDialog)
        self.file_line_edit.setObjectName(u"file_line_edit")
        self.file_line_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_line_edit)

        self.choose_file_button = QPushButton(ImportDialog)
        self.choose_file_button.setObjectName(u"choose_file_button")

        self.file_layout.addWidget(self.choose_file_button)


        self.dialog_layout.addLayout(self.file_layout)

        self.file_info_label = QLabel(ImportDialog)
        self.file_info_label.setObjectName(u"file_info_label")
        self.file_info_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.file_info_label)

        self.splitter = QSplitter(ImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mapping_group_box = QGroupBox(self.splitter)
        self.mapping_group_box.setObjectName(u"mapping_group_box")
        self.mapping_layout = QVBoxLayout(self.mapping_group_box)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_hint_label = QLabel(self.mapping_group_box)
        self.mapping_hint_label.setObjectName(u"mapping_hint_label")
        self.mapping_hint_label.setWordWrap(True)

        self.mapping_layout.addWidget(self.mapping_hint_label)

        self.mapping_table_widget = QTableWidget(self.mapping_group_box)
        self.mapping_table_widget.setObjectName(u"mapping_table_widget")
        self.mapping_table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table_widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table_widget.setShowGrid(False)
        self.mapping_table_widget.setAlternatingRowColors(True)
        self.mapping_table_widget.verticalHeader().setVisible(False)

        self.mapping_layout.addWidget(self.mapping_table_widget)

        self.splitter.addWidget(self.mapping_group_box)
        self.results_group_box = QGroupBox(self.splitter)
        self.results_group_box.setObjectName(u"results_group_box")
        self.results_layout = QVBoxLayout(self.results_group_box)
        self.results_layout.setObjectName(u"results_layout")
        self.summary_label = QLabel(self.results_group_box)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.results_layout.addWidget(self.summary_label)

        self.problems_table_view = QTableView(self.results_group_box)
        self.problems_table_view.setObjectName(u"problems_table_view")
        self.problems_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table_view.setAlternatingRowColors(True)
        self.problems_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table_view.setShowGrid(False)
        self.problems_table_view.setWordWrap(False)
        self.problems_table_view.horizontalHeader().setHighlightSections(False)
        self.problems_table_view.verticalHeader().setVisible(False)

        self.results_layout.addWidget(self.problems_table_view)

        self.splitter.addWidget(self.results_group_box)

        self.dialog_layout.addWidget(self.splitter)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.busy_progress_bar = QProgressBar(ImportDialog)
        self.busy_progress_bar.setObjectName(u"busy_progress_bar")
        self.busy_progress_bar.setMaximumSize(QSize(140, 16777215))
        self.busy_progress_bar.setMaximum(0)
        self.busy_progress_bar.setTextVisible(False)

        self.buttons_layout.addWidget(self.busy_progress_bar)

        self.status_label = QLabel(ImportDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setWordWrap(True)

        self.buttons_layout.addWidget(self.status_label)

        self.show_cases_button = QPushButton(ImportDialog)
        self.show_cases_button.setObjectName(u"show_cases_button")

        self.buttons_layout.addWidget(self.show_cases_button)

        self.dry_run_button = QPushButton(ImportDialog)
        self.dry_run_button.setObjectName(u"dry_run_button")

        self.buttons_layout.addWidget(self.dry_run_button)

        self.import_button = QPushButton(ImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.close_button = QPushButton(ImportDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_line_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import ledger or batch", None))
        self.intro_label.setText(QCoreApplication.translate("ImportDialog", u"Import an arrears ledger (\u6e05\u6b20\u53f0\u8d26) or a batch of forwarded complaints from an Excel (.xlsx) or CSV file. Every row is checked first; nothing is imported while any row has an error, and rows imported before are skipped.", None))
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"File:", None))
        self.choose_file_button.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.file_info_label.setText("")
        self.mapping_group_box.setTitle(QCoreApplication.translate("ImportDialog", u"Columns", None))
        self.mapping_hint_label.setText(QCoreApplication.translate("ImportDialog", u"Which column of the file holds each field. Fields marked * are required. A mapping is remembered for files with the same headings.", None))
        self.results_group_box.setTitle(QCoreApplication.translate("ImportDialog", u"Check results", None))
        self.summary_label.setText(QCoreApplication.translate("ImportDialog", u"Choose a file, check the column mapping, then run the check.", None))
        self.status_label.setText("")
        self.show_cases_button.setText(QCoreApplication.translate("ImportDialog", u"&Show imported cases", None))
        self.dry_run_button.setText(QCoreApplication.translate("ImportDialog", u"Chec&k (dry run)", None))
        self.import_button.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.close_button.setText(QCoreApplication.translate("ImportDialog", u"Close", None))
    # retranslateUi

