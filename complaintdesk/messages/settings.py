"""Messages of the office's own rules and details: step clocks, the LPR table, office details, users."""

from __future__ import annotations

from complaintdesk.messages.core import define

# --- procedure rules ---------------------------------------------------------------------------
FIELD_BASIS = define("settings.field_basis", "The legal basis", "法律依据")
UNKNOWN_UNIT = define("settings.unknown_unit", "unknown unit '{unit}'", "未知的计算单位“{unit}”")
STEP_LENGTH_RANGE = define("settings.step_length_range", "the period must be between 1 and {max}",
                           "时限应在 1 至 {max} 之间")
EXTENSION_CAP_RANGE = define("settings.extension_cap_range",
                             "the extension cap must be between 0 and {max} (0: no extension)",
                             "延长上限应在 0 至 {max} 之间（0 表示不得延长）")
STEP_GONE = define("settings.step_gone", "procedure step {step_id} no longer exists: reload",
                   "办理程序环节（编号 {step_id}）已不存在，请重新载入")
STEP_CHANGED_MEANWHILE = define("settings.step_changed_meanwhile",
                                "the step “{name}” was changed by someone else: reload",
                                "“{name}”已被他人修改，请重新载入后再改")

# --- one-year LPR ------------------------------------------------------------------------------
FIELD_EFFECTIVE_ON = define("settings.field_effective_on", "The effective date", "生效日期")
FIELD_RATE = define("settings.field_rate", "The rate", "利率")
FIELD_SOURCE = define("settings.field_source", "The source", "来源")
LPR_RATE_RANGE = define("settings.lpr_rate_range", "the rate must be above 0 and below 100 (in percent)",
                        "利率应大于 0、小于 100（单位：%）")
LPR_RATE_DECIMALS = define("settings.lpr_rate_decimals", "the rate has at most two decimals (e.g. 3.45)",
                           "利率最多保留两位小数（如 3.45）")
LPR_TOO_FAR_AHEAD = define("settings.lpr_too_far_ahead", "the effective date must be within {days} days from today",
                           "生效日期不能晚于今天之后 {days} 天")
LPR_NOT_AFTER_LATEST = define("settings.lpr_not_after_latest",
                              "the effective date must be after the latest quotation ({latest})",
                              "生效日期须晚于最近一次报价（{latest}）")

# --- the office's own details ------------------------------------------------------------------
FIELD_OFFICE_NAME = define("settings.field_office_name", "The office name", "单位名称")
FIELD_SHORT_NAME = define("settings.field_short_name", "The short name", "单位简称")
FIELD_COUNTY = define("settings.field_county", "The county (banner, district)", "所在县（旗、区）")
FIELD_ADDRESS = define("settings.field_address", "The address", "地址")
FIELD_PHONE = define("settings.field_phone", "The phone number", "电话")
FIELD_NUMBER_PREFIX = define("settings.field_number_prefix", "The document-number prefix", "文号前缀")
FIELD_DUE_SOON = define("settings.field_due_soon", "The due-soon warning", "即将到期提示天数")
PHONE_MALFORMED = define("settings.phone_malformed",
                         "the phone number is malformed (digits, spaces, +, -, brackets and 转 only)",
                         "电话格式不正确（只能包含数字、空格、+、-、括号和“转”）")
PREFIX_FORBIDDEN = define("settings.prefix_forbidden",
                          "the prefix is the issuing office's code only, e.g. X工信投字; year brackets and number are "
                          "added by the program (no spaces, brackets or digits)",
                          "文号前缀只写机关代字，如“X工信投字”；年份〔〕和序号由程序生成，不能含空格、括号或数字")
DUE_SOON_RANGE = define("settings.due_soon_range", "the due-soon warning must be between 1 and {max} working days",
                        "即将到期提示天数应在 1 至 {max} 个工作日之间")
COUNTY_SUFFIX = define("settings.county_suffix",
                       "write the county's full name, ending in 县, 旗, 区 or 市, e.g. 阿鲁科尔沁旗",
                       "请写县（旗、区）的全称，以“县”“旗”“区”或“市”结尾，如“阿鲁科尔沁旗”")
IDENTITY_PLACEHOLDER = define("settings.identity_placeholder",
                              "{name} “{value}” is the shipped example: enter this office's own",
                              "{name}“{value}”是示例内容，请填写本单位实际的{name}")
OFFICE_NOT_SET_UP = define(
    "settings.office_not_set_up",
    "The office's details are not filled in yet (empty or still the shipped example): {fields}. No document can be "
    "issued until they are filled in with `complaintdesk-admin office set …` or under Settings ▸ Office.",
    "本单位信息尚未填写（为空或仍是示例内容）：{fields}。用 complaintdesk-admin office set … 或在“设置 ▸ 本单位”中"
    "填写之前，不能签发文书。")
UNKNOWN_OFFICE_FIELD = define("settings.unknown_office_field", "unknown office detail '{field}'",
                              "未知的本单位信息项“{field}”")
OFFICE_CHANGED_MEANWHILE = define("settings.office_changed_meanwhile", "{fields} changed meanwhile: reload",
                                  "{fields}已被他人修改，请重新载入后再保存")

# --- users -------------------------------------------------------------------------------------
ROLE_NOT_ADDABLE = define("settings.role_not_addable", "only officers and supervisors can be added here",
                          "这里只能添加承办人或审核人")

# --- letters: the font of each role, pre-printed letterhead paper (services.letter_fonts) ---------------------
FIELD_PREPRINTED_LETTERHEAD = define("settings.field_preprinted_letterhead", "Pre-printed letterhead paper",
                                     "使用预印红头纸")
UNKNOWN_FONT_ROLE = define("settings.unknown_font_role", "unknown font role '{role}'; valid: {roles}",
                           "未知的字体用途“{role}”，可用：{roles}")
FONT_FAMILY_UNKNOWN = define(
    "settings.font_family_unknown",
    "No font “{family}” for the {role} is installed on this computer: choose one of the list, or a TrueType font "
    "file (.ttf, .ttc)",
    "本机没有可用于{role}的字体“{family}”，请从列表中选择，或选择一个TrueType字体文件（.ttf、.ttc）")
FONT_FILE_MISSING = define("settings.font_file_missing", "The font file {path} does not exist",
                           "字体文件 {path} 不存在")
FONT_FILE_NOT_A_FONT = define("settings.font_file_not_a_font",
                              "{path} cannot be read as a font file (.ttf, .ttc)",
                              "无法把 {path} 读作字体文件（.ttf、.ttc）")
FONT_FACE_MISSING = define("settings.font_face_missing",
                           "The font collection {path} has {count} faces: there is no face #{index}",
                           "字体集 {path} 只有 {count} 个字体，没有第 {index} 号（从 0 起数）")
FONT_FILE_NOT_EMBEDDABLE = define(
    "settings.font_file_not_embeddable",
    "{path} is not a TrueType (glyf) font and cannot be embedded in a PDF (CFF-based OpenType fonts, e.g. Noto "
    "CJK .otf, cannot): choose a TrueType font (.ttf, .ttc)",
    "{path} 不是TrueType（glyf）字体，无法嵌入PDF（以CFF为轮廓的OpenType字体，如 Noto CJK 的 .otf，都不能嵌入），"
    "请选择TrueType字体（.ttf、.ttc）")
FONT_FILE_NO_CHINESE = define("settings.font_file_no_chinese",
                              "{path} has no Chinese characters and cannot be used for the {role}",
                              "{path} 不含汉字，不能用于{role}")
