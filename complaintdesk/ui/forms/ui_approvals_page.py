# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approvals_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout)

class Ui_ApprovalsPage(object):
    def setupUi(self, ApprovalsPage):
        if not ApprovalsPage.objectName():
            ApprovalsPage.setObjectName(u"ApprovalsPage")
        ApprovalsPage.resize(1000, 640)
        self.page_layout = QVBoxLayout(ApprovalsPage)
        self.page_layout.setSpacing(8)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(14, 14, 14, 14)
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(12)
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(ApprovalsPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.count_label = QLabel(ApprovalsPage)
        self.count_label.setObjectName(u"count_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.count_label.sizePolicy().hasHeightForWidth())
        self.count_label.setSizePolicy(sizePolicy)

        self.header_layout.addWidget(self.count_label)

        self.busy_progress_bar = QProgressBar(ApprovalsPage)
        self.busy_progress_bar.setObjectName(u"busy_progress_bar")
        self.busy_progress_bar.setMaximumSize(QSize(140, 16777215))
        self.busy_progress_bar.setMaximum(0)
        self.busy_progress_bar.setTextVisible(False)

        self.header_layout.addWidget(self.busy_progress_bar)

        self.refresh_button = QPushButton(ApprovalsPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)


        self.page_layout.addLayout(self.header_layout)

        self.intro_label = QLabel(ApprovalsPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.page_layout.addWidget(self.intro_label)

        self.requests_table_view = QTableView(ApprovalsPage)
        self.requests_table_view.setObjectName(u"requests_table_view")
        self.requests_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests_table_view.setAlternatingRowColors(True)
        self.requests_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_table_view.setShowGrid(False)
        self.requests_table_view.setWordWrap(False)
        self.requests_table_view.horizontalHeader().setHighlightSections(False)
        self.requests_table_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.requests_table_view)

        self.decision_group_box = QGroupBox(ApprovalsPage)
        self.decision_group_box.setObjectName(u"decision_group_box")
        self.decision_layout = QVBoxLayout(self.decision_group_box)
        self.decision_layout.setObjectName(u"decision_layout")
        self.selected_label = QLabel(self.decision_group_box)
        self.selected_label.setObjectName(u"selected_label")
        self.selected_label.setWordWrap(True)

        self.decision_layout.addWidget(self.selected_label)

        self.comment_label = QLabel(self.decision_group_box)
        self.comment_label.setObjectName(u"comment_label")

        self.decision_layout.addWidget(self.comment_label)

        self.comment_plain_text_edit = QPlainTextEdit(self.decision_group_box)
        self.comment_plain_text_edit.setObjectName(u"comment_plain_text_edit")
        self.comment_plain_text_edit.setMaximumSize(QSize(16777215, 90))
        self.comment_plain_text_edit.setTabChangesFocus(True)

        self.decision_layout.addWidget(self.comment_plain_text_edit)

        self.error_label = QLabel(self.decision_group_box)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.decision_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_case_button = QPushButton(self.decision_group_box)
        self.open_case_button.setObjectName(u"open_case_button")

        self.buttons_layout.addWidget(self.open_case_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.return_button = QPushButton(self.decision_group_box)
        self.return_button.setObjectName(u"return_button")

        self.buttons_layout.addWidget(self.return_button)

        self.approve_button = QPushButton(self.decision_group_box)
        self.approve_button.setObjectName(u"approve_button")

        self.buttons_layout.addWidget(self.approve_button)


        self.decision_layout.addLayout(self.buttons_layout)


        self.page_layout.addWidget(self.decision_group_box)

#if QT_CONFIG(shortcut)
        self.comment_label.setBuddy(self.comment_plain_text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalsPage)

        QMetaObject.connectSlotsByName(ApprovalsPage)
    # setupUi

    def retranslateUi(self, ApprovalsPage):
        ApprovalsPage.setWindowTitle(QCoreApplication.translate("ApprovalsPage", u"Approvals", None))
        self.title_label.setText(QCoreApplication.translate("ApprovalsPage", u"Extension requests awaiting approval", None))
        self.count_label.setText("")
        self.refresh_button.setText(QCoreApplication.translate("ApprovalsPage", u"&Refresh", None))
        self.intro_label.setText(QCoreApplication.translate("ApprovalsPage", u"Officers ask for more time on a running deadline; a supervisor approves the extension, or returns the request with a comment. Each decision is recorded in the case history.", None))
        self.decision_group_box.setTitle(QCoreApplication.translate("ApprovalsPage", u"Decision", None))
        self.selected_label.setText(QCoreApplication.translate("ApprovalsPage", u"Choose a request in the list.", None))
        self.comment_label.setText(QCoreApplication.translate("ApprovalsPage", u"&Comment (required when returning):", None))
        self.error_label.setText("")
        self.open_case_button.setText(QCoreApplication.translate("ApprovalsPage", u"&Open case", None))
        self.return_button.setText(QCoreApplication.translate("ApprovalsPage", u"Re&turn with comment", None))
        self.approve_button.setText(QCoreApplication.translate("ApprovalsPage", u"&Approve", None))
    # retranslateUi

