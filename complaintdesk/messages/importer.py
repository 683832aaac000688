"""Messages of the ledger and batch import: files that cannot be read, the mapping, every row-level
problem of the dry run, and the report's own lines (the CLI and the log print it; the dialog shows it)."""

from __future__ import annotations

from complaintdesk.messages.core import define

# --- the fields a column can be mapped to (mapping dialog, CLI, messages) ----------------------------

FIELD_CASE_REF = define("importer.field_case_ref", "Case/reference no.", "案件编号/来文编号")
FIELD_RECEIVED_ON = define("importer.field_received_on", "Received on", "收件日期")
FIELD_CHANNEL = define("importer.field_channel", "Channel", "来源渠道")
FIELD_CATEGORY = define("importer.field_category", "Category", "投诉类别")
FIELD_PROCEDURE = define("importer.field_procedure", "Procedure", "办理程序")
FIELD_SUMMARY = define("importer.field_summary", "Complaint", "投诉事项")
FIELD_COMPLAINANT_NAME = define("importer.field_complainant_name", "Complainant", "投诉企业")
FIELD_COMPLAINANT_USCC = define("importer.field_complainant_uscc", "Credit code", "统一社会信用代码")
FIELD_TOWNSHIP = define("importer.field_township", "Township", "所属乡镇")
FIELD_CONTACT_PERSON = define("importer.field_contact_person", "Contact person", "联系人")
FIELD_PHONE = define("importer.field_phone", "Phone", "联系电话")
FIELD_RESPONDENT_NAME = define("importer.field_respondent_name", "Debtor", "欠款单位")
FIELD_RESPONDENT_USCC = define("importer.field_respondent_uscc", "Debtor's credit code", "欠款单位信用代码")
FIELD_RESPONDENT_KIND = define("importer.field_respondent_kind", "Debtor kind", "单位类型")
FIELD_CONTRACT_NO = define("importer.field_contract_no", "Contract no.", "合同编号")
FIELD_CONTRACT_SIGNED_ON = define("importer.field_contract_signed_on", "Contract signed on", "合同签订日期")
FIELD_SUBJECT = define("importer.field_subject", "Subject", "标的")
FIELD_AMOUNT_CLAIMED = define("importer.field_amount_claimed", "Amount owed", "欠款金额")
FIELD_AMOUNT_CONFIRMED = define("importer.field_amount_confirmed", "Amount confirmed", "确认金额")
FIELD_DELIVERED_ON = define("importer.field_delivered_on", "Delivered on", "交付日期")
FIELD_AGREED_TERM_DAYS = define("importer.field_agreed_term_days", "Agreed payment term (days)", "约定付款期限（日）")
FIELD_AMOUNT_PAID = define("importer.field_amount_paid", "Amount repaid", "已还金额")
FIELD_PAID_ON = define("importer.field_paid_on", "Repaid on", "还款日期")
FIELD_CLEARED_ON = define("importer.field_cleared_on", "Cleared on", "清零日期")
FIELD_CLOSED_ON = define("importer.field_closed_on", "Closed on", "办结日期")
FIELD_OUTCOME = define("importer.field_outcome", "Outcome", "办结结果")
FIELD_HANDLER = define("importer.field_handler", "Handler", "承办人")

# The names the row checks give text cells (longer than the column labels above).
NAME_COMPLAINANT = define("importer.name_complainant", "the complainant's name", "投诉企业名称")
NAME_RESPONDENT = define("importer.name_respondent", "the debtor's name", "欠款单位名称")
NAME_TOWNSHIP = define("importer.name_township", "the township", "乡镇")
NAME_CONTACT_PERSON = define("importer.name_contact_person", "the contact person", "联系人")
NAME_PHONE = define("importer.name_phone", "the phone number", "联系电话")
NAME_CONTRACT_NO = define("importer.name_contract_no", "the contract number", "合同编号")
NAME_SUMMARY = define("importer.name_summary", "the complaint", "投诉事项")
NAME_CASE_REF = define("importer.name_case_ref", "the case number", "案件编号")
NAME_HANDLER = define("importer.name_handler", "the handler", "承办人")

# --- reading the file ------------------------------------------------------------------------------

CANNOT_READ_WORKBOOK = define("importer.cannot_read_workbook", "Cannot read the Excel file {file}: {error}",
                              "无法读取 Excel 文件 {file}：{error}")
NO_SUCH_SHEET = define("importer.no_such_sheet", "There is no sheet “{sheet}” (the workbook has: {sheets})",
                       "工作表“{sheet}”不存在（有：{sheets}）")
UNKNOWN_ENCODING = define("importer.unknown_encoding", "Cannot tell the text encoding of {file}",
                          "无法识别 {file} 的字符编码")
