<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>中止计时（补正）</translation>
    </message>
    <message>
        <source>Restart the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Return extension request</source>
        <translation>退回延期申请</translation>
    </message>
    <message>
        <source>Supervision letter</source>
        <translation>发督办函</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Credit-record referral</source>
        <translation>移送失信记录</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>书面答复</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>申请复查</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Receiving &amp;department:</source>
        <translation>接收部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Extend &amp;by:</source>
        <translation>延长(&amp;B)：</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>办结结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Why it is &amp;not accepted:</source>
        <translation>不予受理理由(&amp;N)：</translation>
    </message>
    <message>
        <source>Materials &amp;awaited:</source>
        <translation>需补正的材料(&amp;A)：</translation>
    </message>
    <message>
        <source>Why more time is &amp;needed:</source>
        <translation>延期理由(&amp;N)：</translation>
    </message>
    <message>
        <source>Why it is &amp;returned:</source>
        <translation>退回理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>移送依据(&amp;G)：</translation>
    </message>
    <message>
        <source>Record of the &amp;talks:</source>
        <translation>约谈记录(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Gist of the reply:</source>
        <translation>答复要点(&amp;G)：</translation>
    </message>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — 案件 %2</translation>
    </message>
    <message>
        <source>the day the case was received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Case %1 (%2): the status stays as it is.</source>
        <translation>案件 %1（%2）：案件状态不变。</translation>
    </message>
    <message>
        <source>Case %1: %2 → %3.</source>
        <translation>案件 %1：%2 → %3。</translation>
    </message>
    <message>
        <source>Extension requested by %1 on %2: %3 days — %4</source>
        <translation>%1 于 %2 申请延期 %3 日 — %4</translation>
    </message>
    <message>
        <source>The case was reloaded and this step is no longer possible: %1</source>
        <translation>案件已重新载入，当前不能再进行此操作：%1</translation>
    </message>
    <message>
        <source>The case was reloaded. Your entries are kept: check the case, then save again.</source>
        <translation>案件已重新载入，您填写的内容仍保留：请核对案件后再次保存。</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Set up the office</source>
        <translation>首次使用：设置本单位和管理员</translation>
    </message>
    <message>
        <source>This office is new. Set up its first administrator, who can then add the other users and set their passwords, and enter whom the office&apos;s letters come from: every letter prints its name, code, address and telephone exactly as entered here. They can be changed later under Settings ▸ Office.</source>
        <translation>这是一个新的办公数据库。请设置第一位管理员（由其添加其他用户并设置他们的密码），并填写本单位信息：每份文书都按这里填写的内容印出单位名称、文号、地址和电话。以后可在“设置 ▸ 本单位”中修改。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Office (printed on every letter)</source>
        <translation>本单位（印在每份文书上）</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>单位名称(&amp;F)：</translation>
    </message>
    <message>
        <source>The issuer printed on letters, e.g. 阿鲁科尔沁旗工业和信息化局</source>
        <translation>发文机关全称，如：阿鲁科尔沁旗工业和信息化局</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>单位简称(&amp;H)：</translation>
    </message>
    <message>
        <source>e.g. 阿鲁科尔沁旗工信局</source>
        <translation>如：阿鲁科尔沁旗工信局</translation>
    </message>
    <message>
        <source>Count&amp;y / banner:</source>
        <translation>所在县（旗、区）(&amp;Y)：</translation>
    </message>
    <message>
        <source>e.g. 阿鲁科尔沁旗</source>
        <translation>如：阿鲁科尔沁旗</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. 阿鲁科尔沁旗天山镇新华大街1号</source>
        <translation>如：阿鲁科尔沁旗天山镇新华大街1号</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 0476-4222222</source>
        <translation>如：0476-4222222</translation>
    </message>
    <message>
        <source>Document c&amp;ode:</source>
        <translation>文号前缀(&amp;O)：</translation>
    </message>
    <message>
        <source>The issuing office&apos;s code, e.g. 阿工信投字</source>
        <translation>机关代字，如：阿工信投字</translation>
    </message>
    <message>
        <source>The issuing office&apos;s code (机关代字); the year in 〔〕 and the number are added when a letter is issued</source>
        <translation>机关代字（文号前缀）；签发时自动加上年份〔〕和序号</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>创建并登录(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s name.</source>
        <translation>请填写管理员姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不一致，请再输入一遍。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and no spaces at its start or end. Keep it safe: only an administrator can set other users&apos; passwords.</source>
        <translation>密码至少 %1 位，首尾不能有空格。请妥善保管：只有管理员能为其他用户设置密码。</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉企业</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被投诉单位</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现到期日</translation>
    </message>
    <message>
        <source>Days asked</source>
        <translation>申请延长（日）</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Extension requests awaiting approval</source>
        <translation>待审批的延期申请</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Officers ask for more time on a running deadline; a supervisor approves the extension, or returns the request with a comment. Each decision is recorded in the case history.</source>
        <translation>承办人申请延长正在计算的办理期限，由分管负责人批准，或附意见退回。每项审批决定都记入案件办理记录。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Choose a request in the list.</source>
        <translation>请在列表中选择一项申请。</translation>
    </message>
    <message>
        <source>&amp;Comment (required when returning):</source>
        <translation>审批意见（退回时必填）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;turn with comment</source>
        <translation>退回（附意见）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Write why the request is returned: the officer reads it in the case history.</source>
        <translation>请填写退回理由：承办人将在案件办理记录中看到。</translation>
    </message>
    <message>
        <source>Extension of case %1 approved.</source>
        <translation>已批准案件 %1 的延期申请。</translation>
    </message>
    <message>
        <source>Extension request of case %1 returned.</source>
        <translation>已退回案件 %1 的延期申请。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message>
        <source>Case %1 (%2): %3 asks for %4 more days on the %5 deadline (due %6). Reason: %7</source>
        <translation>案件 %1（%2）：%3 申请将“%5”期限（现到期日 %6）延长 %4 日。理由：%7</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can decide extension requests.</source>
        <translation>只有分管负责人或管理员可以审批延期申请。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n 项待审批</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <source>Add an attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose the file to copy into the case</source>
        <translation>选择要存入案件的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>For &amp;claim:</source>
        <translation>对应欠款(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>The file is copied into the office database with its SHA-256 fingerprint; the original is not needed afterwards.</source>
        <translation>文件连同其 SHA-256 指纹复制到本局数据库中，此后不再需要原文件。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add an attachment — case %1</source>
        <translation>添加附件 — 案件 %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>整个案件</translation>
    </message>
    <message>
        <source>Contract %1 (%2 yuan)</source>
        <translation>合同 %1（%2 元）</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>请选择要添加的文件。</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Acceptance certificate</source>
        <translation>验收单</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据/回单</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>往来函件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>BatchSupervisionDialog</name>
    <message>
        <source>Looking for cases with overdue claims…</source>
        <translation>正在查找有逾期欠款的案件…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in handling have a debtor with overdue claims.</source>
        <translation>
            <numerusform>办理中的案件有 %n 件存在逾期欠款。</numerusform>
        </translation>
    </message>
    <message>
        <source>No case in handling has a debtor with overdue claims.</source>
        <translation>没有存在逾期欠款的办理中案件。</translation>
    </message>
    <message>
        <source>Batch supervision letters</source>
        <translation>批量督办</translation>
    </message>
    <message>
        <source>Issuing supervision letters…</source>
        <translation>正在签发督办通知书…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling after the current letter…</source>
        <translation>当前这份签发完即停止…</translation>
    </message>
    <message>
        <source>Issuing supervision letters… %1 of %2</source>
        <translation>正在签发督办通知书… 第 %1 件，共 %2 件</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>已签发 %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未签发：%1</translation>
    </message>
    <message>
        <source>Not done (cancelled)</source>
        <translation>未办理（已取消）</translation>
    </message>
    <message>
        <source>No longer a candidate</source>
        <translation>已不符合督办条件</translation>
    </message>
    <message>
        <source>%1 letter(s) issued, %2 case(s) left out, of %3.</source>
        <translation>共 %3 件：签发 %1 份，未签发 %2 件。</translation>
    </message>
    <message>
        <source>Cancelled: %1 Letters already issued stay issued.</source>
        <translation>已取消：%1已签发的文书继续有效。</translation>
    </message>
    <message>
        <source>A supervision letter to the debtor of every case in handling whose claims are overdue. Each letter gets its number and is stored with its case. Double-click a case to open it.</source>
        <translation>向每件存在逾期欠款的办理中案件的欠款方发出督办通知书。每份文书取得文号并随案存档。双击案件可打开。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>欠款方</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Issue %1 letter(s)…</source>
        <translation>签发 %1 份(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Issue letters…</source>
        <translation>签发(&amp;I)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
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
        <source>Complainant: %1</source>
        <translation>投诉人：%1</translation>
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
        <source>Received %1 · %2 · handler: %3</source>
        <translation>收件 %1 · %2 · 承办人：%3</translation>
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
    <name>CaseView</name>
    <message>
        <source>Basis…</source>
        <translation>依据…</translation>
    </message>
    <message>
        <source>Show how this deadline was computed, and its legal basis</source>
        <translation>查看该期限的计算过程和法律依据</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the case again from the database (F5)</source>
        <translation>从数据库重新读取案件（F5）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Select a row: the legal explanation of its dates and interest appears here</source>
        <translation>选择一行，此处显示其期限和利息的法律依据与计算过程</translation>
    </message>
    <message>
        <source>&amp;Add claim…</source>
        <translation>新增欠款(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit claim…</source>
        <translation>修改欠款(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记还款(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Instalments…</source>
        <translation>分期还款(&amp;I)…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>A&amp;dd attachment…</source>
        <translation>添加附件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>&amp;Draft a letter…</source>
        <translation>拟制文书(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose a kind of letter, preview its draft, then issue, print or save it</source>
        <translation>选择文书种类，预览草稿，然后签发、打印或另存</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the issued letter exactly as it was stored (PDF)</source>
        <translation>按存档原样保存已签发的文书（PDF）</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Issue a corrected letter under a new number that replaces the selected one</source>
        <translation>以新文号签发更正文书，替代所选文书</translation>
    </message>
    <message>
        <source>E&amp;xport dossier…</source>
        <translation>案卷导出(&amp;X)…</translation>
    </message>
    <message>
        <source>The whole case as one PDF, for the archive or a supervisor&apos;s review</source>
        <translation>整个案件导出为一份 PDF，供归档或领导审阅</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>信用代码：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>办理操作</translation>
    </message>
    <message>
        <source>Could not read the case: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · clock stopped</source>
        <translation>%1 · 已中止计时</translation>
    </message>
    <message>
        <source>No running deadline</source>
        <translation>没有正在计算的期限</translation>
    </message>
    <message>
        <source>Next: %1 due %2 — %3</source>
        <translation>下一期限：%1 %2 — %3</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>收件 %1</translation>
    </message>
    <message>
        <source>handler %1</source>
        <translation>承办人 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>their ref. %1</source>
        <translation>来文编号 %1</translation>
    </message>
    <message>
        <source>How the deadline %1 was computed</source>
        <translation>期限 %1 的计算依据</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>%1 收件</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>%1 受理</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>不予受理：%1</translation>
    </message>
    <message>
        <source>Transferred to %1 on %2</source>
        <translation>%2 转办至 %1</translation>
    </message>
    <message>
        <source>The clock is stopped (waiting for materials).</source>
        <translation>计时已中止（等待补正材料）。</translation>
    </message>
    <message>
        <source>Referred to the credit record %1</source>
        <translation>%1 移送失信记录</translation>
    </message>
    <message>
        <source>Replied in writing %1</source>
        <translation>%1 书面答复</translation>
    </message>
    <message>
        <source>Closed %1: %2</source>
        <translation>%1 办结：%2</translation>
    </message>
    <message>
        <source>Review requested %1</source>
        <translation>%1 申请复查</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>withdrawn automatically</source>
        <translation>已自动撤回</translation>
    </message>
    <message>
        <source>%1: %2 days, %3 (%4) — %5</source>
        <translation>%1：%2 日，%3（%4）— %5</translation>
    </message>
    <message>
        <source>%1: %2 (%3) %4</source>
        <translation>%1：%2（%3）%4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>Demands</source>
        <translation>投诉请求</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>%1 enterprise</source>
        <translation>%1企业</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No arrears claim recorded. Add one with the contract, amount and delivery date: the due date and interest are then computed.</source>
        <translation>尚未登记欠款。请按合同新增欠款，填写金额和交付日期后将自动计算付款期限和逾期利息。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; — claimed %1 · confirmed %2 · disputed %3 · paid %4 · &lt;b&gt;outstanding %5&lt;/b&gt; · interest to %6: &lt;b&gt;%7&lt;/b&gt; yuan</source>
        <translation>&lt;b&gt;合计&lt;/b&gt; — 欠款 %1 · 确认 %2 · 争议 %3 · 已还 %4 · &lt;b&gt;未还 %5&lt;/b&gt; · 截至 %6 逾期利息 &lt;b&gt;%7&lt;/b&gt; 元</translation>
    </message>
    <message>
        <source> · of which on the undisputed part: &lt;b&gt;%1&lt;/b&gt; yuan</source>
        <translation> · 其中无争议部分：&lt;b&gt;%1&lt;/b&gt; 元</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>逾期利息：</translation>
    </message>
    <message>
        <source>Size at signing:</source>
        <translation>签订合同时规模：</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>还款情况：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>付款期限：</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>无法打开附件</translation>
    </message>
    <message>
        <source>No program is set up to open %1.</source>
        <translation>系统中没有可打开 %1 的程序。</translation>
    </message>
    <message>
        <source>Could not read the issued letters: %1</source>
        <translation>无法读取已签发文书：%1</translation>
    </message>
    <message>
        <source>Cannot read the letter</source>
        <translation>无法读取文书</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>Cannot make the dossier</source>
        <translation>无法生成案卷</translation>
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
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>原密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入原密码。</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不一致，请再输入一遍。</translation>
    </message>
    <message>
        <source>New password for %1 (%2).</source>
        <translation>为 %1（%2）设置新密码。</translation>
    </message>
    <message>
        <source>At least %1 characters, no spaces at the start or end, and not the same as the current one.</source>
        <translation>至少 %1 位，首尾不能有空格，且不能与原密码相同。</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>设置您的密码</translation>
    </message>
    <message>
        <source>%1 (%2) signed in with a one-time password set by an administrator. Choose a password of your own: the office opens once it is saved.</source>
        <translation>%1（%2）使用管理员设置的一次性密码登录。请设置您自己的密码：保存后即进入系统。</translation>
    </message>
    <message>
        <source>At least %1 characters, no spaces at the start or end, and not the one-time password.</source>
        <translation>至少 %1 位，首尾不能有空格，且不能与一次性密码相同。</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Online platform</source>
        <translation>网上平台</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>Transferred from province/city</source>
        <translation>上级转办</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Arrears claim</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Contract and amounts</source>
        <translation>合同与金额</translation>
    </message>
    <message>
        <source>Contract &amp;no.:</source>
        <translation>合同编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签订日期(&amp;S)：</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2025-03-01</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>标的(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>What was supplied or built</source>
        <translation>供货、施工或服务内容</translation>
    </message>
    <message>
        <source>&amp;Amount owed:</source>
        <translation>欠款金额(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 128000.00</source>
        <translation>例如 128000.00</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Con&amp;firmed by debtor:</source>
        <translation>对方确认(&amp;F)：</translation>
    </message>
    <message>
        <source>Dis&amp;puted:</source>
        <translation>争议金额(&amp;P)：</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>De&amp;livered on:</source>
        <translation>交付日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Acceptance &amp;passed:</source>
        <translation>验收通过(&amp;P)：</translation>
    </message>
    <message>
        <source>Acceptance period &amp;ends:</source>
        <translation>约定验收届满(&amp;E)：</translation>
    </message>
    <message>
        <source>Settlement &amp;confirmed:</source>
        <translation>结算确认(&amp;C)：</translation>
    </message>
    <message>
        <source>Agreed &amp;term:</source>
        <translation>约定付款期限(&amp;T)：</translation>
    </message>
    <message>
        <source>empty: the statutory term</source>
        <translation>不填：按法定期限</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Agreed &amp;rate:</source>
        <translation>约定利率(&amp;R)：</translation>
    </message>
    <message>
        <source>empty: 0.05 % a day</source>
        <translation>不填：每日万分之五</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>%／年</translation>
    </message>
    <message>
        <source>The payment term runs from delivery; from the passed acceptance when the contract makes acceptance a condition (or from the end of the agreed acceptance period if the debtor delays it); from the confirmed settlement for staged settlement.</source>
        <translation>付款期限自交付之日起算；约定以检验或验收合格为付款条件的，自检验或验收合格之日起算（拖延检验或验收的，自约定期限届满之日起算）；分期结算的，自双方确认结算金额之日起算。</translation>
    </message>
    <message>
        <source>Complainant&apos;s size when the contract was signed (optional)</source>
        <translation>签订合同时投诉人的规模（选填）</translation>
    </message>
    <message>
        <source>&amp;Employees at signing:</source>
        <translation>签约时从业人员(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>如 45</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>&amp;Revenue at signing:</source>
        <translation>签约时营业收入(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 900</source>
        <translation>如 900</translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Total &amp;assets at signing:</source>
        <translation>签约时资产总额(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>如 1200</translation>
    </message>
    <message>
        <source>The size that counts is the one when the contract was signed (Payment Regulation art. 3(2)). Leave these empty when only today&apos;s figures are known: the claim then records the size inferred from the figures at complaint time (以投诉时规模推定).</source>
        <translation>企业规模以合同订立时为准（《保障中小企业款项支付条例》第三条第二款）。只知道现在的数据时请留空：该笔欠款将记录为“以投诉时规模推定”。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>New arrears claim — case %1</source>
        <translation>新增欠款 — 案件 %1</translation>
    </message>
    <message>
        <source>Arrears claim — case %1</source>
        <translation>修改欠款 — 案件 %1</translation>
    </message>
    <message>
        <source>Debtor: %1 (%2)</source>
        <translation>欠款方：%1（%2）</translation>
    </message>
    <message>
        <source>A figure above cannot be read.</source>
        <translation>上面有数据无法识别。</translation>
    </message>
    <message>
        <source>The complainant&apos;s industry is not recorded: the size cannot be worked out. Record it on the complainant first.</source>
        <translation>投诉人未登记所属行业，无法判定规模。请先在投诉人信息中登记行业。</translation>
    </message>
    <message>
        <source>At signing: %1 enterprise</source>
        <translation>签订合同时：%1企业</translation>
    </message>
    <message>
        <source>No figures at signing, and the complainant&apos;s size at complaint time is not known either: the claim records no size.</source>
        <translation>未填写签约时数据，投诉时规模也未知：该笔欠款不记录规模。</translation>
    </message>
    <message>
        <source>No figures at signing: %1 enterprise, inferred from the size at complaint time (以投诉时规模推定)</source>
        <translation>未填写签约时数据：按投诉时规模推定为%1企业（以投诉时规模推定）</translation>
    </message>
    <message>
        <source> — not an SME when the contract was signed: the Payment Regulation does not protect this claim. It can still be recorded.</source>
        <translation> — 签订合同时不属于中小企业：该笔欠款不适用《保障中小企业款项支付条例》。仍可登记。</translation>
    </message>
    <message>
        <source>The case was reloaded. Your entries are kept: check them against the case, then save again.</source>
        <translation>案件已重新载入，您填写的内容仍保留：请与案件核对后再次保存。</translation>
    </message>
</context>
<context>
    <name>ClaimSubject</name>
    <message>
        <source>Goods</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Size at signing</source>
        <translation>签约时规模</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>标的</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>欠款金额（元）</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Interest to date</source>
        <translation>逾期利息</translation>
    </message>
    <message>
        <source>On undisputed part</source>
        <translation>无争议部分利息</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未还</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>清零</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>%1 (inferred from the size at complaint time)</source>
        <translation>%1（以投诉时规模推定）</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>%1 清零</translation>
    </message>
    <message>
        <source>Confirmed by the debtor: %1</source>
        <translation>对方确认：%1</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>争议：%1</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>%1 签订</translation>
    </message>
    <message>
        <source>Complainant&apos;s size at signing: %1</source>
        <translation>签约时投诉企业规模：%1</translation>
    </message>
    <message>
        <source>Payment %1: %2 %3</source>
        <translation>%1 还款 %2 %3</translation>
    </message>
    <message>
        <source>No payment recorded.</source>
        <translation>尚无还款记录。</translation>
    </message>
    <message>
        <source>Instalment due %1: %2</source>
        <translation>%1 应还分期 %2</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <source>Fit columns to the window</source>
        <translation>列宽适应窗口</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Backups of this database, newest first:</source>
        <translation>该数据库的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup</source>
        <translation>从所选备份恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Choose &amp;another database…</source>
        <translation>选择其他数据库(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2

The file was not changed. Restoring a backup keeps the file as it is in the backups folder and puts the backup in its place.</source>
        <translation>无法打开 %1：
%2

该文件未被改动。从备份恢复时，该文件会原样移入备份文件夹，再以备份替代它。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Overdue by handler</source>
        <translation>逾期案件（按承办人）</translation>
    </message>
    <message>
        <source>Overdue by step</source>
        <translation>逾期案件（按办理环节）</translation>
    </message>
    <message>
        <source>Arrears by debtor kind</source>
        <translation>拖欠账款（按欠款单位类型）</translation>
    </message>
    <message>
        <source>Intake and closures by month</source>
        <translation>每月收件与办结</translation>
    </message>
    <message>
        <source>Arrears by township</source>
        <translation>拖欠账款（按乡镇）</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Procedure · step</source>
        <translation>办理程序 · 环节</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Debtor kind</source>
        <translation>欠款单位类型</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Claimed (10k ¥)</source>
        <translation>投诉金额（万元）</translation>
    </message>
    <message>
        <source>Confirmed (10k ¥)</source>
        <translation>确认金额（万元）</translation>
    </message>
    <message>
        <source>Repaid (10k ¥)</source>
        <translation>已清偿（万元）</translation>
    </message>
    <message>
        <source>Outstanding (10k ¥)</source>
        <translation>未清偿（万元）</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>投诉金额</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认金额</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation>已清偿</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未清偿</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No handler</source>
        <translation>未分配承办人</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No respondent</source>
        <translation>未填写被投诉单位</translation>
    </message>
    <message>
        <source>Township not recorded</source>
        <translation>未填写乡镇</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>逾期案件</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Closure rate: closed</source>
        <translation>办结率：已办结</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Satisfied or basically satisfied</source>
        <translation>满意或基本满意</translation>
    </message>
    <message>
        <source>Repayments in the period</source>
        <translation>期间内清偿</translation>
    </message>
    <message>
        <source>Could not compute the figures: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>As of %1 · rates and repayments: %2 – %3 · amounts in 10,000 yuan · click any number to list its cases</source>
        <translation>数据截至 %1 · 办结率与清偿统计期间：%2 至 %3 · 金额单位：万元 · 点击任一数字即可查看对应案件</translation>
    </message>
    <message>
        <source>No official holiday schedule is loaded for %1: deadlines are provisional.</source>
        <translation>尚未载入 %1 年的法定节假日安排：期限为暂定。</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n workday(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Closure rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <source>Satisfaction (follow-up calls)</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>Repaid in the period (10k ¥)</source>
        <translation>期间内清偿（万元）</translation>
    </message>
    <message>
        <source>Of &lt;a href=&quot;den&quot;&gt;%2&lt;/a&gt; accepted in the period, &lt;a href=&quot;num&quot;&gt;%1&lt;/a&gt; closed</source>
        <translation>期内受理 &lt;a href=&quot;den&quot;&gt;%2&lt;/a&gt; 件，其中已办结 &lt;a href=&quot;num&quot;&gt;%1&lt;/a&gt; 件</translation>
    </message>
    <message>
        <source>Of &lt;a href=&quot;den&quot;&gt;%2&lt;/a&gt; closed in the period (whenever received), &lt;a href=&quot;num&quot;&gt;%1&lt;/a&gt; on time</source>
        <translation>期内结案 &lt;a href=&quot;den&quot;&gt;%2&lt;/a&gt; 件（含往期受理），按期 &lt;a href=&quot;num&quot;&gt;%1&lt;/a&gt; 件</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;num&quot;&gt;%1&lt;/a&gt; satisfied of &lt;a href=&quot;den&quot;&gt;%2&lt;/a&gt; called</source>
        <translation>回访 &lt;a href=&quot;den&quot;&gt;%2&lt;/a&gt; 件，满意 &lt;a href=&quot;num&quot;&gt;%1&lt;/a&gt; 件</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>共 %n 笔还款</numerusform>
        </translation>
    </message>
    <message>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>统计看板：%1</translation>
    </message>
    <message>
        <source>Received in the period and closed</source>
        <translation>期间内收件且已办结</translation>
    </message>
    <message>
        <source>Received in the period and accepted</source>
        <translation>期间内收件且已受理</translation>
    </message>
    <message>
        <source>Closed on time in the period</source>
        <translation>期间内按期办结</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>期间内办结</translation>
    </message>
    <message>
        <source>Closed in the period and called back</source>
        <translation>期间内办结且已回访</translation>
    </message>
    <message>
        <source>Click to list these cases</source>
        <translation>点击查看这些案件</translation>
    </message>
</context>
<context>
    <name>DeadlineTableModel</name>
    <message>
        <source>Step</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>%1 of at most %2 days</source>
        <translation>%1 日（上限 %2 日）</translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>已中止计时</translation>
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
    <name>DocumentKind</name>
    <message>
        <source>Acceptance notice</source>
        <translation>受理告知书</translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation>转办函</translation>
    </message>
    <message>
        <source>Supervision letter</source>
        <translation>督办通知书</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催办通知</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>延期办理告知书</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>办理结果答复书</translation>
    </message>
    <message>
        <source>Enterprise size determination</source>
        <translation>企业规模类型认定意见</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>corrects %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>已由 %1 更正</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>%2 于 %1 签发</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>demands</source>
        <translation>投诉请求</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>their ref. no.</source>
        <translation>来文编号</translation>
    </message>
    <message>
        <source>accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>refusal reason</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>transferred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <source>transferred on</source>
        <translation>转办日期</translation>
    </message>
    <message>
        <source>replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>review requested on</source>
        <translation>申请复查日期</translation>
    </message>
    <message>
        <source>credit referral on</source>
        <translation>移送失信日期</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>中止计时</translation>
    </message>
    <message>
        <source>next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>办理程序</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已还金额</translation>
    </message>
    <message>
        <source>amount claimed</source>
        <translation>欠款金额</translation>
    </message>
    <message>
        <source>cleared on</source>
        <translation>清零日期</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>变更（原 → 新）</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Open cases I handle</source>
        <translation>由我承办、尚未办结的案件</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <source>Every case that is not closed or refused</source>
        <translation>除已办结、不予受理以外的全部案件</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <source>Open cases whose next deadline has passed</source>
        <translation>下一期限已过的在办案件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open cases due today or within the given number of working days</source>
        <translation>今天或指定工作日数内到期的在办案件</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>到期于</translation>
    </message>
    <message>
        <source>Working days from today (holidays and weekends are not counted)</source>
        <translation>自今天起的工作日数（不计节假日和周末）</translation>
    </message>
    <message>
        <source> workdays</source>
        <translation> 个工作日内</translation>
    </message>
    <message>
        <source>Cases with an extension request waiting for a supervisor&apos;s decision</source>
        <translation>有延期申请等待审核人审批的案件</translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>Open and finished cases</source>
        <translation>在办和已办结的全部案件</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>办理程序(&amp;P)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Debtor:</source>
        <translation>被投诉人(&amp;D)：</translation>
    </message>
    <message>
        <source>The kind of the respondent (debtor)</source>
        <translation>被投诉人（欠款方）的类型</translation>
    </message>
    <message>
        <source>&amp;Handler:</source>
        <translation>承办人(&amp;H)：</translation>
    </message>
    <message>
        <source>Only cases received on or after this date</source>
        <translation>只显示此日期及以后收到的案件</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>收件日期自</translation>
    </message>
    <message>
        <source>Only cases received on or before this date</source>
        <translation>只显示此日期及以前收到的案件</translation>
    </message>
    <message>
        <source>Received to</source>
        <translation>收件日期至</translation>
    </message>
    <message>
        <source>The start date is after the end date: no case can match.</source>
        <translation>起始日期晚于截止日期，没有符合条件的案件。</translation>
    </message>
    <message>
        <source>Show all open cases again: clears the conditions and the search text</source>
        <translation>清除全部条件和搜索内容，重新显示全部在办案件</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>“My cases” already shows the cases you handle</source>
        <translation>“我的案件”已按本人承办筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n workday(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <source>No Chinese font installed</source>
        <translation>未安装中文字体</translation>
    </message>
    <message>
        <source>This computer has no Chinese font. ComplaintDesk shows Chinese text in its own font, Zhuque Fangsong, which lacks some rare characters; letters use it too, and a character it lacks prints as □ and is reported.</source>
        <translation>这台电脑没有安装中文字体。投诉办理台暂用随程序提供的朱雀仿宋显示中文，该字体缺少部分生僻字；文书也使用该字体，缺少的字会印成“□”并给出提示。</translation>
    </message>
    <message>
        <source>Please ask your IT staff to install a Chinese font:
• Debian, UOS, Kylin: %1
  and copy FangSong (simfang.ttf) and SimSun (simsun.ttc) from the office&apos;s licensed Windows fonts (C:\Windows\Fonts) into /usr/local/share/fonts
• Windows: restore the standard Windows fonts (Microsoft YaHei, SimSun, FangSong)</source>
        <translation>请信息化人员安装中文字体：
• Debian、统信UOS、麒麟：%1
  并从本单位已授权的 Windows 字体（C:\Windows\Fonts）中把仿宋（simfang.ttf）、宋体（simsun.ttc）复制到 /usr/local/share/fonts
• Windows：恢复系统自带的标准字体（微软雅黑、宋体、仿宋）</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import ledger or batch</source>
        <translation>导入台账或批量投诉</translation>
    </message>
    <message>
        <source>Import an arrears ledger (清欠台账) or a batch of forwarded complaints from an Excel (.xlsx) or CSV file. Every row is checked first; nothing is imported while any row has an error, and rows imported before are skipped.</source>
        <translation>从 Excel（.xlsx）或 CSV 文件导入清欠台账或上级转办的批量投诉。导入前逐行预检：只要有一行有错误，就不导入任何数据；以前导入过的行自动跳过。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <source>Which column of the file holds each field. Fields marked * are required. A mapping is remembered for files with the same headings.</source>
        <translation>为每个字段选择文件中对应的列。带 * 的字段为必填。对应关系会被记住，表头相同的文件下次自动套用。</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>预检结果</translation>
    </message>
    <message>
        <source>Choose a file, check the column mapping, then run the check.</source>
        <translation>请选择文件，核对列对应关系，然后预检。</translation>
    </message>
    <message>
        <source>&amp;Show imported cases</source>
        <translation>查看导入的案件(&amp;S)</translation>
    </message>
    <message>
        <source>Chec&amp;k (dry run)</source>
        <translation>预检(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行预检…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>sheet “%1”, </source>
        <translation>工作表“%1”，</translation>
    </message>
    <message>
        <source>%1headings in row %2, %3 data rows, %4 columns.</source>
        <translation>%1表头在第 %2 行，数据 %3 行，共 %4 列。</translation>
    </message>
    <message>
        <source>Check the column mapping, then run the check (dry run).</source>
        <translation>请核对列对应关系，然后预检。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Check finished: nothing was written.</source>
        <translation>预检完成：未写入任何数据。</translation>
    </message>
    <message>
        <source>Check passed: the file can be imported.</source>
        <translation>预检通过：可以导入。</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new case(s), %3 existing case(s) extended, %4 claim(s), %5 payment(s), %6 enterprise(s), %7 respondent(s). Rows imported before were skipped.</source>
        <translation>已从 %1 导入：新建案件 %2 件，已有案件增加欠款 %3 件，欠款 %4 笔，还款 %5 笔，企业 %6 家，被投诉单位 %7 家。以前导入过的行已跳过。</translation>
    </message>
    <message>
        <source>Import finished; each case&apos;s history says which row it came from.</source>
        <translation>导入完成；每件案件的办理记录注明了来自文件的哪一行。</translation>
    </message>
    <message>
        <source>Nothing was imported: the check found errors.</source>
        <translation>未导入任何数据：预检发现错误。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>The mapping changed: run the check again.</source>
        <translation>列对应关系已更改：请重新预检。</translation>
    </message>
    <message>
        <source>%1 rows read, no errors. The import will create %2 case(s) (and add claims to %3 existing case(s)), %4 claim(s), %5 payment(s), %6 enterprise(s) and %7 respondent(s); %8 row(s) are skipped.</source>
        <translation>读取 %1 行，没有错误。导入将新建案件 %2 件（另有 %3 件已有案件增加欠款），欠款 %4 笔，还款 %5 笔，企业 %6 家，被投诉单位 %7 家；跳过 %8 行。</translation>
    </message>
    <message>
        <source>%1 rows read, %2 error(s): nothing can be imported until every error is corrected in the file (or the mapping).</source>
        <translation>读取 %1 行，发现错误 %2 处：请在文件（或列对应关系）中改正全部错误后再导入。</translation>
    </message>
    <message>
        <source>Run the check first; the import is possible when it finds no error.</source>
        <translation>请先预检；预检没有错误时才能导入。</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
</context>
<context>
    <name>Industry</name>
    <message>
        <source>Agriculture, forestry, animal husbandry, fishery</source>
        <translation>农林牧渔业</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>工业</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>建筑业</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>批发业</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售业</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通运输业</translation>
    </message>
    <message>
        <source>Warehousing</source>
        <translation>仓储业</translation>
    </message>
    <message>
        <source>Postal services</source>
        <translation>邮政业</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>住宿业</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>餐饮业</translation>
    </message>
    <message>
        <source>Information transmission</source>
        <translation>信息传输业</translation>
    </message>
    <message>
        <source>Software and IT services</source>
        <translation>软件和信息技术服务业</translation>
    </message>
    <message>
        <source>Real estate development</source>
        <translation>房地产开发经营</translation>
    </message>
    <message>
        <source>Property management</source>
        <translation>物业管理</translation>
    </message>
    <message>
        <source>Leasing and business services</source>
        <translation>租赁和商务服务业</translation>
    </message>
    <message>
        <source>Other industries</source>
        <translation>其他未列明行业</translation>
    </message>
</context>
<context>
    <name>InstalmentsDialog</name>
    <message>
        <source>Repayment agreement</source>
        <translation>还款协议</translation>
    </message>
    <message>
        <source>Due on (yyyy-mm-dd)</source>
        <translation>到期日（年-月-日）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>&amp;Add instalment</source>
        <translation>增加一期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Repayment agreement — case %1</source>
        <translation>还款协议 — 案件 %1</translation>
    </message>
    <message>
        <source>Contract %1: outstanding %2 yuan. Enter the agreed instalments; saving replaces the previous agreement.</source>
        <translation>合同 %1：未还 %2 元。请逐期填写约定的还款日期和金额；保存后将替换原有还款协议。</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Total %1 yuan</source>
        <translation>合计 %1 元</translation>
    </message>
    <message>
        <source>fill in both the date and the amount</source>
        <translation>请同时填写日期和金额</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>文书种类(&amp;K)：</translation>
    </message>
    <message>
        <source>Check before issuing:</source>
        <translation>签发前请核对：</translation>
    </message>
    <message>
        <source>Complaint &amp;summary as the letter quotes it (third person):</source>
        <translation>文书引用的投诉事项摘要（第三人称）(&amp;S)：</translation>
    </message>
    <message>
        <source>Con&amp;firm summary</source>
        <translation>确认摘要(&amp;F)</translation>
    </message>
    <message>
        <source>Store this wording with the case (recorded in its history); letters quote it from now on</source>
        <translation>将此表述保存到案件（记入案件历史），此后文书引用此表述</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>签发(&amp;I)…</translation>
    </message>
    <message>
        <source>Give the letter its number and store it unchangeably with the case</source>
        <translation>为文书编号，并随案存档，此后不可修改</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Issued %1 by %2 · %3 · SHA-256 %4</source>
        <translation>%2 于 %1 签发 · %3 · SHA-256 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — case %3</source>
        <translation>%1 %2 — 案件 %3</translation>
    </message>
    <message>
        <source>Correct %1 — case %2</source>
        <translation>更正 %1 — 案件 %2</translation>
    </message>
    <message>
        <source>Draft a letter — case %1</source>
        <translation>拟制文书 — 案件 %1</translation>
    </message>
    <message>
        <source>Rendering the draft…</source>
        <translation>正在生成草稿…</translation>
    </message>
    <message>
        <source>Draft, %1 — it cannot be issued until the office&apos;s details are filled in (Settings ▸ Office): see the list on the right</source>
        <translation>草稿，%1 — 本单位信息尚未填写，在“设置 ▸ 本单位”中填写之前不能签发，见右侧列表</translation>
    </message>
    <message>
        <source>Draft, %1 — it has blanks: see the list on the right</source>
        <translation>草稿，%1 — 有留空内容，见右侧列表</translation>
    </message>
    <message>
        <source>Draft, %1 — not numbered, watermarked 草稿</source>
        <translation>草稿，%1 — 未编号，带“草稿”水印</translation>
    </message>
    <message>
        <source>Fonts: </source>
        <translation>字体：</translation>
    </message>
    <message>
        <source>⚠ The body text is not in a FangSong (仿宋) face: see the note below.</source>
        <translation>⚠ 正文字体不是仿宋体，见下方提示。</translation>
    </message>
    <message>
        <source>Confirmed: the letter quotes this wording.</source>
        <translation>已确认：文书引用此表述。</translation>
    </message>
    <message>
        <source>Not confirmed yet: rewritten from the complainant&apos;s own words (“我公司” → “投诉人”). Check it and confirm.</source>
        <translation>未确认：根据投诉人原话自动改写（“我公司”→“投诉人”），请核对后确认。</translation>
    </message>
    <message>
        <source>Saving the summary…</source>
        <translation>正在保存摘要……</translation>
    </message>
    <message>
        <source>Summary confirmed.</source>
        <translation>摘要已确认。</translation>
    </message>
    <message>
        <source>The summary was not saved.</source>
        <translation>摘要未保存。</translation>
    </message>
    <message>
        <source>The draft could not be made.</source>
        <translation>无法生成草稿。</translation>
    </message>
    <message>
        <source>Nothing to check: every fact the letter needs is in the case.</source>
        <translation>无需补充：文书所需的信息案件中均已具备。</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>%2 于 %1 签发</translation>
    </message>
    <message>
        <source>This is the stored copy: printing and saving give exactly these bytes.</source>
        <translation>这是存档原件：打印和另存均使用这份文件，内容完全一致。</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>正在签发…</translation>
    </message>
    <message>
        <source>Issued as %1 (SHA-256 %2…)</source>
        <translation>已签发，文号 %1（SHA-256 %2…）</translation>
    </message>
    <message>
        <source>Not issued.</source>
        <translation>未签发。</translation>
    </message>
    <message>
        <source>The letter was not issued</source>
        <translation>文书未签发</translation>
    </message>
    <message>
        <source>%1 %2 draft</source>
        <translation>%1 %2 草稿</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
</context>
<context>
    <name>LetterTools</name>
    <message>
        <source>Batch supervision: %1 letter(s) issued.</source>
        <translation>批量督办：已签发 %1 份督办通知书。</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>文书(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Batch supervision letters…</source>
        <translation>批量督办(&amp;B)…</translation>
    </message>
    <message>
        <source>A supervision letter to the debtor of every case in handling with overdue claims</source>
        <translation>向每件存在逾期欠款的办理中案件的欠款方发出督办通知书</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Sign in to the office database %1.</source>
        <translation>登录数据库 %1。</translation>
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
        <source>Cases</source>
        <translation>案件列表</translation>
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
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
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
        <source>&amp;New case…</source>
        <translation>登记新案件(&amp;N)…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Register a new complaint (Ctrl+N)</source>
        <translation>登记新的投诉（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>下一件(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next case of the list in this tab</source>
        <translation>在本标签页显示列表中的下一件案件</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>上一件(&amp;P)</translation>
    </message>
    <message>
        <source>Show the previous case of the list in this tab</source>
        <translation>在本标签页显示列表中的上一件案件</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>关闭案件标签页(&amp;C)</translation>
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
        <source>&amp;Back up the database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a consistent copy of the open database to a file of your choice</source>
        <translation>将当前数据库的一致副本保存到您选择的文件</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the open database by a backup copy (the current state is backed up first)</source>
        <translation>用备份替换当前数据库（会先备份当前状态）</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign out and let another user sign in at this desk</source>
        <translation>退出当前用户，由其他用户在本机登录</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>Office &amp;settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Holiday schedules, procedure rules, LPR, office details and users</source>
        <translation>节假日安排、办理程序与时限、LPR、本单位信息和用户</translation>
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
        <source>Nobody signed in: the database was not opened.</source>
        <translation>无人登录，未打开数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Showing the cases behind “%1”. The filters and the search do not apply.</source>
        <translation>正在显示“%1”对应的案件，筛选条件和搜索不适用。</translation>
    </message>
    <message>
        <source>&amp;Back to the filtered list</source>
        <translation>返回筛选列表(&amp;B)</translation>
    </message>
    <message>
        <source>%1 — demo data, deleted on exit</source>
        <translation>%1（演示数据，退出后删除）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
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
    <message>
        <source>Case %1 registered.</source>
        <translation>案件 %1 已登记。</translation>
    </message>
    <message>
        <source>No further case in the list.</source>
        <translation>列表中没有更多案件了。</translation>
    </message>
</context>
<context>
    <name>OfficeAccess</name>
    <message>
        <source>Demo office: signed in automatically as %1 (%2), an officer. Other demo users sign in with the password %3.</source>
        <translation>演示数据库：已自动以承办人 %1（%2）登录。其他演示用户的密码为 %3。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已登录：%1（%2）。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>This office keeps its data on a PostgreSQL server. Back it up and restore it with the server&apos;s own tools (pg_dump and pg_restore), or ask whoever runs the server.</source>
        <translation>本数据库存放在 PostgreSQL 服务器上，请用服务器自带工具（pg_dump 和 pg_restore）备份和恢复，或联系服务器管理员。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restored from %1. The database as it was is kept in %2.</source>
        <translation>已从 %1 恢复。恢复前的数据库保存在 %2。</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
</context>
<context>
    <name>OfficeTools</name>
    <message>
        <source>Imported: %1 case(s) new or extended.</source>
        <translation>导入完成：新建或补充案件 %1 件。</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>统计看板(&amp;D)</translation>
    </message>
    <message>
        <source>Workload, deadlines, arrears and rates; every number opens its cases</source>
        <translation>工作量、期限、拖欠账款和各项比率；点击任一数字即可查看对应案件</translation>
    </message>
    <message>
        <source>Extension &amp;approvals</source>
        <translation>延期审批(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import ledger or batch…</source>
        <translation>导入台账或批量投诉(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an arrears ledger or forwarded complaints from xlsx/csv</source>
        <translation>从 xlsx/csv 文件导入清欠台账或上级转办的投诉</translation>
    </message>
    <message>
        <source>&amp;Export a report…</source>
        <translation>报表导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Overdue list, arrears ledger, statistics, yearly summary as xlsx/pdf/csv</source>
        <translation>逾期案件清单、清欠台账、统计表、年度汇总，导出为 xlsx/pdf/csv</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>延期审批</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>延期审批（%1）</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Resolved / paid</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Partly resolved</source>
        <translation>部分解决</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>诉求不予支持</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>投诉人撤回</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>登记还款</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>还款日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 50000</source>
        <translation>例如 50000</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>All &amp;outstanding</source>
        <translation>全部未还(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>凭证(&amp;V)：</translation>
    </message>
    <message>
        <source>Bank receipt or transfer number</source>
        <translation>银行回单或转账流水号</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Record a payment — case %1</source>
        <translation>登记还款 — 案件 %1</translation>
    </message>
    <message>
        <source>Contract %1: owed %2 yuan, paid %3, outstanding %4 yuan.</source>
        <translation>合同 %1：欠款 %2 元，已还 %3 元，未还 %4 元。</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格内容</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>（文件）</translation>
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
    <name>ProceduresPage</name>
    <message numerus="yes">
        <source>%n workday(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Complainant (SME)</source>
        <translation>投诉人（中小企业）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Type the name: registered enterprises are listed as you type</source>
        <translation>输入名称，已登记的企业会随输入列出</translation>
    </message>
    <message>
        <source>Registered records that match what you typed: press Enter or double-click one to use it</source>
        <translation>与输入相符的已登记记录：按回车或双击选用</translation>
    </message>
    <message>
        <source>Enter a new enterprise</source>
        <translation>改为登记新企业</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91150000MA0N0XXXXX</source>
        <translation>18位，如 91150000MA0N0XXXXX</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>从业人员(&amp;E)：</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <source>&amp;Revenue:</source>
        <translation>营业收入(&amp;R)：</translation>
    </message>
    <message>
        <source>×10,000 yuan (last year)</source>
        <translation>万元（上年度）</translation>
    </message>
    <message>
        <source>&amp;Assets:</source>
        <translation>资产总额(&amp;A)：</translation>
    </message>
    <message>
        <source>×10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>企业规模：</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Respondent / debtor</source>
        <translation>被投诉人 / 欠款方</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Type the name: registered respondents are listed as you type</source>
        <translation>输入名称，已登记的单位会随输入列出</translation>
    </message>
    <message>
        <source>Enter a new respondent</source>
        <translation>改为登记新单位</translation>
    </message>
    <message>
        <source>Cre&amp;dit code:</source>
        <translation>信用代码(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>地址(&amp;S)：</translation>
    </message>
    <message>
        <source>Contac&amp;t person:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>来源渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>办理程序(&amp;P)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>投诉类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Recei&amp;ved on:</source>
        <translation>收件日期(&amp;V)：</translation>
    </message>
    <message>
        <source>Hand&amp;ler:</source>
        <translation>承办人(&amp;L)：</translation>
    </message>
    <message>
        <source>Their re&amp;f. no.:</source>
        <translation>来文编号(&amp;F)：</translation>
    </message>
    <message>
        <source>Number given by the transferring body (optional)</source>
        <translation>转办单位的文号（选填）</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>投诉事项(&amp;U)：</translation>
    </message>
    <message>
        <source>What happened: who owes what since when, what the complainant did so far</source>
        <translation>事情经过：谁欠什么款、从何时起，企业已采取过哪些措施</translation>
    </message>
    <message>
        <source>De&amp;mands:</source>
        <translation>投诉请求(&amp;M)：</translation>
    </message>
    <message>
        <source>What the complainant asks for</source>
        <translation>企业的具体请求</translation>
    </message>
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
        <source>Register anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>Enter moves to the next field · Ctrl+Enter registers</source>
        <translation>回车跳到下一项 · Ctrl+回车 登记</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not read the procedures and staff list: %1</source>
        <translation>无法读取办理程序和人员名单：%1</translation>
    </message>
    <message>
        <source>Already registered? Pick it below (↓ then Enter) instead of entering it again.</source>
        <translation>是否已登记？请在下方选用（↓ 再按回车），不要重复录入。</translation>
    </message>
    <message>
        <source>Searching the registered records failed: %1</source>
        <translation>查找已登记记录失败：%1</translation>
    </message>
    <message>
        <source>Registered record picked: it is used as it is.</source>
        <translation>已选用已登记的记录，按原有资料登记。</translation>
    </message>
    <message>
        <source>Valid credit code</source>
        <translation>信用代码有效</translation>
    </message>
    <message>
        <source>An enterprise&apos;s code does not tell whether it is state-owned or large: choose.</source>
        <translation>企业代码无法判断是否国有或大型企业，请选择。</translation>
    </message>
    <message>
        <source>Suggested from the code (%1…): %2</source>
        <translation>根据代码（%1…）建议：%2</translation>
    </message>
    <message>
        <source>Choose the industry and fill in the figures: the size is worked out by the 2011 SME size standard.</source>
        <translation>选择行业并填写从业人员、营业收入等数据后，按2011年中小企业划型标准自动划型。</translation>
    </message>
    <message>
        <source>A figure above cannot be read.</source>
        <translation>上面的数据有误，无法划型。</translation>
    </message>
    <message>
        <source>%1 enterprise</source>
        <translation>%1企业</translation>
    </message>
    <message>
        <source> — not an SME: the SME rules do not protect it</source>
        <translation> — 不属于中小企业，不适用中小企业保护规定</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) with the same complainant and respondent already exist. Is this the same complaint? Register it anyway only if it is a new one.</source>
        <translation>
            <numerusform>已有 %n 件投诉人和被投诉人相同的在办案件。是否为同一投诉？只有确属新投诉时才“仍然登记”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a report</source>
        <translation>报表导出</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>打开所在文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>逾期案件清单</translation>
    </message>
    <message>
        <source>Arrears ledger (清欠台账)</source>
        <translation>清欠台账</translation>
    </message>
    <message>
        <source>Periodic statistics table</source>
        <translation>投诉办理情况统计表</translation>
    </message>
    <message>
        <source>Yearly summary (first-quarter SME report)</source>
        <translation>年度投诉办理情况汇总（一季度中小企业发展情况报告用）</translation>
    </message>
    <message>
        <source>Cases received in the period whose running deadline has passed, with the step, the handler and the days overdue.</source>
        <translation>期间内收件、正在计算的期限已过的案件，列出办理环节、承办人和逾期天数。</translation>
    </message>
    <message>
        <source>One row per arrears claim of the cases received in the period: statutory due date, days overdue, interest, repaid and outstanding.</source>
        <translation>期间内收件案件的每笔欠款一行：法定付款期限、逾期天数、逾期利息、已清偿和未清偿金额。</translation>
    </message>
    <message>
        <source>Intake, closures and on-time closures by category, channel and debtor kind, with the arrears amounts.</source>
        <translation>按投诉类别、来源渠道和欠款单位类型统计的收件、办结和按期办结情况，以及拖欠账款金额。</translation>
    </message>
    <message>
        <source>The calendar year&apos;s statistics, month by month, and the overdue arrears of state organs and public institutions on 31 December.</source>
        <translation>自然年度的统计数据（逐月），以及截至12月31日机关、事业单位逾期未付的账款。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF（.pdf）</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>CSV 文本（.csv）</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>统计期间的结束日早于开始日。</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报表的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 rows).</source>
        <translation>已保存 %1（%2 行）。</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报表未生成：%1</translation>
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
    <name>Satisfaction</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Holiday schedules</source>
        <translation>节假日安排(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Years from 2004 to next year; a year without an official schedule is counted with its statutory holidays and weekends, provisionally</source>
        <translation>2004 年至明年；未录入正式安排的年份暂按法定节假日和周末计算（暂定）</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a year&apos;s days from a CSV file with the columns date,kind,name (# starts a comment)</source>
        <translation>从 CSV 文件读入一年的安排，列为 date,kind,name（# 开头的行为注释）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rest or work</source>
        <translation>放假/上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Add or change days</source>
        <translation>添加或修改日期</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>The last day of a holiday block (the same day for a single day)</source>
        <translation>假期的最后一天（单独一天则与开始日期相同）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>添加/修改(&amp;A)</translation>
    </message>
    <message>
        <source>Put the days from–to in the table (a day already listed is changed)</source>
        <translation>把起止日期之间的每一天放入表中（表中已有的日期将被修改）</translation>
    </message>
    <message>
        <source>Open cases whose deadlines move</source>
        <translation>期限将调整的在办案件</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Deadline before</source>
        <translation>原期限</translation>
    </message>
    <message>
        <source>Deadline after</source>
        <translation>新期限</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>The State Council General Office&apos;s notice, e.g. 国办发明电〔2026〕12号</source>
        <translation>国务院办公厅通知及文号，如：国办发明电〔2026〕12号</translation>
    </message>
    <message>
        <source>Notice &amp;date:</source>
        <translation>通知日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The date the State Council General Office&apos;s notice was issued (at its end, e.g. 2025年11月4日)</source>
        <translation>国务院办公厅通知的印发日期（见通知末尾，例如 2025年11月4日）</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销修改(&amp;U)</translation>
    </message>
    <message>
        <source>Show the year as it is saved</source>
        <translation>恢复为已保存的安排</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Work out which open cases&apos; deadlines the schedule in the table would move; nothing is saved</source>
        <translation>计算表中的安排会使哪些在办案件的期限调整；不会保存</translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation>保存安排(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Procedures and time limits</source>
        <translation>办理程序与时限(&amp;P)</translation>
    </message>
    <message>
        <source>A change applies to cases registered from now on. Cases already registered keep the rules they were registered with, so their deadlines do not move.</source>
        <translation>修改只适用于此后登记的案件。已登记的案件仍按登记时的规则计算，其期限不会因此变动。</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>办理程序</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Extension cap</source>
        <translation>延长上限</translation>
    </message>
    <message>
        <source>Can stop</source>
        <translation>可中止</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>所选环节</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>起算：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>时限(&amp;T)：</translation>
    </message>
    <message>
        <source>E&amp;xtension cap:</source>
        <translation>延长上限(&amp;X)：</translation>
    </message>
    <message>
        <source>The most the clock may be extended in total, in the same unit (0: no extension)</source>
        <translation>累计最多可延长的时间，单位同上（0 表示不得延长）</translation>
    </message>
    <message>
        <source>The clock &amp;stops while the complainant supplies materials</source>
        <translation>投诉人补正材料期间中止计时(&amp;S)</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;LPR</source>
        <translation>LPR(&amp;L)</translation>
    </message>
    <message>
        <source>The one-year Loan Prime Rate in force on the day a contract was signed is the lowest overdue-interest rate a contract may agree (Payment Regulation art. 17). Add each new quotation on the day it takes effect; earlier rows cannot be changed.</source>
        <translation>合同约定的逾期利率不得低于合同订立时的一年期贷款市场报价利率（LPR）（《保障中小企业款项支付条例》第十七条）。每次报价调整生效后在此添加一行；已有的行不能修改。</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>利率（%）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add a quotation</source>
        <translation>添加报价</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>利率(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 中国货币网 2026-01-20</source>
        <translation>如：中国货币网 2026-01-20</translation>
    </message>
    <message>
        <source>&amp;Add quotation</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>本单位(&amp;O)</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>单位简称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Document number prefix:</source>
        <translation>文号前缀(&amp;D)：</translation>
    </message>
    <message>
        <source>The issuing office&apos;s code; the year in 〔〕 and the number are added when a letter is issued</source>
        <translation>发文机关代字；年份〔〕和序号在发文时自动添加</translation>
    </message>
    <message>
        <source>Case numbers:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>Due-soon &amp;warning:</source>
        <translation>即将到期提示(&amp;W)：</translation>
    </message>
    <message>
        <source> workdays</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Deadlines this close are marked amber in the case list, and the “Due within” filter starts with this number</source>
        <translation>剩余工作日不超过此数的期限在案件列表中以黄色标出，“到期于”筛选也默认使用此数</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>letters and digits, e.g. lixm</source>
        <translation>字母和数字，如：lixm</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least 8 characters; the user changes it after signing in</source>
        <translation>至少8位；用户登录后自行修改</translation>
    </message>
    <message>
        <source>Give the user selected in the table a new password (and lift a lockout)</source>
        <translation>为表中选中的用户设置新密码（并解除锁定）</translation>
    </message>
    <message>
        <source>&amp;Set password of selected user</source>
        <translation>为选中用户设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>添加用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Still saving: close the dialog when it is done.</source>
        <translation>正在保存，请待保存完成后再关闭。</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings; you can look at them.</source>
        <translation>只有管理员可以修改这些设置，您可以查看。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不得延长</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (changed, not yet saved)</source>
        <translation>%1（已修改，尚未保存）</translation>
    </message>
    <message>
        <source>%1 step rules saved. They apply to cases registered from now on.</source>
        <translation>已保存 %1 条时限规则，适用于此后登记的案件。</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>Select a user in the table first.</source>
        <translation>请先在表中选择一个用户。</translation>
    </message>
    <message>
        <source>New password set for %1 (%2).</source>
        <translation>已为 %1（%2）设置新密码。</translation>
    </message>
    <message>
        <source>%1 (%2) added as %3.</source>
        <translation>已添加用户 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>People who can be chosen as a case&apos;s handler. Add officers and supervisors here with a first password, which they change after signing in; select a user to give them a new one.</source>
        <translation>可被指定为案件承办人的人员。在此添加承办人和审核人并设置初始密码，用户登录后自行修改；选中用户可为其设置新密码。</translation>
    </message>
    <message>
        <source>Only an administrator can add users: this page is read-only for you.</source>
        <translation>只有管理员可以添加用户，此页仅供查看。</translation>
    </message>
    <message>
        <source>Preview first: the schedule is saved only after you have seen which deadlines it moves</source>
        <translation>请先预览：看过哪些期限会调整之后才能保存</translation>
    </message>
    <message>
        <source>%1 (not entered)</source>
        <translation>%1（未录入）</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>No days in the table.</source>
        <translation>表中没有日期。</translation>
    </message>
    <message>
        <source>%1 rest days and %2 make-up working days: %3</source>
        <translation>放假 %1 天，调休上班 %2 天：%3</translation>
    </message>
    <message>
        <source>%1 has no official holiday schedule yet: it is counted with weekends only, and every deadline that falls in it is marked provisional. The State Council General Office usually publishes the schedule around November of the year before; enter it here (or import a file) when it is out.</source>
        <translation>%1 年尚未录入国务院办公厅的节假日安排：该年只按周末计算，落在该年的期限均标为“暂定”。国务院办公厅通常在上一年 11 月前后发布通知，发布后请在此录入（或导入文件）。</translation>
    </message>
    <message>
        <source>%1: official schedule entered. Source: %2 (entered by %3, %4).</source>
        <translation>%1 年：已录入官方节假日安排。来源：%2（%3录入，%4）。</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message>
        <source>Notice dated %1.</source>
        <translation>通知印发日期：%1。</translation>
    </message>
    <message>
        <source>Shown below: a DRAFT saved %1 by %2, not in force (what it lacks is shown next to the fields); complete it, preview and save it.</source>
        <translation>下表为草稿（%2 于 %1 保存），尚未生效，缺少的内容显示在相应栏目旁；请补全后预览并保存。</translation>
    </message>
    <message>
        <source>%1 has no official holiday schedule yet: it is counted with the statutory holidays of the 全国年节及纪念日放假办法 and their make-up days (%2) and with weekends, but not with the days the notice moves (调休); every deadline that falls in it is marked provisional. The State Council General Office usually publishes the schedule around November of the year before; enter it here (or import a file) when it is out: it must name the notice&apos;s number and date and give every statutory holiday.</source>
        <translation>%1 年尚未录入国务院办公厅的节假日安排：该年暂按《全国年节及纪念日放假办法》规定的法定节假日及其补假（%2）和周末计算，不含通知安排的调休；落在该年的期限均标为“暂定”。国务院办公厅通常在上一年 11 月前后发布通知，发布后请在此录入（或导入文件）：须写明通知文号和印发日期，并包含全部法定节假日。</translation>
    </message>
    <message>
        <source>Press Preview to see which open cases&apos; deadlines the schedule in the table would move.</source>
        <translation>点击“预览”，查看表中的安排会使哪些在办案件的期限调整。</translation>
    </message>
    <message>
        <source>Payment due date (contract %1)</source>
        <translation>付款到期日（合同 %1）</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Add at most %1 days at a time.</source>
        <translation>一次最多添加 %1 天。</translation>
    </message>
    <message>
        <source>Only days of %1 can be entered here.</source>
        <translation>这里只能录入 %1 年的日期。</translation>
    </message>
    <message>
        <source>Type the holiday&apos;s name, e.g. 国庆节.</source>
        <translation>请填写节日名称，例如“国庆节”。</translation>
    </message>
    <message>
        <source>%1 is a weekday: a make-up working day is always a Saturday or a Sunday.</source>
        <translation>%1 是工作日：调休上班日只能是星期六或星期日。</translation>
    </message>
    <message>
        <source>%1 lists no days of %2 (it covers: %3). Choose the year first.</source>
        <translation>%1 中没有 %2 年的日期（文件包含：%3）。请先选择对应的年份。</translation>
    </message>
    <message>
        <source>%1 days of %2 read from %3: check them, then preview and save.</source>
        <translation>已从 %3 读入 %2 年的 %1 天：请核对，然后预览并保存。</translation>
    </message>
    <message>
        <source>The table holds the saved schedule: no deadline of an open case moves.</source>
        <translation>表中即为已保存的安排：没有在办案件的期限需要调整。</translation>
    </message>
    <message>
        <source>Saving this schedule moves %1 deadlines of %2 open cases and the due dates of %3 claims (listed below). Name the notice it comes from, then save.</source>
        <translation>保存后，%1 个期限将调整（涉及 %2 个在办案件），另有 %3 笔欠款的付款到期日将调整，见下表。请填写通知文号，然后保存。</translation>
    </message>
    <message>
        <source>Saving this schedule moves %1 deadlines of %2 open cases (listed below). Name the notice it comes from, then save.</source>
        <translation>保存后，%1 个期限将调整（涉及 %2 个在办案件，见下表）。请填写通知文号，然后保存。</translation>
    </message>
    <message>
        <source>Saving this schedule moves no deadline of an open case. Name the notice it comes from, then save.</source>
        <translation>保存后，没有在办案件的期限需要调整。请填写通知文号，然后保存。</translation>
    </message>
    <message>
        <source>As it stands it is not complete: saving keeps it as a draft, %1 stays provisional and nothing moves (what is missing is shown next to the fields).</source>
        <translation>目前安排不完整：保存后只作为草稿，%1 年仍为暂定，期限不作调整（缺少的内容显示在相应栏目旁）。</translation>
    </message>
    <message>
        <source>Name the source: the State Council General Office&apos;s notice and its number.</source>
        <translation>请注明来源：国务院办公厅的通知及其文号。</translation>
    </message>
    <message>
        <source>The %1 schedule is saved. %2 deadlines of %3 open cases moved (listed below); provisional marks for %1 are gone.</source>
        <translation>%1 年节假日安排已保存。%3 个在办案件的 %2 个期限已调整（见下表），%1 年的“暂定”标记已取消。</translation>
    </message>
    <message>
        <source>The %1 schedule is saved. No deadline of an open case moved; provisional marks for %1 are gone.</source>
        <translation>%1 年节假日安排已保存。没有在办案件的期限因此调整，%1 年的“暂定”标记已取消。</translation>
    </message>
    <message>
        <source>Holiday schedule %1 saved.</source>
        <translation>%1 年节假日安排已保存。</translation>
    </message>
    <message>
        <source>The %1 schedule is saved as a DRAFT, not as the official schedule: %1 stays provisional and no deadline moved. Complete what is shown next to the fields, preview and save again.</source>
        <translation>%1 年节假日安排已保存为草稿，未作为正式安排生效：%1 年仍为暂定，期限均未调整。请补全相应栏目旁列出的内容，预览后再保存。</translation>
    </message>
    <message>
        <source>Holiday schedule %1 kept as a draft.</source>
        <translation>%1 年节假日安排已保存为草稿。</translation>
    </message>
    <message>
        <source>LPR %1 % from %2 added.</source>
        <translation>已添加：自 %2 起一年期LPR %1%。</translation>
    </message>
    <message>
        <source>Letters are numbered like %1</source>
        <translation>文书编号示例：%1</translation>
    </message>
    <message>
        <source>No letter can be issued until these office details are filled in (they are empty or still the shipped example): %1.</source>
        <translation>以下本单位信息尚未填写（为空或仍是示例内容），填写之前不能签发文书：%1。</translation>
    </message>
    <message>
        <source>%1 (for example %2); fixed when the office was set up</source>
        <translation>%1（例如 %2），建库时确定，此处不能修改</translation>
    </message>
    <message>
        <source>Office details saved.</source>
        <translation>本单位信息已保存。</translation>
    </message>
    <message>
        <source>Count&amp;y / banner:</source>
        <translation>所在县（旗、区）(&amp;Y)：</translation>
    </message>
    <message>
        <source>The county, banner or district the office serves, in full, e.g. 阿鲁科尔沁旗</source>
        <translation>本单位所在的县、旗或区的全称，如：阿鲁科尔沁旗</translation>
    </message>
    <message>
        <source>Type the rate in percent, e.g. 3.00</source>
        <translation>请按百分数填写利率，例如 3.00</translation>
    </message>
    <message>
        <source>Choose a font file</source>
        <translation>选择字体文件</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Automatic (now: %1)</source>
        <translation>自动（当前：%1）</translation>
    </message>
    <message>
        <source>Choose a font file…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>not embedded</source>
        <translation>未嵌入</translation>
    </message>
    <message>
        <source>Letters now use %1 (%2)</source>
        <translation>文书现用：%1（%2）</translation>
    </message>
    <message>
        <source>Letter settings saved: the next letter uses them.</source>
        <translation>文书设置已保存，此后生成的文书即按此设置。</translation>
    </message>
    <message>
        <source>Le&amp;tters</source>
        <translation>文书(&amp;T)</translation>
    </message>
    <message>
        <source>The fonts letters are set in (GB/T 9704). Automatic: the role&apos;s usual fonts, looked for on this computer by name. A font file must be TrueType (.ttf, .ttc) so that it can be embedded in the PDF.</source>
        <translation>文书各部分所用字体（GB/T 9704）。“自动”：按字体名称在本机查找该用途的常用字体。字体文件须为 TrueType 格式（.ttf、.ttc），才能嵌入 PDF。</translation>
    </message>
    <message>
        <source>&amp;Body text (仿宋):</source>
        <translation>正文（仿宋）(&amp;B)：</translation>
    </message>
    <message>
        <source>T&amp;itle (小标宋):</source>
        <translation>标题（小标宋）(&amp;I)：</translation>
    </message>
    <message>
        <source>Heading &amp;1 (黑体):</source>
        <translation>一级标题（黑体）(&amp;1)：</translation>
    </message>
    <message>
        <source>Heading &amp;2 (楷体):</source>
        <translation>二级标题（楷体）(&amp;2)：</translation>
    </message>
    <message>
        <source>Page &amp;numbers (宋体):</source>
        <translation>页码（宋体）(&amp;N)：</translation>
    </message>
    <message>
        <source>Print on pre-printed letterhead pape&amp;r (the issuing office&apos;s heading and the red line are not printed; their space stays blank)</source>
        <translation>使用预印红头纸（不打印发文机关标志和红色分隔线）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SizeClass</name>
    <message>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微型</translation>
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
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close and discard it?</source>
        <translation>填写的内容尚未保存。确定关闭并放弃吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
    <message>
        <source>The case was changed by someone else</source>
        <translation>案件已被他人修改</translation>
    </message>
    <message>
        <source>%1

Nothing of yours was saved, and nothing of theirs was overwritten. Reload the case, check it, then save again.</source>
        <translation>%1

您的操作未保存，他人的修改也未被覆盖。请重新载入案件，核对后再保存。</translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation>重新载入案件</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Late review request</source>
        <translation>逾期复查请求</translation>
    </message>
    <message>
        <source>%1

Record it anyway? The history will say it was late and that you chose to record it.</source>
        <translation>%1

是否仍予登记？办理记录将注明该请求逾期提出、由您决定仍予登记。</translation>
    </message>
    <message>
        <source>Record anyway</source>
        <translation>仍予登记</translation>
    </message>
    <message>
        <source>Do not record</source>
        <translation>不予登记</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>选择要添加的附件</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd *.txt);;All files (*)</source>
        <translation>文档和图片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a holiday schedule</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <source>Holiday schedules (*.csv *.txt);;All files (*)</source>
        <translation>节假日安排文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a ledger or batch</source>
        <translation>导入台账或批量投诉</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translation>CSV 文本 (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>从备份恢复？</translation>
    </message>
    <message>
        <source>Replace the database %1 by the backup %2 of %3?

Everything entered since that time is no longer in the database. The current state is kept as a backup first. Every user signs in again.</source>
        <translation>用 %3 的备份 %2 替换数据库 %1？

此后录入的内容将不在数据库中。当前状态会先保存为备份。所有用户需重新登录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The body text is not in a FangSong (仿宋) face, as GB/T 9704 asks.</source>
        <translation>正文字体不是 GB/T 9704 要求的仿宋体。</translation>
    </message>
    <message>
        <source>Issue the letter?</source>
        <translation>签发文书？</translation>
    </message>
    <message>
        <source>Saved as: %1</source>
        <translation>已保存为：%1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Issue the %1 of case %2?

It gets the next number and is stored as it is: it cannot be changed afterwards, only corrected by a new letter.</source>
        <translation>签发案件 %2 的%1？

文书将取得下一个文号并按原样存档，此后不能修改，只能以新文书更正。</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Issue with blanks?</source>
        <translation>留空签发？</translation>
    </message>
    <message>
        <source>%1

Issue it with the blanks, to be filled in by hand on paper?</source>
        <translation>%1

是否留空签发，在纸面上手工填写？</translation>
    </message>
    <message>
        <source>Issue with blanks</source>
        <translation>留空签发</translation>
    </message>
    <message>
        <source>Issue supervision letters?</source>
        <translation>签发督办通知书？</translation>
    </message>
    <message>
        <source>Issue a numbered supervision letter to the debtor of each of these %1 cases? A case that had one in the last 30 days, or whose letter would have blanks, is left out and listed.</source>
        <translation>向这 %1 件案件的欠款方各签发一份编号的督办通知书？30 日内已发过督办通知书的案件，或文书会有留空内容的案件，不予签发并列出。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>An unexpected error occurred: %1 (%2). Details were written to the log.</source>
        <translation>发生意外错误：%1（%2）。详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>%1 B</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Not a valid amount: type digits with at most two decimals, e.g. 12800.50</source>
        <translation>金额格式不正确：请输入数字，最多两位小数，例如 12800.50</translation>
    </message>
    <message>
        <source>Type a whole number, e.g. 35</source>
        <translation>请输入整数，例如 35</translation>
    </message>
    <message>
        <source>Type a number in 10,000 yuan, e.g. 1250.5</source>
        <translation>请输入以万元为单位的数字，例如 1250.5</translation>
    </message>
    <message>
        <source>Type the annual rate in percent, e.g. 3.65</source>
        <translation>请输入年利率百分数，例如 3.65</translation>
    </message>
    <message>
        <source>Not a valid date: type it as 2025-03-01</source>
        <translation>日期格式不正确，请按 2025-03-01 的格式输入</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>this office already has an administrator: sign in with that account</source>
        <comment>auth.admin_exists</comment>
        <translation>本数据库已有管理员，请用管理员账户登录</translation>
    </message>
    <message>
        <source>{name} ({username}) signs in with a one-time password given by an administrator: choose a new password first, in the app or with `complaintdesk-admin user passwd {username}`</source>
        <comment>auth.change_password_first</comment>
        <translation>{name}（{username}）的密码是管理员设置的一次性密码，请先在程序中或用 `complaintdesk-admin user passwd {username}` 设置新密码</translation>
    </message>
    <message>
        <source>enter a display name (at most 100 characters)</source>
        <comment>auth.display_name_required</comment>
        <translation>请填写姓名（不超过100字）</translation>
    </message>
    <message>
        <source>the account is disabled</source>
        <comment>auth.login_disabled</comment>
        <translation>账户已停用，请联系管理员</translation>
    </message>
    <message>
        <source>locked for {minutes} more minutes</source>
        <comment>auth.login_locked</comment>
        <translation>连续输错密码，账户已锁定，请 {minutes} 分钟后再试</translation>
    </message>
    <message>
        <source>wrong user name or password; the account is now locked for 15 minutes</source>
        <comment>auth.login_now_locked</comment>
        <translation>用户名或密码错误；账户已锁定15分钟</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <comment>auth.login_wrong</comment>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>this account has no one-time password to replace: change the password as usual</source>
        <comment>auth.no_one_time_password</comment>
        <translation>该账户没有待更换的一次性密码，请按常规修改密码</translation>
    </message>
    <message>
        <source>no such user</source>
        <comment>auth.no_such_user</comment>
        <translation>用户不存在</translation>
    </message>
    <message>
        <source>{name} ({role}) may not {permission}</source>
        <comment>auth.not_allowed</comment>
        <translation>{name}（{role}）无权{permission}</translation>
    </message>
    <message>
        <source>another officer handles this case</source>
        <comment>auth.other_handler</comment>
        <translation>该案件由其他承办人办理</translation>
    </message>
    <message>
        <source>{name} may only change their own cases</source>
        <comment>auth.own_cases_only</comment>
        <translation>该案件由其他承办人办理，{name}无权修改</translation>
    </message>
    <message>
        <source>enter a password</source>
        <comment>auth.password_missing</comment>
        <translation>请设置密码</translation>
    </message>
    <message>
        <source>the password must not start or end with spaces</source>
        <comment>auth.password_spaces</comment>
        <translation>密码首尾不能有空格</translation>
    </message>
    <message>
        <source>the password needs at least {min_length} characters</source>
        <comment>auth.password_too_short</comment>
        <translation>密码至少 {min_length} 位</translation>
    </message>
    <message>
        <source>the new password must differ from the old one</source>
        <comment>auth.password_unchanged</comment>
        <translation>新密码不能与旧密码相同</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <comment>auth.password_wrong</comment>
        <translation>原密码不正确</translation>
    </message>
    <message>
        <source>approve</source>
        <comment>auth.permission.approve</comment>
        <translation>审批</translation>
    </message>
    <message>
        <source>work on other officers&apos; cases</source>
        <comment>auth.permission.edit_any_case</comment>
        <translation>办理他人承办的案件</translation>
    </message>
    <message>
        <source>work on cases</source>
        <comment>auth.permission.edit_cases</comment>
        <translation>办理案件</translation>
    </message>
    <message>
        <source>issue letters</source>
        <comment>auth.permission.issue_documents</comment>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>maintain rules and parameters</source>
        <comment>auth.permission.manage_rules</comment>
        <translation>维护规则与参数</translation>
    </message>
    <message>
        <source>manage users</source>
        <comment>auth.permission.manage_users</comment>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>read</source>
        <comment>auth.permission.read</comment>
        <translation>查看</translation>
    </message>
    <message>
        <source>a read-only account cannot work on cases</source>
        <comment>auth.read_only</comment>
        <translation>只读账户，不能办理案件</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <comment>auth.unknown_role</comment>
        <translation>未知角色：{role}</translation>
    </message>
    <message>
        <source>the user name must be 2–64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <comment>auth.username_format</comment>
        <translation>用户名须为 2–64 位字母、数字、下划线、点或连字符</translation>
    </message>
    <message>
        <source>the user name &apos;{username}&apos; is taken</source>
        <comment>auth.username_taken</comment>
        <translation>用户名“{username}”已存在</translation>
    </message>
    <message>
        <source>The next deadline falls in a year whose holidays have not been entered yet: it is provisional</source>
        <comment>case_view.next_deadline_provisional</comment>
        <translation>下一期限涉及尚未录入节假日安排的年份，结果为暂定</translation>
    </message>
    <message>
        <source>{action}: not permitted</source>
        <comment>cases.action_not_permitted</comment>
        <translation>{action}：无权操作</translation>
    </message>
    <message>
        <source>{reason}</source>
        <comment>cases.action_refused</comment>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>the attachment is damaged (hash mismatch)</source>
        <comment>cases.attachment_damaged</comment>
        <translation>附件内容已损坏（哈希不符）</translation>
    </message>
    <message>
        <source>the attachment does not exist</source>
        <comment>cases.attachment_not_found</comment>
        <translation>附件不存在</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <comment>cases.cannot_read_file</comment>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>case {case_no} was changed by {who} at {when}: reload, then try again</source>
        <comment>cases.case_changed</comment>
        <translation>案件 {case_no} 已被 {who} 于 {when} 修改，请重新载入后再操作</translation>
    </message>
    <message>
        <source>case {case_id} does not exist</source>
        <comment>cases.case_not_found</comment>
        <translation>案件不存在（编号 {case_id}）</translation>
    </message>
    <message>
        <source>choose the attachment kind</source>
        <comment>cases.choose_attachment_kind</comment>
        <translation>请选择附件类型</translation>
    </message>
    <message>
        <source>choose the category</source>
        <comment>cases.choose_category</comment>
        <translation>请选择投诉类别</translation>
    </message>
    <message>
        <source>choose the channel</source>
        <comment>cases.choose_channel</comment>
        <translation>请选择投诉渠道</translation>
    </message>
    <message>
        <source>choose or enter the complainant</source>
        <comment>cases.choose_complainant</comment>
        <translation>请选择或填写投诉企业</translation>
    </message>
    <message>
        <source>choose the outcome</source>
        <comment>cases.choose_outcome</comment>
        <translation>请选择办结结果</translation>
    </message>
    <message>
        <source>choose the procedure</source>
        <comment>cases.choose_procedure</comment>
        <translation>请选择办理程序</translation>
    </message>
    <message>
        <source>choose or enter the respondent</source>
        <comment>cases.choose_respondent</comment>
        <translation>请选择或填写被投诉单位</translation>
    </message>
    <message>
        <source>choose the respondent&apos;s kind</source>
        <comment>cases.choose_respondent_kind</comment>
        <translation>请选择被投诉单位类型</translation>
    </message>
    <message>
        <source>choose the satisfaction</source>
        <comment>cases.choose_satisfaction</comment>
        <translation>请选择满意度</translation>
    </message>
    <message>
        <source>the file&apos;s content does not match its extension</source>
        <comment>cases.content_mismatch</comment>
        <translation>文件内容与扩展名不符</translation>
    </message>
    <message>
        <source>{name} cannot be before {other} ({day})</source>
        <comment>cases.date_before</comment>
        <translation>{name}不能早于{other}（{day}）</translation>
    </message>
    <message>
        <source>{name} cannot be before 2000</source>
        <comment>cases.date_before_2000</comment>
        <translation>{name}不能早于2000年</translation>
    </message>
    <message>
        <source>{name} cannot be in the future</source>
        <comment>cases.date_in_future</comment>
        <translation>{name}不能晚于今天</translation>
    </message>
    <message>
        <source>employees must be 0 to 10,000,000</source>
        <comment>cases.employees_range</comment>
        <translation>从业人员数应在 0 到 10,000,000 之间</translation>
    </message>
    <message>
        <source>the chosen enterprise does not exist</source>
        <comment>cases.enterprise_not_found</comment>
        <translation>所选企业不存在</translation>
    </message>
    <message>
        <source>the extension must be a positive number of days</source>
        <comment>cases.extension_days_positive</comment>
        <translation>延长天数应为正整数</translation>
    </message>
    <message>
        <source>extensions may total at most {cap} days ({used} already)</source>
        <comment>cases.extension_over_cap</comment>
        <translation>延长合计不能超过{cap}日（已申请或批准{used}日）</translation>
    </message>
    <message>
        <source>{name} must be 0 to 1e9 (10,000 yuan), 2 decimals</source>
        <comment>cases.figure_range</comment>
        <translation>{name}应为 0 到 10亿万元之间、最多两位小数的数</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <comment>cases.file_empty</comment>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file is too large ({size_mb} MB, limit {limit_mb} MB)</source>
        <comment>cases.file_too_large</comment>
        <translation>文件过大（{size_mb} MB，上限 {limit_mb} MB）</translation>
    </message>
    <message>
        <source>the handler does not exist or is inactive</source>
        <comment>cases.handler_unavailable</comment>
        <translation>承办人不存在或已停用</translation>
    </message>
    <message>
        <source>address</source>
        <comment>cases.name_address</comment>
        <translation>地址</translation>
    </message>
    <message>
        <source>assets</source>
        <comment>cases.name_assets</comment>
        <translation>资产总额</translation>
    </message>
    <message>
        <source>the complainant&apos;s name</source>
        <comment>cases.name_complainant</comment>
        <translation>投诉企业名称</translation>
    </message>
    <message>
        <source>contact person</source>
        <comment>cases.name_contact_person</comment>
        <translation>联系人</translation>
    </message>
    <message>
        <source>the number of days</source>
        <comment>cases.name_days</comment>
        <translation>延长天数</translation>
    </message>
    <message>
        <source>the demands</source>
        <comment>cases.name_demands</comment>
        <translation>投诉请求</translation>
    </message>
    <message>
        <source>the department</source>
        <comment>cases.name_department</comment>
        <translation>接收部门</translation>
    </message>
    <message>
        <source>the note</source>
        <comment>cases.name_note</comment>
        <translation>内容</translation>
    </message>
    <message>
        <source>the date</source>
        <comment>cases.name_on</comment>
        <translation>日期</translation>
    </message>
    <message>
        <source>the outcome</source>
        <comment>cases.name_outcome</comment>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>phone</source>
        <comment>cases.name_phone</comment>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>the reason</source>
        <comment>cases.name_reason</comment>
        <translation>理由</translation>
    </message>
    <message>
        <source>the received date</source>
        <comment>cases.name_received_on</comment>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>the respondent&apos;s name</source>
        <comment>cases.name_respondent</comment>
        <translation>被投诉单位名称</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>cases.name_revenue</comment>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>the satisfaction</source>
        <comment>cases.name_satisfaction</comment>
        <translation>满意度</translation>
    </message>
    <message>
        <source>the source reference</source>
        <comment>cases.name_source_ref</comment>
        <translation>来文编号</translation>
    </message>
    <message>
        <source>the summary</source>
        <comment>cases.name_summary</comment>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>township</source>
        <comment>cases.name_township</comment>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>no running clock can be stopped</source>
        <comment>cases.no_clock_to_stop</comment>
        <translation>当前没有可以中止的期限</translation>
    </message>
    <message>
        <source>no extension</source>
        <comment>cases.no_extension</comment>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>no extension request is waiting</source>
        <comment>cases.no_pending_extension</comment>
        <translation>没有待审批的延期申请</translation>
    </message>
    <message>
        <source>the running clock cannot be extended</source>
        <comment>cases.not_extendable</comment>
        <translation>当前期限不允许延长</translation>
    </message>
    <message>
        <source>the file is not a {kind} document: its package lacks {part} (a renamed zip or another format)</source>
        <comment>cases.not_office_package</comment>
        <translation>文件不是{kind}文档：其中缺少 {part}（可能是改了扩展名的压缩包或其他格式）</translation>
    </message>
    <message>
        <source>the file is not plain text (UTF-8 or GB18030, without NUL characters): attach it as what it is</source>
        <comment>cases.not_plain_text</comment>
        <translation>文件不是纯文本（UTF-8 或 GB18030 编码、不含 NUL 字符），请按其实际格式添加</translation>
    </message>
    <message>
        <source>the phone number is malformed</source>
        <comment>cases.phone_malformed</comment>
        <translation>联系电话格式不正确</translation>
    </message>
    <message>
        <source>open cases with the same complainant and respondent exist: {case_nos}</source>
        <comment>cases.possible_duplicates</comment>
        <translation>已有相同投诉人和被投诉人的在办案件：{case_nos}</translation>
    </message>
    <message>
        <source>another desk changed this record at the same moment: reload, then try again</source>
        <comment>cases.record_changed</comment>
        <translation>该记录刚被其他用户同时修改，请重新载入后再操作</translation>
    </message>
    <message>
        <source>the chosen respondent does not exist</source>
        <comment>cases.respondent_not_found</comment>
        <translation>所选单位不存在</translation>
    </message>
    <message>
        <source>the restart date cannot precede the stop date ({day})</source>
        <comment>cases.restart_before_stop</comment>
        <translation>恢复日期不能早于中止日期（{day}）</translation>
    </message>
    <message>
        <source>The search text contains control characters (such as NUL): type it again</source>
        <comment>cases.search_control_characters</comment>
        <translation>搜索内容含有控制字符（如 NUL），请重新输入</translation>
    </message>
    <message>
        <source>The search text is {length} characters long: search for at most {max_chars}</source>
        <comment>cases.search_too_long</comment>
        <translation>搜索内容长 {length} 个字符，最多可搜索 {max_chars} 个字符</translation>
    </message>
    <message>
        <source>another user</source>
        <comment>cases.someone_else</comment>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>the stop date cannot precede the start of the clock or the last restart</source>
        <comment>cases.stop_before_start</comment>
        <translation>中止日期不能早于计时起点或上次恢复计时的日期</translation>
    </message>
    <message>
        <source>unknown action or role: {error}</source>
        <comment>cases.unknown_action</comment>
        <translation>未知操作或角色：{error}</translation>
    </message>
    <message>
        <source>unknown industry</source>
        <comment>cases.unknown_industry</comment>
        <translation>未知行业</translation>
    </message>
    <message>
        <source>the file contains XML declarations that documents never use (a DTD or entities): not attached</source>
        <comment>cases.unsafe_package</comment>
        <translation>文件含有文档不会使用的 XML 声明（DTD 或实体），不予添加</translation>
    </message>
    <message>
        <source>unsupported file type {suffix!r}</source>
        <comment>cases.unsupported_file_type</comment>
        <translation>不支持的文件类型“{suffix}”（可用：PDF、图片、Word/Excel/WPS、OFD、TXT）</translation>
    </message>
    <message>
        <source>invalid unified social credit code: {problem}</source>
        <comment>cases.uscc_invalid</comment>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>this credit code is already registered as {other!r}: pick the existing enterprise</source>
        <comment>cases.uscc_taken_by_enterprise</comment>
        <translation>该信用代码已登记为“{other}”，请从已有企业中选择</translation>
    </message>
    <message>
        <source>this credit code is already registered as {other!r}: pick the existing respondent</source>
        <comment>cases.uscc_taken_by_respondent</comment>
        <translation>该信用代码已登记为“{other}”，请从已有单位中选择</translation>
    </message>
    <message>
        <source>the amount cannot be less than what was already paid ({paid} yuan)</source>
        <comment>claims.amount_below_paid</comment>
        <translation>欠款金额不能小于已还款金额（{paid} 元）</translation>
    </message>
    <message>
        <source>at most two decimals</source>
        <comment>claims.amount_decimals</comment>
        <translation>金额最多两位小数</translation>
    </message>
    <message>
        <source>the amount must be greater than zero</source>
        <comment>claims.amount_not_positive</comment>
        <translation>欠款金额应大于0</translation>
    </message>
    <message>
        <source>the amount exceeds 10 billion yuan: check it</source>
        <comment>claims.amount_too_large</comment>
        <translation>金额超过100亿元，请核对</translation>
    </message>
    <message>
        <source>Case {case_no} is {status}: no claim is added to a finished case (reopen it, or register a new case)</source>
        <comment>claims.case_finished</comment>
        <translation>案件 {case_no} {status}：已结束的案件不能再登记欠款（请重新办理该案件或另行登记）</translation>
    </message>
    <message>
        <source>choose goods, works or services</source>
        <comment>claims.choose_subject</comment>
        <translation>请选择货物、工程或服务</translation>
    </message>
    <message>
        <source>the claim was changed by someone else: reload</source>
        <comment>claims.claim_changed</comment>
        <translation>该笔欠款已被他人修改，请重新载入</translation>
    </message>
    <message>
        <source>the claim does not exist</source>
        <comment>claims.claim_not_found</comment>
        <translation>欠款记录不存在</translation>
    </message>
    <message>
        <source>{reason}</source>
        <comment>claims.due_date_refused</comment>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>instalments must be &gt; 0, 2 decimals</source>
        <comment>claims.instalment_amount_invalid</comment>
        <translation>分期金额应大于0、最多两位小数</translation>
    </message>
    <message>
        <source>the instalment date is required</source>
        <comment>claims.instalment_date_required</comment>
        <translation>请填写分期日期</translation>
    </message>
    <message>
        <source>instalment dates must differ</source>
        <comment>claims.instalment_dates_repeat</comment>
        <translation>分期日期不能重复</translation>
    </message>
    <message>
        <source>the instalments ({total} yuan) exceed the outstanding amount ({outstanding} yuan)</source>
        <comment>claims.instalments_exceed</comment>
        <translation>分期合计 {total} 元超过未还金额 {outstanding} 元</translation>
    </message>
    <message>
        <source>the acceptance date</source>
        <comment>claims.name_acceptance_passed_on</comment>
        <translation>验收通过日期</translation>
    </message>
    <message>
        <source>the end of the acceptance period</source>
        <comment>claims.name_acceptance_period_ends_on</comment>
        <translation>约定验收期限届满日</translation>
    </message>
    <message>
        <source>the amount</source>
        <comment>claims.name_amount</comment>
        <translation>欠款金额</translation>
    </message>
    <message>
        <source>the confirmed amount</source>
        <comment>claims.name_amount_confirmed</comment>
        <translation>确认金额</translation>
    </message>
    <message>
        <source>the disputed amount</source>
        <comment>claims.name_amount_disputed</comment>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>the contract date</source>
        <comment>claims.name_contract_signed_on</comment>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <source>the delivery date</source>
        <comment>claims.name_delivered_on</comment>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>the payment date</source>
        <comment>claims.name_paid_on</comment>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>the settlement date</source>
        <comment>claims.name_settlement_confirmed_on</comment>
        <translation>结算确认日期</translation>
    </message>
    <message>
        <source>the voucher</source>
        <comment>claims.name_voucher</comment>
        <translation>凭证</translation>
    </message>
    <message>
        <source>{name} must be ≥ 0 with two decimals</source>
        <comment>claims.part_amount_invalid</comment>
        <translation>{name}应为不小于0、最多两位小数的金额</translation>
    </message>
    <message>
        <source>{name} cannot exceed the amount claimed</source>
        <comment>claims.part_exceeds_amount</comment>
        <translation>{name}不能超过欠款金额</translation>
    </message>
    <message>
        <source>confirmed plus disputed cannot exceed the amount claimed</source>
        <comment>claims.parts_exceed_amount</comment>
        <translation>确认金额与争议金额之和不能超过欠款金额</translation>
    </message>
    <message>
        <source>at most two decimals and 10 billion yuan</source>
        <comment>claims.payment_decimals</comment>
        <translation>金额最多两位小数且不超过100亿元</translation>
    </message>
    <message>
        <source>the payment exceeds the outstanding {outstanding} yuan</source>
        <comment>claims.payment_exceeds</comment>
        <translation>还款金额超过未还金额（{outstanding} 元）</translation>
    </message>
    <message>
        <source>the payment must be greater than zero</source>
        <comment>claims.payment_not_positive</comment>
        <translation>还款金额应大于0</translation>
    </message>
    <message>
        <source>the agreed annual rate must be between 0 and 100 %</source>
        <comment>claims.rate_range</comment>
        <translation>约定年利率应大于0%且小于100%</translation>
    </message>
    <message>
        <source>the industry “{industry}” needs {name} at signing</source>
        <comment>claims.size_needs_figure</comment>
        <translation>{industry}划型须填写签订合同时的{name}</translation>
    </message>
    <message>
        <source>the complainant&apos;s industry is not recorded: its size cannot be worked out</source>
        <comment>claims.size_needs_industry</comment>
        <translation>投诉人未登记所属行业，无法按规模数据判定其规模</translation>
    </message>
    <message>
        <source>enter the contract date: the figures at signing describe that day</source>
        <comment>claims.size_needs_signed_on</comment>
        <translation>填写签订合同时的规模数据，须先填写合同签订日期</translation>
    </message>
    <message>
        <source>the agreed term must be 0 to 3650 days</source>
        <comment>claims.term_range</comment>
        <translation>约定付款期限应在0到3650日之间</translation>
    </message>
    <message>
        <source>nobody approves their own extension request: another supervisor must decide it</source>
        <comment>clocks.own_extension</comment>
        <translation>不能批准本人提出的延期申请，请由其他负责人审批</translation>
    </message>
    <message>
        <source>the review request cannot precede the written reply ({replied_on})</source>
        <comment>clocks.review_before_reply</comment>
        <translation>复查请求日期不能早于书面答复日期（{replied_on}）</translation>
    </message>
    <message>
        <source>a review must be requested within {days} days of the written reply ({replied_on}), that is by {last_day}: this request is late. Record it only if the office decides to take it up anyway (record anyway)</source>
        <comment>clocks.review_request_late</comment>
        <translation>复查请求应自收到书面答复之日起{days}日内提出：书面答复日为{replied_on}，期限至{last_day}届满，本请求已逾期。如本机关决定仍予受理，请选择“仍予登记”</translation>
    </message>
    <message>
        <source>there is no written reply to review yet</source>
        <comment>clocks.review_without_reply</comment>
        <translation>本案尚无书面答复，不能申请复查</translation>
    </message>
    <message>
        <source>the deadline ({due}) has passed: stopping the clock now would not revive it (a stop counts only on or before the deadline); note the awaited materials in the case instead</source>
        <comment>clocks.stop_after_deadline</comment>
        <translation>该期限已于{due}届满：期满后中止计时不能使期限恢复（中止须在期限届满之日或之前），案件仍按逾期处理；如仍在等待补正材料，请在办理记录中注明</translation>
    </message>
    <message>
        <source>this is a real office (it has accounts or records): demo data and the demo accounts are only written into a new database, which becomes a demo office; nothing was changed</source>
        <comment>demo.not_demo_office</comment>
        <translation>这是实际办案的数据库（已有账户或记录）：演示数据和演示账户只能写入新建的数据库（该库即成为演示库）；未作任何修改</translation>
    </message>
    <message>
        <source>The database already has cases: demo data is only written into an empty office</source>
        <comment>demo.not_empty</comment>
        <translation>数据库中已有案件，演示数据只能写入空库</translation>
    </message>
    <message>
        <source>{doc_no} was already corrected by {successor}</source>
        <comment>documents.already_corrected</comment>
        <translation>{doc_no} 已由 {successor} 更正，请更正最新的文书</translation>
    </message>
    <message>
        <source>Not filled in, the letter leaves blanks “＿＿＿＿” for: {fields}</source>
        <comment>documents.blanks_left</comment>
        <translation>以下内容未填写，文书中留有空白“＿＿＿＿”：{fields}</translation>
    </message>
    <message>
        <source>The body text is set in {family}, which is not a FangSong (仿宋) face: GB/T 9704 asks for FangSong, size 3. Install a FangSong font (仿宋_GB2312, 仿宋/FangSong, 方正仿宋_GBK) or choose one for the body text under Settings ▸ Documents.</source>
        <comment>documents.body_not_fangsong</comment>
        <translation>正文字体“{family}”不是仿宋体，GB/T 9704 要求正文用3号仿宋。请安装仿宋字体（仿宋_GB2312、仿宋、方正仿宋_GBK），或在“设置 ▸ 文书”中为正文选择仿宋字体。</translation>
    </message>
    <message>
        <source>case {case_id} does not exist</source>
        <comment>documents.case_not_found</comment>
        <translation>案件不存在（编号 {case_id}）</translation>
    </message>
    <message>
        <source>A table cell was too long and is cut short: {start}…</source>
        <comment>documents.cell_truncated</comment>
        <translation>表格中的内容过长，已截断显示：{start}…</translation>
    </message>
    <message>
        <source>the document to correct is not one of this case&apos;s</source>
        <comment>documents.correction_not_of_case</comment>
        <translation>要更正的文书不存在或不属于本案件</translation>
    </message>
    <message>
        <source>a correction must be of the same kind ({kind})</source>
        <comment>documents.correction_other_kind</comment>
        <translation>更正文书须与原文书种类相同（{kind}）</translation>
    </message>
    <message>
        <source>The font {font} lacks these characters, printed as “{placeholder}” instead; please check: {characters}</source>
        <comment>documents.dossier_missing_glyphs</comment>
        <translation>字体{font}缺少以下字符，已以“{placeholder}”代替，请核对：{characters}</translation>
    </message>
    <message>
        <source>The office&apos;s details are not filled in yet (empty or still the shipped example): {fields}. The dossier is made all the same, but the office name it prints may not be this office&apos;s: fill them in under Settings ▸ Office.</source>
        <comment>documents.dossier_office_identity_gaps</comment>
        <translation>本单位信息尚未填写（为空或仍是示例内容）：{fields}。案卷照常生成，但其中印的单位名称可能不是本单位的，请在“设置 ▸ 本单位”中填写。</translation>
    </message>
    <message>
        <source>The font set in the settings cannot be used ({problem}); a font found on this computer is used instead.</source>
        <comment>documents.font_configured_unusable</comment>
        <translation>设置中指定的字体无法使用（{problem}），已改用系统中找到的字体。</translation>
    </message>
    <message>
        <source>The font “{family}” chosen for the {role} is not installed on this computer; a font found here is used instead.</source>
        <comment>documents.font_family_not_found</comment>
        <translation>设置中为{role}指定的字体“{family}”在本机未安装，已改用本机找到的字体。</translation>
    </message>
    <message>
        <source>No embeddable Chinese TrueType font was found: the PDF uses the built-in font {font} without embedding it, so printing and display depend on the reader and rare characters may not show. Install an embeddable Chinese TrueType font: on Windows check that C:\Windows\Fonts holds simfang.ttf (FangSong), simsun.ttc (SimSun) and simhei.ttf (SimHei); on Debian/Ubuntu run sudo apt-get install fonts-wqy-zenhei; or choose a Chinese TrueType font file in the settings.</source>
        <comment>documents.font_not_embedded</comment>
        <translation>未找到可嵌入的中文TrueType字体，PDF暂用内置字体{font}且不嵌入字体，打印和显示效果取决于阅读软件，生僻字可能无法显示。请安装可嵌入的中文TrueType字体：Windows 办公电脑请确认 C:\Windows\Fonts 下有 simfang.ttf（仿宋）、simsun.ttc（宋体）、simhei.ttf（黑体）；Debian/Ubuntu 请执行 sudo apt-get install fonts-wqy-zenhei；也可以在“设置”中指定一个TrueType中文字体文件。</translation>
    </message>
    <message>
        <source>body text</source>
        <comment>documents.font_role_body</comment>
        <translation>正文</translation>
    </message>
    <message>
        <source>level-1 headings</source>
        <comment>documents.font_role_heading1</comment>
        <translation>一级标题</translation>
    </message>
    <message>
        <source>level-2 headings</source>
        <comment>documents.font_role_heading2</comment>
        <translation>二级标题</translation>
    </message>
    <message>
        <source>page numbers</source>
        <comment>documents.font_role_page_number</comment>
        <translation>页码</translation>
    </message>
    <message>
        <source>title</source>
        <comment>documents.font_role_title</comment>
        <translation>标题</translation>
    </message>
    <message>
        <source>acceptance notice</source>
        <comment>documents.kind_acceptance</comment>
        <translation>受理告知书</translation>
    </message>
    <message>
        <source>extension notice</source>
        <comment>documents.kind_extension</comment>
        <translation>延期办理告知书</translation>
    </message>
    <message>
        <source>notice of non-acceptance</source>
        <comment>documents.kind_refusal</comment>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <source>reminder</source>
        <comment>documents.kind_reminder</comment>
        <translation>催办通知</translation>
    </message>
    <message>
        <source>written reply</source>
        <comment>documents.kind_reply</comment>
        <translation>办理结果答复书</translation>
    </message>
    <message>
        <source>enterprise size determination</source>
        <comment>documents.kind_size_determination</comment>
        <translation>企业规模类型认定意见</translation>
    </message>
    <message>
        <source>supervision letter</source>
        <comment>documents.kind_supervision</comment>
        <translation>督办通知书</translation>
    </message>
    <message>
        <source>transfer letter</source>
        <comment>documents.kind_transfer</comment>
        <translation>转办函</translation>
    </message>
    <message>
        <source>the {kind} would have blanks for {fields}: complete the case or the settings first</source>
        <comment>documents.letter_incomplete</comment>
        <translation>{kind}中以下内容尚未填写，不能签发：{fields}。请先补全案件信息或本单位设置；确需留空手工填写的，可选择留空签发</translation>
    </message>
    <message>
        <source>No font on this computer has these characters: the draft shows each as “□” in a red box, and the letter cannot be issued until they are written another way or a font that has them (e.g. SimSun-ExtB) is installed: {characters}</source>
        <comment>documents.letter_unprintable</comment>
        <translation>本机所有字体都没有以下字符，草稿中以红框“□”标出；改用其他写法或安装含有这些字符的字体（如 SimSun-ExtB）之前不能签发：{characters}</translation>
    </message>
    <message>
        <source>The letter cannot be issued: no font on this computer has {characters}, which would print as an empty box. Write it another way, or install a font that has it (e.g. SimSun-ExtB) and issue again. No number was used.</source>
        <comment>documents.letter_unprintable_refused</comment>
        <translation>不能签发：本机所有字体都没有字符{characters}，印出来会是空框。请改用其他写法，或安装含有该字的字体（如 SimSun-ExtB）后再签发。文号未被占用。</translation>
    </message>
    <message>
        <source>the complaint summary for letters</source>
        <comment>documents.name_letter_summary</comment>
        <translation>投诉事项摘要</translation>
    </message>
    <message>
        <source>no case numbered &apos;{case_no}&apos;</source>
        <comment>documents.no_case_numbered</comment>
        <translation>没有案件编号为“{case_no}”的案件</translation>
    </message>
    <message>
        <source>no document numbered &apos;{doc_no}&apos;</source>
        <comment>documents.no_document_numbered</comment>
        <translation>没有文号为“{doc_no}”的文书</translation>
    </message>
    <message>
        <source>no such document</source>
        <comment>documents.no_such_document</comment>
        <translation>文书不存在</translation>
    </message>
    <message>
        <source>{username} may only issue documents on their own cases</source>
        <comment>documents.not_your_case</comment>
        <translation>该案件由其他承办人办理，{username}无权签发其文书</translation>
    </message>
    <message>
        <source>the number or the correction clashed with another desk&apos;s: reload and try again</source>
        <comment>documents.number_clashed</comment>
        <translation>文书编号或更正关系冲突，请重新载入后再试</translation>
    </message>
    <message>
        <source>The office&apos;s details are not filled in yet (empty or still the shipped example): {fields}. This letter cannot be issued until an administrator fills them in under Settings ▸ Office, or with `complaintdesk-admin office set`.</source>
        <comment>documents.office_identity_gaps</comment>
        <translation>本单位信息尚未填写（为空或仍是示例内容）：{fields}。填写之前此文书不能签发，请管理员在“设置 ▸ 本单位”中填写，或运行 complaintdesk-admin office set。</translation>
    </message>
    <message>
        <source>The office&apos;s details are not filled in yet (empty or still the shipped example): {fields}. No document can be issued until an administrator fills them in under Settings ▸ Office, or with `complaintdesk-admin office set`.</source>
        <comment>documents.office_identity_incomplete</comment>
        <translation>本单位信息尚未填写（为空或仍是示例内容）：{fields}。填写之前不能签发文书，请管理员在“设置 ▸ 本单位”中填写，或运行 complaintdesk-admin office set。</translation>
    </message>
    <message>
        <source>invalid document-number prefix &apos;{prefix}&apos;</source>
        <comment>documents.prefix_invalid</comment>
        <translation>文号前缀“{prefix}”无效：只写机关代字，如“X工信投字”，不能含空格、括号或数字</translation>
    </message>
    <message>
        <source>the document-number prefix is not set in the office settings</source>
        <comment>documents.prefix_not_set</comment>
        <translation>本单位设置中尚未填写文号前缀（机关代字），不能签发文书</translation>
    </message>
    <message>
        <source>The payment due date of {contracts} falls in a year whose holidays have not been entered yet: it is provisional (暂定), and so are the days overdue and the interest counted from it; check them before issuing</source>
        <comment>documents.provisional_claim_due_date</comment>
        <translation>{contracts}的付款到期日涉及尚未录入节假日安排的年份，为暂定日期，据此计算的逾期天数和利息亦为暂定，请核对后再签发</translation>
    </message>
    <message>
        <source>The handling deadline falls in a year whose holidays have not been entered yet: the due date is provisional, check it before issuing</source>
        <comment>documents.provisional_due_date</comment>
        <translation>办理期限涉及尚未录入节假日安排的年份，届满日为暂定，请核对后再签发</translation>
    </message>
    <message>
        <source>addressee</source>
        <comment>documents.section_addressee</comment>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>attachments</source>
        <comment>documents.section_attachments</comment>
        <translation>附件说明</translation>
    </message>
    <message>
        <source>body text</source>
        <comment>documents.section_body</comment>
        <translation>正文</translation>
    </message>
    <message>
        <source>copies to</source>
        <comment>documents.section_cc</comment>
        <translation>抄送</translation>
    </message>
    <message>
        <source>note</source>
        <comment>documents.section_note</comment>
        <translation>附注</translation>
    </message>
    <message>
        <source>document number</source>
        <comment>documents.section_number</comment>
        <translation>发文字号</translation>
    </message>
    <message>
        <source>office name</source>
        <comment>documents.section_office</comment>
        <translation>发文机关名称</translation>
    </message>
    <message>
        <source>rest of the letter</source>
        <comment>documents.section_other</comment>
        <translation>文书其他部分</translation>
    </message>
    <message>
        <source>title</source>
        <comment>documents.section_title</comment>
        <translation>标题</translation>
    </message>
    <message>
        <source>the stored copy of {doc_no} is damaged (SHA-256 mismatch): restore from a backup</source>
        <comment>documents.stored_copy_damaged</comment>
        <translation>文书 {doc_no} 的存档已损坏（SHA-256 不符），请从备份恢复</translation>
    </message>
    <message>
        <source>Complaint summary for letters confirmed</source>
        <comment>documents.summary_confirmed</comment>
        <translation>确认投诉事项摘要</translation>
    </message>
    <message>
        <source>The summary still speaks as the complainant or to this office ({words}): letters quote the complaint in the third person (投诉人…, 本机关…); words in quotation marks are left as they are.</source>
        <comment>documents.summary_first_person</comment>
        <translation>摘要仍以投诉人口吻表述（{words}）：文书应以第三人称引述投诉事项（投诉人……、本机关……）；引号内的原话不受此限。</translation>
    </message>
    <message>
        <source>The letter quotes the complaint in words rewritten from the complainant&apos;s own into the third person (“我公司” → “投诉人”), not yet confirmed by the officer: check the complaint summary and confirm it.</source>
        <comment>documents.summary_not_confirmed</comment>
        <translation>文书引用的投诉事项是根据投诉人原话自动改写的第三人称表述（“我公司”→“投诉人”），尚未经承办人确认：请核对“投诉事项摘要”并确认。</translation>
    </message>
    <message>
        <source>a supervision letter {doc_no} went out on {day}</source>
        <comment>documents.supervised_recently</comment>
        <translation>已于{day}发出督办通知书 {doc_no}</translation>
    </message>
    <message>
        <source>the template was changed meanwhile: reload</source>
        <comment>documents.template_changed_meanwhile</comment>
        <translation>模板已被他人修改，请重新载入后再保存</translation>
    </message>
    <message>
        <source>the office&apos;s {kind} template is invalid: {problem}</source>
        <comment>documents.template_invalid</comment>
        <translation>本单位的“{kind}”模板有误（{problem}），请在模板设置中修正或恢复默认</translation>
    </message>
    <message>
        <source>unknown document kind &apos;{kind}&apos; (valid: {kinds})</source>
        <comment>documents.unknown_kind</comment>
        <translation>未知的文书种类“{kind}”，可用：{kinds}</translation>
    </message>
    <message>
        <source>unknown letter field(s): {fields}</source>
        <comment>documents.unknown_letter_fields</comment>
        <translation>未知的文书字段：{fields}</translation>
    </message>
    <message>
        <source>“{char}” ({code})</source>
        <comment>documents.unprintable_character</comment>
        <translation>“{char}”（{code}）</translation>
    </message>
    <message>
        <source>“{char}” ({code}) in the {places}</source>
        <comment>documents.unprintable_character_at</comment>
        <translation>“{char}”（{code}，见于{places}）</translation>
    </message>
    <message>
        <source>amount has more than 2 decimal places: {value}</source>
        <comment>domain.amount_finer_than_fen</comment>
        <translation>金额最多保留两位小数（分）：{value}</translation>
    </message>
    <message>
        <source>not a valid amount: {value}</source>
        <comment>domain.amount_invalid</comment>
        <translation>不是有效的金额：{value}</translation>
    </message>
    <message>
        <source>amount must not be negative: {value}</source>
        <comment>domain.amount_negative</comment>
        <translation>金额不能为负数：{value}</translation>
    </message>
    <message>
        <source>amount must be finite: {value}</source>
        <comment>domain.amount_not_finite</comment>
        <translation>金额必须是有限数值：{value}</translation>
    </message>
    <message>
        <source>amount too large for capital numerals: {value}</source>
        <comment>domain.amount_too_large_for_capitals</comment>
        <translation>金额过大，无法写成大写：{value}</translation>
    </message>
    <message>
        <source>total assets</source>
        <comment>domain.figure_assets</comment>
        <translation>资产总额</translation>
    </message>
    <message>
        <source>employees</source>
        <comment>domain.figure_employees</comment>
        <translation>从业人员</translation>
    </message>
    <message>
        <source>revenue</source>
        <comment>domain.figure_revenue</comment>
        <translation>营业收入</translation>
    </message>
    <message>
        <source>industry “{industry}” needs {figures}</source>
        <comment>domain.size_needs_figures</comment>
        <translation>行业“{industry}”划型需要{figures}</translation>
    </message>
    <message>
        <source>Invalid character “{char}” (position {position}); the code never uses the letters I, O, S, V or Z.</source>
        <comment>domain.uscc_bad_character</comment>
        <translation>含非法字符“{char}”（第{position}位）；代码不使用字母I、O、S、V、Z。</translation>
    </message>
    <message>
        <source>The unified social credit code is empty.</source>
        <comment>domain.uscc_empty</comment>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <source>The unified social credit code must be text.</source>
        <comment>domain.uscc_not_text</comment>
        <translation>统一社会信用代码应为文本。</translation>
    </message>
    <message>
        <source>The check character should be “{expected}” (it is “{actual}”): please check the code.</source>
        <comment>domain.uscc_wrong_check</comment>
        <translation>校验位应为“{expected}”（现为“{actual}”），请核对代码。</translation>
    </message>
    <message>
        <source>The unified social credit code must have {length} characters (it has {actual}).</source>
        <comment>domain.uscc_wrong_length</comment>
        <translation>统一社会信用代码长度应为{length}位（现为{actual}位）。</translation>
    </message>
    <message>
        <source>events were removed: the anchor {source} counted {expected} events up to #{event_id}, the database has {found}</source>
        <comment>history.anchor_count</comment>
        <translation>有事件被删除：锚点 {source} 记录截至 #{event_id} 共 {expected} 条事件，数据库中有 {found} 条</translation>
    </message>
    <message>
        <source>has no such event</source>
        <comment>history.anchor_event_absent</comment>
        <translation>没有该事件</translation>
    </message>
    <message>
        <source>holds another event under that number</source>
        <comment>history.anchor_event_other</comment>
        <translation>该编号下是另一条事件</translation>
    </message>
    <message>
        <source>the anchor {source} is not sealed by the office&apos;s key (forged or damaged)</source>
        <comment>history.anchor_forged</comment>
        <translation>锚点 {source} 未经本单位密钥封存（伪造或损坏）</translation>
    </message>
    <message>
        <source>the anchor beside the database ({source}) is missing: it was deleted, or the file was moved without it</source>
        <comment>history.anchor_missing</comment>
        <translation>数据库旁的锚点（{source}）不见了：被删除，或数据库文件被移动而锚点未随之移动</translation>
    </message>
    <message>
        <source>the anchor {source} belongs to office {found}, not to this office ({office}): the database file was replaced</source>
        <comment>history.anchor_other_office</comment>
        <translation>锚点 {source} 属于另一单位（{found}），不是本单位（{office}）：数据库文件已被替换</translation>
    </message>
    <message>
        <source>history truncated or the file rolled back: the anchor {source} records event #{event_id} ({hash}) at {at}, and the database {found}</source>
        <comment>history.anchor_rolled_back</comment>
        <translation>历史记录被截断或数据库被回滚：锚点 {source} 记录了 {at} 的事件 #{event_id}（{hash}），而数据库中{found}</translation>
    </message>
    <message>
        <source>the anchor {source} cannot be read: {reason}</source>
        <comment>history.anchor_unreadable</comment>
        <translation>锚点 {source} 无法读取：{reason}</translation>
    </message>
    <message>
        <source>the office&apos;s identity (office.uuid) is missing or not a UUID: {value}</source>
        <comment>history.bad_office_uuid</comment>
        <translation>本单位标识（office.uuid）缺失或格式错误：{value}</translation>
    </message>
    <message>
        <source>event #{event_id}: its content does not match its hash (the event was altered)</source>
        <comment>history.content_altered</comment>
        <translation>事件 #{event_id}：内容与哈希不符（该事件被修改）</translation>
    </message>
    <message>
        <source>the stored copy of {doc_no} is not the one issued (the history recorded SHA-256 {expected}): it is not given out; run complaintdesk-admin audit verify</source>
        <comment>history.copy_not_as_issued</comment>
        <translation>文书 {doc_no} 的存档不是签发时的那一份（历史记录中的 SHA-256 为 {expected}），不予输出；请运行 complaintdesk-admin audit verify</translation>
    </message>
    <message>
        <source>{doc_no} has no issuing event in the history (or it was altered): it is not given out; run complaintdesk-admin audit verify</source>
        <comment>history.copy_unrecorded</comment>
        <translation>文书 {doc_no} 在历史记录中没有（完好的）签发记录，不予输出；请运行 complaintdesk-admin audit verify</translation>
    </message>
    <message>
        <source>document {doc_no}: its stored PDF does not match its SHA-256 (damaged or replaced)</source>
        <comment>history.document_bytes</comment>
        <translation>文书 {doc_no}：存档 PDF 与其 SHA-256 不符（损坏或被替换）</translation>
    </message>
    <message>
        <source>document {doc_no}, issued in event #{event_id}, is missing from the database</source>
        <comment>history.document_missing</comment>
        <translation>历史记录（事件 #{event_id}）中签发的文书 {doc_no} 在数据库中不见了</translation>
    </message>
    <message>
        <source>document {doc_no} has no issuing event in the history (added without the app)</source>
        <comment>history.document_no_event</comment>
        <translation>文书 {doc_no} 在历史记录中没有签发记录（未经本程序添加）</translation>
    </message>
    <message>
        <source>document {doc_no} is not the one issued: the history (event #{event_id}) recorded {recorded} with SHA-256 {expected}</source>
        <comment>history.document_not_as_issued</comment>
        <translation>文书 {doc_no} 不是签发时的那一份：历史记录（事件 #{event_id}）记载的是 {recorded}，SHA-256 {expected}</translation>
    </message>
    <message>
        <source>this computer already holds that history key</source>
        <comment>history.key_already_here</comment>
        <translation>本机已持有该历史记录密钥</translation>
    </message>
    <message>
        <source>the key in the file does not seal this office&apos;s history (event #{event_id}): not imported</source>
        <comment>history.key_does_not_seal</comment>
        <translation>该密钥与本单位历史记录的封存（事件 #{event_id}）不符，未导入</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new file name</source>
        <comment>history.key_file_exists</comment>
        <translation>文件 {path} 已存在，请换一个文件名</translation>
    </message>
    <message>
        <source>this computer does not hold the history key of office {office}: nothing can be changed here (reading and drafts still work). An administrator exports the key at a desk that has it (complaintdesk-admin key export --to FILE) and imports it here (complaintdesk-admin key import FILE)</source>
        <comment>history.key_missing</comment>
        <translation>本机没有本单位（{office}）的历史记录密钥，不能修改任何数据（仍可查阅和起草）。请管理员在持有密钥的电脑上导出（complaintdesk-admin key export --to 文件），再在本机导入（complaintdesk-admin key import 文件）</translation>
    </message>
    <message>
        <source>this computer holds no history key of office {office} to export</source>
        <comment>history.key_not_here</comment>
        <translation>本机没有本单位（{office}）的历史记录密钥，无法导出</translation>
    </message>
    <message>
        <source>this computer already holds the key that seals this office&apos;s history; the file&apos;s key is another one: not imported</source>
        <comment>history.key_other_here</comment>
        <translation>本机已持有封存本单位历史记录的密钥，文件中的密钥与之不同，未导入</translation>
    </message>
    <message>
        <source>the key file belongs to office {found}, not to this office ({office})</source>
        <comment>history.key_other_office</comment>
        <translation>该密钥文件属于另一单位（{found}），不是本单位（{office}）</translation>
    </message>
    <message>
        <source>the history key file {path} cannot be used: {reason}</source>
        <comment>history.key_unreadable</comment>
        <translation>历史记录密钥文件 {path} 无法使用：{reason}</translation>
    </message>
    <message>
        <source>event #{event_id}: the link to the event before is broken (an earlier event was removed or altered)</source>
        <comment>history.link_broken</comment>
        <translation>事件 #{event_id}：与前一事件的链接断开（之前的事件被删除或修改）</translation>
    </message>
    <message>
        <source>… and {count} more of the same kind</source>
        <comment>history.more_findings</comment>
        <translation>……同类问题另有 {count} 处</translation>
    </message>
    <message>
        <source>this computer holds no history key of office {office}: the seals and anchors could not be checked (complaintdesk-admin key import FILE)</source>
        <comment>history.no_key_to_check</comment>
        <translation>本机没有本单位（{office}）的历史记录密钥，无法核对封存和锚点（complaintdesk-admin key import 文件）</translation>
    </message>
    <message>
        <source>event #{event_id} carries no seal, though the history was sealed before it (written or rewritten without the office&apos;s key)</source>
        <comment>history.not_sealed</comment>
        <translation>事件 #{event_id} 没有封存，而此前的历史记录已封存（未经本单位密钥写入或改写）</translation>
    </message>
    <message>
        <source>event #{event_id}: its seal does not match (forged, or the chain was recomputed without the office&apos;s key)</source>
        <comment>history.seal_wrong</comment>
        <translation>事件 #{event_id}：封存不符（伪造，或未经本单位密钥重新计算了链）</translation>
    </message>
    <message>
        <source>the history was sealed (event #{event_id}) but no event carries a seal any more: the seals were removed</source>
        <comment>history.seals_removed</comment>
        <translation>历史记录曾经封存（事件 #{event_id}），但现在没有任何事件带有封存：封存已被清除</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen)</source>
        <comment>importer.amount_fen</comment>
        <translation>金额最多保留两位小数（分）</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <comment>importer.amount_negative</comment>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>The amount must be a finite number</source>
        <comment>importer.amount_not_finite</comment>
        <translation>金额必须是有限数值</translation>
    </message>
    <message>
        <source>The amount owed must be greater than zero</source>
        <comment>importer.amount_not_positive</comment>
        <translation>欠款金额应大于0</translation>
    </message>
    <message>
        <source>The amount is not a whole number of fen (the cell holds a computed result or more than two decimals): check it</source>
        <comment>importer.amount_not_whole_fen</comment>
        <translation>金额不是整分（单元格中是计算结果或多于两位小数），请核对</translation>
    </message>
    <message>
        <source>The amount exceeds 10 billion yuan: check it</source>
        <comment>importer.amount_too_large</comment>
        <translation>金额超过100亿元，请核对</translation>
    </message>
    <message>
        <source>Unknown category: {categories}</source>
        <comment>importer.bad_category</comment>
        <translation>投诉类别无法识别：{categories}</translation>
    </message>
    <message>
        <source>The channel should be visit, phone, letter, online platform, 12345 hotline or transferred</source>
        <comment>importer.bad_channel</comment>
        <translation>来源渠道应为来访、来电、来信、网上平台、12345热线或上级转办</translation>
    </message>
    <message>
        <source>Cannot read the CSV file {file}: {error}</source>
        <comment>importer.bad_csv</comment>
        <translation>无法读取 CSV 文件 {file}：{error}</translation>
    </message>
    <message>
        <source>The debtor kind should be state organ, public institution, state-owned enterprise, large enterprise or other</source>
        <comment>importer.bad_debtor_kind</comment>
        <translation>单位类型应为机关、事业单位、国有企业、大型企业或其他</translation>
    </message>
    <message>
        <source>The outcome should be resolved, partly resolved, not supported or withdrawn</source>
        <comment>importer.bad_outcome</comment>
        <translation>办结结果应为已解决、部分解决、诉求不予支持或投诉人撤回</translation>
    </message>
    <message>
        <source>Unknown procedure: {procedures}</source>
        <comment>importer.bad_procedure</comment>
        <translation>办理程序无法识别：{procedures}</translation>
    </message>
    <message>
        <source>The subject should be goods, works or services</source>
        <comment>importer.bad_subject</comment>
        <translation>标的应为货物、工程或服务</translation>
    </message>
    <message>
        <source>Cannot read the Excel file {file}: {error}</source>
        <comment>importer.cannot_read_workbook</comment>
        <translation>无法读取 Excel 文件 {file}：{error}</translation>
    </message>
    <message>
        <source>Case {case_no} is already registered: skipped</source>
        <comment>importer.case_already_registered</comment>
        <translation>案件 {case_no} 已登记，跳过</translation>
    </message>
    <message>
        <source>Belongs to case {case_no}, which is {status}: a claim is not added to a finished case (reopen it, or register a new case)</source>
        <comment>importer.case_finished</comment>
        <translation>属于案件 {case_no}，该案件{status}：不能向已结束的案件补录欠款（请重新办理该案件或另行登记）</translation>
    </message>
    <message>
        <source>Belongs to case {case_no}, which you may not change ({reason}): nothing is added to it</source>
        <comment>importer.case_not_yours</comment>
        <translation>属于案件 {case_no}，您无权修改该案件（{reason}），不能向其补录</translation>
    </message>
    <message>
        <source> (cell: {value})</source>
        <comment>importer.cell_content</comment>
        <translation>（单元格内容：{value}）</translation>
    </message>
    <message>
        <source>A cell in row {row} holds more than {max_chars} characters: not read</source>
        <comment>importer.cell_too_long</comment>
        <translation>第{row}行有单元格超过 {max_chars} 个字符，不予读取</translation>
    </message>
    <message>
        <source>This claim is already registered in case {case_no}: skipped</source>
        <comment>importer.claim_already_registered</comment>
        <translation>该笔欠款已在案件 {case_no} 中登记，跳过</translation>
    </message>
    <message>
        <source>There is contract or repayment information but no amount owed</source>
        <comment>importer.claim_without_amount</comment>
        <translation>有合同或还款信息，但没有欠款金额</translation>
    </message>
    <message>
        <source>The closing date cannot be before the received date</source>
        <comment>importer.closed_before_received</comment>
        <translation>办结日期不能早于收件日期</translation>
    </message>
    <message>
        <source>The same credit code is “{name}” in row {row}</source>
        <comment>importer.code_named_in_row</comment>
        <translation>同一信用代码在第{row}行对应“{name}”</translation>
    </message>
    <message>
        <source>This credit code is registered as “{name}”: the existing enterprise is used</source>
        <comment>importer.code_registered_as</comment>
        <translation>该信用代码已登记为“{name}”，将使用已有企业</translation>
    </message>
    <message>
        <source>One column cannot be mapped to two fields</source>
        <comment>importer.column_mapped_twice</comment>
        <translation>同一列不能对应两个字段</translation>
    </message>
    <message>
        <source>Contract {contract_no} is registered in case {case_no} for {amount} yuan, not as in this row; correct it in the case if needed</source>
        <comment>importer.contract_amount_differs</comment>
        <translation>合同编号 {contract_no} 已在案件 {case_no} 中登记，金额为 {amount} 元，与本行不同；如需更正请在案件中修改</translation>
    </message>
    <message>
        <source>{name} cannot be later than today</source>
        <comment>importer.date_after_today</comment>
        <translation>{name}不能晚于今天</translation>
    </message>
    <message>
        <source>{name} cannot be before 2000</source>
        <comment>importer.date_before_2000</comment>
        <translation>{name}不能早于2000年</translation>
    </message>
    <message>
        <source>Agreed payment term (days)</source>
        <comment>importer.field_agreed_term_days</comment>
        <translation>约定付款期限（日）</translation>
    </message>
    <message>
        <source>Amount owed</source>
        <comment>importer.field_amount_claimed</comment>
        <translation>欠款金额</translation>
    </message>
    <message>
        <source>Amount confirmed</source>
        <comment>importer.field_amount_confirmed</comment>
        <translation>确认金额</translation>
    </message>
    <message>
        <source>Amount repaid</source>
        <comment>importer.field_amount_paid</comment>
        <translation>已还金额</translation>
    </message>
    <message>
        <source>Case/reference no.</source>
        <comment>importer.field_case_ref</comment>
        <translation>案件编号/来文编号</translation>
    </message>
    <message>
        <source>Category</source>
        <comment>importer.field_category</comment>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>importer.field_channel</comment>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Cleared on</source>
        <comment>importer.field_cleared_on</comment>
        <translation>清零日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <comment>importer.field_closed_on</comment>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Complainant</source>
        <comment>importer.field_complainant_name</comment>
        <translation>投诉企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <comment>importer.field_complainant_uscc</comment>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <comment>importer.field_contact_person</comment>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <comment>importer.field_contract_no</comment>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract signed on</source>
        <comment>importer.field_contract_signed_on</comment>
        <translation>合同签订日期</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <comment>importer.field_delivered_on</comment>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Handler</source>
        <comment>importer.field_handler</comment>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>importer.field_outcome</comment>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>Repaid on</source>
        <comment>importer.field_paid_on</comment>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>importer.field_phone</comment>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Procedure</source>
        <comment>importer.field_procedure</comment>
        <translation>办理程序</translation>
    </message>
    <message>
        <source>Received on</source>
        <comment>importer.field_received_on</comment>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Debtor kind</source>
        <comment>importer.field_respondent_kind</comment>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Debtor</source>
        <comment>importer.field_respondent_name</comment>
        <translation>欠款单位</translation>
    </message>
    <message>
        <source>Debtor&apos;s credit code</source>
        <comment>importer.field_respondent_uscc</comment>
        <translation>欠款单位信用代码</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>importer.field_subject</comment>
        <translation>标的</translation>
    </message>
    <message>
        <source>Complaint</source>
        <comment>importer.field_summary</comment>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>Township</source>
        <comment>importer.field_township</comment>
        <translation>所属乡镇</translation>
    </message>
    <message>
        <source>{file} is {size_mb} MB; files over {limit_mb} MB are not imported: split it into smaller files</source>
        <comment>importer.file_too_large</comment>
        <translation>{file} 为 {size_mb} MB，超过 {limit_mb} MB 的文件不予导入，请拆分为较小的文件</translation>
    </message>
    <message>
        <source> [{column}]</source>
        <comment>importer.in_column</comment>
        <translation>［{column}］</translation>
    </message>
    <message>
        <source>Differs from row {row} of the same case ({field})</source>
        <comment>importer.inconsistent_with_row</comment>
        <translation>与同一案件的第{row}行不一致（{field}）</translation>
    </message>
    <message>
        <source>This debtor is registered as “{kind}”: the registered kind is kept</source>
        <comment>importer.kind_registered_as</comment>
        <translation>该单位已登记为“{kind}”，将沿用已登记的类型</translation>
    </message>
    <message>
        <source>Give the debtor kind (state organ, public institution, state-owned enterprise, large enterprise or other)</source>
        <comment>importer.kind_required</comment>
        <translation>请填写单位类型（机关、事业单位、国有企业、大型企业或其他）</translation>
    </message>
    <message>
        <source>Say which column holds “{field}”</source>
        <comment>importer.map_required_field</comment>
        <translation>请指定“{field}”所在的列</translation>
    </message>
    <message>
        <source>the case number</source>
        <comment>importer.name_case_ref</comment>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>the complainant&apos;s name</source>
        <comment>importer.name_complainant</comment>
        <translation>投诉企业名称</translation>
    </message>
    <message>
        <source>the contact person</source>
        <comment>importer.name_contact_person</comment>
        <translation>联系人</translation>
    </message>
    <message>
        <source>the contract number</source>
        <comment>importer.name_contract_no</comment>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>the handler</source>
        <comment>importer.name_handler</comment>
        <translation>承办人</translation>
    </message>
    <message>
        <source>the phone number</source>
        <comment>importer.name_phone</comment>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>the debtor&apos;s name</source>
        <comment>importer.name_respondent</comment>
        <translation>欠款单位名称</translation>
    </message>
    <message>
        <source>the complaint</source>
        <comment>importer.name_summary</comment>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>the township</source>
        <comment>importer.name_township</comment>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>No channel column: every case is registered as transferred from above</source>
        <comment>importer.no_channel_column</comment>
        <translation>未指定来源渠道列：全部按“上级转办”登记</translation>
    </message>
    <message>
        <source>The file has no column “{column}” ({field})</source>
        <comment>importer.no_such_column</comment>
        <translation>文件中没有“{column}”列（{field}）</translation>
    </message>
    <message>
        <source>No such day</source>
        <comment>importer.no_such_day</comment>
        <translation>日期不存在</translation>
    </message>
    <message>
        <source>There is no sheet “{sheet}” (the workbook has: {sheets})</source>
        <comment>importer.no_such_sheet</comment>
        <translation>工作表“{sheet}”不存在（有：{sheets}）</translation>
    </message>
    <message>
        <source>Not a date</source>
        <comment>importer.not_a_date</comment>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>Not a date (write 2025-03-01, 2025/3/1 or 2025年3月1日)</source>
        <comment>importer.not_a_date_text</comment>
        <translation>不是日期（应写作 2025-03-01、2025/3/1 或 2025年3月1日）</translation>
    </message>
    <message>
        <source>Not a valid amount</source>
        <comment>importer.not_a_valid_amount</comment>
        <translation>不是有效的金额</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <comment>importer.not_an_amount</comment>
        <translation>不是金额</translation>
    </message>
    <message>
        <source>Should be a whole number of days</source>
        <comment>importer.not_whole_days</comment>
        <translation>应为整数天数</translation>
    </message>
    <message>
        <source>The office&apos;s records kept changing while the file was checked ({attempts} tries): nothing was imported; try again</source>
        <comment>importer.office_changed</comment>
        <translation>核对文件期间本单位数据多次发生变化（已尝试 {attempts} 次），未导入任何数据，请重试</translation>
    </message>
    <message>
        <source>Open case {case_no} has the same complainant and debtor: a new case is registered anyway</source>
        <comment>importer.open_case_exists</comment>
        <translation>已有相同投诉企业和欠款单位的在办案件 {case_no}，仍将新建案件</translation>
    </message>
    <message>
        <source>No outcome given: registered as “{outcome}”</source>
        <comment>importer.outcome_assumed</comment>
        <translation>未提供办结结果，按“{outcome}”登记</translation>
    </message>
    <message>
        <source>The repayment date cannot be before the delivery date</source>
        <comment>importer.paid_before_delivery</comment>
        <translation>还款日期不能早于交付日期</translation>
    </message>
    <message>
        <source>The amount repaid exceeds the amount owed ({amount} yuan)</source>
        <comment>importer.paid_exceeds_claim</comment>
        <translation>已还金额超过欠款金额（{amount} 元）</translation>
    </message>
    <message>
        <source>An amount was repaid: give the repayment (or clearing) date</source>
        <comment>importer.paid_on_required</comment>
        <translation>有已还金额，请填写还款日期（或清零日期）</translation>
    </message>
    <message>
        <source>The registered repayments are {paid} yuan, not as in this row; an import does not change existing records: record the payment in the case</source>
        <comment>importer.payment_differs</comment>
        <translation>已登记的还款为 {paid} 元，与本行不同；导入不修改已有记录，请在案件中登记还款</translation>
    </message>
    <message>
        <source>{where}{column}: {reason}{cell}</source>
        <comment>importer.problem_line</comment>
        <translation>{where}{column}{reason}{cell}</translation>
    </message>
    <message>
        <source>The file has {count} problem(s): nothing was imported</source>
        <comment>importer.rejected</comment>
        <translation>导入文件有 {count} 处错误，未导入任何数据</translation>
    </message>
    <message>
        <source>{count} error(s) (a file with errors imports nothing):</source>
        <comment>importer.report_errors</comment>
        <translation>错误 {count} 处（有错误时不导入任何数据）：</translation>
    </message>
    <message>
        <source>… {count} more rows not shown</source>
        <comment>importer.report_more_skipped</comment>
        <translation>……其余 {count} 行从略</translation>
    </message>
    <message>
        <source>… {count} more not shown</source>
        <comment>importer.report_more_warnings</comment>
        <translation>……其余 {count} 处从略</translation>
    </message>
    <message>
        <source>{source}: {rows} rows read</source>
        <comment>importer.report_read</comment>
        <translation>{source}：读取 {rows} 行</translation>
    </message>
    <message>
        <source>{source}, sheet {sheet}: {rows} rows read</source>
        <comment>importer.report_read_sheet</comment>
        <translation>{source}：{sheet}：读取 {rows} 行</translation>
    </message>
    <message>
        <source>{count} row(s) skipped:</source>
        <comment>importer.report_skipped</comment>
        <translation>跳过 {count} 行：</translation>
    </message>
    <message>
        <source>Would create {cases} case(s) (and add claims to {extended} existing case(s)), {claims} claim(s), {payments} payment(s), {enterprises} enterprise(s) and {respondents} respondent(s)</source>
        <comment>importer.report_totals</comment>
        <translation>将新建案件 {cases} 件（另有 {extended} 件已有案件增加欠款），欠款 {claims} 笔，还款 {payments} 笔，企业 {enterprises} 家，被投诉单位 {respondents} 家</translation>
    </message>
    <message>
        <source>{count} note(s):</source>
        <comment>importer.report_warnings</comment>
        <translation>提示 {count} 处：</translation>
    </message>
    <message>
        <source>The same claim as row {row} (same complainant, contract number and amount)</source>
        <comment>importer.same_claim_as_row</comment>
        <translation>与第{row}行是同一笔欠款（投诉企业、合同编号、金额相同）</translation>
    </message>
    <message>
        <source>Only one cell has content (a title or a note): skipped</source>
        <comment>importer.single_cell_row</comment>
        <translation>只有一个单元格有内容（标题或说明行），跳过</translation>
    </message>
    <message>
        <source>Give the subject (goods, works or services)</source>
        <comment>importer.subject_required</comment>
        <translation>请填写标的（货物、工程或服务）</translation>
    </message>
    <message>
        <source>A text in the workbook holds more than {max_chars} characters: not read</source>
        <comment>importer.text_too_long</comment>
        <translation>工作簿中有文字超过 {max_chars} 个字符，不予读取</translation>
    </message>
    <message>
        <source>The sheet has more than {max_cells} cells (formatted or filled): import it in batches</source>
        <comment>importer.too_many_cells</comment>
        <translation>工作表超过 {max_cells} 个单元格（含仅有格式的单元格），请分批导入</translation>
    </message>
    <message>
        <source>Row {row} has more than {max_cells} cells (formatted or filled): not read</source>
        <comment>importer.too_many_cells_in_row</comment>
        <translation>第{row}行超过 {max_cells} 个单元格（含仅有格式的单元格），不予读取</translation>
    </message>
    <message>
        <source>Row {row} has content in column {column}: at most {max_columns} columns are read; delete the columns beyond them</source>
        <comment>importer.too_many_columns</comment>
        <translation>第{row}行第{column}列有内容：最多读取 {max_columns} 列，请删除多余的列</translation>
    </message>
    <message>
        <source>The file has more than {max_rows} rows: import it in batches</source>
        <comment>importer.too_many_rows</comment>
        <translation>文件超过 {max_rows} 行，请分批导入</translation>
    </message>
    <message>
        <source>A totals row: skipped</source>
        <comment>importer.totals_row</comment>
        <translation>合计行，跳过</translation>
    </message>
    <message>
        <source>Cannot tell the text encoding of {file}</source>
        <comment>importer.unknown_encoding</comment>
        <translation>无法识别 {file} 的字符编码</translation>
    </message>
    <message>
        <source>Unknown field “{field}”</source>
        <comment>importer.unknown_field</comment>
        <translation>未知字段“{field}”</translation>
    </message>
    <message>
        <source>No such handler (or no longer active): the importing user handles these rows</source>
        <comment>importer.unknown_handler</comment>
        <translation>没有这个承办人（或已停用），该承办人的各行将由导入人承办</translation>
    </message>
    <message>
        <source>The Excel file {file} contains XML declarations that spreadsheets never use (a DTD or entities, as in an XML attack): it was not read</source>
        <comment>importer.unsafe_xml</comment>
        <translation>Excel 文件 {file} 含有电子表格不会使用的 XML 声明（DTD 或实体，常见于 XML 攻击），未予读取</translation>
    </message>
    <message>
        <source>Unsupported file type “{suffix}”: use .xlsx or .csv</source>
        <comment>importer.unsupported_file_type</comment>
        <translation>不支持的文件类型“{suffix}”：请使用 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>File</source>
        <comment>importer.where_file</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <comment>importer.where_row</comment>
        <translation>第{row}行</translation>
    </message>
    <message>
        <source>The Excel file {file} unpacks to more than {limit_mb} MB ({part}): not read</source>
        <comment>importer.workbook_part_too_large</comment>
        <translation>Excel 文件 {file} 解压后超过 {limit_mb} MB（{part}），不予读取</translation>
    </message>
    <message>
        <source>Old .xls files are not supported: save the file as .xlsx in Excel or WPS, then import it</source>
        <comment>importer.xls_not_supported</comment>
        <translation>不支持旧版 .xls 文件：请在 Excel/WPS 中另存为 .xlsx 后再导入</translation>
    </message>
    <message>
        <source>back it up</source>
        <comment>maintenance.back_up</comment>
        <translation>备份</translation>
    </message>
    <message>
        <source>the backup file is damaged: {reason}</source>
        <comment>maintenance.backup_damaged</comment>
        <translation>备份文件已损坏：{reason}</translation>
    </message>
    <message>
        <source>the backup file holds no ComplaintDesk data: {path}</source>
        <comment>maintenance.backup_empty</comment>
        <translation>备份文件是空的数据库：{path}</translation>
    </message>
    <message>
        <source>the backup file already exists: {path}</source>
        <comment>maintenance.backup_exists</comment>
        <translation>目标文件已存在：{path}</translation>
    </message>
    <message>
        <source>backup failed: {reason}</source>
        <comment>maintenance.backup_failed</comment>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>the backup&apos;s history does not verify — {finding}; it was not restored</source>
        <comment>maintenance.backup_history_broken</comment>
        <translation>备份中的历史记录核验未通过：{finding}；未恢复</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <comment>maintenance.backup_is_database</comment>
        <translation>备份文件不能是数据库本身</translation>
    </message>
    <message>
        <source>the backup has lost its office identity (office.uuid: {value}), which every database of schema 0009 or later has: it was altered outside the program; it was not restored</source>
        <comment>maintenance.backup_no_identity</comment>
        <translation>备份缺少本单位标识（office.uuid：{value}），而结构版本 0009 及以后的数据库都有此标识：已在程序之外被改动，未恢复</translation>
    </message>
    <message>
        <source>backup file not found: {path}</source>
        <comment>maintenance.backup_not_found</comment>
        <translation>找不到备份文件：{path}</translation>
    </message>
    <message>
        <source>the backup is another office&apos;s database: {backup_name} ({backup_uuid}); this office is {office_name} ({office_uuid}). Nothing was changed. To put that office&apos;s data in place of this one&apos;s on purpose, restore with --other-office</source>
        <comment>maintenance.backup_other_office</comment>
        <translation>该备份是另一单位的数据库：{backup_name}（{backup_uuid}）；本单位是 {office_name}（{office_uuid}）。未作任何改动。如确需用该单位的数据替换本单位的数据，请加 --other-office 恢复</translation>
    </message>
    <message>
        <source>the backup&apos;s database structure is not the one ComplaintDesk builds for its version (schema {revision}): it was altered outside the program ({objects}); it was not restored</source>
        <comment>maintenance.backup_schema_altered</comment>
        <translation>备份的数据库结构与本程序为其版本（结构版本 {revision}）建立的结构不一致，已在程序之外被改动（{objects}），未恢复</translation>
    </message>
    <message>
        <source>the backup comes from a newer ComplaintDesk (schema {revision})</source>
        <comment>maintenance.backup_too_new</comment>
        <translation>备份来自更新版本的程序（结构版本 {revision}）</translation>
    </message>
    <message>
        <source>the database file does not exist: {path}</source>
        <comment>maintenance.no_database_file</comment>
        <translation>数据库文件不存在：{path}</translation>
    </message>
    <message>
        <source>the office&apos;s database is open at another desk or in another window ({path}): close ComplaintDesk wherever it is open, then restore. Nothing was changed</source>
        <comment>maintenance.office_open_elsewhere</comment>
        <translation>本单位数据库正在其他电脑或其他窗口中打开（{path}）：请先在所有打开它的地方关闭投诉办理台，再恢复。未作任何改动</translation>
    </message>
    <message>
        <source>for a PostgreSQL database use the server&apos;s own tools (pg_dump / pg_restore) to {what}</source>
        <comment>maintenance.postgres_tools</comment>
        <translation>PostgreSQL 数据库的{what}请使用服务器自带工具（pg_dump / pg_restore）</translation>
    </message>
    <message>
        <source>restore it</source>
        <comment>maintenance.restore</comment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>the backup file is the database itself</source>
        <comment>maintenance.restore_onto_itself</comment>
        <translation>备份文件就是当前数据库</translation>
    </message>
    <message>
        <source>an office with no name set</source>
        <comment>maintenance.unnamed_office</comment>
        <translation>未设名称的单位</translation>
    </message>
    <message>
        <source>{text}</source>
        <comment>plain</comment>
        <translation>{text}</translation>
    </message>
    <message>
        <source>{what}: {field} is {value} in the table, not what the baseline took from the tables (event #{event}), and no event changed it since</source>
        <comment>replay.baseline_changed</comment>
        <translation>{what}：数据表中{field}为 {value}，与核对起点（事件 #{event}）取自数据表的数值不同，其间没有任何历史记录</translation>
    </message>
    <message>
        <source>{what}: {field} was {value} before event #{later}, not what the baseline took from the tables (event #{event}): it was changed in between without an event</source>
        <comment>replay.baseline_changed_before</comment>
        <translation>{what}：事件 #{later} 之前{field}为 {value}，与核对起点（事件 #{event}）取自数据表的数值不同，其间的改动没有历史记录</translation>
    </message>
    <message>
        <source>{count} values not recorded by earlier versions were taken from the tables as of event #{event} ({when}), when this version first opened the office</source>
        <comment>replay.baseline_note</comment>
        <translation>{count} 项早期版本未记载的数值取自本版本首次打开本单位数据时的数据表（截至事件 #{event}，{when}）</translation>
    </message>
    <message>
        <source>start of the history&apos;s replay: {rows} rows fingerprinted, {count} values taken from the tables</source>
        <comment>replay.baseline_summary</comment>
        <translation>历史记录核对起点：登记 {rows} 行数据指纹，其中 {count} 项数值取自数据表</translation>
    </message>
    <message>
        <source>copied columns recomputed by the integrity check</source>
        <comment>replay.copies_refreshed</comment>
        <translation>完整性检查重新计算了案件派生列</translation>
    </message>
    <message>
        <source>active</source>
        <comment>replay.field_active</comment>
        <translation>启用</translation>
    </message>
    <message>
        <source>amount</source>
        <comment>replay.field_amount</comment>
        <translation>金额</translation>
    </message>
    <message>
        <source>amount claimed</source>
        <comment>replay.field_amount_claimed</comment>
        <translation>欠款金额</translation>
    </message>
    <message>
        <source>amount confirmed</source>
        <comment>replay.field_amount_confirmed</comment>
        <translation>确认金额</translation>
    </message>
    <message>
        <source>amount disputed</source>
        <comment>replay.field_amount_disputed</comment>
        <translation>争议金额</translation>
    </message>
    <message>
        <source>amount paid</source>
        <comment>replay.field_amount_paid</comment>
        <translation>已还金额</translation>
    </message>
    <message>
        <source>case (id)</source>
        <comment>replay.field_case</comment>
        <translation>所属案件（编号）</translation>
    </message>
    <message>
        <source>claim (id)</source>
        <comment>replay.field_claim</comment>
        <translation>所属欠款（编号）</translation>
    </message>
    <message>
        <source>closing date</source>
        <comment>replay.field_closed_on</comment>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>{what}: {field} is {table} in the table, the history last recorded {recorded} (event #{event})</source>
        <comment>replay.field_differs</comment>
        <translation>{what}：数据表中{field}为 {table}，历史记录最后记载为 {recorded}（事件 #{event}）</translation>
    </message>
    <message>
        <source>handler (user id)</source>
        <comment>replay.field_handler</comment>
        <translation>经办人（用户编号）</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>replay.field_outcome</comment>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>payment date</source>
        <comment>replay.field_paid_on</comment>
        <translation>还款日期</translation>
    </message>
    <message>
        <source>password (fingerprint)</source>
        <comment>replay.field_password</comment>
        <translation>密码（指纹）</translation>
    </message>
    <message>
        <source>role</source>
        <comment>replay.field_role</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>status</source>
        <comment>replay.field_status</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>{what} is in the table but has no creation event in the history</source>
        <comment>replay.no_creation</comment>
        <translation>{what}在数据表中，但历史记录中没有其创建事件</translation>
    </message>
    <message>
        <source>{what} is missing from the table, but its creation is in the history (event #{event})</source>
        <comment>replay.row_deleted</comment>
        <translation>{what}已不在数据表中，但历史记录中有其创建事件（事件 #{event}）</translation>
    </message>
    <message>
        <source>{what} is missing from the table, but it was there when the history&apos;s baseline was taken (event #{event})</source>
        <comment>replay.row_gone_since_baseline</comment>
        <translation>{what}已不在数据表中，但记录历史核对起点时它还在（事件 #{event}）</translation>
    </message>
    <message>
        <source>case {case_no}</source>
        <comment>replay.what_case</comment>
        <translation>案件 {case_no}</translation>
    </message>
    <message>
        <source>claim #{id} of case {case_no}</source>
        <comment>replay.what_claim</comment>
        <translation>案件 {case_no} 的欠款 #{id}</translation>
    </message>
    <message>
        <source>claim #{id}</source>
        <comment>replay.what_claim_only</comment>
        <translation>欠款 #{id}</translation>
    </message>
    <message>
        <source>payment #{id} (claim #{claim_id}, case {case_no})</source>
        <comment>replay.what_payment</comment>
        <translation>还款 #{id}（欠款 #{claim_id}，案件 {case_no}）</translation>
    </message>
    <message>
        <source>payment #{id}</source>
        <comment>replay.what_payment_only</comment>
        <translation>还款 #{id}</translation>
    </message>
    <message>
        <source>{entity} #{id}</source>
        <comment>replay.what_unknown</comment>
        <translation>{entity} #{id}</translation>
    </message>
    <message>
        <source>user {username}</source>
        <comment>replay.what_user</comment>
        <translation>用户 {username}</translation>
    </message>
    <message>
        <source>give the period&apos;s first and last day</source>
        <comment>reports.period_required</comment>
        <translation>请给出统计期间的起止日期</translation>
    </message>
    <message>
        <source>the period ends before it starts: {start} – {end}</source>
        <comment>reports.period_reversed</comment>
        <translation>统计期间的结束日早于开始日：{start} – {end}</translation>
    </message>
    <message>
        <source>give either a year or a period, not both</source>
        <comment>reports.year_or_period</comment>
        <translation>请给出年份或起止日期之一</translation>
    </message>
    <message>
        <source>the yearly summary covers a calendar year: give --year (or --from YYYY-01-01 --to YYYY-12-31)</source>
        <comment>reports.yearly_needs_year</comment>
        <translation>年度汇总按自然年统计：请给出年份（--year）</translation>
    </message>
    <message>
        <source>bad schedule file: {detail}</source>
        <comment>schedules.bad_file</comment>
        <translation>节假日文件格式错误：{detail}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <comment>schedules.cannot_read_file</comment>
        <translation>无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>{day} is not in {year}</source>
        <comment>schedules.day_not_in_year</comment>
        <translation>{day} 不在 {year} 年内</translation>
    </message>
    <message>
        <source>{day} has no holiday name</source>
        <comment>schedules.day_without_name</comment>
        <translation>{day} 缺少节日名称</translation>
    </message>
    <message>
        <source>the {year} schedule lists no days</source>
        <comment>schedules.empty_year</comment>
        <translation>{year} 年安排为空</translation>
    </message>
    <message>
        <source>{festival}: {days} must be a rest day (a statutory holiday)</source>
        <comment>schedules.holiday_not_rest</comment>
        <translation>{festival}：{days} 是法定节假日，应当放假</translation>
    </message>
    <message>
        <source>{festival} ({days}): {have} weekday rest days around it, the holiday rules need {needed} (its days, and a make-up day for each one on a weekend)</source>
        <comment>schedules.holiday_too_few_days</comment>
        <translation>{festival}（{days}）：前后只有 {have} 个工作日放假，放假办法要求 {needed} 天（含逢周末的补假）</translation>
    </message>
    <message>
        <source>{day}: a make-up working day must be a Saturday or Sunday</source>
        <comment>schedules.make_up_on_weekday</comment>
        <translation>{day} 是周一至周五，不能作为调休上班日</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text</source>
        <comment>schedules.not_utf8</comment>
        <translation>文件 {path} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>a notice on the {year} holidays dated {day}? It is published in the year before, or in {year}</source>
        <comment>schedules.notice_date_implausible</comment>
        <translation>{day} 印发的通知不会是 {year} 年的节假日安排：该通知在上一年或当年印发</translation>
    </message>
    <message>
        <source>give the date of the notice</source>
        <comment>schedules.notice_date_required</comment>
        <translation>请填写通知的印发日期</translation>
    </message>
    <message>
        <source>“{source}” names no notice number: write the State Council General Office&apos;s notice as numbered, e.g. 国办发明电〔2025〕7号</source>
        <comment>schedules.notice_number_missing</comment>
        <translation>“{source}”中没有通知文号：请按国务院办公厅通知的文号填写，例如 国办发明电〔2025〕7号</translation>
    </message>
    <message>
        <source>The {year} schedule is saved as a draft, not as the official schedule: {year} is still counted provisionally (statutory holidays and weekends) until the complete notice is entered</source>
        <comment>schedules.saved_as_draft</comment>
        <translation>{year} 年安排已保存为草稿，未作为正式安排生效：{year} 年仍按法定节假日和周末暂定计算，录入完整的通知后生效</translation>
    </message>
    <message>
        <source>name the source (the State Council notice)</source>
        <comment>schedules.source_required</comment>
        <translation>请注明来源（国务院办公厅通知文号）</translation>
    </message>
    <message>
        <source>write the county&apos;s full name, ending in 县, 旗, 区 or 市, e.g. 阿鲁科尔沁旗</source>
        <comment>settings.county_suffix</comment>
        <translation>请写县（旗、区）的全称，以“县”“旗”“区”或“市”结尾，如“阿鲁科尔沁旗”</translation>
    </message>
    <message>
        <source>the due-soon warning must be between 1 and {max} working days</source>
        <comment>settings.due_soon_range</comment>
        <translation>即将到期提示天数应在 1 至 {max} 个工作日之间</translation>
    </message>
    <message>
        <source>the extension cap must be between 0 and {max} (0: no extension)</source>
        <comment>settings.extension_cap_range</comment>
        <translation>延长上限应在 0 至 {max} 之间（0 表示不得延长）</translation>
    </message>
    <message>
        <source>The address</source>
        <comment>settings.field_address</comment>
        <translation>地址</translation>
    </message>
    <message>
        <source>The legal basis</source>
        <comment>settings.field_basis</comment>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>The county (banner, district)</source>
        <comment>settings.field_county</comment>
        <translation>所在县（旗、区）</translation>
    </message>
    <message>
        <source>The due-soon warning</source>
        <comment>settings.field_due_soon</comment>
        <translation>即将到期提示天数</translation>
    </message>
    <message>
        <source>The effective date</source>
        <comment>settings.field_effective_on</comment>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The document-number prefix</source>
        <comment>settings.field_number_prefix</comment>
        <translation>文号前缀</translation>
    </message>
    <message>
        <source>The office name</source>
        <comment>settings.field_office_name</comment>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>The phone number</source>
        <comment>settings.field_phone</comment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pre-printed letterhead paper</source>
        <comment>settings.field_preprinted_letterhead</comment>
        <translation>使用预印红头纸</translation>
    </message>
    <message>
        <source>The rate</source>
        <comment>settings.field_rate</comment>
        <translation>利率</translation>
    </message>
    <message>
        <source>The short name</source>
        <comment>settings.field_short_name</comment>
        <translation>单位简称</translation>
    </message>
    <message>
        <source>The source</source>
        <comment>settings.field_source</comment>
        <translation>来源</translation>
    </message>
    <message>
        <source>The font collection {path} has {count} faces: there is no face #{index}</source>
        <comment>settings.font_face_missing</comment>
        <translation>字体集 {path} 只有 {count} 个字体，没有第 {index} 号（从 0 起数）</translation>
    </message>
    <message>
        <source>No font “{family}” for the {role} is installed on this computer: choose one of the list, or a TrueType font file (.ttf, .ttc)</source>
        <comment>settings.font_family_unknown</comment>
        <translation>本机没有可用于{role}的字体“{family}”，请从列表中选择，或选择一个TrueType字体文件（.ttf、.ttc）</translation>
    </message>
    <message>
        <source>The font file {path} does not exist</source>
        <comment>settings.font_file_missing</comment>
        <translation>字体文件 {path} 不存在</translation>
    </message>
    <message>
        <source>{path} has no Chinese characters and cannot be used for the {role}</source>
        <comment>settings.font_file_no_chinese</comment>
        <translation>{path} 不含汉字，不能用于{role}</translation>
    </message>
    <message>
        <source>{path} cannot be read as a font file (.ttf, .ttc)</source>
        <comment>settings.font_file_not_a_font</comment>
        <translation>无法把 {path} 读作字体文件（.ttf、.ttc）</translation>
    </message>
    <message>
        <source>{path} is not a TrueType (glyf) font and cannot be embedded in a PDF (CFF-based OpenType fonts, e.g. Noto CJK .otf, cannot): choose a TrueType font (.ttf, .ttc)</source>
        <comment>settings.font_file_not_embeddable</comment>
        <translation>{path} 不是TrueType（glyf）字体，无法嵌入PDF（以CFF为轮廓的OpenType字体，如 Noto CJK 的 .otf，都不能嵌入），请选择TrueType字体（.ttf、.ttc）</translation>
    </message>
    <message>
        <source>{name} “{value}” is the shipped example: enter this office&apos;s own</source>
        <comment>settings.identity_placeholder</comment>
        <translation>{name}“{value}”是示例内容，请填写本单位实际的{name}</translation>
    </message>
    <message>
        <source>the effective date must be after the latest quotation ({latest})</source>
        <comment>settings.lpr_not_after_latest</comment>
        <translation>生效日期须晚于最近一次报价（{latest}）</translation>
    </message>
    <message>
        <source>the rate has at most two decimals (e.g. 3.45)</source>
        <comment>settings.lpr_rate_decimals</comment>
        <translation>利率最多保留两位小数（如 3.45）</translation>
    </message>
    <message>
        <source>the rate must be above 0 and below 100 (in percent)</source>
        <comment>settings.lpr_rate_range</comment>
        <translation>利率应大于 0、小于 100（单位：%）</translation>
    </message>
    <message>
        <source>the effective date must be within {days} days from today</source>
        <comment>settings.lpr_too_far_ahead</comment>
        <translation>生效日期不能晚于今天之后 {days} 天</translation>
    </message>
    <message>
        <source>{fields} changed meanwhile: reload</source>
        <comment>settings.office_changed_meanwhile</comment>
        <translation>{fields}已被他人修改，请重新载入后再保存</translation>
    </message>
    <message>
        <source>The office&apos;s details are not filled in yet (empty or still the shipped example): {fields}. No document can be issued until they are filled in with `complaintdesk-admin office set …` or under Settings ▸ Office.</source>
        <comment>settings.office_not_set_up</comment>
        <translation>本单位信息尚未填写（为空或仍是示例内容）：{fields}。用 complaintdesk-admin office set … 或在“设置 ▸ 本单位”中填写之前，不能签发文书。</translation>
    </message>
    <message>
        <source>the phone number is malformed (digits, spaces, +, -, brackets and 转 only)</source>
        <comment>settings.phone_malformed</comment>
        <translation>电话格式不正确（只能包含数字、空格、+、-、括号和“转”）</translation>
    </message>
    <message>
        <source>the prefix is the issuing office&apos;s code only, e.g. X工信投字; year brackets and number are added by the program (no spaces, brackets or digits)</source>
        <comment>settings.prefix_forbidden</comment>
        <translation>文号前缀只写机关代字，如“X工信投字”；年份〔〕和序号由程序生成，不能含空格、括号或数字</translation>
    </message>
    <message>
        <source>only officers and supervisors can be added here</source>
        <comment>settings.role_not_addable</comment>
        <translation>这里只能添加承办人或审核人</translation>
    </message>
    <message>
        <source>the step “{name}” was changed by someone else: reload</source>
        <comment>settings.step_changed_meanwhile</comment>
        <translation>“{name}”已被他人修改，请重新载入后再改</translation>
    </message>
    <message>
        <source>procedure step {step_id} no longer exists: reload</source>
        <comment>settings.step_gone</comment>
        <translation>办理程序环节（编号 {step_id}）已不存在，请重新载入</translation>
    </message>
    <message>
        <source>the period must be between 1 and {max}</source>
        <comment>settings.step_length_range</comment>
        <translation>时限应在 1 至 {max} 之间</translation>
    </message>
    <message>
        <source>unknown font role &apos;{role}&apos;; valid: {roles}</source>
        <comment>settings.unknown_font_role</comment>
        <translation>未知的字体用途“{role}”，可用：{roles}</translation>
    </message>
    <message>
        <source>unknown office detail &apos;{field}&apos;</source>
        <comment>settings.unknown_office_field</comment>
        <translation>未知的本单位信息项“{field}”</translation>
    </message>
    <message>
        <source>unknown unit &apos;{unit}&apos;</source>
        <comment>settings.unknown_unit</comment>
        <translation>未知的计算单位“{unit}”</translation>
    </message>
    <message>
        <source>ComplaintDesk cannot open its window: system libraries that Qt needs for the X11 desktop are missing (library → package):
{libraries}
Ask your IT staff to install them (Debian, Ubuntu, UOS, Kylin):
  {command}</source>
        <comment>startup.missing_libraries</comment>
        <translation>中小企业投诉办理台无法打开窗口：缺少 Qt 图形界面（X11）所需的系统库（库文件 → 软件包）：
{libraries}
请信息化人员安装（Debian、Ubuntu、统信UOS、麒麟）：
  {command}</translation>
    </message>
    <message>
        <source>ComplaintDesk cannot open its window: there is no X11 display (the DISPLAY variable is not set). Start it in a desktop session (remotely: ssh -X); on a Wayland desktop leave QT_QPA_PLATFORM unset or set it to wayland. For tests on a machine without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <comment>startup.no_display</comment>
        <translation>中小企业投诉办理台无法打开窗口：没有 X11 图形显示（未设置 DISPLAY 环境变量）。请在桌面环境中启动（远程登录请用 ssh -X）；Wayland 桌面请不设置 QT_QPA_PLATFORM 或设为 wayland。在没有显示器的机器上运行测试时，请设置 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
    <message>
        <source>malformed database URL {url}: {reason}</source>
        <comment>store.bad_url</comment>
        <translation>无法识别的数据库地址 {url}：{reason}</translation>
    </message>
    <message>
        <source>cannot create the data folder {path}: {reason}</source>
        <comment>store.cannot_create_folder</comment>
        <translation>无法创建数据文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot read the database file {path}: {reason}</source>
        <comment>store.cannot_read</comment>
        <translation>无法读取数据库文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>the database file {path} is damaged: {reason}</source>
        <comment>store.damaged</comment>
        <translation>数据库文件已损坏：{path}（{reason}）</translation>
    </message>
    <message>
        <source>the database file is not readable and writable: {path}</source>
        <comment>store.file_not_read_write</comment>
        <translation>数据库文件不可读写：{path}</translation>
    </message>
    <message>
        <source>the data folder is not writable: {path}</source>
        <comment>store.folder_not_writable</comment>
        <translation>数据文件夹不可写：{path}</translation>
    </message>
    <message>
        <source>the database holds foreign tables</source>
        <comment>store.foreign_tables</comment>
        <translation>数据库中已有其他表</translation>
    </message>
    <message>
        <source>an in-memory database cannot hold an office&apos;s records</source>
        <comment>store.in_memory</comment>
        <translation>不支持内存数据库</translation>
    </message>
    <message>
        <source>this installation of ComplaintDesk lacks its {name} data ({where}): reinstall it</source>
        <comment>store.install_data_missing</comment>
        <translation>本程序的安装不完整，缺少 {name} 数据（{where}），请重新安装</translation>
    </message>
    <message>
        <source>the database location is empty</source>
        <comment>store.location_empty</comment>
        <translation>数据库地址为空</translation>
    </message>
    <message>
        <source>malformed database URL: {url}</source>
        <comment>store.malformed_url</comment>
        <translation>无法识别的数据库地址：{url}</translation>
    </message>
    <message>
        <source>missing database driver {driver}: install it with pip install &quot;complaintdesk[postgres]&quot;</source>
        <comment>store.missing_driver</comment>
        <translation>缺少数据库驱动 {driver}，请用 pip install &quot;complaintdesk[postgres]&quot; 安装</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not a ComplaintDesk one</source>
        <comment>store.not_ours</comment>
        <translation>这不是投诉办理台的数据库：{path}</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database file (damaged, or another kind of file)</source>
        <comment>store.not_sqlite</comment>
        <translation>这不是 SQLite 数据库文件：{path}</translation>
    </message>
    <message>
        <source>the database path is a folder: {path}</source>
        <comment>store.path_is_folder</comment>
        <translation>数据库路径是一个文件夹：{path}</translation>
    </message>
    <message>
        <source>the database was written by a newer ComplaintDesk (schema {revision}); it was left untouched — please upgrade the application</source>
        <comment>store.schema_too_new</comment>
        <translation>数据库由更新版本的投诉办理台创建（结构版本 {revision}），本程序不会修改它，请升级程序</translation>
    </message>
    <message>
        <source>unsupported database type &apos;{scheme}&apos;: use a SQLite file path or a postgresql+psycopg:// URL</source>
        <comment>store.unsupported_kind</comment>
        <translation>不支持的数据库类型“{scheme}”，请使用 SQLite 文件路径或 postgresql+psycopg:// 地址</translation>
    </message>
    <message>
        <source>{name} contains control characters</source>
        <comment>validation.control_characters</comment>
        <translation>{name}含有不可见的控制字符</translation>
    </message>
    <message>
        <source>{problems}</source>
        <comment>validation.problems</comment>
        <translation>{problems}</translation>
    </message>
    <message>
        <source>{name} is required</source>
        <comment>validation.required</comment>
        <translation>请填写{name}</translation>
    </message>
    <message>
        <source>{name} must be at most {max_len} characters (has {length})</source>
        <comment>validation.too_long</comment>
        <translation>{name}不能超过{max_len}字（现有{length}字）</translation>
    </message>
    <message>
        <source>the clock is not stopped</source>
        <comment>workflow.clock_not_stopped</comment>
        <translation>计时未中止</translation>
    </message>
    <message>
        <source>the clock is stopped: restart it before {action}</source>
        <comment>workflow.clock_stopped</comment>
        <translation>计时已中止，请先恢复计时再{action}</translation>
    </message>
    <message>
        <source>{action}: required input missing: {inputs}</source>
        <comment>workflow.inputs_missing</comment>
        <translation>{action}缺少必填项：{inputs}</translation>
    </message>
    <message>
        <source>no extension request is waiting</source>
        <comment>workflow.no_pending_extension</comment>
        <translation>没有待审批的延期申请</translation>
    </message>
    <message>
        <source>this procedure provides no review</source>
        <comment>workflow.no_review</comment>
        <translation>该办理程序不设复查</translation>
    </message>
    <message>
        <source>{action} is for: {roles}</source>
        <comment>workflow.role_required</comment>
        <translation>{action}须由{roles}操作</translation>
    </message>
    <message>
        <source>the case is “{status}”: {action} is not possible (only when: {allowed})</source>
        <comment>workflow.wrong_status</comment>
        <translation>案件处于“{status}”状态，不能{action}（仅限：{allowed}）</translation>
    </message>
</context>
</TS>
