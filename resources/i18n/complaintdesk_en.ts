<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
</TS>
