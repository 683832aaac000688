"""Messages of official letters and the case dossier: warnings the user must check before issuing or filing."""

from __future__ import annotations

from complaintdesk.messages.core import define

PROVISIONAL_DUE_DATE = define(
    "documents.provisional_due_date",
    "The handling deadline falls in a year whose holidays have not been entered yet: the due date is "
    "provisional, check it before issuing",
    "办理期限涉及尚未录入节假日安排的年份，届满日为暂定，请核对后再签发")
DOSSIER_MISSING_GLYPHS = define(
    "documents.dossier_missing_glyphs",
    "The font {font} lacks these characters, printed as “{placeholder}” instead; please check: {characters}",
    "字体{font}缺少以下字符，已以“{placeholder}”代替，请核对：{characters}")

# --- the kinds of letters, as messages name them (documents.KIND_LABELS prints the Chinese on the letters) ---

KIND_NAMES = {
    "acceptance": define("documents.kind_acceptance", "acceptance notice", "受理告知书"),
    "refusal": define("documents.kind_refusal", "notice of non-acceptance", "不予受理告知书"),
    "transfer": define("documents.kind_transfer", "transfer letter", "转办函"),
    "supervision": define("documents.kind_supervision", "supervision letter", "督办通知书"),
    "reminder": define("documents.kind_reminder", "reminder", "催办通知"),
    "extension": define("documents.kind_extension", "extension notice", "延期办理告知书"),
    "reply": define("documents.kind_reply", "written reply", "办理结果答复书"),
    "size_determination": define("documents.kind_size_determination", "enterprise size determination",
                                 "企业规模类型认定意见"),
}

# --- warnings of the renderer -------------------------------------------------------------------------------

FONT_CONFIGURED_UNUSABLE = define(
    "documents.font_configured_unusable",
    "The font set in the settings cannot be used ({problem}); a font found on this computer is used instead.",
    "设置中指定的字体无法使用（{problem}），已改用系统中找到的字体。")
FONT_NOT_EMBEDDED = define(
    "documents.font_not_embedded",
    "No embeddable Chinese TrueType font was found: the PDF uses the built-in font {font} without embedding it, "
    "so printing and display depend on the reader and rare characters may not show. Install an embeddable "
    "Chinese TrueType font: on Windows check that C:\\Windows\\Fonts holds simfang.ttf (FangSong), simsun.ttc "
    "(SimSun) and simhei.ttf (SimHei); on Debian/Ubuntu run sudo apt-get install fonts-wqy-zenhei; or choose a "
    "Chinese TrueType font file in the settings.",
    "未找到可嵌入的中文TrueType字体，PDF暂用内置字体{font}且不嵌入字体，打印和显示效果取决于阅读软件，生僻字可能无法显示。"
    "请安装可嵌入的中文TrueType字体：Windows 办公电脑请确认 C:\\Windows\\Fonts 下有 simfang.ttf（仿宋）、"
    "simsun.ttc（宋体）、simhei.ttf（黑体）；Debian/Ubuntu 请执行 sudo apt-get install fonts-wqy-zenhei；"
    "也可以在“设置”中指定一个TrueType中文字体文件。")
CELL_TRUNCATED = define(
    "documents.cell_truncated", "A table cell was too long and is cut short: {start}…",
    "表格中的内容过长，已截断显示：{start}…")
BLANKS_LEFT = define(
    "documents.blanks_left", "Not filled in, the letter leaves blanks “＿＿＿＿” for: {fields}",
    "以下内容未填写，文书中留有空白“＿＿＿＿”：{fields}")

# --- fonts by role, and characters no font has (fonts.py, layout.Shaper) ------------------------------------

FONT_ROLE_NAMES = {
    "body": define("documents.font_role_body", "body text", "正文"),
    "title": define("documents.font_role_title", "title", "标题"),
    "heading1": define("documents.font_role_heading1", "level-1 headings", "一级标题"),
    "heading2": define("documents.font_role_heading2", "level-2 headings", "二级标题"),
    "page_number": define("documents.font_role_page_number", "page numbers", "页码"),
}
FONT_FAMILY_NOT_FOUND = define(
    "documents.font_family_not_found",
    "The font “{family}” chosen for the {role} is not installed on this computer; a font found here is used instead.",
    "设置中为{role}指定的字体“{family}”在本机未安装，已改用本机找到的字体。")
