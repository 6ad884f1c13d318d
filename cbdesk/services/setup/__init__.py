"""A new office starting on its own (issue 18): the first-start setup
(``first_start``), the built-in lists of areas (``area_lists``) and the
demonstration database kept apart from real data (``demo``)."""
