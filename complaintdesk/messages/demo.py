"""Messages of the demo county generator."""

from __future__ import annotations

from complaintdesk.messages.core import define

NOT_EMPTY = define("demo.not_empty", "The database already has cases: demo data is only written into an empty office",
                   "数据库中已有案件，演示数据只能写入空库")
