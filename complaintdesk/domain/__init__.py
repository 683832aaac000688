"""Pure legal and business rules: no Qt, no SQLAlchemy, no I/O beyond reading shipped data."""
