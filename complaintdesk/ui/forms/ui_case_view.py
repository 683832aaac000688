# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_CaseView(object):
    def setupUi(self, CaseView):
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        CaseView.resize(1180, 680)
        self.main_layout = QVBoxLayout(CaseView)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(8, 8, 8, 8)
        self.header_frame = QFrame(CaseView)
        self.header_frame.setObjectName(u"header_frame")
        self.header_frame.setFrameShape(QFrame.Shape.NoFrame)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.header_frame.sizePolicy().hasHeightForWidth())
        self.header_frame.setSizePolicy(sizePolicy)
        self.header_layout = QGridLayout(self.header_frame)
        self.header_layout.setObjectName(u"header_layout")
        self.header_layout.setVerticalSpacing(4)
        self.header_layout.setContentsMargins(4, 4, 4, 4)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(8)
        self.title_layout.setObjectName(u"title_layout")
        self.case_no_label = QLabel(self.header_frame)
        self.case_no_label.setObjectName(u"case_no_label")
        self.case_no_label.setText(u"")
        font = QFont()
        font.setPointSize(15)
        font.setBold(True)
        self.case_no_label.setFont(font)
        self.case_no_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.title_layout.addWidget(self.case_no_label)

        self.status_label = QLabel(self.header_frame)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.title_layout.addWidget(self.status_label)

        self.title_spacer_a = QSpacerItem(16, 20, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer_a)

        self.next_deadline_label = QLabel(self.header_frame)
        self.next_deadline_label.setObjectName(u"next_deadline_label")
        self.next_deadline_label.setText(u"")

        self.title_layout.addWidget(self.next_deadline_label)

        self.basis_button = QPushButton(self.header_frame)
        self.basis_button.setObjectName(u"basis_button")

        self.title_layout.addWidget(self.basis_button)

        self.title_spacer_b = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer_b)

        self.reload_button = QPushButton(self.header_frame)
        self.reload_button.setObjectName(u"reload_button")

        self.title_layout.addWidget(self.reload_button)


        self.header_layout.addLayout(self.title_layout, 0, 0, 1, 1)

        self.info_label = QLabel(self.header_frame)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setText(u"")
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.info_label, 1, 0, 1, 1)

        self.warnings_label = QLabel(self.header_frame)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setText(u"")
        self.warnings_label.setWordWrap(True)

        self.header_layout.addWidget(self.warnings_label, 2, 0, 1, 1)


        self.main_layout.addWidget(self.header_frame)

        self.body_splitter = QSplitter(CaseView)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.detail_tab_widget = QTabWidget(self.body_splitter)
        self.detail_tab_widget.setObjectName(u"detail_tab_widget")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.detail_tab_widget.sizePolicy().hasHeightForWidth())
        self.detail_tab_widget.setSizePolicy(sizePolicy1)
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.overview_layout = QVBoxLayout(self.overview_tab)
        self.overview_layout.setObjectName(u"overview_layout")
        self.overview_text_browser = QTextBrowser(self.overview_tab)
        self.overview_text_browser.setObjectName(u"overview_text_browser")
        self.overview_text_browser.setFrameShape(QFrame.Shape.NoFrame)
        self.overview_text_browser.setOpenLinks(False)

        self.overview_layout.addWidget(self.overview_text_browser)

        self.detail_tab_widget.addTab(self.overview_tab, "")
        self.claims_tab = QWidget()
        self.claims_tab.setObjectName(u"claims_tab")
        self.claims_layout = QVBoxLayout(self.claims_tab)
        self.claims_layout.setObjectName(u"claims_layout")
        self.claim_table_view = QTableView(self.claims_tab)
        self.claim_table_view.setObjectName(u"claim_table_view")
        self.claim_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.claim_table_view.setAlternatingRowColors(True)
        self.claim_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claim_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.claim_table_view.setShowGrid(False)
        self.claim_table_view.setWordWrap(False)
        self.claim_table_view.setCornerButtonEnabled(False)
        self.claim_table_view.setSortingEnabled(True)
        self.claim_table_view.horizontalHeader().setHighlightSections(False)
        self.claim_table_view.verticalHeader().setVisible(False)

        self.claims_layout.addWidget(self.claim_table_view)

        self.totals_label = QLabel(self.claims_tab)
        self.totals_label.setObjectName(u"totals_label")
        self.totals_label.setText(u"")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.claims_layout.addWidget(self.totals_label)

        self.claim_explanation_plain_text_edit = QPlainTextEdit(self.claims_tab)
        self.claim_explanation_plain_text_edit.setObjectName(u"claim_explanation_plain_text_edit")
        self.claim_explanation_plain_text_edit.setMaximumSize(QSize(16777215, 130))
        self.claim_explanation_plain_text_edit.setReadOnly(True)
        self.claim_explanation_plain_text_edit.setTabChangesFocus(True)

        self.claims_layout.addWidget(self.claim_explanation_plain_text_edit)

        self.claim_button_layout = QHBoxLayout()
        self.claim_button_layout.setObjectName(u"claim_button_layout")
        self.add_claim_button = QPushButton(self.claims_tab)
        self.add_claim_button.setObjectName(u"add_claim_button")

        self.claim_button_layout.addWidget(self.add_claim_button)

        self.edit_claim_button = QPushButton(self.claims_tab)
        self.edit_claim_button.setObjectName(u"edit_claim_button")

        self.claim_button_layout.addWidget(self.edit_claim_button)

        self.add_payment_button = QPushButton(self.claims_tab)
        self.add_payment_button.setObjectName(u"add_payment_button")

        self.claim_button_layout.addWidget(self.add_payment_button)

        self.instalments_button = QPushButton(self.claims_tab)
        self.instalments_button.setObjectName(u"instalments_button")

        self.claim_button_layout.addWidget(self.instalments_button)

        self.claim_button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.claim_button_layout.addItem(self.claim_button_spacer)


        self.claims_layout.addLayout(self.claim_button_layout)

        self.detail_tab_widget.addTab(self.claims_tab, "")
        self.deadlines_tab = QWidget()
        self.deadlines_tab.setObjectName(u"deadlines_tab")
        self.deadlines_layout = QVBoxLayout(self.deadlines_tab)
        self.deadlines_layout.setObjectName(u"deadlines_layout")
        self.deadline_table_view = QTableView(self.deadlines_tab)
        self.deadline_table_view.setObjectName(u"deadline_table_view")
        self.deadline_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadline_table_view.setAlternatingRowColors(True)
        self.deadline_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deadline_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadline_table_view.setShowGrid(False)
        self.deadline_table_view.setWordWrap(False)
        self.deadline_table_view.setCornerButtonEnabled(False)
        self.deadline_table_view.horizontalHeader().setHighlightSections(False)
        self.deadline_table_view.verticalHeader().setVisible(False)

        self.deadlines_layout.addWidget(self.deadline_table_view)

        self.deadline_explanation_plain_text_edit = QPlainTextEdit(self.deadlines_tab)
        self.deadline_explanation_plain_text_edit.setObjectName(u"deadline_explanation_plain_text_edit")
        self.deadline_explanation_plain_text_edit.setMaximumSize(QSize(16777215, 200))
        self.deadline_explanation_plain_text_edit.setReadOnly(True)
        self.deadline_explanation_plain_text_edit.setTabChangesFocus(True)

        self.deadlines_layout.addWidget(self.deadline_explanation_plain_text_edit)

        self.detail_tab_widget.addTab(self.deadlines_tab, "")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.event_table_view = QTableView(self.timeline_tab)
        self.event_table_view.setObjectName(u"event_table_view")
        self.event_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.event_table_view.setAlternatingRowColors(True)
        self.event_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.event_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.event_table_view.setShowGrid(False)
        self.event_table_view.setWordWrap(False)
        self.event_table_view.setCornerButtonEnabled(False)
        self.event_table_view.horizontalHeader().setHighlightSections(False)
        self.event_table_view.verticalHeader().setVisible(False)

        self.timeline_layout.addWidget(self.event_table_view)

        self.detail_tab_widget.addTab(self.timeline_tab, "")
        self.attachments_tab = QWidget()
        self.attachments_tab.setObjectName(u"attachments_tab")
        self.attachments_layout = QVBoxLayout(self.attachments_tab)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachment_table_view = QTableView(self.attachments_tab)
        self.attachment_table_view.setObjectName(u"attachment_table_view")
        self.attachment_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachment_table_view.setAlternatingRowColors(True)
        self.attachment_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachment_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachment_table_view.setShowGrid(False)
        self.attachment_table_view.setWordWrap(False)
        self.attachment_table_view.setCornerButtonEnabled(False)
        self.attachment_table_view.setSortingEnabled(True)
        self.attachment_table_view.horizontalHeader().setHighlightSections(False)
        self.attachment_table_view.verticalHeader().setVisible(False)

        self.attachments_layout.addWidget(self.attachment_table_view)

        self.attachment_button_layout = QHBoxLayout()
        self.attachment_button_layout.setObjectName(u"attachment_button_layout")
        self.add_attachment_button = QPushButton(self.attachments_tab)
        self.add_attachment_button.setObjectName(u"add_attachment_button")

        self.attachment_button_layout.addWidget(self.add_attachment_button)

        self.open_attachment_button = QPushButton(self.attachments_tab)
        self.open_attachment_button.setObjectName(u"open_attachment_button")

        self.attachment_button_layout.addWidget(self.open_attachment_button)

        self.attachment_button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachment_button_layout.addItem(self.attachment_button_spacer)


        self.attachments_layout.addLayout(self.attachment_button_layout)

        self.detail_tab_widget.addTab(self.attachments_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_layout = QVBoxLayout(self.documents_tab)
        self.documents_layout.setObjectName(u"documents_layout")
        self.document_table_view = QTableView(self.documents_tab)
        self.document_table_view.setObjectName(u"document_table_view")
        self.document_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.document_table_view.setAlternatingRowColors(True)
        self.document_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_table_view.setShowGrid(False)
        self.document_table_view.setWordWrap(False)
        self.document_table_view.setCornerButtonEnabled(False)
        self.document_table_view.horizontalHeader().setHighlightSections(False)
        self.document_table_view.verticalHeader().setVisible(False)

        self.documents_layout.addWidget(self.document_table_view)

        self.document_button_layout = QHBoxLayout()
        self.document_button_layout.setObjectName(u"document_button_layout")
        self.new_letter_button = QPushButton(self.documents_tab)
        self.new_letter_button.setObjectName(u"new_letter_button")

        self.document_button_layout.addWidget(self.new_letter_button)

        self.preview_document_button = QPushButton(self.documents_tab)
        self.preview_document_button.setObjectName(u"preview_document_button")

        self.document_button_layout.addWidget(self.preview_document_button)

        self.print_document_button = QPushButton(self.documents_tab)
        self.print_document_button.setObjectName(u"print_document_button")

        self.document_button_layout.addWidget(self.print_document_button)

        self.save_document_button = QPushButton(self.documents_tab)
        self.save_document_button.setObjectName(u"save_document_button")

        self.document_button_layout.addWidget(self.save_document_button)

        self.correct_document_button = QPushButton(self.documents_tab)
        self.correct_document_button.setObjectName(u"correct_document_button")

        self.document_button_layout.addWidget(self.correct_document_button)

        self.document_button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.document_button_layout.addItem(self.document_button_spacer)

        self.dossier_button = QPushButton(self.documents_tab)
        self.dossier_button.setObjectName(u"dossier_button")

        self.document_button_layout.addWidget(self.dossier_button)


        self.documents_layout.addLayout(self.document_button_layout)

        self.detail_tab_widget.addTab(self.documents_tab, "")
        self.body_splitter.addWidget(self.detail_tab_widget)
        self.side_scroll_area = QScrollArea(self.body_splitter)
        self.side_scroll_area.setObjectName(u"side_scroll_area")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.side_scroll_area.sizePolicy().hasHeightForWidth())
        self.side_scroll_area.setSizePolicy(sizePolicy2)
        self.side_scroll_area.setMinimumSize(QSize(320, 0))
        self.side_scroll_area.setMaximumSize(QSize(460, 16777215))
        self.side_scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll_area.setWidgetResizable(True)
        self.side_panel = QWidget()
        self.side_panel.setObjectName(u"side_panel")
        self.side_layout = QVBoxLayout(self.side_panel)
        self.side_layout.setObjectName(u"side_layout")
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.complainant_group_box = QGroupBox(self.side_panel)
        self.complainant_group_box.setObjectName(u"complainant_group_box")
        self.complainant_layout = QFormLayout(self.complainant_group_box)
        self.complainant_layout.setObjectName(u"complainant_layout")
        self.complainant_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.complainant_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.complainant_name_caption_label = QLabel(self.complainant_group_box)
        self.complainant_name_caption_label.setObjectName(u"complainant_name_caption_label")

        self.complainant_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.complainant_name_caption_label)

        self.complainant_name_label = QLabel(self.complainant_group_box)
        self.complainant_name_label.setObjectName(u"complainant_name_label")
        self.complainant_name_label.setText(u"")
        self.complainant_name_label.setWordWrap(True)
        self.complainant_name_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.complainant_name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complainant_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.complainant_name_label)

        self.complainant_uscc_caption_label = QLabel(self.complainant_group_box)
        self.complainant_uscc_caption_label.setObjectName(u"complainant_uscc_caption_label")

        self.complainant_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.complainant_uscc_caption_label)

        self.complainant_uscc_label = QLabel(self.complainant_group_box)
        self.complainant_uscc_label.setObjectName(u"complainant_uscc_label")
        self.complainant_uscc_label.setText(u"")
        self.complainant_uscc_label.setWordWrap(True)
        self.complainant_uscc_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.complainant_uscc_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complainant_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.complainant_uscc_label)

        self.complainant_size_caption_label = QLabel(self.complainant_group_box)
        self.complainant_size_caption_label.setObjectName(u"complainant_size_caption_label")

        self.complainant_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.complainant_size_caption_label)

        self.complainant_size_label = QLabel(self.complainant_group_box)
        self.complainant_size_label.setObjectName(u"complainant_size_label")
        self.complainant_size_label.setText(u"")
        self.complainant_size_label.setWordWrap(True)
        self.complainant_size_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.complainant_size_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complainant_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.complainant_size_label)

        self.complainant_township_caption_label = QLabel(self.complainant_group_box)
        self.complainant_township_caption_label.setObjectName(u"complainant_township_caption_label")

        self.complainant_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.complainant_township_caption_label)

        self.complainant_township_label = QLabel(self.complainant_group_box)
        self.complainant_township_label.setObjectName(u"complainant_township_label")
        self.complainant_township_label.setText(u"")
        self.complainant_township_label.setWordWrap(True)
        self.complainant_township_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.complainant_township_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complainant_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.complainant_township_label)

        self.complainant_contact_caption_label = QLabel(self.complainant_group_box)
        self.complainant_contact_caption_label.setObjectName(u"complainant_contact_caption_label")

        self.complainant_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.complainant_contact_caption_label)

        self.complainant_contact_label = QLabel(self.complainant_group_box)
        self.complainant_contact_label.setObjectName(u"complainant_contact_label")
        self.complainant_contact_label.setText(u"")
        self.complainant_contact_label.setWordWrap(True)
        self.complainant_contact_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.complainant_contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.complainant_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.complainant_contact_label)


        self.side_layout.addWidget(self.complainant_group_box)

        self.respondent_group_box = QGroupBox(self.side_panel)
        self.respondent_group_box.setObjectName(u"respondent_group_box")
        self.respondent_layout = QFormLayout(self.respondent_group_box)
        self.respondent_layout.setObjectName(u"respondent_layout")
        self.respondent_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.respondent_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.respondent_name_caption_label = QLabel(self.respondent_group_box)
        self.respondent_name_caption_label.setObjectName(u"respondent_name_caption_label")

        self.respondent_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.respondent_name_caption_label)

        self.respondent_name_label = QLabel(self.respondent_group_box)
        self.respondent_name_label.setObjectName(u"respondent_name_label")
        self.respondent_name_label.setText(u"")
        self.respondent_name_label.setWordWrap(True)
        self.respondent_name_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.respondent_name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.respondent_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.respondent_name_label)

        self.respondent_kind_caption_label = QLabel(self.respondent_group_box)
        self.respondent_kind_caption_label.setObjectName(u"respondent_kind_caption_label")

        self.respondent_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.respondent_kind_caption_label)

        self.respondent_kind_label = QLabel(self.respondent_group_box)
        self.respondent_kind_label.setObjectName(u"respondent_kind_label")
        self.respondent_kind_label.setText(u"")
        self.respondent_kind_label.setWordWrap(True)
        self.respondent_kind_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.respondent_kind_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.respondent_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.respondent_kind_label)

        self.respondent_uscc_caption_label = QLabel(self.respondent_group_box)
        self.respondent_uscc_caption_label.setObjectName(u"respondent_uscc_caption_label")

        self.respondent_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.respondent_uscc_caption_label)

        self.respondent_uscc_label = QLabel(self.respondent_group_box)
        self.respondent_uscc_label.setObjectName(u"respondent_uscc_label")
        self.respondent_uscc_label.setText(u"")
        self.respondent_uscc_label.setWordWrap(True)
        self.respondent_uscc_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.respondent_uscc_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.respondent_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.respondent_uscc_label)

        self.respondent_contact_caption_label = QLabel(self.respondent_group_box)
        self.respondent_contact_caption_label.setObjectName(u"respondent_contact_caption_label")

        self.respondent_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.respondent_contact_caption_label)

        self.respondent_contact_label = QLabel(self.respondent_group_box)
        self.respondent_contact_label.setObjectName(u"respondent_contact_label")
        self.respondent_contact_label.setText(u"")
        self.respondent_contact_label.setWordWrap(True)
        self.respondent_contact_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.respondent_contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.respondent_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.respondent_contact_label)


        self.side_layout.addWidget(self.respondent_group_box)

        self.actions_group_box = QGroupBox(self.side_panel)
        self.actions_group_box.setObjectName(u"actions_group_box")
        self.actions_layout = QGridLayout(self.actions_group_box)
        self.actions_layout.setSpacing(6)
        self.actions_layout.setObjectName(u"actions_layout")

        self.side_layout.addWidget(self.actions_group_box)

        self.side_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.side_layout.addItem(self.side_spacer)

        self.side_scroll_area.setWidget(self.side_panel)
        self.body_splitter.addWidget(self.side_scroll_area)

        self.main_layout.addWidget(self.body_splitter)

        QWidget.setTabOrder(self.detail_tab_widget, self.claim_table_view)
        QWidget.setTabOrder(self.claim_table_view, self.add_claim_button)
        QWidget.setTabOrder(self.add_claim_button, self.edit_claim_button)
        QWidget.setTabOrder(self.edit_claim_button, self.add_payment_button)
        QWidget.setTabOrder(self.add_payment_button, self.instalments_button)
        QWidget.setTabOrder(self.instalments_button, self.claim_explanation_plain_text_edit)
        QWidget.setTabOrder(self.claim_explanation_plain_text_edit, self.deadline_table_view)
        QWidget.setTabOrder(self.deadline_table_view, self.deadline_explanation_plain_text_edit)
        QWidget.setTabOrder(self.deadline_explanation_plain_text_edit, self.event_table_view)
        QWidget.setTabOrder(self.event_table_view, self.attachment_table_view)
        QWidget.setTabOrder(self.attachment_table_view, self.add_attachment_button)
        QWidget.setTabOrder(self.add_attachment_button, self.open_attachment_button)
        QWidget.setTabOrder(self.open_attachment_button, self.basis_button)
        QWidget.setTabOrder(self.basis_button, self.reload_button)

        self.retranslateUi(CaseView)

        self.detail_tab_widget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseView)
    # setupUi

    def retranslateUi(self, CaseView):
        self.basis_button.setText(QCoreApplication.translate("CaseView", u"Basis\u2026", None))
