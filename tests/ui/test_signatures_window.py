"""Verifying a signed PDF from the window: the Tools menu entry and a PDF
dropped on the window show the same lines as `cbdesk verify`."""

from __future__ import annotations

import io

import pytest
import signing_support as ss
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture(scope="module")
def signed_attachment(tmp_path_factory):
    """A one-page PDF sealed by the agency (a PKCS#12 key), and its root."""
    from reportlab.pdfgen.canvas import Canvas

    from cbdesk.services.signing import sign
    from cbdesk.services.signing.keys import pkcs12_signer

    folder = tmp_path_factory.mktemp("signed")
    pki = ss.make_pki()
    ss.write_pkcs12(folder / "agency.p12", pki.agency, [pki.intermediate], "pw")
    (folder / "roots").mkdir()
    (folder / "roots" / "root.pem").write_bytes(pki.root.pem())
    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(100, 700, "Phụ lục")
    c.showPage()
    c.save()
    data = sign.sign_as_agency(buf.getvalue(), pkcs12_signer(folder / "agency.p12", "pw"), None,
                               sign.AgencyInfo("Sở Lao động - Thương binh và Xã hội", "05/BC-X"))
    path = folder / "phụ lục đã ký.pdf"
    path.write_bytes(data)
    return path, folder / "roots"


@pytest.fixture
def shown(monkeypatch):
    from cbdesk.ui import signatures

    seen = []
    monkeypatch.setattr(signatures.SignaturesDialog, "show_result", classmethod(
        lambda cls, parent, path, lines, ok: seen.append((path, lines, ok))))
    return seen


def test_tools_menu_verifies_a_chosen_pdf_against_the_registered_roots(
        window, signed_attachment, shown, monkeypatch):
    from cbdesk.services.actors import system_actor
    from cbdesk.services.signing import store
    from cbdesk.ui import file_actions

    path, roots = signed_attachment
    store.store_options(window.db, {store.TRUST_DIR: str(roots)}, system_actor())
    monkeypatch.setattr(file_actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(path)]))
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                  if a.text() == "Kiểm tra chữ ký số của tệp PDF…")
    action.trigger()
    assert len(shown) == 1
    _, lines, ok = shown[0]
    assert ok
    assert lines[0].startswith("Chữ ký 1 (cơ quan): Sở Lao động - Thương binh và Xã hội tỉnh")
    assert "nguyên vẹn" in lines[0] and "tin cậy (đến chứng thư gốc đã cài)" in lines[0]
    assert lines[-1] == "Kết quả: mọi chữ ký nguyên vẹn."


def test_a_pdf_dropped_on_the_window_is_verified(window, signed_attachment, shown, tmp_path):
    path, _ = signed_attachment
    broken = tmp_path / "hỏng.pdf"
    data = path.read_bytes()
    i = data.index(b"stream") + 30  # a byte of the page's content
    broken.write_bytes(data[:i] + bytes([data[i] ^ 1]) + data[i + 1:])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(broken))])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window takes a PDF
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert len(shown) == 1
    p, lines, ok = shown[0]
    assert p == str(broken) and not ok
    assert "KHÔNG nguyên vẹn" in lines[0]


def test_an_unreadable_file_is_one_message(window, errors, tmp_path):
    from cbdesk.ui import signatures

    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("không phải PDF")
    signatures.verify_file(window, str(not_pdf))
    assert errors == ["Tệp không phải PDF."]
