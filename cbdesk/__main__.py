"""Entry point: no subcommand opens the window; a subcommand goes to the CLI.

Options may stand anywhere: ``cbdesk --db X backup`` and ``cbdesk backup
--db X`` are the same command, and a subcommand never opens the window.
"""

from __future__ import annotations

import sys

# Options that take a value (its value is not a subcommand).
_VALUED = {"--db", "--lang", "--user"}


def main(argv: list[str] | None = None) -> int:
    import gc

    from cbdesk.console import use_utf8_streams

    # A start imports much and keeps most of it: the collector's passes over
    # those objects cost the window's start and a command like `report` a
    # sixth of their CPU time. A command is a short process: the collector
    # stays off (exporting or importing 100.000 results peaks at the same
    # memory without it, docs/benchmarks.md); the window turns it on again
    # once its first view is loaded (ui.app).
    gc.disable()
    use_utf8_streams()
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_window(args):
        from cbdesk.ui.app import run_gui

        return run_gui(args)
    from cbdesk.cli import run_cli

    return run_cli(args)


def subcommand_of(args: list[str]) -> str | None:
    """The first word that is not an option or an option's value."""
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a in _VALUED:
            skip = True
            continue
        if a.startswith("-"):
            continue
        return a
    return None


def wants_window(args: list[str]) -> bool:
    """The window opens only with no subcommand and no CLI-only option."""
    if subcommand_of(args) is not None:
        return False
    gui_flags = {"--smoke", "--read-only"} | _VALUED
    flags = {a.split("=", 1)[0] for a in args if a.startswith("-")}
    return flags <= gui_flags


if __name__ == "__main__":
    sys.exit(main())
