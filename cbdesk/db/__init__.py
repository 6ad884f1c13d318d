"""Storage: SQLAlchemy 2.x models, the engine and session factory, Alembic
migrations shipped inside the package, and the sample plan."""
