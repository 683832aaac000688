"""Storage: the engine and its SQLite pragmas, ORM models, column types and schema migrations."""