BODY_NOT_FANGSONG = define(
    "documents.body_not_fangsong",
    "The body text is set in {family}, which is not a FangSong (仿宋) face: GB/T 9704 asks for FangSong, size 3. "
    "Install a FangSong font (仿宋_GB2312, 仿宋/FangSong, 方正仿宋_GBK) or choose one for the body text under "
    "Settings ▸ Documents.",
    "正文字体“{family}”不是仿宋体，GB/T 9704 要求正文用3号仿宋。请安装仿宋字体（仿宋_GB2312、仿宋、方正仿宋_GBK），"
    "或在“设置 ▸ 文书”中为正文选择仿宋字体。")
UNPRINTABLE_CHARACTER = define("documents.unprintable_character", "“{char}” ({code})", "“{char}”（{code}）")
UNPRINTABLE_CHARACTER_AT = define(
    "documents.unprintable_character_at", "“{char}” ({code}) in the {places}", "“{char}”（{code}，见于{places}）")
LETTER_UNPRINTABLE = define(
    "documents.letter_unprintable",
    "No font on this computer has these characters: the draft shows each as “□” in a red box, and the letter "
    "cannot be issued until they are written another way or a font that has them (e.g. SimSun-ExtB) is "
    "installed: {characters}",
    "本机所有字体都没有以下字符，草稿中以红框“□”标出；改用其他写法或安装含有这些字符的字体（如 SimSun-ExtB）之前"
    "不能签发：{characters}")
LETTER_UNPRINTABLE_REFUSED = define(
    "documents.letter_unprintable_refused",
    "The letter cannot be issued: no font on this computer has {characters}, which would print as an empty box. "
    "Write it another way, or install a font that has it (e.g. SimSun-ExtB) and issue again. No number was used.",
    "不能签发：本机所有字体都没有字符{characters}，印出来会是空框。请改用其他写法，或安装含有该字的字体"
    "（如 SimSun-ExtB）后再签发。文号未被占用。")
# Where in a letter a character occurs (documents/glyph_check.py).
LETTER_SECTIONS = {
    "number": define("documents.section_number", "document number", "发文字号"),
    "office": define("documents.section_office", "office name", "发文机关名称"),
    "title": define("documents.section_title", "title", "标题"),
    "addressee": define("documents.section_addressee", "addressee", "主送机关"),
    "body": define("documents.section_body", "body text", "正文"),
    "attachments": define("documents.section_attachments", "attachments", "附件说明"),
    "note": define("documents.section_note", "note", "附注"),
    "cc": define("documents.section_cc", "copies to", "抄送"),
    "other": define("documents.section_other", "rest of the letter", "文书其他部分"),
}

# --- issuing and finding documents ----------------------------------------------------------------------

PREFIX_NOT_SET = define(
    "documents.prefix_not_set", "the document-number prefix is not set in the office settings",
    "本单位设置中尚未填写文号前缀（机关代字），不能签发文书")
PREFIX_INVALID = define(
    "documents.prefix_invalid", "invalid document-number prefix '{prefix}'",
    "文号前缀“{prefix}”无效：只写机关代字，如“X工信投字”，不能含空格、括号或数字")
OFFICE_IDENTITY_INCOMPLETE = define(
    "documents.office_identity_incomplete",
    "The office's details are not filled in yet (empty or still the shipped example): {fields}. No document can be "
    "issued until an administrator fills them in under Settings ▸ Office, or with `complaintdesk-admin office set`.",
    "本单位信息尚未填写（为空或仍是示例内容）：{fields}。填写之前不能签发文书，请管理员在“设置 ▸ 本单位”中填写，"
    "或运行 complaintdesk-admin office set。")
OFFICE_IDENTITY_GAPS = define(
    "documents.office_identity_gaps",
    "The office's details are not filled in yet (empty or still the shipped example): {fields}. This letter cannot be "
    "issued until an administrator fills them in under Settings ▸ Office, or with `complaintdesk-admin office set`.",
    "本单位信息尚未填写（为空或仍是示例内容）：{fields}。填写之前此文书不能签发，请管理员在“设置 ▸ 本单位”中填写，"
    "或运行 complaintdesk-admin office set。")
DOSSIER_OFFICE_IDENTITY_GAPS = define(
    "documents.dossier_office_identity_gaps",
    "The office's details are not filled in yet (empty or still the shipped example): {fields}. The dossier is made "
    "all the same, but the office name it prints may not be this office's: fill them in under Settings ▸ Office.",
    "本单位信息尚未填写（为空或仍是示例内容）：{fields}。案卷照常生成，但其中印的单位名称可能不是本单位的，"
    "请在“设置 ▸ 本单位”中填写。")
UNKNOWN_KIND = define(
    "documents.unknown_kind", "unknown document kind '{kind}' (valid: {kinds})",
    "未知的文书种类“{kind}”，可用：{kinds}")
