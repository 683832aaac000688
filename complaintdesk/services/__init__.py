"""Use cases: each public method is one transaction and returns plain dataclasses, never ORM rows."""
