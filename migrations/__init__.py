"""Alembic migrations. Installed as ``complaintdesk.shipped.migrations``; run through ``complaintdesk.store.migrate``."""
