"""Who may do what: the permissions each role grants, checked by the services whatever the UI shows."""

from __future__ import annotations

from enum import StrEnum

from complaintdesk.domain.vocabulary import Role
from complaintdesk.messages import Text
from complaintdesk.messages import auth as msg
from complaintdesk.services.actor import Actor
from complaintdesk.services.errors import ServiceError


class PermissionDenied(ServiceError):
    """The signed-in user's role does not allow this (checked in the services, whatever the UI shows)."""


class Permission(StrEnum):
    READ = "read"
    EDIT_CASES = "edit_cases"  # register, act on, add claims/payments/evidence to cases
    EDIT_ANY_CASE = "edit_any_case"  # … also cases handled by someone else
    APPROVE = "approve"  # extensions, reopening, credit referrals, signing replies
    ISSUE_DOCUMENTS = "issue_documents"
    MANAGE_RULES = "manage_rules"  # holiday schedules, procedures, LPR, office settings, templates
    MANAGE_USERS = "manage_users"


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.AUDITOR: frozenset({Permission.READ}),
    Role.OFFICER: frozenset({Permission.READ, Permission.EDIT_CASES, Permission.ISSUE_DOCUMENTS}),
    Role.SUPERVISOR: frozenset({Permission.READ, Permission.EDIT_CASES, Permission.EDIT_ANY_CASE,
                                Permission.APPROVE, Permission.ISSUE_DOCUMENTS}),
    Role.ADMIN: frozenset(Permission),
}
PERMISSION_LABELS = {
    Permission.READ: msg.PERMISSION_READ, Permission.EDIT_CASES: msg.PERMISSION_EDIT_CASES,
    Permission.EDIT_ANY_CASE: msg.PERMISSION_EDIT_ANY_CASE, Permission.APPROVE: msg.PERMISSION_APPROVE,
    Permission.ISSUE_DOCUMENTS: msg.PERMISSION_ISSUE_DOCUMENTS, Permission.MANAGE_RULES: msg.PERMISSION_MANAGE_RULES,
    Permission.MANAGE_USERS: msg.PERMISSION_MANAGE_USERS,
}


def allows(actor: Actor, permission: Permission) -> bool:
    try:
        return permission in GRANTS[Role(actor.role)]
    except ValueError:
        return False


def require(actor: Actor, permission: Permission) -> None:
    if not allows(actor, permission):
        role = next((r for r in Role if r.value == actor.role), actor.role)
        raise PermissionDenied(msg.NOT_ALLOWED, name=actor.display_name, role=role,
                               permission=PERMISSION_LABELS[permission])


def case_access_refusal(actor: Actor, handler_id: int | None) -> Text | None:
    """Why ``actor`` may not change a case handled by ``handler_id``, or None."""
    if not allows(actor, Permission.EDIT_CASES):
        return msg.READ_ONLY()
    if handler_id not in (None, actor.user_id) and not allows(actor, Permission.EDIT_ANY_CASE):
        return msg.OTHER_HANDLER()
    return None


def require_case_access(actor: Actor, handler_id: int | None) -> None:
    """Officers work on their own (or unassigned) cases; supervisors and administrators on any."""
    require(actor, Permission.EDIT_CASES)
    if case_access_refusal(actor, handler_id):
        raise PermissionDenied(msg.OWN_CASES_ONLY, name=actor.display_name)


