"""PyInstaller runtime hook: runs in the frozen app before cbdesk is imported.

1. The windowed cbdesk.exe on Windows has no console: ``sys.stdout`` and
   ``sys.stderr`` are None there, and anything that writes to them (argparse's
   --help, a logging StreamHandler, a library's warning) would raise
   AttributeError. Point them at the null device; diagnostics go to the log
   file in the data folder.

2. Qt set-up without importing Qt. PyInstaller's own PySide6 hook
   (pyi_rth_pyside6, removed from the bundle by build.spec) imports
   PySide6.QtCore at every start to register a qt.conf — about 0,4 s that the
   command line (cbdesk-cli), which never uses Qt, would pay too. Here the
   environment is set at once and the qt.conf registered only when
   PySide6.QtCore is first imported.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
if sys.stdin is None:
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115


def _cbdesk_qt_setup():
    import importlib.abc
    import importlib.util

    if sys.platform.startswith("win"):
        qt_path = os.path.join(sys._MEIPASS, "PySide6")
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
    else:
        qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")

    class _QtConfOnImport(importlib.abc.MetaPathFinder):
        """Register the relocating qt.conf right after PySide6.QtCore loads."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            exec_module = spec.loader.exec_module

            def exec_then_register(module):
                exec_module(module)
                try:
                    from _pyi_rth_utils import qt as qt_rth_utils

                    qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)
                except Exception:  # the wheels' Qt is relocatable anyway
                    pass

            spec.loader.exec_module = exec_then_register
            return spec

    sys.meta_path.insert(0, _QtConfOnImport())


_cbdesk_qt_setup()
del _cbdesk_qt_setup
