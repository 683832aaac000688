"""Messages of backing up and restoring the office's database."""

from __future__ import annotations

from complaintdesk.messages.core import define

BACK_UP = define("maintenance.back_up", "back it up", "备份")
RESTORE = define("maintenance.restore", "restore it", "恢复")
POSTGRES_TOOLS = define("maintenance.postgres_tools",
                        "for a PostgreSQL database use the server's own tools (pg_dump / pg_restore) to {what}",
                        "PostgreSQL 数据库的{what}请使用服务器自带工具（pg_dump / pg_restore）")
NO_DATABASE_FILE = define("maintenance.no_database_file", "the database file does not exist: {path}",
                          "数据库文件不存在：{path}")
BACKUP_IS_DATABASE = define("maintenance.backup_is_database", "the backup cannot overwrite the database itself",
                            "备份文件不能是数据库本身")
BACKUP_EXISTS = define("maintenance.backup_exists", "the backup file already exists: {path}", "目标文件已存在：{path}")
BACKUP_FAILED = define("maintenance.backup_failed", "backup failed: {reason}", "备份失败：{reason}")
BACKUP_NOT_FOUND = define("maintenance.backup_not_found", "backup file not found: {path}", "找不到备份文件：{path}")
BACKUP_EMPTY = define("maintenance.backup_empty", "the backup file holds no ComplaintDesk data: {path}",
                      "备份文件是空的数据库：{path}")
BACKUP_TOO_NEW = define("maintenance.backup_too_new", "the backup comes from a newer ComplaintDesk (schema {revision})",
                        "备份来自更新版本的程序（结构版本 {revision}）")
BACKUP_DAMAGED = define("maintenance.backup_damaged", "the backup file is damaged: {reason}", "备份文件已损坏：{reason}")
RESTORE_ONTO_ITSELF = define("maintenance.restore_onto_itself", "the backup file is the database itself",
                             "备份文件就是当前数据库")

# Restore: the backup is checked on a copy before anything of the office is touched.
BACKUP_SCHEMA_ALTERED = define(
    "maintenance.backup_schema_altered",
    "the backup's database structure is not the one ComplaintDesk builds for its version (schema {revision}): it "
    "was altered outside the program ({objects}); it was not restored",
    "备份的数据库结构与本程序为其版本（结构版本 {revision}）建立的结构不一致，已在程序之外被改动（{objects}），未恢复")
BACKUP_HISTORY_BROKEN = define(
    "maintenance.backup_history_broken",
    "the backup's history does not verify — {finding}; it was not restored",
    "备份中的历史记录核验未通过：{finding}；未恢复")
BACKUP_OTHER_OFFICE = define(
    "maintenance.backup_other_office",
    "the backup is another office's database: {backup_name} ({backup_uuid}); this office is {office_name} "
    "({office_uuid}). Nothing was changed. To put that office's data in place of this one's on purpose, restore "
    "with --other-office",
    "该备份是另一单位的数据库：{backup_name}（{backup_uuid}）；本单位是 {office_name}（{office_uuid}）。未作任何改动。"
    "如确需用该单位的数据替换本单位的数据，请加 --other-office 恢复")
OFFICE_OPEN_ELSEWHERE = define(
    "maintenance.office_open_elsewhere",
    "the office's database is open at another desk or in another window ({path}): close ComplaintDesk wherever "
    "it is open, then restore. Nothing was changed",
    "本单位数据库正在其他电脑或其他窗口中打开（{path}）：请先在所有打开它的地方关闭投诉办理台，再恢复。未作任何改动")
UNNAMED_OFFICE = define("maintenance.unnamed_office", "an office with no name set", "未设名称的单位")
BACKUP_NO_IDENTITY = define(
    "maintenance.backup_no_identity",
    "the backup has lost its office identity (office.uuid: {value}), which every database of schema 0009 or later "
    "has: it was altered outside the program; it was not restored",
    "备份缺少本单位标识（office.uuid：{value}），而结构版本 0009 及以后的数据库都有此标识：已在程序之外被改动，未恢复")
