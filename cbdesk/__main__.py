"""Entry point: no arguments opens the window; subcommands go to the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cbdesk.console import use_utf8_streams

    use_utf8_streams()
    args = list(sys.argv[1:] if argv is None else argv)
    gui_flags = {"--smoke", "--read-only"}
    if not args or (args[0].startswith("-") and set(_flags(args)) <= gui_flags | {"--db",
                                                                                    "--lang"}
                    and not {"-h", "--help", "--version"} & set(args)):
        from cbdesk.ui.app import run_gui

        return run_gui(args)
    from cbdesk.cli import run_cli

    return run_cli(args)


def _flags(args: list[str]) -> list[str]:
    return [a.split("=", 1)[0] for a in args if a.startswith("--")]


if __name__ == "__main__":
    sys.exit(main())