XLS_NOT_SUPPORTED = define("importer.xls_not_supported",
                           "Old .xls files are not supported: save the file as .xlsx in Excel or WPS, then import it",
                           "不支持旧版 .xls 文件：请在 Excel/WPS 中另存为 .xlsx 后再导入")
UNSUPPORTED_FILE_TYPE = define("importer.unsupported_file_type", "Unsupported file type “{suffix}”: use .xlsx or .csv",
                               "不支持的文件类型“{suffix}”：请使用 .xlsx 或 .csv")
TOO_MANY_ROWS = define("importer.too_many_rows", "The file has more than {max_rows} rows: import it in batches",
                       "文件超过 {max_rows} 行，请分批导入")
FILE_TOO_LARGE = define("importer.file_too_large",
                        "{file} is {size_mb} MB; files over {limit_mb} MB are not imported: split it into smaller files",
                        "{file} 为 {size_mb} MB，超过 {limit_mb} MB 的文件不予导入，请拆分为较小的文件")
TOO_MANY_COLUMNS = define("importer.too_many_columns",
                          "Row {row} has content in column {column}: at most {max_columns} columns are read; "
                          "delete the columns beyond them",
                          "第{row}行第{column}列有内容：最多读取 {max_columns} 列，请删除多余的列")
TOO_MANY_CELLS_IN_ROW = define("importer.too_many_cells_in_row",
                               "Row {row} has more than {max_cells} cells (formatted or filled): not read",
                               "第{row}行超过 {max_cells} 个单元格（含仅有格式的单元格），不予读取")
TOO_MANY_CELLS = define("importer.too_many_cells",
                        "The sheet has more than {max_cells} cells (formatted or filled): import it in batches",
                        "工作表超过 {max_cells} 个单元格（含仅有格式的单元格），请分批导入")
CELL_TOO_LONG = define("importer.cell_too_long", "A cell in row {row} holds more than {max_chars} characters: not read",
                       "第{row}行有单元格超过 {max_chars} 个字符，不予读取")
TEXT_TOO_LONG = define("importer.text_too_long", "A text in the workbook holds more than {max_chars} characters: not read",
                       "工作簿中有文字超过 {max_chars} 个字符，不予读取")
WORKBOOK_PART_TOO_LARGE = define("importer.workbook_part_too_large",
                                 "The Excel file {file} unpacks to more than {limit_mb} MB ({part}): not read",
                                 "Excel 文件 {file} 解压后超过 {limit_mb} MB（{part}），不予读取")
UNSAFE_XML = define("importer.unsafe_xml",
                    "The Excel file {file} contains XML declarations that spreadsheets never use (a DTD or entities, "
                    "as in an XML attack): it was not read",
                    "Excel 文件 {file} 含有电子表格不会使用的 XML 声明（DTD 或实体，常见于 XML 攻击），未予读取")
BAD_CSV = define("importer.bad_csv", "Cannot read the CSV file {file}: {error}", "无法读取 CSV 文件 {file}：{error}")
REJECTED = define("importer.rejected", "The file has {count} problem(s): nothing was imported",
                  "导入文件有 {count} 处错误，未导入任何数据")

# --- the mapping -----------------------------------------------------------------------------------

UNKNOWN_FIELD = define("importer.unknown_field", "Unknown field “{field}”", "未知字段“{field}”")
NO_SUCH_COLUMN = define("importer.no_such_column", "The file has no column “{column}” ({field})",
                        "文件中没有“{column}”列（{field}）")
COLUMN_MAPPED_TWICE = define("importer.column_mapped_twice", "One column cannot be mapped to two fields",
                             "同一列不能对应两个字段")
MAP_REQUIRED_FIELD = define("importer.map_required_field", "Say which column holds “{field}”",
                            "请指定“{field}”所在的列")
NO_CHANNEL_COLUMN = define("importer.no_channel_column",
                           "No channel column: every case is registered as transferred from above",
                           "未指定来源渠道列：全部按“上级转办”登记")

# --- cells that cannot be read ---------------------------------------------------------------------

NOT_A_DATE = define("importer.not_a_date", "Not a date", "不是日期")
NOT_A_DATE_TEXT = define("importer.not_a_date_text", "Not a date (write 2025-03-01, 2025/3/1 or 2025年3月1日)",
                         "不是日期（应写作 2025-03-01、2025/3/1 或 2025年3月1日）")
NO_SUCH_DAY = define("importer.no_such_day", "No such day", "日期不存在")
NOT_AN_AMOUNT = define("importer.not_an_amount", "Not an amount", "不是金额")
NOT_A_VALID_AMOUNT = define("importer.not_a_valid_amount", "Not a valid amount", "不是有效的金额")
AMOUNT_NOT_FINITE = define("importer.amount_not_finite", "The amount must be a finite number", "金额必须是有限数值")
AMOUNT_NOT_WHOLE_FEN = define(
    "importer.amount_not_whole_fen",
    "The amount is not a whole number of fen (the cell holds a computed result or more than two decimals): check it",
    "金额不是整分（单元格中是计算结果或多于两位小数），请核对")
