# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'filter_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from complaintdesk.ui.date_line_edit import DateLineEdit

class Ui_FilterPanel(object):
    def setupUi(self, FilterPanel):
        if not FilterPanel.objectName():
            FilterPanel.setObjectName(u"FilterPanel")
        FilterPanel.resize(250, 600)
        self.main_layout = QVBoxLayout(FilterPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(6, 6, 6, 6)
        self.quick_group_box = QGroupBox(FilterPanel)
        self.quick_group_box.setObjectName(u"quick_group_box")
        self.quick_layout = QVBoxLayout(self.quick_group_box)
        self.quick_layout.setObjectName(u"quick_layout")
        self.mine_radio_button = QRadioButton(self.quick_group_box)
        self.mine_radio_button.setObjectName(u"mine_radio_button")

        self.quick_layout.addWidget(self.mine_radio_button)

        self.open_radio_button = QRadioButton(self.quick_group_box)
        self.open_radio_button.setObjectName(u"open_radio_button")

        self.quick_layout.addWidget(self.open_radio_button)

        self.overdue_radio_button = QRadioButton(self.quick_group_box)
        self.overdue_radio_button.setObjectName(u"overdue_radio_button")

        self.quick_layout.addWidget(self.overdue_radio_button)

        self.due_soon_layout = QHBoxLayout()
        self.due_soon_layout.setObjectName(u"due_soon_layout")
        self.due_soon_radio_button = QRadioButton(self.quick_group_box)
        self.due_soon_radio_button.setObjectName(u"due_soon_radio_button")

        self.due_soon_layout.addWidget(self.due_soon_radio_button)

        self.due_soon_spin_box = QSpinBox(self.quick_group_box)
        self.due_soon_spin_box.setObjectName(u"due_soon_spin_box")
        self.due_soon_spin_box.setMinimum(1)
        self.due_soon_spin_box.setMaximum(60)
        self.due_soon_spin_box.setValue(3)

        self.due_soon_layout.addWidget(self.due_soon_spin_box)

        self.due_soon_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_soon_layout.addItem(self.due_soon_spacer)


        self.quick_layout.addLayout(self.due_soon_layout)

        self.awaiting_radio_button = QRadioButton(self.quick_group_box)
        self.awaiting_radio_button.setObjectName(u"awaiting_radio_button")

        self.quick_layout.addWidget(self.awaiting_radio_button)

        self.all_radio_button = QRadioButton(self.quick_group_box)
        self.all_radio_button.setObjectName(u"all_radio_button")

        self.quick_layout.addWidget(self.all_radio_button)


        self.main_layout.addWidget(self.quick_group_box)

        self.refine_group_box = QGroupBox(FilterPanel)
        self.refine_group_box.setObjectName(u"refine_group_box")
        self.refine_layout = QFormLayout(self.refine_group_box)
        self.refine_layout.setObjectName(u"refine_layout")
        self.refine_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_label = QLabel(self.refine_group_box)
        self.status_label.setObjectName(u"status_label")

        self.refine_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.refine_group_box)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo.setMinimumContentsLength(8)

        self.refine_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.procedure_label = QLabel(self.refine_group_box)
        self.procedure_label.setObjectName(u"procedure_label")

        self.refine_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.procedure_label)

        self.procedure_combo = QComboBox(self.refine_group_box)
        self.procedure_combo.setObjectName(u"procedure_combo")
        self.procedure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.procedure_combo.setMinimumContentsLength(8)

        self.refine_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.procedure_combo)

        self.category_label = QLabel(self.refine_group_box)
        self.category_label.setObjectName(u"category_label")

        self.refine_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(self.refine_group_box)
        self.category_combo.setObjectName(u"category_combo")
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(8)

        self.refine_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.debtor_kind_label = QLabel(self.refine_group_box)
        self.debtor_kind_label.setObjectName(u"debtor_kind_label")

        self.refine_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.debtor_kind_label)

        self.debtor_kind_combo = QComboBox(self.refine_group_box)
        self.debtor_kind_combo.setObjectName(u"debtor_kind_combo")
        self.debtor_kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.debtor_kind_combo.setMinimumContentsLength(8)

        self.refine_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.debtor_kind_combo)

        self.handler_label = QLabel(self.refine_group_box)
        self.handler_label.setObjectName(u"handler_label")

        self.refine_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handler_label)

        self.handler_combo = QComboBox(self.refine_group_box)
        self.handler_combo.setObjectName(u"handler_combo")
        self.handler_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.handler_combo.setMinimumContentsLength(8)

        self.refine_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handler_combo)

        self.received_from_check_box = QCheckBox(self.refine_group_box)
        self.received_from_check_box.setObjectName(u"received_from_check_box")

        self.refine_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.received_from_check_box)

        self.received_from_date_edit = DateLineEdit(self.refine_group_box)
        self.received_from_date_edit.setObjectName(u"received_from_date_edit")
        self.received_from_date_edit.setEnabled(False)

        self.refine_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.received_from_date_edit)

        self.received_to_check_box = QCheckBox(self.refine_group_box)
        self.received_to_check_box.setObjectName(u"received_to_check_box")

        self.refine_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.received_to_check_box)

        self.received_to_date_edit = DateLineEdit(self.refine_group_box)
        self.received_to_date_edit.setObjectName(u"received_to_date_edit")
        self.received_to_date_edit.setEnabled(False)

        self.refine_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.received_to_date_edit)

        self.range_error_label = QLabel(self.refine_group_box)
        self.range_error_label.setObjectName(u"range_error_label")
        self.range_error_label.setWordWrap(True)

        self.refine_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.range_error_label)


        self.main_layout.addWidget(self.refine_group_box)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.clear_button = QPushButton(FilterPanel)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons_layout.addWidget(self.clear_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.procedure_label.setBuddy(self.procedure_combo)
        self.category_label.setBuddy(self.category_combo)
        self.debtor_kind_label.setBuddy(self.debtor_kind_combo)
        self.handler_label.setBuddy(self.handler_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mine_radio_button, self.open_radio_button)
        QWidget.setTabOrder(self.open_radio_button, self.overdue_radio_button)
        QWidget.setTabOrder(self.overdue_radio_button, self.due_soon_radio_button)
        QWidget.setTabOrder(self.due_soon_radio_button, self.due_soon_spin_box)
        QWidget.setTabOrder(self.due_soon_spin_box, self.awaiting_radio_button)
        QWidget.setTabOrder(self.awaiting_radio_button, self.all_radio_button)
        QWidget.setTabOrder(self.all_radio_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.procedure_combo)
        QWidget.setTabOrder(self.procedure_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.debtor_kind_combo)
        QWidget.setTabOrder(self.debtor_kind_combo, self.handler_combo)
        QWidget.setTabOrder(self.handler_combo, self.received_from_check_box)
        QWidget.setTabOrder(self.received_from_check_box, self.received_from_date_edit)
        QWidget.setTabOrder(self.received_from_date_edit, self.received_to_check_box)
        QWidget.setTabOrder(self.received_to_check_box, self.received_to_date_edit)
        QWidget.setTabOrder(self.received_to_date_edit, self.clear_button)

        self.retranslateUi(FilterPanel)

        QMetaObject.connectSlotsByName(FilterPanel)
    # setupUi

    def retranslateUi(self, FilterPanel):
        FilterPanel.setWindowTitle(QCoreApplication.translate("FilterPanel", u"Filters", None))
        self.quick_group_box.setTitle(QCoreApplication.translate("FilterPanel", u"Show", None))
#if QT_CONFIG(tooltip)
        self.mine_radio_button.setToolTip(QCoreApplication.translate("FilterPanel", u"Open cases I handle", None))
#endif // QT_CONFIG(tooltip)
        self.mine_radio_button.setText(QCoreApplication.translate("FilterPanel", u"My cases", None))
#if QT_CONFIG(tooltip)
        self.open_radio_button.setToolTip(QCoreApplication.translate("FilterPanel", u"Every case that is not closed or refused", None))
#endif // QT_CONFIG(tooltip)
        self.open_radio_button.setText(QCoreApplication.translate("FilterPanel", u"All open cases", None))
#if QT_CONFIG(tooltip)
        self.overdue_radio_button.setToolTip(QCoreApplication.translate("FilterPanel", u"Open cases whose next deadline has passed", None))
#endif // QT_CONFIG(tooltip)
        self.overdue_radio_button.setText(QCoreApplication.translate("FilterPanel", u"Overdue", None))
#if QT_CONFIG(tooltip)
        self.due_soon_radio_button.setToolTip(QCoreApplication.translate("FilterPanel", u"Open cases due today or within the given number of working days", None))
#endif // QT_CONFIG(tooltip)
        self.due_soon_radio_button.setText(QCoreApplication.translate("FilterPanel", u"Due within", None))
#if QT_CONFIG(tooltip)
        self.due_soon_spin_box.setToolTip(QCoreApplication.translate("FilterPanel", u"Working days from today (holidays and weekends are not counted)", None))
#endif // QT_CONFIG(tooltip)
        self.due_soon_spin_box.setSuffix(QCoreApplication.translate("FilterPanel", u" workdays", None))
#if QT_CONFIG(tooltip)
        self.awaiting_radio_button.setToolTip(QCoreApplication.translate("FilterPanel", u"Cases with an extension request waiting for a supervisor's decision", None))
#endif // QT_CONFIG(tooltip)
        self.awaiting_radio_button.setText(QCoreApplication.translate("FilterPanel", u"Awaiting my approval", None))
#if QT_CONFIG(tooltip)
        self.all_radio_button.setToolTip(QCoreApplication.translate("FilterPanel", u"Open and finished cases", None))
#endif // QT_CONFIG(tooltip)
        self.all_radio_button.setText(QCoreApplication.translate("FilterPanel", u"All cases", None))
        self.refine_group_box.setTitle(QCoreApplication.translate("FilterPanel", u"Narrow down", None))
        self.status_label.setText(QCoreApplication.translate("FilterPanel", u"S&tatus:", None))
        self.procedure_label.setText(QCoreApplication.translate("FilterPanel", u"&Procedure:", None))
        self.category_label.setText(QCoreApplication.translate("FilterPanel", u"Cate&gory:", None))
        self.debtor_kind_label.setText(QCoreApplication.translate("FilterPanel", u"&Debtor:", None))
#if QT_CONFIG(tooltip)
        self.debtor_kind_combo.setToolTip(QCoreApplication.translate("FilterPanel", u"The kind of the respondent (debtor)", None))
#endif // QT_CONFIG(tooltip)
        self.handler_label.setText(QCoreApplication.translate("FilterPanel", u"&Handler:", None))
#if QT_CONFIG(tooltip)
        self.received_from_check_box.setToolTip(QCoreApplication.translate("FilterPanel", u"Only cases received on or after this date", None))
#endif // QT_CONFIG(tooltip)
        self.received_from_check_box.setText(QCoreApplication.translate("FilterPanel", u"Received from", None))
#if QT_CONFIG(tooltip)
        self.received_to_check_box.setToolTip(QCoreApplication.translate("FilterPanel", u"Only cases received on or before this date", None))
#endif // QT_CONFIG(tooltip)
        self.received_to_check_box.setText(QCoreApplication.translate("FilterPanel", u"Received to", None))
        self.range_error_label.setText(QCoreApplication.translate("FilterPanel", u"The start date is after the end date: no case can match.", None))
#if QT_CONFIG(tooltip)
        self.clear_button.setToolTip(QCoreApplication.translate("FilterPanel", u"Show all open cases again: clears the conditions and the search text", None))
#endif // QT_CONFIG(tooltip)
        self.clear_button.setText(QCoreApplication.translate("FilterPanel", u"&Clear filters", None))
    # retranslateUi

