"""Pure domain logic: no I/O, no Qt, no database. Everything here is safe to call
from the GUI, the reports, the workbooks and the CLI alike."""
