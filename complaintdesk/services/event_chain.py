"""The history's chain: how an event's changes are encoded and its SHA-256 computed from the one before."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

GENESIS = "0" * 64

# PostgreSQL's advisory lock of the chain: events are chained one at a time (services.history; the summed
# figures' triggers of migration 0012 take it too).
CHAIN_LOCK = 7310001


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and isinstance(value.value, str):
        return value.value
    return value


def encode_changes(changes: dict[str, tuple[Any, Any]] | None) -> str:
    """``{field: (old, new)}`` as canonical JSON (sorted keys, plain values)."""
    plain = {k: [_plain(old), _plain(new)] for k, (old, new) in (changes or {}).items()}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_digest(prev_hash: str, *, occurred_at: datetime, actor_id: int | None, actor_name: str,
                 entity: str, entity_id: int | None, case_id: int | None, action: str, summary: str,
                 changes: str) -> str:
    body = json.dumps(
        [prev_hash, occurred_at.isoformat(timespec="microseconds"), actor_id, actor_name, entity, entity_id,
         case_id, action, summary, changes],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
