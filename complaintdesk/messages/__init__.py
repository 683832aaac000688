"""The one catalogue of messages people read: codes with English and Chinese text (see ``core``).

Each area keeps its messages in a module of its own here; importing this package loads them all,
which is what the translation tool and the tests that check the catalogue do.
"""

from __future__ import annotations

from complaintdesk.messages.core import (
    EN,
    ZH,
    Message,
    Term,
    Text,
    catalogue,
    define,
    lookup,
    plain,
    render_value,
)

__all__ = ["EN", "ZH", "Message", "Term", "Text", "catalogue", "define", "lookup", "plain", "render_value"]
from complaintdesk.messages import (
    auth,  # noqa: F401
    case_view,  # noqa: F401
    cases,  # noqa: F401
    claims,  # noqa: F401
    demo,  # noqa: F401
    documents,  # noqa: F401
    domain,  # noqa: F401
    importer,  # noqa: F401
    maintenance,  # noqa: F401
    reports,  # noqa: F401
    schedules,  # noqa: F401
    settings,  # noqa: F401
    store,  # noqa: F401
    validation,  # noqa: F401
    workflow,  # noqa: F401
)
