# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar,
    QTableView, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 720)
        self.open_database_action = QAction(MainWindow)
        self.open_database_action.setObjectName(u"open_database_action")
#if QT_CONFIG(shortcut)
        self.open_database_action.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.filter_open_action = QAction(MainWindow)
        self.filter_open_action.setObjectName(u"filter_open_action")
        self.filter_open_action.setCheckable(True)
        self.filter_overdue_action = QAction(MainWindow)
        self.filter_overdue_action.setObjectName(u"filter_overdue_action")
        self.filter_overdue_action.setCheckable(True)
        self.filter_due_soon_action = QAction(MainWindow)
        self.filter_due_soon_action.setObjectName(u"filter_due_soon_action")
        self.filter_due_soon_action.setCheckable(True)
        self.filter_all_action = QAction(MainWindow)
        self.filter_all_action.setObjectName(u"filter_all_action")
        self.filter_all_action.setCheckable(True)
        self.find_action = QAction(MainWindow)
        self.find_action.setObjectName(u"find_action")
#if QT_CONFIG(shortcut)
        self.find_action.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.refresh_action = QAction(MainWindow)
        self.refresh_action.setObjectName(u"refresh_action")
#if QT_CONFIG(shortcut)
        self.refresh_action.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.chinese_action = QAction(MainWindow)
        self.chinese_action.setObjectName(u"chinese_action")
        self.chinese_action.setCheckable(True)
        self.chinese_action.setText(u"\u4e2d\u6587")
        self.english_action = QAction(MainWindow)
        self.english_action.setObjectName(u"english_action")
        self.english_action.setCheckable(True)
        self.english_action.setText(u"English")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_stack = QStackedWidget(self.central_widget)
        self.central_stack.setObjectName(u"central_stack")
        self.placeholder_page = QWidget()
        self.placeholder_page.setObjectName(u"placeholder_page")
        self.placeholder_layout = QVBoxLayout(self.placeholder_page)
        self.placeholder_layout.setObjectName(u"placeholder_layout")
        self.placeholder_top_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.placeholder_layout.addItem(self.placeholder_top_spacer)

        self.placeholder_label = QLabel(self.placeholder_page)
        self.placeholder_label.setObjectName(u"placeholder_label")
        font = QFont()
        font.setPointSize(13)
        self.placeholder_label.setFont(font)
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setWordWrap(True)
        self.placeholder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.placeholder_layout.addWidget(self.placeholder_label)

        self.open_database_button = QPushButton(self.placeholder_page)
        self.open_database_button.setObjectName(u"open_database_button")

        self.placeholder_layout.addWidget(self.open_database_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.placeholder_bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.placeholder_layout.addItem(self.placeholder_bottom_spacer)

        self.central_stack.addWidget(self.placeholder_page)
        self.cases_page = QWidget()
        self.cases_page.setObjectName(u"cases_page")
        self.cases_layout = QVBoxLayout(self.cases_page)
        self.cases_layout.setObjectName(u"cases_layout")
        self.cases_layout.setContentsMargins(0, 0, 0, 0)
        self.case_table_view = QTableView(self.cases_page)
        self.case_table_view.setObjectName(u"case_table_view")
        self.case_table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_table_view.setAlternatingRowColors(True)
        self.case_table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.case_table_view.setShowGrid(False)
        self.case_table_view.setWordWrap(False)
        self.case_table_view.setCornerButtonEnabled(False)
        self.case_table_view.horizontalHeader().setHighlightSections(False)
        self.case_table_view.verticalHeader().setVisible(False)

        self.cases_layout.addWidget(self.case_table_view)

        self.central_stack.addWidget(self.cases_page)

        self.central_layout.addWidget(self.central_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_bar.setGeometry(QRect(0, 0, 1200, 24))
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.view_menu = QMenu(self.menu_bar)
        self.view_menu.setObjectName(u"view_menu")
        self.quick_filter_menu = QMenu(self.view_menu)
        self.quick_filter_menu.setObjectName(u"quick_filter_menu")
        self.language_menu = QMenu(self.menu_bar)
        self.language_menu.setObjectName(u"language_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.main_tool_bar = QToolBar(MainWindow)
        self.main_tool_bar.setObjectName(u"main_tool_bar")
        self.main_tool_bar.setMovable(False)
        self.main_tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.main_tool_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.view_menu.menuAction())
        self.menu_bar.addAction(self.language_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.open_database_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu.addAction(self.quick_filter_menu.menuAction())
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.quick_filter_menu.addAction(self.filter_open_action)
        self.quick_filter_menu.addAction(self.filter_overdue_action)
        self.quick_filter_menu.addAction(self.filter_due_soon_action)
        self.quick_filter_menu.addAction(self.filter_all_action)
        self.language_menu.addAction(self.chinese_action)
        self.language_menu.addAction(self.english_action)
        self.help_menu.addAction(self.about_action)
        self.main_tool_bar.addAction(self.open_database_action)
        self.main_tool_bar.addAction(self.refresh_action)
        self.main_tool_bar.addSeparator()

        self.retranslateUi(MainWindow)

        self.central_stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"ComplaintDesk", None))
        self.open_database_action.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
        self.open_database_action.setIconText(QCoreApplication.translate("MainWindow", u"Open database", None))
#if QT_CONFIG(tooltip)
        self.open_database_action.setToolTip(QCoreApplication.translate("MainWindow", u"Open another office database, or create a new one", None))
#endif // QT_CONFIG(tooltip)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"E&xit", None))
        self.filter_open_action.setText(QCoreApplication.translate("MainWindow", u"Open cases", None))
        self.filter_overdue_action.setText(QCoreApplication.translate("MainWindow", u"Overdue", None))
        self.filter_due_soon_action.setText(QCoreApplication.translate("MainWindow", u"Due within 3 workdays", None))
        self.filter_all_action.setText(QCoreApplication.translate("MainWindow", u"All cases", None))
        self.find_action.setText(QCoreApplication.translate("MainWindow", u"&Find cases\u2026", None))
#if QT_CONFIG(tooltip)
        self.find_action.setToolTip(QCoreApplication.translate("MainWindow", u"Search by case number, complainant, respondent or summary", None))
#endif // QT_CONFIG(tooltip)
        self.refresh_action.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.refresh_action.setIconText(QCoreApplication.translate("MainWindow", u"Refresh", None))
#if QT_CONFIG(tooltip)
        self.refresh_action.setToolTip(QCoreApplication.translate("MainWindow", u"Read the case list again from the database", None))
#endif // QT_CONFIG(tooltip)
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About ComplaintDesk", None))
        self.placeholder_label.setText(QCoreApplication.translate("MainWindow", u"Opening the database\u2026", None))
        self.open_database_button.setText(QCoreApplication.translate("MainWindow", u"Open a database\u2026", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.quick_filter_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Quick filter", None))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.main_tool_bar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

