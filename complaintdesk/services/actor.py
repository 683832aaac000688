"""Who is acting: the user on whose behalf a service method runs (written into every history event)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from complaintdesk.store.models import User


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    role: str

    @property
    def label(self) -> str:
        return f"{self.display_name}（{self.username}）"


# Work done by the program itself (seeding reference data, imports run by the installer).
SYSTEM = Actor(user_id=None, username="system", display_name="系统", role="admin")


def actor_of(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role)
