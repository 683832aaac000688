# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from complaintdesk.ui.figure_widgets import FigureTile

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1200, 900)
        self.page_layout = QVBoxLayout(DashboardPage)
        self.page_layout.setSpacing(0)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.top_layout = QVBoxLayout()
        self.top_layout.setSpacing(4)
        self.top_layout.setObjectName(u"top_layout")
        self.top_layout.setContentsMargins(14, 10, 14, 0)
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(12)
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(DashboardPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.as_of_label = QLabel(DashboardPage)
        self.as_of_label.setObjectName(u"as_of_label")
        self.as_of_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.as_of_label.sizePolicy().hasHeightForWidth())
        self.as_of_label.setSizePolicy(sizePolicy)

        self.header_layout.addWidget(self.as_of_label)

        self.busy_progress_bar = QProgressBar(DashboardPage)
        self.busy_progress_bar.setObjectName(u"busy_progress_bar")
        self.busy_progress_bar.setMaximumSize(QSize(140, 16777215))
        self.busy_progress_bar.setMaximum(0)
        self.busy_progress_bar.setTextVisible(False)

        self.header_layout.addWidget(self.busy_progress_bar)

        self.refresh_button = QPushButton(DashboardPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)


        self.top_layout.addLayout(self.header_layout)

        self.notice_label = QLabel(DashboardPage)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setWordWrap(True)

        self.top_layout.addWidget(self.notice_label)

        self.error_label = QLabel(DashboardPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.top_layout.addWidget(self.error_label)


        self.page_layout.addLayout(self.top_layout)

        self.scroll_area = QScrollArea(DashboardPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.content_layout = QVBoxLayout(self.scroll_contents)
        self.content_layout.setSpacing(14)
        self.content_layout.setObjectName(u"content_layout")
        self.content_layout.setContentsMargins(14, 14, 14, 14)
        self.count_tiles_layout = QHBoxLayout()
        self.count_tiles_layout.setSpacing(12)
        self.count_tiles_layout.setObjectName(u"count_tiles_layout")
        self.open_tile = FigureTile(self.scroll_contents)
        self.open_tile.setObjectName(u"open_tile")

        self.count_tiles_layout.addWidget(self.open_tile)

        self.overdue_tile = FigureTile(self.scroll_contents)
        self.overdue_tile.setObjectName(u"overdue_tile")

        self.count_tiles_layout.addWidget(self.overdue_tile)

        self.due_soon_tile = FigureTile(self.scroll_contents)
        self.due_soon_tile.setObjectName(u"due_soon_tile")

        self.count_tiles_layout.addWidget(self.due_soon_tile)

        self.awaiting_tile = FigureTile(self.scroll_contents)
        self.awaiting_tile.setObjectName(u"awaiting_tile")

        self.count_tiles_layout.addWidget(self.awaiting_tile)


        self.content_layout.addLayout(self.count_tiles_layout)

        self.rate_tiles_layout = QHBoxLayout()
        self.rate_tiles_layout.setSpacing(12)
        self.rate_tiles_layout.setObjectName(u"rate_tiles_layout")
        self.closure_rate_tile = FigureTile(self.scroll_contents)
        self.closure_rate_tile.setObjectName(u"closure_rate_tile")

        self.rate_tiles_layout.addWidget(self.closure_rate_tile)

        self.on_time_rate_tile = FigureTile(self.scroll_contents)
        self.on_time_rate_tile.setObjectName(u"on_time_rate_tile")

        self.rate_tiles_layout.addWidget(self.on_time_rate_tile)

        self.satisfaction_tile = FigureTile(self.scroll_contents)
        self.satisfaction_tile.setObjectName(u"satisfaction_tile")

        self.rate_tiles_layout.addWidget(self.satisfaction_tile)

        self.recovered_tile = FigureTile(self.scroll_contents)
        self.recovered_tile.setObjectName(u"recovered_tile")

        self.rate_tiles_layout.addWidget(self.recovered_tile)


        self.content_layout.addLayout(self.rate_tiles_layout)

        self.overdue_layout = QHBoxLayout()
        self.overdue_layout.setSpacing(12)
        self.overdue_layout.setObjectName(u"overdue_layout")
        self.handler_group_box = QGroupBox(self.scroll_contents)
        self.handler_group_box.setObjectName(u"handler_group_box")
        self.handler_layout = QVBoxLayout(self.handler_group_box)
        self.handler_layout.setObjectName(u"handler_layout")
        self.handler_table_view = QTableView(self.handler_group_box)
        self.handler_table_view.setObjectName(u"handler_table_view")
        self.handler_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.handler_table_view.setAlternatingRowColors(True)
        self.handler_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.handler_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.handler_table_view.setShowGrid(False)
        self.handler_table_view.setWordWrap(False)
        self.handler_table_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.handler_table_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.handler_table_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.handler_table_view.horizontalHeader().setHighlightSections(False)
        self.handler_table_view.verticalHeader().setVisible(False)

        self.handler_layout.addWidget(self.handler_table_view)


        self.overdue_layout.addWidget(self.handler_group_box)

        self.step_group_box = QGroupBox(self.scroll_contents)
        self.step_group_box.setObjectName(u"step_group_box")
        self.step_layout = QVBoxLayout(self.step_group_box)
        self.step_layout.setObjectName(u"step_layout")
        self.step_table_view = QTableView(self.step_group_box)
        self.step_table_view.setObjectName(u"step_table_view")
        self.step_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.step_table_view.setAlternatingRowColors(True)
        self.step_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.step_table_view.setShowGrid(False)
        self.step_table_view.setWordWrap(False)
        self.step_table_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_table_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.step_table_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.step_table_view.horizontalHeader().setHighlightSections(False)
        self.step_table_view.verticalHeader().setVisible(False)

        self.step_layout.addWidget(self.step_table_view)


        self.overdue_layout.addWidget(self.step_group_box)


        self.content_layout.addLayout(self.overdue_layout)

        self.kind_group_box = QGroupBox(self.scroll_contents)
        self.kind_group_box.setObjectName(u"kind_group_box")
        self.kind_layout = QVBoxLayout(self.kind_group_box)
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_table_view = QTableView(self.kind_group_box)
        self.kind_table_view.setObjectName(u"kind_table_view")
        self.kind_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kind_table_view.setAlternatingRowColors(True)
        self.kind_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kind_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.kind_table_view.setShowGrid(False)
        self.kind_table_view.setWordWrap(False)
        self.kind_table_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kind_table_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.kind_table_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.kind_table_view.horizontalHeader().setHighlightSections(False)
        self.kind_table_view.verticalHeader().setVisible(False)

        self.kind_layout.addWidget(self.kind_table_view)

        self.kind_chart_container = QWidget(self.kind_group_box)
        self.kind_chart_container.setObjectName(u"kind_chart_container")
        self.kind_chart_container.setMinimumSize(QSize(0, 280))
        self.kind_chart_layout = QVBoxLayout(self.kind_chart_container)
        self.kind_chart_layout.setObjectName(u"kind_chart_layout")
        self.kind_chart_layout.setContentsMargins(0, 0, 0, 0)

        self.kind_layout.addWidget(self.kind_chart_container)


        self.content_layout.addWidget(self.kind_group_box)

        self.monthly_group_box = QGroupBox(self.scroll_contents)
        self.monthly_group_box.setObjectName(u"monthly_group_box")
        self.monthly_layout = QVBoxLayout(self.monthly_group_box)
        self.monthly_layout.setObjectName(u"monthly_layout")
        self.monthly_chart_container = QWidget(self.monthly_group_box)
        self.monthly_chart_container.setObjectName(u"monthly_chart_container")
        self.monthly_chart_container.setMinimumSize(QSize(0, 280))
        self.monthly_chart_layout = QVBoxLayout(self.monthly_chart_container)
        self.monthly_chart_layout.setObjectName(u"monthly_chart_layout")
        self.monthly_chart_layout.setContentsMargins(0, 0, 0, 0)

        self.monthly_layout.addWidget(self.monthly_chart_container)


        self.content_layout.addWidget(self.monthly_group_box)

        self.township_group_box = QGroupBox(self.scroll_contents)
        self.township_group_box.setObjectName(u"township_group_box")
        self.township_layout = QVBoxLayout(self.township_group_box)
        self.township_layout.setObjectName(u"township_layout")
        self.township_table_view = QTableView(self.township_group_box)
        self.township_table_view.setObjectName(u"township_table_view")
        self.township_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.township_table_view.setAlternatingRowColors(True)
        self.township_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.township_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.township_table_view.setShowGrid(False)
        self.township_table_view.setWordWrap(False)
        self.township_table_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.township_table_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.township_table_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.township_table_view.horizontalHeader().setHighlightSections(False)
        self.township_table_view.verticalHeader().setVisible(False)

        self.township_layout.addWidget(self.township_table_view)


        self.content_layout.addWidget(self.township_group_box)

        self.content_bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.content_bottom_spacer)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        DashboardPage.setWindowTitle(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.title_label.setText(QCoreApplication.translate("DashboardPage", u"Dashboard", None))
        self.as_of_label.setText("")
        self.refresh_button.setText(QCoreApplication.translate("DashboardPage", u"&Refresh", None))
        self.notice_label.setText("")
        self.error_label.setText("")
        self.handler_group_box.setTitle(QCoreApplication.translate("DashboardPage", u"Overdue by handler", None))
        self.step_group_box.setTitle(QCoreApplication.translate("DashboardPage", u"Overdue by step", None))
        self.kind_group_box.setTitle(QCoreApplication.translate("DashboardPage", u"Arrears by debtor kind", None))
        self.monthly_group_box.setTitle(QCoreApplication.translate("DashboardPage", u"Intake and closures by month", None))
        self.township_group_box.setTitle(QCoreApplication.translate("DashboardPage", u"Arrears by township", None))
    # retranslateUi