UNKNOWN_LETTER_FIELDS = define(
    "documents.unknown_letter_fields", "unknown letter field(s): {fields}", "未知的文书字段：{fields}")
TEMPLATE_INVALID = define(
    "documents.template_invalid", "the office's {kind} template is invalid: {problem}",
    "本单位的“{kind}”模板有误（{problem}），请在模板设置中修正或恢复默认")
CASE_NOT_FOUND = define("documents.case_not_found", "case {case_id} does not exist", "案件不存在（编号 {case_id}）")
NOT_YOUR_CASE = define(
    "documents.not_your_case", "{username} may only issue documents on their own cases",
    "该案件由其他承办人办理，{username}无权签发其文书")
CORRECTION_NOT_OF_CASE = define(
    "documents.correction_not_of_case", "the document to correct is not one of this case's",
    "要更正的文书不存在或不属于本案件")
CORRECTION_OTHER_KIND = define(
    "documents.correction_other_kind", "a correction must be of the same kind ({kind})",
    "更正文书须与原文书种类相同（{kind}）")
ALREADY_CORRECTED = define(
    "documents.already_corrected", "{doc_no} was already corrected by {successor}",
    "{doc_no} 已由 {successor} 更正，请更正最新的文书")
LETTER_INCOMPLETE = define(
    "documents.letter_incomplete",
    "the {kind} would have blanks for {fields}: complete the case or the settings first",
    "{kind}中以下内容尚未填写，不能签发：{fields}。请先补全案件信息或本单位设置；确需留空手工填写的，可选择留空签发")
NUMBER_CLASHED = define(
    "documents.number_clashed", "the number or the correction clashed with another desk's: reload and try again",
    "文书编号或更正关系冲突，请重新载入后再试")
NO_SUCH_DOCUMENT = define("documents.no_such_document", "no such document", "文书不存在")
NO_DOCUMENT_NUMBERED = define(
    "documents.no_document_numbered", "no document numbered '{doc_no}'", "没有文号为“{doc_no}”的文书")
STORED_COPY_DAMAGED = define(
    "documents.stored_copy_damaged", "the stored copy of {doc_no} is damaged (SHA-256 mismatch): restore from a backup",
    "文书 {doc_no} 的存档已损坏（SHA-256 不符），请从备份恢复")
NO_CASE_NUMBERED = define("documents.no_case_numbered", "no case numbered '{case_no}'", "没有案件编号为“{case_no}”的案件")
SUPERVISED_RECENTLY = define(
    "documents.supervised_recently", "a supervision letter {doc_no} went out on {day}",
    "已于{day}发出督办通知书 {doc_no}")
TEMPLATE_CHANGED_MEANWHILE = define(
    "documents.template_changed_meanwhile", "the template was changed meanwhile: reload",
    "模板已被他人修改，请重新载入后再保存")

# --- the complaint as letters quote it (services/letter_summary.py) ---------------------------------------

SUMMARY_NOT_CONFIRMED = define(
    "documents.summary_not_confirmed",
    "The letter quotes the complaint in words rewritten from the complainant's own into the third person "
    "(“我公司” → “投诉人”), not yet confirmed by the officer: check the complaint summary and confirm it.",
    "文书引用的投诉事项是根据投诉人原话自动改写的第三人称表述（“我公司”→“投诉人”），尚未经承办人确认："
    "请核对“投诉事项摘要”并确认。")
NAME_LETTER_SUMMARY = define("documents.name_letter_summary", "the complaint summary for letters", "投诉事项摘要")
SUMMARY_FIRST_PERSON = define(
    "documents.summary_first_person",
    "The summary still speaks as the complainant or to this office ({words}): letters quote the complaint in the "
    "third person (投诉人…, 本机关…); words in quotation marks are left as they are.",
    "摘要仍以投诉人口吻表述（{words}）：文书应以第三人称引述投诉事项（投诉人……、本机关……）；引号内的原话不受此限。")
SUMMARY_CONFIRMED = define("documents.summary_confirmed", "Complaint summary for letters confirmed",
                           "确认投诉事项摘要")
PROVISIONAL_CLAIM_DUE_DATE = define(
    "documents.provisional_claim_due_date",
    "The payment due date of {contracts} falls in a year whose holidays have not been entered yet: it is "
    "provisional (暂定), and so are the days overdue and the interest counted from it; check them before issuing",
    "{contracts}的付款到期日涉及尚未录入节假日安排的年份，为暂定日期，据此计算的逾期天数和利息亦为暂定，请核对后再签发")
