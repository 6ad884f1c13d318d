"""The first-start setup wizard of a new office (issue 18)."""
