"""Libraries the Linux build takes from the computer it runs on.

PyInstaller copies every shared library a bundled binary links to, system ones
included. On Linux that brings in the libraries of the desktop's own services —
the print system (CUPS), the session bus (D-Bus), the X11 display, fontconfig,
GLib, Kerberos — and the C++ runtime: about 20 MB that every Linux desktop that
can show a Qt window already has, and that are better taken from it (a CUPS
client older or newer than the host's print server, or a libstdc++ older than
the one the host's graphics driver needs, causes the failures). The list
follows the AppImage project's excludelist (glibc, libstdc++, X11, fontconfig,
freetype, GLib, zlib…) and adds the service libraries Qt links to.

Only libraries PyInstaller found in the system's folders (/lib, /usr/lib) are
left out; Qt's, Pillow's and psycopg's own copies are never touched. Python's
own dependencies (libpython, SQLite, OpenSSL, libffi, bzip2, xz) stay in the
bundle: they decide how the program behaves.

The Windows build is not affected (nothing there matches these names).
`scripts/check_dist.py` checks that the bundle needs nothing else from the host,
and docs/WINDOWS.md lists the Debian packages that provide these.
"""

from __future__ import annotations

import re

# Grouped by what needs them; exact sonames (the names binaries ask for).
HOST_LIBRARIES = frozenset({
    # C++ runtime and zlib (AppImage excludelist)
    "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libuuid.so.1", "libexpat.so.1",
    # Printing: Qt's CUPS plugin → libcups and its TLS, DNS-SD and Kerberos chain
    "libcups.so.2", "libgnutls.so.30", "libunistring.so.2", "libp11-kit.so.0",
    "libgmp.so.10", "libnettle.so.8", "libhogweed.so.6", "libidn2.so.0", "libtasn1.so.6",
    "libavahi-client.so.3", "libavahi-common.so.3",
    # Kerberos (libcups, Qt6Network)
    "libgssapi_krb5.so.2", "libkrb5.so.3", "libk5crypto.so.3", "libkrb5support.so.0",
    "libkeyutils.so.1", "libcom_err.so.2",
    # Session bus: Qt6DBus → libdbus → libsystemd
    "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0",
    "liblz4.so.1", "libcap.so.2",
    # The X11 display (Qt's xcb platform plugin)
    "libX11.so.6", "libX11-xcb.so.1", "libXau.so.6", "libXdmcp.so.6", "libbsd.so.0",
    "libmd.so.0", "libxkbcommon.so.0", "libxkbcommon-x11.so.0",
    # Fonts (Qt Gui)
    "libfontconfig.so.1", "libfreetype.so.6", "libpng16.so.16", "libbrotlidec.so.1",
    "libbrotlicommon.so.1",
    # GLib (Qt Core's event loop)
    "libglib-2.0.so.0", "libgthread-2.0.so.0", "libpcre2-8.so.0",
})
# libxcb and its extensions (libxcb-cursor.so.0, libxcb-icccm.so.4, …)
_XCB = re.compile(r"^libxcb(-[a-z0-9-]+)?\.so\.\d+$")

SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def is_host_library(name: str) -> bool:
    """True for a soname the Linux build expects the host to provide."""
    return name in HOST_LIBRARIES or bool(_XCB.match(name))


def from_host(dest: str, src: str) -> bool:
    """A bundle entry (destination, source path) that is a host library
    PyInstaller copied from the system's folders to the top of _internal/."""
    return ("/" not in dest.replace("\\", "/") and is_host_library(dest)
            and src.startswith(SYSTEM_DIRS))
