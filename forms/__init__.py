"""Qt Designer forms, the source of ``complaintdesk/ui/forms/ui_*.py`` (``python tools/build_forms.py``).

Installed as ``complaintdesk.shipped.forms`` so that an installed copy carries the forms it was built from.
"""
