"""Messages about signing in, passwords, permissions and user accounts."""

from __future__ import annotations

from complaintdesk.messages.core import define

PASSWORD_TOO_SHORT = define("auth.password_too_short", "the password needs at least {min_length} characters",
                            "密码至少 {min_length} 位")
PASSWORD_SPACES = define("auth.password_spaces", "the password must not start or end with spaces", "密码首尾不能有空格")
PASSWORD_MISSING = define("auth.password_missing", "enter a password", "请设置密码")
PASSWORD_UNCHANGED = define("auth.password_unchanged", "the new password must differ from the old one",
                            "新密码不能与旧密码相同")
PASSWORD_WRONG = define("auth.password_wrong", "the current password is wrong", "原密码不正确")

LOGIN_WRONG = define("auth.login_wrong", "wrong user name or password", "用户名或密码错误")
LOGIN_DISABLED = define("auth.login_disabled", "the account is disabled", "账户已停用，请联系管理员")
LOGIN_LOCKED = define("auth.login_locked", "locked for {minutes} more minutes",
                      "连续输错密码，账户已锁定，请 {minutes} 分钟后再试")
LOGIN_NOW_LOCKED = define("auth.login_now_locked", "wrong user name or password; the account is now locked for 15 minutes",
                          "用户名或密码错误；账户已锁定15分钟")

NOT_ALLOWED = define("auth.not_allowed", "{name} ({role}) may not {permission}", "{name}（{role}）无权{permission}")
OWN_CASES_ONLY = define("auth.own_cases_only", "{name} may only change their own cases",
                        "该案件由其他承办人办理，{name}无权修改")
READ_ONLY = define("auth.read_only", "a read-only account cannot work on cases", "只读账户，不能办理案件")
OTHER_HANDLER = define("auth.other_handler", "another officer handles this case", "该案件由其他承办人办理")

# What a permission allows, as in "… may not {permission}".
PERMISSION_READ = define("auth.permission.read", "read", "查看")
PERMISSION_EDIT_CASES = define("auth.permission.edit_cases", "work on cases", "办理案件")
PERMISSION_EDIT_ANY_CASE = define("auth.permission.edit_any_case", "work on other officers' cases",
                                  "办理他人承办的案件")
PERMISSION_APPROVE = define("auth.permission.approve", "approve", "审批")
PERMISSION_ISSUE_DOCUMENTS = define("auth.permission.issue_documents", "issue letters", "签发文书")
PERMISSION_MANAGE_RULES = define("auth.permission.manage_rules", "maintain rules and parameters", "维护规则与参数")
PERMISSION_MANAGE_USERS = define("auth.permission.manage_users", "manage users", "管理用户")

NO_SUCH_USER = define("auth.no_such_user", "no such user", "用户不存在")
USERNAME_FORMAT = define("auth.username_format", "the user name must be 2–64 letters, digits, '_', '.' or '-'",
                         "用户名须为 2–64 位字母、数字、下划线、点或连字符")
DISPLAY_NAME_REQUIRED = define("auth.display_name_required", "enter a display name (at most 100 characters)",
                               "请填写姓名（不超过100字）")
UNKNOWN_ROLE = define("auth.unknown_role", "unknown role {role}", "未知角色：{role}")
USERNAME_TAKEN = define("auth.username_taken", "the user name '{username}' is taken", "用户名“{username}”已存在")
ADMIN_EXISTS = define("auth.admin_exists", "this office already has an administrator: sign in with that account",
                      "本数据库已有管理员，请用管理员账户登录")
NO_ONE_TIME_PASSWORD = define("auth.no_one_time_password",
                              "this account has no one-time password to replace: change the password as usual",
                              "该账户没有待更换的一次性密码，请按常规修改密码")
CHANGE_PASSWORD_FIRST = define(
    "auth.change_password_first",
    "{name} ({username}) signs in with a one-time password given by an administrator: choose a new password "
    "first, in the app or with `complaintdesk-admin user passwd {username}`",
    "{name}（{username}）的密码是管理员设置的一次性密码，请先在程序中或用 `complaintdesk-admin user passwd {username}` "
    "设置新密码")
