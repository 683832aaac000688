"""The command line's tests act as the demo office's administrator where a command needs a user who
proves it (``--user admin``): its password is in the environment, as a script would give it."""

from __future__ import annotations

import pytest

from complaintdesk.cli import PASSWORD_ENV
from complaintdesk.services.demo import DEMO_PASSWORD


@pytest.fixture(autouse=True)
def _demo_admin_password(monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, DEMO_PASSWORD)
