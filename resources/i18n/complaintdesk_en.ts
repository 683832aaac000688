<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovalsPage</name>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSupervisionDialog</name>
    <message numerus="yes">
        <source>%n case(s) in handling have a debtor with overdue claims.</source>
        <translation>
            <numerusform>%n case in handling has a debtor with overdue claims.</numerusform>
            <numerusform>%n cases in handling have a debtor with overdue claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <source>%n workday(s) overdue</source>
        <translation>
            <numerusform>%n workday overdue</numerusform>
            <numerusform>%n workdays overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s) left</source>
        <translation>
            <numerusform>%n workday left</numerusform>
            <numerusform>%n workdays left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>Due within %n workday(s)</source>
        <translation>
            <numerusform>Due within %n workday</numerusform>
            <numerusform>Due within %n workdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <source>Due within %n workday(s)</source>
        <translation>
            <numerusform>Due within %n workday</numerusform>
            <numerusform>Due within %n workdays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProceduresPage</name>
    <message numerus="yes">
        <source>%n workday(s)</source>
        <translation>
            <numerusform>%n workday</numerusform>
            <numerusform>%n workdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message numerus="yes">
        <source>%n open case(s) with the same complainant and respondent already exist. Is this the same complaint? Register it anyway only if it is a new one.</source>
        <translation>
            <numerusform>%n open case with the same complainant and respondent already exists. Is this the same complaint? Register it anyway only if it is a new one.</numerusform>
            <numerusform>%n open cases with the same complainant and respondent already exist. Is this the same complaint? Register it anyway only if it is a new one.</numerusform>
        </translation>
    </message>
</context>
</TS>