#if QT_CONFIG(tooltip)
        self.basis_button.setToolTip(QCoreApplication.translate("CaseView", u"Show how this deadline was computed, and its legal basis", None))
#endif // QT_CONFIG(tooltip)
        self.reload_button.setText(QCoreApplication.translate("CaseView", u"Reload", None))
#if QT_CONFIG(tooltip)
        self.reload_button.setToolTip(QCoreApplication.translate("CaseView", u"Read the case again from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tab_widget.setTabText(self.detail_tab_widget.indexOf(self.overview_tab), QCoreApplication.translate("CaseView", u"Overview", None))
        self.claim_explanation_plain_text_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"Select a row: the legal explanation of its dates and interest appears here", None))
        self.add_claim_button.setText(QCoreApplication.translate("CaseView", u"&Add claim\u2026", None))
        self.edit_claim_button.setText(QCoreApplication.translate("CaseView", u"&Edit claim\u2026", None))
        self.add_payment_button.setText(QCoreApplication.translate("CaseView", u"Record &payment\u2026", None))
        self.instalments_button.setText(QCoreApplication.translate("CaseView", u"&Instalments\u2026", None))
        self.detail_tab_widget.setTabText(self.detail_tab_widget.indexOf(self.claims_tab), QCoreApplication.translate("CaseView", u"Arrears", None))
        self.deadline_explanation_plain_text_edit.setPlaceholderText(QCoreApplication.translate("CaseView", u"Select a row: the legal explanation of its dates and interest appears here", None))
        self.detail_tab_widget.setTabText(self.detail_tab_widget.indexOf(self.deadlines_tab), QCoreApplication.translate("CaseView", u"Deadlines", None))
        self.detail_tab_widget.setTabText(self.detail_tab_widget.indexOf(self.timeline_tab), QCoreApplication.translate("CaseView", u"History", None))
        self.add_attachment_button.setText(QCoreApplication.translate("CaseView", u"A&dd attachment\u2026", None))
        self.open_attachment_button.setText(QCoreApplication.translate("CaseView", u"&Open", None))
        self.detail_tab_widget.setTabText(self.detail_tab_widget.indexOf(self.attachments_tab), QCoreApplication.translate("CaseView", u"Attachments", None))
        self.new_letter_button.setText(QCoreApplication.translate("CaseView", u"&Draft a letter\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_letter_button.setToolTip(QCoreApplication.translate("CaseView", u"Choose a kind of letter, preview its draft, then issue, print or save it", None))
#endif // QT_CONFIG(tooltip)
        self.preview_document_button.setText(QCoreApplication.translate("CaseView", u"Pre&view", None))
        self.print_document_button.setText(QCoreApplication.translate("CaseView", u"P&rint\u2026", None))
        self.save_document_button.setText(QCoreApplication.translate("CaseView", u"&Save as\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_document_button.setToolTip(QCoreApplication.translate("CaseView", u"Save the issued letter exactly as it was stored (PDF)", None))
#endif // QT_CONFIG(tooltip)
        self.correct_document_button.setText(QCoreApplication.translate("CaseView", u"&Correct\u2026", None))
#if QT_CONFIG(tooltip)
        self.correct_document_button.setToolTip(QCoreApplication.translate("CaseView", u"Issue a corrected letter under a new number that replaces the selected one", None))
#endif // QT_CONFIG(tooltip)
        self.dossier_button.setText(QCoreApplication.translate("CaseView", u"E&xport dossier\u2026", None))
#if QT_CONFIG(tooltip)
        self.dossier_button.setToolTip(QCoreApplication.translate("CaseView", u"The whole case as one PDF, for the archive or a supervisor's review", None))
#endif // QT_CONFIG(tooltip)
        self.detail_tab_widget.setTabText(self.detail_tab_widget.indexOf(self.documents_tab), QCoreApplication.translate("CaseView", u"Letters", None))
        self.complainant_group_box.setTitle(QCoreApplication.translate("CaseView", u"Complainant", None))
        self.complainant_name_caption_label.setText(QCoreApplication.translate("CaseView", u"Name:", None))
        self.complainant_uscc_caption_label.setText(QCoreApplication.translate("CaseView", u"Credit code:", None))
        self.complainant_size_caption_label.setText(QCoreApplication.translate("CaseView", u"Size:", None))
        self.complainant_township_caption_label.setText(QCoreApplication.translate("CaseView", u"Township:", None))
        self.complainant_contact_caption_label.setText(QCoreApplication.translate("CaseView", u"Contact:", None))
        self.respondent_group_box.setTitle(QCoreApplication.translate("CaseView", u"Respondent", None))
        self.respondent_name_caption_label.setText(QCoreApplication.translate("CaseView", u"Name:", None))
        self.respondent_kind_caption_label.setText(QCoreApplication.translate("CaseView", u"Kind:", None))
        self.respondent_uscc_caption_label.setText(QCoreApplication.translate("CaseView", u"Credit code:", None))
        self.respondent_contact_caption_label.setText(QCoreApplication.translate("CaseView", u"Contact:", None))
        self.actions_group_box.setTitle(QCoreApplication.translate("CaseView", u"Actions", None))
        pass
    # retranslateUi

