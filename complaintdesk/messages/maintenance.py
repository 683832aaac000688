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
