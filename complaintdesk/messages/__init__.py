"""The one catalogue of messages people read: codes with English and Chinese text (see ``core``).

Each area keeps its messages in a module of its own here, imported by the code that raises them
(so starting the window loads only the few it needs); ``catalogue()`` loads every area, which is
what the translation tool and the tests that check the catalogue use.
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
