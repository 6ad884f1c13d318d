"""cbdesk — an offline desktop tracker of a department's yearly action plan."""

__version__ = "0.1.0"