AMOUNT_NEGATIVE = define("importer.amount_negative", "The amount cannot be negative", "金额不能为负数")
AMOUNT_TOO_LARGE = define("importer.amount_too_large", "The amount exceeds 10 billion yuan: check it",
                          "金额超过100亿元，请核对")
AMOUNT_FEN = define("importer.amount_fen", "An amount has at most two decimals (fen)", "金额最多保留两位小数（分）")
NOT_WHOLE_DAYS = define("importer.not_whole_days", "Should be a whole number of days", "应为整数天数")
BAD_DEBTOR_KIND = define(
    "importer.bad_debtor_kind",
    "The debtor kind should be state organ, public institution, state-owned enterprise, large enterprise or other",
    "单位类型应为机关、事业单位、国有企业、大型企业或其他")
BAD_CHANNEL = define("importer.bad_channel",
                     "The channel should be visit, phone, letter, online platform, 12345 hotline or transferred",
                     "来源渠道应为来访、来电、来信、网上平台、12345热线或上级转办")
BAD_CATEGORY = define("importer.bad_category", "Unknown category: {categories}", "投诉类别无法识别：{categories}")
BAD_SUBJECT = define("importer.bad_subject", "The subject should be goods, works or services", "标的应为货物、工程或服务")
BAD_OUTCOME = define("importer.bad_outcome",
                     "The outcome should be resolved, partly resolved, not supported or withdrawn",
                     "办结结果应为已解决、部分解决、诉求不予支持或投诉人撤回")

# --- rows ------------------------------------------------------------------------------------------

TOTALS_ROW = define("importer.totals_row", "A totals row: skipped", "合计行，跳过")
SINGLE_CELL_ROW = define("importer.single_cell_row", "Only one cell has content (a title or a note): skipped",
                         "只有一个单元格有内容（标题或说明行），跳过")
KIND_REQUIRED = define(
    "importer.kind_required",
    "Give the debtor kind (state organ, public institution, state-owned enterprise, large enterprise or other)",
    "请填写单位类型（机关、事业单位、国有企业、大型企业或其他）")
BAD_PROCEDURE = define("importer.bad_procedure", "Unknown procedure: {procedures}", "办理程序无法识别：{procedures}")
DATE_AFTER_TODAY = define("importer.date_after_today", "{name} cannot be later than today", "{name}不能晚于今天")
DATE_BEFORE_2000 = define("importer.date_before_2000", "{name} cannot be before 2000", "{name}不能早于2000年")
CLOSED_BEFORE_RECEIVED = define("importer.closed_before_received", "The closing date cannot be before the received date",
                                "办结日期不能早于收件日期")
OUTCOME_ASSUMED = define("importer.outcome_assumed", "No outcome given: registered as “{outcome}”",
                         "未提供办结结果，按“{outcome}”登记")
CLAIM_WITHOUT_AMOUNT = define("importer.claim_without_amount",
                              "There is contract or repayment information but no amount owed",
                              "有合同或还款信息，但没有欠款金额")
AMOUNT_NOT_POSITIVE = define("importer.amount_not_positive", "The amount owed must be greater than zero",
                             "欠款金额应大于0")
SUBJECT_REQUIRED = define("importer.subject_required", "Give the subject (goods, works or services)",
                          "请填写标的（货物、工程或服务）")
PAID_EXCEEDS_CLAIM = define("importer.paid_exceeds_claim", "The amount repaid exceeds the amount owed ({amount} yuan)",
                            "已还金额超过欠款金额（{amount} 元）")
PAID_ON_REQUIRED = define("importer.paid_on_required", "An amount was repaid: give the repayment (or clearing) date",
                          "有已还金额，请填写还款日期（或清零日期）")
PAID_BEFORE_DELIVERY = define("importer.paid_before_delivery", "The repayment date cannot be before the delivery date",
                              "还款日期不能早于交付日期")
INCONSISTENT_WITH_ROW = define("importer.inconsistent_with_row",
                               "Differs from row {row} of the same case ({field})",
                               "与同一案件的第{row}行不一致（{field}）")
SAME_CLAIM_AS_ROW = define("importer.same_claim_as_row",
                           "The same claim as row {row} (same complainant, contract number and amount)",
                           "与第{row}行是同一笔欠款（投诉企业、合同编号、金额相同）")

# --- rows against the database ---------------------------------------------------------------------

CODE_REGISTERED_AS = define("importer.code_registered_as",
                            "This credit code is registered as “{name}”: the existing enterprise is used",
                            "该信用代码已登记为“{name}”，将使用已有企业")
