"""Use cases: each public function is one unit of work over the database,
validating its input and returning plain dataclasses (never ORM objects)."""
