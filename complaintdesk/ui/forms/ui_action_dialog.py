# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from complaintdesk.ui.date_line_edit import DateLineEdit

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(520, 380)
        ActionDialog.setWindowTitle(u"")
        self.main_layout = QVBoxLayout(ActionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ActionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.on_label = QLabel(ActionDialog)
        self.on_label.setObjectName(u"on_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_field_layout = QVBoxLayout()
        self.on_field_layout.setSpacing(2)
        self.on_field_layout.setObjectName(u"on_field_layout")
        self.on_date_edit = DateLineEdit(ActionDialog)
        self.on_date_edit.setObjectName(u"on_date_edit")

        self.on_field_layout.addWidget(self.on_date_edit)

        self.on_error_label = QLabel(ActionDialog)
        self.on_error_label.setObjectName(u"on_error_label")
        self.on_error_label.setText(u"")
        self.on_error_label.setWordWrap(True)

        self.on_field_layout.addWidget(self.on_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.on_field_layout)

        self.department_label = QLabel(ActionDialog)
        self.department_label.setObjectName(u"department_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_field_layout = QVBoxLayout()
        self.department_field_layout.setSpacing(2)
        self.department_field_layout.setObjectName(u"department_field_layout")
        self.department_line_edit = QLineEdit(ActionDialog)
        self.department_line_edit.setObjectName(u"department_line_edit")

        self.department_field_layout.addWidget(self.department_line_edit)

        self.department_error_label = QLabel(ActionDialog)
        self.department_error_label.setObjectName(u"department_error_label")
        self.department_error_label.setText(u"")
        self.department_error_label.setWordWrap(True)

        self.department_field_layout.addWidget(self.department_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.department_field_layout)

        self.days_label = QLabel(ActionDialog)
        self.days_label.setObjectName(u"days_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_field_layout = QVBoxLayout()
        self.days_field_layout.setSpacing(2)
        self.days_field_layout.setObjectName(u"days_field_layout")
        self.days_layout = QHBoxLayout()
        self.days_layout.setObjectName(u"days_layout")
        self.days_spin_box = QSpinBox(ActionDialog)
        self.days_spin_box.setObjectName(u"days_spin_box")
        self.days_spin_box.setMinimum(1)
        self.days_spin_box.setMaximum(365)
        self.days_spin_box.setValue(30)

        self.days_layout.addWidget(self.days_spin_box)

        self.days_unit_label = QLabel(ActionDialog)
        self.days_unit_label.setObjectName(u"days_unit_label")

        self.days_layout.addWidget(self.days_unit_label)

        self.days_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.days_layout.addItem(self.days_spacer)


        self.days_field_layout.addLayout(self.days_layout)

        self.days_error_label = QLabel(ActionDialog)
        self.days_error_label.setObjectName(u"days_error_label")
        self.days_error_label.setText(u"")
        self.days_error_label.setWordWrap(True)

        self.days_field_layout.addWidget(self.days_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.days_field_layout)

        self.outcome_label = QLabel(ActionDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_field_layout = QVBoxLayout()
        self.outcome_field_layout.setSpacing(2)
        self.outcome_field_layout.setObjectName(u"outcome_field_layout")
        self.outcome_combo = QComboBox(ActionDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.outcome_field_layout.addWidget(self.outcome_combo)

        self.outcome_error_label = QLabel(ActionDialog)
        self.outcome_error_label.setObjectName(u"outcome_error_label")
        self.outcome_error_label.setText(u"")
        self.outcome_error_label.setWordWrap(True)

        self.outcome_field_layout.addWidget(self.outcome_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.outcome_field_layout)

        self.satisfaction_label = QLabel(ActionDialog)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction_field_layout = QVBoxLayout()
        self.satisfaction_field_layout.setSpacing(2)
        self.satisfaction_field_layout.setObjectName(u"satisfaction_field_layout")
        self.satisfaction_combo = QComboBox(ActionDialog)
        self.satisfaction_combo.setObjectName(u"satisfaction_combo")

        self.satisfaction_field_layout.addWidget(self.satisfaction_combo)

        self.satisfaction_error_label = QLabel(ActionDialog)
        self.satisfaction_error_label.setObjectName(u"satisfaction_error_label")
        self.satisfaction_error_label.setText(u"")
        self.satisfaction_error_label.setWordWrap(True)

        self.satisfaction_field_layout.addWidget(self.satisfaction_error_label)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.satisfaction_field_layout)

        self.reason_label = QLabel(ActionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_field_layout = QVBoxLayout()
        self.reason_field_layout.setSpacing(2)
        self.reason_field_layout.setObjectName(u"reason_field_layout")
        self.reason_plain_text_edit = QPlainTextEdit(ActionDialog)
        self.reason_plain_text_edit.setObjectName(u"reason_plain_text_edit")
        self.reason_plain_text_edit.setTabChangesFocus(True)
        self.reason_plain_text_edit.setMinimumSize(QSize(0, 70))

        self.reason_field_layout.addWidget(self.reason_plain_text_edit)

        self.reason_error_label = QLabel(ActionDialog)
        self.reason_error_label.setObjectName(u"reason_error_label")
        self.reason_error_label.setText(u"")
        self.reason_error_label.setWordWrap(True)

        self.reason_field_layout.addWidget(self.reason_error_label)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.reason_field_layout)

        self.note_label = QLabel(ActionDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_field_layout = QVBoxLayout()
        self.note_field_layout.setSpacing(2)
        self.note_field_layout.setObjectName(u"note_field_layout")
        self.note_plain_text_edit = QPlainTextEdit(ActionDialog)
        self.note_plain_text_edit.setObjectName(u"note_plain_text_edit")
        self.note_plain_text_edit.setTabChangesFocus(True)
        self.note_plain_text_edit.setMinimumSize(QSize(0, 90))

        self.note_field_layout.addWidget(self.note_plain_text_edit)

        self.note_error_label = QLabel(ActionDialog)
        self.note_error_label.setObjectName(u"note_error_label")
        self.note_error_label.setText(u"")
        self.note_error_label.setWordWrap(True)

        self.note_field_layout.addWidget(self.note_error_label)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.note_field_layout)


        self.main_layout.addLayout(self.form_layout)

        self.form_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.form_spacer)

        self.notice_label = QLabel(ActionDialog)
        self.notice_label.setObjectName(u"notice_label")
        self.notice_label.setText(u"")

        self.main_layout.addWidget(self.notice_label)

        self.general_error_label = QLabel(ActionDialog)
        self.general_error_label.setObjectName(u"general_error_label")
        self.general_error_label.setText(u"")

        self.main_layout.addWidget(self.general_error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(ActionDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.cancel_button = QPushButton(ActionDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on_date_edit)
        self.department_label.setBuddy(self.department_line_edit)
        self.days_label.setBuddy(self.days_spin_box)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.satisfaction_label.setBuddy(self.satisfaction_combo)
        self.reason_label.setBuddy(self.reason_plain_text_edit)
        self.note_label.setBuddy(self.note_plain_text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.on_date_edit, self.department_line_edit)
        QWidget.setTabOrder(self.department_line_edit, self.days_spin_box)
        QWidget.setTabOrder(self.days_spin_box, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.satisfaction_combo)
        QWidget.setTabOrder(self.satisfaction_combo, self.reason_plain_text_edit)
        QWidget.setTabOrder(self.reason_plain_text_edit, self.note_plain_text_edit)
        QWidget.setTabOrder(self.note_plain_text_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        self.on_label.setText(QCoreApplication.translate("ActionDialog", u"&Date:", None))
        self.department_label.setText(QCoreApplication.translate("ActionDialog", u"Receiving &department:", None))
        self.days_label.setText(QCoreApplication.translate("ActionDialog", u"Extend &by:", None))
        self.days_unit_label.setText(QCoreApplication.translate("ActionDialog", u"days", None))
        self.outcome_label.setText(QCoreApplication.translate("ActionDialog", u"&Outcome:", None))
        self.satisfaction_label.setText(QCoreApplication.translate("ActionDialog", u"&Satisfaction:", None))
        self.reason_label.setText(QCoreApplication.translate("ActionDialog", u"&Reason:", None))
        self.note_label.setText(QCoreApplication.translate("ActionDialog", u"&Content:", None))
        self.save_button.setText(QCoreApplication.translate("ActionDialog", u"&Save", None))
        self.cancel_button.setText(QCoreApplication.translate("ActionDialog", u"Cancel", None))
        pass
    # retranslateUi

