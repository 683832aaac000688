"""Messages of the sealed history: the desk's history key, the anchors outside the database, and what
``audit verify`` / ``check`` find."""

from __future__ import annotations

from complaintdesk.messages.core import define

# --- the history key -------------------------------------------------------------------------------
KEY_MISSING = define(
    "history.key_missing",
    "this computer does not hold the history key of office {office}: nothing can be changed here (reading and "
    "drafts still work). An administrator exports the key at a desk that has it (complaintdesk-admin key export "
    "--to FILE) and imports it here (complaintdesk-admin key import FILE)",
    "本机没有本单位（{office}）的历史记录密钥，不能修改任何数据（仍可查阅和起草）。请管理员在持有密钥的电脑上导出"
    "（complaintdesk-admin key export --to 文件），再在本机导入（complaintdesk-admin key import 文件）")
BAD_OFFICE_UUID = define(
    "history.bad_office_uuid", "the office's identity (office.uuid) is missing or not a UUID: {value}",
    "本单位标识（office.uuid）缺失或格式错误：{value}")
KEY_UNREADABLE = define(
    "history.key_unreadable", "the history key file {path} cannot be used: {reason}",
    "历史记录密钥文件 {path} 无法使用：{reason}")
KEY_FILE_EXISTS = define(
    "history.key_file_exists", "{path} already exists: choose a new file name", "文件 {path} 已存在，请换一个文件名")
KEY_NOT_HERE = define(
    "history.key_not_here", "this computer holds no history key of office {office} to export",
    "本机没有本单位（{office}）的历史记录密钥，无法导出")
KEY_OTHER_OFFICE = define(
    "history.key_other_office", "the key file belongs to office {found}, not to this office ({office})",
    "该密钥文件属于另一单位（{found}），不是本单位（{office}）")
KEY_DOES_NOT_SEAL = define(
    "history.key_does_not_seal",
    "the key in the file does not seal this office's history (event #{event_id}): not imported",
    "该密钥与本单位历史记录的封存（事件 #{event_id}）不符，未导入")
KEY_ALREADY_HERE = define(
    "history.key_already_here", "this computer already holds that history key", "本机已持有该历史记录密钥")
KEY_OTHER_HERE = define(
    "history.key_other_here",
    "this computer already holds the key that seals this office's history; the file's key is another one: not "
    "imported", "本机已持有封存本单位历史记录的密钥，文件中的密钥与之不同，未导入")

# --- what verification finds ---------------------------------------------------------------------------
LINK_BROKEN = define(
    "history.link_broken", "event #{event_id}: the link to the event before is broken (an earlier event was "
    "removed or altered)", "事件 #{event_id}：与前一事件的链接断开（之前的事件被删除或修改）")
CONTENT_ALTERED = define(
    "history.content_altered", "event #{event_id}: its content does not match its hash (the event was altered)",
    "事件 #{event_id}：内容与哈希不符（该事件被修改）")
NOT_SEALED = define(
    "history.not_sealed", "event #{event_id} carries no seal, though the history was sealed before it (written or "
    "rewritten without the office's key)", "事件 #{event_id} 没有封存，而此前的历史记录已封存（未经本单位密钥写入或改写）")
SEAL_WRONG = define(
    "history.seal_wrong", "event #{event_id}: its seal does not match (forged, or the chain was recomputed "
    "without the office's key)", "事件 #{event_id}：封存不符（伪造，或未经本单位密钥重新计算了链）")
SEALS_REMOVED = define(
    "history.seals_removed", "the history was sealed (event #{event_id}) but no event carries a seal any more: "
    "the seals were removed", "历史记录曾经封存（事件 #{event_id}），但现在没有任何事件带有封存：封存已被清除")
NO_KEY_TO_CHECK = define(
    "history.no_key_to_check", "this computer holds no history key of office {office}: the seals and anchors "
    "could not be checked (complaintdesk-admin key import FILE)",
    "本机没有本单位（{office}）的历史记录密钥，无法核对封存和锚点（complaintdesk-admin key import 文件）")
