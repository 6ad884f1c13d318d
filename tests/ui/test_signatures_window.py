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
    (folder / "unsigned.pdf").write_bytes(buf.getvalue())
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


def _sign_values(folder, password: str) -> dict:
    return {"pdf": str(folder / "unsigned.pdf"), "role": "agency", "kind": "pkcs12",
            "pkcs11_lib": "", "token": "", "pkcs12": str(folder / "agency.p12"),
            "secret": password, "image": "", "number": "05/BC-X"}


def test_tools_sign_a_pdf_signs_as_the_agency_and_saves_where_asked(
        window, signed_attachment, errors, monkeypatch, tmp_path):
    from cbdesk.services.signing.verify import verify_pdf
    from cbdesk.ui import file_actions, sign_dialog

    folder = signed_attachment[0].parent
    monkeypatch.setattr(sign_dialog.SignDialog, "ask",
                        classmethod(lambda cls, parent, defaults: _sign_values(folder, "pw")))
    out = tmp_path / "đã ký.pdf"
    monkeypatch.setattr(file_actions.FileDialogs, "save_file",
                        classmethod(lambda cls, *a: str(out)))
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                  if a.text() == "Ký số tệp PDF…")
    action.trigger()
    assert errors == [f"Đã lưu tệp PDF đã ký vào {out}."]
    checks = verify_pdf(out.read_bytes())
    assert [(c.field, c.intact) for c in checks] == [("cbdesk_agency", True)]


def test_sign_a_pdf_with_a_wrong_password_says_so_and_saves_nothing(
        window, signed_attachment, errors, monkeypatch, tmp_path):
    from cbdesk.ui import file_actions, sign_dialog

    folder = signed_attachment[0].parent
    monkeypatch.setattr(sign_dialog.SignDialog, "ask",
                        classmethod(lambda cls, parent, defaults: _sign_values(folder, "sai")))
    asked = []
    monkeypatch.setattr(file_actions.FileDialogs, "save_file",
                        classmethod(lambda cls, *a: asked.append(a)))
    sign_dialog.sign_pdf_file(window)
    assert errors == ["Sai mật khẩu của tệp chứng thư 'agency.p12' (hoặc tệp không phải "
                      "PKCS#12)."]
    assert asked == []


def test_the_sign_dialog_returns_what_was_typed(qtbot):
    from cbdesk.ui.sign_dialog import SignDialog

    dlg = SignDialog(None, {"pkcs11_lib": "/usr/lib/x.so", "token": "LANHDAO"})
    qtbot.addWidget(dlg)
    dlg.pdf.setText("/tmp/báo cáo.pdf")
    dlg.role.setCurrentIndex(1)
    dlg.secret.setText("1234")
    v = dlg.values()
    assert (v["pdf"], v["role"], v["kind"], v["pkcs11_lib"], v["token"], v["secret"]) == (
        "/tmp/báo cáo.pdf", "agency", "pkcs11", "/usr/lib/x.so", "LANHDAO", "1234")
    assert dlg.secret.echoMode() == dlg.secret.EchoMode.Password


def test_the_signed_pdf_of_the_chosen_report_is_issued_and_a_wrong_one_refused(
        window, errors, monkeypatch, tmp_path):
    """Reports screen: number 5, date 05/07/2021; the PDF rendered with that
    meta, signed by the leader and sealed by the agency, is issued; the same
    file offered as number 6 is refused."""
    from PySide6.QtCore import QDate

    from cbdesk.reports.build import build_report, render_document, resolve_period
    from cbdesk.services.issued import list_issued
    from cbdesk.services.signing import sign
    from cbdesk.services.signing.keys import pkcs12_signer
    from cbdesk.ui import dialogs, file_actions

    pki = ss.make_pki()
    ss.write_pkcs12(tmp_path / "l.p12", pki.leader, [pki.intermediate], "a")
    ss.write_pkcs12(tmp_path / "a.p12", pki.agency, [pki.intermediate], "b")
    view = window.show_view("reports")
    view.number_edit.setText("5")
    view.date_edit.setDate(QDate(2021, 7, 5))
    meta = view.meta()
    pdf = render_document(build_report(window.db, 2021, view.kind(),
                                       resolve_period(2021, view.period_code() or None), meta),
                          "pdf", view._font())
    pdf = sign.sign_as_signer(pdf, pkcs12_signer(tmp_path / "l.p12", "a"), ss.signature_png())
    pdf = sign.sign_as_agency(pdf, pkcs12_signer(tmp_path / "a.p12", "b"), ss.seal_png(),
                              sign.AgencyInfo("Sở", "05/BC-SLĐTBXH"))
    signed = tmp_path / "đã ký.pdf"
    signed.write_bytes(pdf)
    monkeypatch.setattr(file_actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(signed)]))
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions()
                  if a.text() == "Ban hành bản PDF đã ký số của báo cáo này…")

    view.number_edit.setText("6")
    action.trigger()
    assert "không phải đúng báo cáo này" in errors[-1]
    view.number_edit.setText("5")
    action.trigger()
    assert errors[-1] == "Đã ban hành số 05, có 3 chữ ký số."
    issued = list_issued(window.db, 2021)
    assert [i.number for i in issued] == ["05"]
    assert view.issued_model.rowCount() == 1
