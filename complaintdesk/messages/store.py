"""Messages about the database itself: where it is (config), opening it and upgrading its schema (store)."""

from __future__ import annotations

from complaintdesk.messages.core import define

# config: the database location
LOCATION_EMPTY = define("store.location_empty", "the database location is empty", "数据库地址为空")
MALFORMED_URL = define("store.malformed_url", "malformed database URL: {url}", "无法识别的数据库地址：{url}")
IN_MEMORY = define("store.in_memory", "an in-memory database cannot hold an office's records", "不支持内存数据库")
UNSUPPORTED_KIND = define(
    "store.unsupported_kind",
    "unsupported database type '{scheme}': use a SQLite file path or a postgresql+psycopg:// URL",
    "不支持的数据库类型“{scheme}”，请使用 SQLite 文件路径或 postgresql+psycopg:// 地址")

# resources: the data an installation carries (complaintdesk/resources.py)
INSTALL_DATA_MISSING = define(
    "store.install_data_missing",
    "this installation of ComplaintDesk lacks its {name} data ({where}): reinstall it",
    "本程序的安装不完整，缺少 {name} 数据（{where}），请重新安装")

# store.database: the file and its folder
PATH_IS_FOLDER = define("store.path_is_folder", "the database path is a folder: {path}",
                        "数据库路径是一个文件夹：{path}")
CANNOT_CREATE_FOLDER = define("store.cannot_create_folder", "cannot create the data folder {path}: {reason}",
                              "无法创建数据文件夹 {path}：{reason}")
FOLDER_NOT_WRITABLE = define("store.folder_not_writable", "the data folder is not writable: {path}",
                             "数据文件夹不可写：{path}")
FILE_NOT_READ_WRITE = define("store.file_not_read_write", "the database file is not readable and writable: {path}",
                             "数据库文件不可读写：{path}")
BAD_URL = define("store.bad_url", "malformed database URL {url}: {reason}", "无法识别的数据库地址 {url}：{reason}")
MISSING_DRIVER = define("store.missing_driver",
                        'missing database driver {driver}: install it with pip install "complaintdesk[postgres]"',
                        '缺少数据库驱动 {driver}，请用 pip install "complaintdesk[postgres]" 安装')

# store.migrate: what the file holds
NOT_OURS = define("store.not_ours", "{path} is a SQLite database, but not a ComplaintDesk one",
                  "这不是投诉办理台的数据库：{path}")
NOT_SQLITE = define("store.not_sqlite", "{path} is not a SQLite database file (damaged, or another kind of file)",
                    "这不是 SQLite 数据库文件：{path}")
CANNOT_READ = define("store.cannot_read", "cannot read the database file {path}: {reason}",
                     "无法读取数据库文件 {path}：{reason}")
DAMAGED = define("store.damaged", "the database file {path} is damaged: {reason}", "数据库文件已损坏：{path}（{reason}）")
FOREIGN_TABLES = define("store.foreign_tables", "the database holds foreign tables", "数据库中已有其他表")
SCHEMA_TOO_NEW = define(
    "store.schema_too_new",
    "the database was written by a newer ComplaintDesk (schema {revision}); "
    "it was left untouched — please upgrade the application",
    "数据库由更新版本的投诉办理台创建（结构版本 {revision}），本程序不会修改它，请升级程序")