MORE_FINDINGS = define(
    "history.more_findings", "… and {count} more of the same kind", "……同类问题另有 {count} 处")

ANCHOR_UNREADABLE = define(
    "history.anchor_unreadable", "the anchor {source} cannot be read: {reason}", "锚点 {source} 无法读取：{reason}")
ANCHOR_MISSING = define(
    "history.anchor_missing", "the anchor beside the database ({source}) is missing: it was deleted, or the file "
    "was moved without it", "数据库旁的锚点（{source}）不见了：被删除，或数据库文件被移动而锚点未随之移动")
ANCHOR_OTHER_OFFICE = define(
    "history.anchor_other_office", "the anchor {source} belongs to office {found}, not to this office ({office}): "
    "the database file was replaced", "锚点 {source} 属于另一单位（{found}），不是本单位（{office}）：数据库文件已被替换")
ANCHOR_FORGED = define(
    "history.anchor_forged", "the anchor {source} is not sealed by the office's key (forged or damaged)",
    "锚点 {source} 未经本单位密钥封存（伪造或损坏）")
ANCHOR_ROLLED_BACK = define(
    "history.anchor_rolled_back",
    "history truncated or the file rolled back: the anchor {source} records event #{event_id} ({hash}) at {at}, "
    "and the database {found}", "历史记录被截断或数据库被回滚：锚点 {source} 记录了 {at} 的事件 #{event_id}（{hash}），"
    "而数据库中{found}")
ANCHOR_EVENT_ABSENT = define("history.anchor_event_absent", "has no such event", "没有该事件")
ANCHOR_EVENT_OTHER = define("history.anchor_event_other", "holds another event under that number",
                            "该编号下是另一条事件")
ANCHOR_COUNT = define(
    "history.anchor_count", "events were removed: the anchor {source} counted {expected} events up to #{event_id}, "
    "the database has {found}", "有事件被删除：锚点 {source} 记录截至 #{event_id} 共 {expected} 条事件，数据库中有 {found} 条")

DOCUMENT_BYTES = define(
    "history.document_bytes", "document {doc_no}: its stored PDF does not match its SHA-256 (damaged or replaced)",
    "文书 {doc_no}：存档 PDF 与其 SHA-256 不符（损坏或被替换）")
DOCUMENT_NOT_AS_ISSUED = define(
    "history.document_not_as_issued", "document {doc_no} is not the one issued: the history (event #{event_id}) "
    "recorded {recorded} with SHA-256 {expected}", "文书 {doc_no} 不是签发时的那一份：历史记录（事件 #{event_id}）"
    "记载的是 {recorded}，SHA-256 {expected}")
DOCUMENT_NO_EVENT = define(
    "history.document_no_event", "document {doc_no} has no issuing event in the history (added without the app)",
    "文书 {doc_no} 在历史记录中没有签发记录（未经本程序添加）")
DOCUMENT_MISSING = define(
    "history.document_missing", "document {doc_no}, issued in event #{event_id}, is missing from the database",
    "历史记录（事件 #{event_id}）中签发的文书 {doc_no} 在数据库中不见了")

# --- giving out a frozen copy (reprint, the letter written after issuing) --------------------------------
COPY_NOT_AS_ISSUED = define(
    "history.copy_not_as_issued", "the stored copy of {doc_no} is not the one issued (the history recorded SHA-256 "
    "{expected}): it is not given out; run complaintdesk-admin audit verify",
    "文书 {doc_no} 的存档不是签发时的那一份（历史记录中的 SHA-256 为 {expected}），不予输出；请运行 complaintdesk-admin "
    "audit verify")
COPY_UNRECORDED = define(
    "history.copy_unrecorded", "{doc_no} has no issuing event in the history (or it was altered): it is not given "
    "out; run complaintdesk-admin audit verify", "文书 {doc_no} 在历史记录中没有（完好的）签发记录，不予输出；请运行 "
    "complaintdesk-admin audit verify")
