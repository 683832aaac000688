"""Messages of the demo county generator."""

from __future__ import annotations

from complaintdesk.messages.core import define

NOT_EMPTY = define("demo.not_empty", "The database already has cases: demo data is only written into an empty office",
                   "数据库中已有案件，演示数据只能写入空库")
NOT_DEMO_OFFICE = define(
    "demo.not_demo_office",
    "this is a real office (it has accounts or records): demo data and the demo accounts are only written into a "
    "new database, which becomes a demo office; nothing was changed",
    "这是实际办案的数据库（已有账户或记录）：演示数据和演示账户只能写入新建的数据库（该库即成为演示库）；未作任何修改")
