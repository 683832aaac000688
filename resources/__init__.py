"""Shipped defaults (holidays, LPR, size standard, letters, translations, fonts).

Installed as the package ``complaintdesk.shipped.resources``; read through ``complaintdesk.resources``.
"""
