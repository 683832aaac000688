"""The data folders an installed ComplaintDesk carries inside its package.

In the repository they stay at the top level (``resources/``, ``migrations/``, ``forms/``); the
wheel and the desktop bundle ship them as ``complaintdesk.shipped.resources`` and so on
(``pyproject.toml``: ``package-dir``). Code reaches them only through ``complaintdesk.resources``.
"""
