# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QVBoxLayout, QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(1040, 760)
        LetterDialog.setSizeGripEnabled(True)
        self.main_layout = QVBoxLayout(LetterDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.kind_layout = QHBoxLayout()
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_caption_label = QLabel(LetterDialog)
        self.kind_caption_label.setObjectName(u"kind_caption_label")

        self.kind_layout.addWidget(self.kind_caption_label)

        self.kind_combo = QComboBox(LetterDialog)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setMinimumSize(QSize(220, 0))

        self.kind_layout.addWidget(self.kind_combo)

        self.status_label = QLabel(LetterDialog)
        self.status_label.setObjectName(u"status_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)
        self.status_label.setText(u"")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.kind_layout.addWidget(self.status_label)


        self.main_layout.addLayout(self.kind_layout)

        self.body_splitter = QSplitter(LetterDialog)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.preview_view = QPdfView(self.body_splitter)
        self.preview_view.setObjectName(u"preview_view")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.preview_view.sizePolicy().hasHeightForWidth())
        self.preview_view.setSizePolicy(sizePolicy1)
        self.preview_view.setMinimumSize(QSize(300, 200))
        self.body_splitter.addWidget(self.preview_view)
        self.notes_panel = QWidget(self.body_splitter)
        self.notes_panel.setObjectName(u"notes_panel")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.notes_panel.sizePolicy().hasHeightForWidth())
        self.notes_panel.setSizePolicy(sizePolicy2)
        self.notes_layout = QVBoxLayout(self.notes_panel)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_layout.setContentsMargins(0, 0, 0, 0)
        self.fonts_label = QLabel(self.notes_panel)
        self.fonts_label.setObjectName(u"fonts_label")
        self.fonts_label.setText(u"")
        self.fonts_label.setWordWrap(True)
        self.fonts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.notes_layout.addWidget(self.fonts_label)

        self.notes_caption_label = QLabel(self.notes_panel)
        self.notes_caption_label.setObjectName(u"notes_caption_label")

        self.notes_layout.addWidget(self.notes_caption_label)

        self.notes_plain_text_edit = QPlainTextEdit(self.notes_panel)
        self.notes_plain_text_edit.setObjectName(u"notes_plain_text_edit")
        self.notes_plain_text_edit.setReadOnly(True)
        self.notes_plain_text_edit.setTabChangesFocus(True)
        self.notes_plain_text_edit.setMinimumSize(QSize(220, 0))

        self.notes_layout.addWidget(self.notes_plain_text_edit)

        self.summary_panel = QWidget(self.notes_panel)
        self.summary_panel.setObjectName(u"summary_panel")
        self.summary_layout = QVBoxLayout(self.summary_panel)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_caption_label = QLabel(self.summary_panel)
        self.summary_caption_label.setObjectName(u"summary_caption_label")
        self.summary_caption_label.setWordWrap(True)

        self.summary_layout.addWidget(self.summary_caption_label)

        self.summary_edit = QPlainTextEdit(self.summary_panel)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumSize(QSize(16777215, 120))

        self.summary_layout.addWidget(self.summary_edit)

        self.summary_error_label = QLabel(self.summary_panel)
        self.summary_error_label.setObjectName(u"summary_error_label")
        self.summary_error_label.setText(u"")
        self.summary_error_label.setWordWrap(True)

        self.summary_layout.addWidget(self.summary_error_label)

        self.summary_button_layout = QHBoxLayout()
        self.summary_button_layout.setObjectName(u"summary_button_layout")
        self.summary_state_label = QLabel(self.summary_panel)
        self.summary_state_label.setObjectName(u"summary_state_label")
        sizePolicy.setHeightForWidth(self.summary_state_label.sizePolicy().hasHeightForWidth())
        self.summary_state_label.setSizePolicy(sizePolicy)
        self.summary_state_label.setText(u"")
        self.summary_state_label.setWordWrap(True)

        self.summary_button_layout.addWidget(self.summary_state_label)

        self.confirm_summary_button = QPushButton(self.summary_panel)
        self.confirm_summary_button.setObjectName(u"confirm_summary_button")
        self.confirm_summary_button.setAutoDefault(False)

        self.summary_button_layout.addWidget(self.confirm_summary_button)


        self.summary_layout.addLayout(self.summary_button_layout)


        self.notes_layout.addWidget(self.summary_panel)

        self.notes_layout.setStretch(2, 1)
        self.body_splitter.addWidget(self.notes_panel)

        self.main_layout.addWidget(self.body_splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.issue_button = QPushButton(LetterDialog)
        self.issue_button.setObjectName(u"issue_button")

        self.button_layout.addWidget(self.issue_button)

        self.print_button = QPushButton(LetterDialog)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)

        self.save_button = QPushButton(LetterDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(LetterDialog)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kind_caption_label.setBuddy(self.kind_combo)
        self.notes_caption_label.setBuddy(self.notes_plain_text_edit)
        self.summary_caption_label.setBuddy(self.summary_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.preview_view)
        QWidget.setTabOrder(self.preview_view, self.notes_plain_text_edit)
        QWidget.setTabOrder(self.notes_plain_text_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.confirm_summary_button)
        QWidget.setTabOrder(self.confirm_summary_button, self.issue_button)
        QWidget.setTabOrder(self.issue_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.close_button)

        self.retranslateUi(LetterDialog)

        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Letter", None))
        self.kind_caption_label.setText(QCoreApplication.translate("LetterDialog", u"&Kind:", None))
        self.notes_caption_label.setText(QCoreApplication.translate("LetterDialog", u"Check before issuing:", None))
        self.summary_caption_label.setText(QCoreApplication.translate("LetterDialog", u"Complaint &summary as the letter quotes it (third person):", None))
        self.confirm_summary_button.setText(QCoreApplication.translate("LetterDialog", u"Con&firm summary", None))
#if QT_CONFIG(tooltip)
        self.confirm_summary_button.setToolTip(QCoreApplication.translate("LetterDialog", u"Store this wording with the case (recorded in its history); letters quote it from now on", None))
#endif // QT_CONFIG(tooltip)
        self.issue_button.setText(QCoreApplication.translate("LetterDialog", u"&Issue\u2026", None))
#if QT_CONFIG(tooltip)
        self.issue_button.setToolTip(QCoreApplication.translate("LetterDialog", u"Give the letter its number and store it unchangeably with the case", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("LetterDialog", u"&Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("LetterDialog", u"&Save as PDF\u2026", None))
        self.close_button.setText(QCoreApplication.translate("LetterDialog", u"Close", None))
    # retranslateUi