CODE_NAMED_IN_ROW = define("importer.code_named_in_row", "The same credit code is “{name}” in row {row}",
                           "同一信用代码在第{row}行对应“{name}”")
KIND_REGISTERED_AS = define("importer.kind_registered_as",
                            "This debtor is registered as “{kind}”: the registered kind is kept",
                            "该单位已登记为“{kind}”，将沿用已登记的类型")
UNKNOWN_HANDLER = define("importer.unknown_handler",
                         "No such handler (or no longer active): the importing user handles these rows",
                         "没有这个承办人（或已停用），该承办人的各行将由导入人承办")
CLAIM_ALREADY_REGISTERED = define("importer.claim_already_registered",
                                  "This claim is already registered in case {case_no}: skipped",
                                  "该笔欠款已在案件 {case_no} 中登记，跳过")
PAYMENT_DIFFERS = define("importer.payment_differs",
                         "The registered repayments are {paid} yuan, not as in this row; an import does not change "
                         "existing records: record the payment in the case",
                         "已登记的还款为 {paid} 元，与本行不同；导入不修改已有记录，请在案件中登记还款")
CONTRACT_AMOUNT_DIFFERS = define("importer.contract_amount_differs",
                                 "Contract {contract_no} is registered in case {case_no} for {amount} yuan, not as in "
                                 "this row; correct it in the case if needed",
                                 "合同编号 {contract_no} 已在案件 {case_no} 中登记，金额为 {amount} 元，与本行不同；"
                                 "如需更正请在案件中修改")
CASE_NOT_YOURS = define("importer.case_not_yours",
                        "Belongs to case {case_no}, which you may not change ({reason}): nothing is added to it",
                        "属于案件 {case_no}，您无权修改该案件（{reason}），不能向其补录")
CASE_FINISHED = define("importer.case_finished",
                       "Belongs to case {case_no}, which is {status}: a claim is not added to a finished case "
                       "(reopen it, or register a new case)",
                       "属于案件 {case_no}，该案件{status}：不能向已结束的案件补录欠款（请重新办理该案件或另行登记）")
OFFICE_CHANGED = define("importer.office_changed",
                        "The office's records kept changing while the file was checked ({attempts} tries): nothing "
                        "was imported; try again",
                        "核对文件期间本单位数据多次发生变化（已尝试 {attempts} 次），未导入任何数据，请重试")
CASE_ALREADY_REGISTERED = define("importer.case_already_registered", "Case {case_no} is already registered: skipped",
                                 "案件 {case_no} 已登记，跳过")
OPEN_CASE_EXISTS = define("importer.open_case_exists",
                          "Open case {case_no} has the same complainant and debtor: a new case is registered anyway",
                          "已有相同投诉企业和欠款单位的在办案件 {case_no}，仍将新建案件")

# --- the report ------------------------------------------------------------------------------------

WHERE_ROW = define("importer.where_row", "Row {row}", "第{row}行")
WHERE_FILE = define("importer.where_file", "File", "文件")
IN_COLUMN = define("importer.in_column", " [{column}]", "［{column}］")
CELL_CONTENT = define("importer.cell_content", " (cell: {value})", "（单元格内容：{value}）")
PROBLEM_LINE = define("importer.problem_line", "{where}{column}: {reason}{cell}", "{where}{column}{reason}{cell}")
REPORT_READ = define("importer.report_read", "{source}: {rows} rows read", "{source}：读取 {rows} 行")
REPORT_READ_SHEET = define("importer.report_read_sheet", "{source}, sheet {sheet}: {rows} rows read",
                           "{source}：{sheet}：读取 {rows} 行")
REPORT_ERRORS = define("importer.report_errors", "{count} error(s) (a file with errors imports nothing):",
                       "错误 {count} 处（有错误时不导入任何数据）：")
REPORT_WARNINGS = define("importer.report_warnings", "{count} note(s):", "提示 {count} 处：")
REPORT_MORE_WARNINGS = define("importer.report_more_warnings", "… {count} more not shown", "……其余 {count} 处从略")
REPORT_SKIPPED = define("importer.report_skipped", "{count} row(s) skipped:", "跳过 {count} 行：")
REPORT_MORE_SKIPPED = define("importer.report_more_skipped", "… {count} more rows not shown", "……其余 {count} 行从略")
REPORT_TOTALS = define("importer.report_totals",
                       "Would create {cases} case(s) (and add claims to {extended} existing case(s)), {claims} claim(s), "
                       "{payments} payment(s), {enterprises} enterprise(s) and {respondents} respondent(s)",
                       "将新建案件 {cases} 件（另有 {extended} 件已有案件增加欠款），欠款 {claims} 笔，还款 {payments} 笔，"
                       "企业 {enterprises} 家，被投诉单位 {respondents} 家")
