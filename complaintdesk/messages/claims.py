"""Messages of arrears claims, their payments and repayment plans (the desk and the importer check claims alike)."""

from __future__ import annotations

from complaintdesk.messages.core import define

# --- names of the fields -------------------------------------------------------------------------

NAME_AMOUNT = define("claims.name_amount", "the amount", "欠款金额")
NAME_CONTRACT_SIGNED_ON = define("claims.name_contract_signed_on", "the contract date", "合同签订日期")
NAME_DELIVERED_ON = define("claims.name_delivered_on", "the delivery date", "交付日期")
NAME_ACCEPTANCE_PASSED_ON = define("claims.name_acceptance_passed_on", "the acceptance date", "验收通过日期")
NAME_ACCEPTANCE_PERIOD_ENDS_ON = define("claims.name_acceptance_period_ends_on", "the end of the acceptance period",
                                        "约定验收期限届满日")
NAME_SETTLEMENT_CONFIRMED_ON = define("claims.name_settlement_confirmed_on", "the settlement date", "结算确认日期")
NAME_AMOUNT_CONFIRMED = define("claims.name_amount_confirmed", "the confirmed amount", "确认金额")
NAME_AMOUNT_DISPUTED = define("claims.name_amount_disputed", "the disputed amount", "争议金额")
NAME_PAID_ON = define("claims.name_paid_on", "the payment date", "还款日期")
NAME_VOUCHER = define("claims.name_voucher", "the voucher", "凭证")

# --- the claim -----------------------------------------------------------------------------------

AMOUNT_NOT_POSITIVE = define("claims.amount_not_positive", "the amount must be greater than zero", "欠款金额应大于0")
AMOUNT_TOO_LARGE = define("claims.amount_too_large", "the amount exceeds 10 billion yuan: check it",
                          "金额超过100亿元，请核对")
AMOUNT_DECIMALS = define("claims.amount_decimals", "at most two decimals", "金额最多两位小数")
CHOOSE_SUBJECT = define("claims.choose_subject", "choose goods, works or services", "请选择货物、工程或服务")
TERM_RANGE = define("claims.term_range", "the agreed term must be 0 to 3650 days", "约定付款期限应在0到3650日之间")
RATE_RANGE = define("claims.rate_range", "the agreed annual rate must be between 0 and 100 %",
                    "约定年利率应大于0%且小于100%")
PART_AMOUNT_INVALID = define("claims.part_amount_invalid", "{name} must be ≥ 0 with two decimals",
                             "{name}应为不小于0、最多两位小数的金额")
PART_EXCEEDS_AMOUNT = define("claims.part_exceeds_amount", "{name} cannot exceed the amount claimed",
                             "{name}不能超过欠款金额")
PARTS_EXCEED_AMOUNT = define("claims.parts_exceed_amount", "confirmed plus disputed cannot exceed the amount claimed",
                             "确认金额与争议金额之和不能超过欠款金额")
# The payment term's rule refused the dates (domain.arrears words why).
DUE_DATE_REFUSED = define("claims.due_date_refused", "{reason}", "{reason}")
CLAIM_NOT_FOUND = define("claims.claim_not_found", "the claim does not exist", "欠款记录不存在")
CLAIM_CHANGED = define("claims.claim_changed", "the claim was changed by someone else: reload",
                       "该笔欠款已被他人修改，请重新载入")
AMOUNT_BELOW_PAID = define("claims.amount_below_paid",
                           "the amount cannot be less than what was already paid ({paid} yuan)",
                           "欠款金额不能小于已还款金额（{paid} 元）")

# --- payments ------------------------------------------------------------------------------------

PAYMENT_NOT_POSITIVE = define("claims.payment_not_positive", "the payment must be greater than zero", "还款金额应大于0")
PAYMENT_DECIMALS = define("claims.payment_decimals", "at most two decimals and 10 billion yuan",
                          "金额最多两位小数且不超过100亿元")
PAYMENT_EXCEEDS = define("claims.payment_exceeds", "the payment exceeds the outstanding {outstanding} yuan",
                         "还款金额超过未还金额（{outstanding} 元）")

# --- repayment plans -----------------------------------------------------------------------------

INSTALMENT_DATES_REPEAT = define("claims.instalment_dates_repeat", "instalment dates must differ", "分期日期不能重复")
INSTALMENT_DATE_REQUIRED = define("claims.instalment_date_required", "the instalment date is required", "请填写分期日期")
INSTALMENT_AMOUNT_INVALID = define("claims.instalment_amount_invalid", "instalments must be > 0, 2 decimals",
                                   "分期金额应大于0、最多两位小数")
INSTALMENTS_EXCEED = define("claims.instalments_exceed",
                            "the instalments ({total} yuan) exceed the outstanding amount ({outstanding} yuan)",
                            "分期合计 {total} 元超过未还金额 {outstanding} 元")

# --- the complainant's size at signing (Payment Regulation art. 3(2)) -----------------------------

SIZE_NEEDS_SIGNED_ON = define("claims.size_needs_signed_on",
                              "enter the contract date: the figures at signing describe that day",
                              "填写签订合同时的规模数据，须先填写合同签订日期")
SIZE_NEEDS_INDUSTRY = define("claims.size_needs_industry",
                             "the complainant's industry is not recorded: its size cannot be worked out",
                             "投诉人未登记所属行业，无法按规模数据判定其规模")
SIZE_NEEDS_FIGURE = define("claims.size_needs_figure", "the industry “{industry}” needs {name} at signing",
                           "{industry}划型须填写签订合同时的{name}")
CASE_FINISHED = define("claims.case_finished",
                       "Case {case_no} is {status}: no claim is added to a finished case (reopen it, or register a "
                       "new case)",
                       "案件 {case_no} {status}：已结束的案件不能再登记欠款（请重新办理该案件或另行登记）")
