"""The Statistics menu of the main window and what it opens: the dashboard and approvals tabs, import and report dialogs.

Kept apart from ``main_window`` so the window stays about the case list: this object adds its
menu and tabs to its host (a ``WindowHost``), follows the host's office and ``officeChanged``, and
sends figure clicks back to ``host.show_query``. The dashboard (and QtCharts with it) is built when the first office
opens, not at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabBar, QWidget

from complaintdesk.ui.approvals_page import APPROVER_ROLES
from complaintdesk.ui.labels import fill
from complaintdesk.ui.window_host import Changed, OfficeChange

if TYPE_CHECKING:
    from complaintdesk.services.office import Office
    from complaintdesk.ui.approvals_page import ApprovalsPage
    from complaintdesk.ui.dashboard_page import DashboardPage
    from complaintdesk.ui.import_dialog import ImportDialog
    from complaintdesk.ui.report_dialog import ReportDialog
    from complaintdesk.ui.window_host import WindowHost

# If the list's first page is slow (or fails), the pages come anyway after this long.
PAGES_AT_THE_LATEST_MS = 1500


class OfficeTools(QObject):
    """Adds 统计 (Statistics) to ``host``: dashboard, approvals queue, import, reports."""

    def __init__(self, host: WindowHost):
        super().__init__(host.dialog_parent())
        self._host = host
        self.dashboard: DashboardPage | None = None
        self.approvals: ApprovalsPage | None = None
        self._pages_pending = False
        self.import_dialog: ImportDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self._approval_count: int | None = None

        self.menu = QMenu(host.dialog_parent())
        self.menu.setObjectName("statistics_menu")
        self.dashboard_action = self._action("dashboard_action", self.show_dashboard, "Ctrl+Shift+D")
        self.approvals_action = self._action("approvals_action", self.show_approvals, "Ctrl+Shift+A")
        self.menu.addSeparator()
        self.import_action = self._action("import_action", self.open_import)
        self.report_action = self._action("report_action", self.open_reports)
        host.insert_menu(self.menu)

        host.officeOpened.connect(self._office_opened)
        host.officeChanged.connect(self._office_changed)
        self.menu.installEventFilter(self)  # the menu is told when the language changes
        if host.office is not None:
            self._office_opened()  # built after the office opened (the window builds it after the first rows)
        else:
            self._update_actions()
            self._retranslate()

    def _action(self, name: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(self._host.dialog_parent())
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    @property
    def office(self) -> Office | None:
        return self._host.office

    @property
    def is_approver(self) -> bool:
        office = self.office
        return office is not None and office.actor.role in APPROVER_ROLES

    # --- pages -----------------------------------------------------------------------------------

    def _office_opened(self) -> None:
        # The pages are built and read once the list's first rows are on screen: the list first.
        self._pages_pending = True
        model = self._host.model
        if model.loading:
            model.pageLoaded.connect(lambda _page: QTimer.singleShot(0, self.ensure_pages),
                                     Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(0 if not model.loading else PAGES_AT_THE_LATEST_MS, self.ensure_pages)
        for dialog in (self.import_dialog, self.report_dialog):
            if dialog is not None:
                dialog.close()
        self._update_actions()
        self._retranslate()

    def ensure_pages(self) -> None:
        """The dashboard (everyone's) and approvals (approvers') pages for the open office."""
        if not self._pages_pending:
            return
        self._pages_pending = False
        office = self.office
        if office is None:
            return
        tabs = self._host.tabs
        if self.dashboard is None:
            from complaintdesk.ui.dashboard_page import DashboardPage

            self.dashboard = DashboardPage(tabs)
            self.dashboard.setObjectName("dashboard_page")
            self.dashboard.figureClicked.connect(self._host.show_query)
            self._add_tab(self.dashboard, 1)
        self.dashboard.set_office(office)

        if self.is_approver:
            if self.approvals is None:
                from complaintdesk.ui.approvals_page import ApprovalsPage

                self.approvals = ApprovalsPage(tabs)
                self.approvals.setObjectName("approvals_page")
                self.approvals.decided.connect(self._case_decided)
                self.approvals.openCaseRequested.connect(self._host.open_case)
                self.approvals.countChanged.connect(self._approval_count_changed)
            if tabs.indexOf(self.approvals) < 0:
                self._add_tab(self.approvals, tabs.indexOf(self.dashboard) + 1)
            self._approval_count = None
            self.approvals.set_office(office)
            self.approvals.refresh()  # the tab shows how many wait, so read it now
        elif self.approvals is not None and tabs.indexOf(self.approvals) >= 0:
            tabs.removeTab(tabs.indexOf(self.approvals))
            self.approvals.set_office(None)
        self._update_actions()
        self._retranslate()

    def _add_tab(self, page: QWidget, index: int) -> None:
        tabs = self._host.tabs
        at = tabs.insertTab(index, page, "")
        # Like the list, these pages belong to the window: no close button.
        tabs.tabBar().setTabButton(at, QTabBar.ButtonPosition.RightSide, None)
        tabs.tabBar().setTabButton(at, QTabBar.ButtonPosition.LeftSide, None)

    def show_dashboard(self) -> DashboardPage | None:
        self.ensure_pages()
        if self.dashboard is not None and self.office is not None:
            self._host.tabs.setCurrentWidget(self.dashboard)
        return self.dashboard

    def show_approvals(self) -> ApprovalsPage | None:
        self.ensure_pages()
        if self.approvals is not None and self.is_approver:
            self._host.tabs.setCurrentWidget(self.approvals)
            return self.approvals
        return None

    def _office_changed(self, change: OfficeChange) -> None:
        # Figures count cases, claims, users and deadlines: any write may move them.
        if self.dashboard is not None:
            self.dashboard.mark_stale()  # computed again now if on screen, else when shown
        approvals = self.approvals
        if approvals is not None and approvals is not change.origin and change.touches(Changed.CASES, Changed.CALENDAR):
            approvals.mark_stale()

    def _case_decided(self, case_id: int) -> None:
        self._host.office_changed(OfficeChange.of_cases({case_id}, origin=self.approvals))

    def _approval_count_changed(self, count: int) -> None:
        self._approval_count = count
        self._retranslate()

    # --- dialogs ---------------------------------------------------------------------------------

    def open_import(self) -> ImportDialog | None:
        office = self.office
        if office is None:
            return None
        if self.import_dialog is None:
            from complaintdesk.ui.import_dialog import ImportDialog

            dialog = ImportDialog(office, self._host.settings, self._host.dialog_parent())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.imported.connect(self._imported)
            dialog.showCasesRequested.connect(self._host.show_query)
            dialog.destroyed.connect(self._import_dialog_gone)
            self.import_dialog = dialog
        self.import_dialog.show()
        self.import_dialog.raise_()
        self.import_dialog.activateWindow()
        return self.import_dialog

    def _import_dialog_gone(self) -> None:
        self.import_dialog = None

    def _imported(self, result) -> None:
        self._host.office_changed(OfficeChange.of_cases(result.case_ids))
        self._host.show_status(fill(QCoreApplication.translate("OfficeTools", "Imported: %1 case(s) new or extended."),
                                    str(len(result.case_ids))))

    def open_reports(self) -> ReportDialog | None:
        office = self.office
        if office is None:
            return None
        if self.report_dialog is None:
            from complaintdesk.ui.report_dialog import ReportDialog

            dialog = ReportDialog(office, self._host.settings, self._host.dialog_parent())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._report_dialog_gone)
            self.report_dialog = dialog
        self.report_dialog.show()
        self.report_dialog.raise_()
        self.report_dialog.activateWindow()
        return self.report_dialog

    def _report_dialog_gone(self) -> None:
        self.report_dialog = None

    # --- state and language ----------------------------------------------------------------------

    def _update_actions(self) -> None:
        office = self.office
        self.dashboard_action.setEnabled(office is not None)
        self.approvals_action.setVisible(self.is_approver)
        self.approvals_action.setEnabled(self.is_approver)
        may_edit = office is not None and office.actor.role != "auditor"
        self.import_action.setEnabled(may_edit)
        self.report_action.setEnabled(office is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("OfficeTools", "S&tatistics"))
        self.dashboard_action.setText(QCoreApplication.translate("OfficeTools", "&Dashboard"))
        self.dashboard_action.setToolTip(QCoreApplication.translate("OfficeTools", "Workload, deadlines, arrears and rates; every number opens its cases"))
        self.approvals_action.setText(QCoreApplication.translate("OfficeTools", "Extension &approvals"))
        self.import_action.setText(QCoreApplication.translate("OfficeTools", "&Import ledger or batch…"))
        self.import_action.setToolTip(QCoreApplication.translate("OfficeTools", "Import an arrears ledger or forwarded complaints from xlsx/csv"))
        self.report_action.setText(QCoreApplication.translate("OfficeTools", "&Export a report…"))
        self.report_action.setToolTip(QCoreApplication.translate("OfficeTools", "Overdue list, arrears ledger, statistics, yearly summary as xlsx/pdf/csv"))
        tabs = self._host.tabs
        if self.dashboard is not None and tabs.indexOf(self.dashboard) >= 0:
            tabs.setTabText(tabs.indexOf(self.dashboard), QCoreApplication.translate("OfficeTools", "Dashboard"))
        if self.approvals is not None and tabs.indexOf(self.approvals) >= 0:
            text = QCoreApplication.translate("OfficeTools", "Approvals") if not self._approval_count else \
                fill(QCoreApplication.translate("OfficeTools", "Approvals (%1)"), str(self._approval_count))
            tabs.setTabText(tabs.indexOf(self.approvals), text)
