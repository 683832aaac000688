<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseStatus</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>In handling</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Respondent: %1 (%2)</source>
        <translation>被投诉人：%1（%2）</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>被投诉人：%1</translation>
    </message>
    <message>
        <source>Next step: %1, due %2 — %3</source>
        <translation>下一步：%1，期限至 %2（%3）</translation>
    </message>
    <message>
        <source>Provisional: the official holiday schedule for that year is not yet published; the date may still change.</source>
        <translation>暂定：该年度的法定节假日安排尚未公布，期限日期可能调整。</translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s) left</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Arrears</source>
        <translation>拖欠账款</translation>
    </message>
    <message>
        <source>Forced purchase of designated goods/services</source>
        <translation>强制指定购买</translation>
    </message>
    <message>
        <source>Illegal occupation of property</source>
        <translation>违法占用财产</translation>
    </message>
    <message>
        <source>Diversion of SME funds</source>
        <translation>挪用中小企业资金</translation>
    </message>
    <message>
        <source>Forced appraisals, trainings, associations</source>
        <translation>强制参加评比培训</translation>
    </message>
    <message>
        <source>Illegal fees, fines and levies</source>
        <translation>违法收费罚款摊派</translation>
    </message>
    <message>
        <source>Illegal inspections or interference</source>
        <translation>违法检查干扰经营</translation>
    </message>
    <message>
        <source>Broken policy promises or contracts</source>
        <translation>政府违约失信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DebtorKind</name>
    <message>
        <source>State organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>State-owned enterprise</source>
        <translation>国有企业</translation>
    </message>
    <message>
        <source>Large enterprise</source>
        <translation>大型企业</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ComplaintDesk</source>
        <translation>投诉办理台 — ComplaintDesk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>快速筛选(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Open another office database, or create a new one</source>
        <translation>打开本单位的其他数据库，或新建数据库</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due within 3 workdays</source>
        <translation>3个工作日内到期</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Find cases…</source>
        <translation>查找案件(&amp;F)…</translation>
    </message>
    <message>
        <source>Search by case number, complainant, respondent or summary</source>
        <translation>按案件编号、投诉人、被投诉人或案情摘要查找</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the case list again from the database</source>
        <translation>从数据库重新读取案件列表</translation>
    </message>
    <message>
        <source>&amp;About ComplaintDesk</source>
        <translation>关于投诉办理台(&amp;A)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>%1 — demo data, deleted on exit</source>
        <translation>%1（演示数据，退出后删除）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Search case no., company, credit code, summary  (Ctrl+F)</source>
        <translation>搜索案件编号、企业名称、统一社会信用代码、案情摘要（Ctrl+F）</translation>
    </message>
    <message>
        <source>No database is open. Open an office database, or create a new one.</source>
        <translation>尚未打开数据库。请打开本单位的数据库，或新建一个数据库。</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the case list: %1</source>
        <translation>无法读取案件列表：%1</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Payment complaint</source>
        <translation>款项支付投诉</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>12345 hotline work order</source>
        <translation>12345热线工单</translation>
    </message>
    <message>
        <source>Direct complaint</source>
        <translation>其他权益侵害投诉</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <translation>审计（只读）</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Written reply</source>
        <translation>书面答复</translation>
    </message>
    <message>
        <source>Notice of receipt</source>
        <translation>书面告知</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>复查意见</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>ComplaintDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>投诉办理台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About ComplaintDesk</source>
        <translation>关于投诉办理台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ComplaintDesk %1&lt;/h3&gt;&lt;p&gt;Case management for SME complaints at county SME-promotion offices: registration, deadlines, arrears and written replies.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;投诉办理台 ComplaintDesk %1&lt;/h3&gt;&lt;p&gt;县级促进中小企业发展工作部门的投诉案件办理系统：登记受理、期限管理、拖欠账款跟踪和书面答复。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>An unexpected error occurred: %1 (%2). Details were written to the log.</source>
        <translation>发生意外错误：%1（%2）。详细信息已写入日志。</translation>
    </message>
</context>
</TS>
