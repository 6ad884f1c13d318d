"""Evidence kept with the figures (issue 23): documents attached to a task and
to a result are stored in the database, travel with its backups and restores
byte for byte, are checked by ``cbdesk check``, respect the size limit and the
roles — through the command line, on both engines."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest
from helpers import run_cli
from sqlalchemy import text

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor

NAME = "Biên bản bàn giao.pdf"
ADMIN = Actor("quantri", Role.ADMIN)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def demo_url(db_url) -> str:
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    db = open_database(db_url, create=True)
    install_sample_plan(db)
    db.dispose()
    return db_url


def _evidence(folder: Path, name: str = NAME, size: int = 300_000) -> Path:
    """A file with a Vietnamese name (typed decomposed, as macOS would) and bytes
    that are not text."""
    folder.mkdir(parents=True, exist_ok=True)
    chunks, seed = [], b"bien-ban"
    for _ in range(-(-size // 32)):  # (a running sum: summing the list each time was quadratic)
        seed = hashlib.sha256(seed).digest()
        chunks.append(seed)
    path = folder / unicodedata.normalize("NFD", name)
    path.write_bytes(b"%PDF-1.4\n" + b"".join(chunks)[:size])
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _ok(*args, **kw):
    r = run_cli(*args, **kw)
    assert r.returncode == 0, r.stderr
    return r


def _listing(db: str) -> list[dict]:
    return json.loads(_ok("attachments", "--plan", "2021", "--json", "--db", db).stdout)


def test_evidence_on_a_task_and_a_result_survives_backup_and_restore_elsewhere(
        demo_url, tmp_path, data_dir):
    src = _evidence(tmp_path / "in")
    want = _sha(src.read_bytes())
    r = _ok("attach", "--plan", "2021", "--task", "II.3", str(src), "--db", demo_url,
            "--note", "Bản có chữ ký")
    assert NAME in r.stdout and want in r.stdout
    _ok("attach", "--plan", "2021", "--target", "1", "--period", "2021-Q1", "--area", "040",
        str(src), "--db", demo_url)

    listed = _listing(demo_url)
    assert [(a["owner"], a["file_name"], a["size"], a["sha256"]) for a in listed] == [
        ("task II.3", NAME, src.stat().st_size, want),
        ("result 1|2021-Q1|040", NAME, src.stat().st_size, want)]
    assert listed[0]["note"] == "Bản có chữ ký" and listed[0]["added_by"]
    assert listed[0]["media_type"] == "application/pdf"
    # Stored once however often attached.
    from cbdesk.services.database import open_database

    db = open_database(demo_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM attachment_blob")).scalar() == 1
    sqlite = db.is_sqlite
    db.dispose()

    backup = tmp_path / "usb" / ("chung-cu.sqlite" if sqlite else "chung-cu.json.gz")
    backup.parent.mkdir()
    r = _ok("backup", "-o", str(backup), "--db", demo_url)
    assert str(backup) in r.stdout and " MB)" in r.stdout  # the size is said
    elsewhere = tmp_path / "máy khác" / "cbdesk.sqlite"
    _ok("restore", str(backup), "--db", str(elsewhere), "--yes")

    restored = _listing(str(elsewhere))
    assert [(a["owner"], a["file_name"], a["sha256"]) for a in restored] == [
        (a["owner"], a["file_name"], a["sha256"]) for a in listed]
    for a in restored:
        out = tmp_path / "ra" / f"{a['id']}.pdf"
        out.parent.mkdir(exist_ok=True)
        _ok("attachment", str(a["id"]), "-o", str(out), "--db", str(elsewhere))
        assert _sha(out.read_bytes()) == want
        assert out.read_bytes() == src.read_bytes()
    _ok("check", "--no-backups", "--db", str(elsewhere))


def test_check_catches_a_damaged_attachment_and_it_is_not_handed_out(demo_url, tmp_path,
                                                                      data_dir):
    from cbdesk.services.attachments import Owner, add_files
    from cbdesk.services.database import open_database

    db = open_database(demo_url)
    [a] = add_files(db, ADMIN, 2021, Owner.of_task("II.3"), [_evidence(tmp_path / "in")])
    db.dispose()
    _ok("check", "--no-backups", "--db", demo_url)

    db = open_database(demo_url)
    with db.engine.begin() as conn:  # one byte changed behind cbdesk's back
        data = conn.execute(text("SELECT data FROM attachment_blob")).scalar()
        damaged = bytes(data[:100]) + bytes([data[100] ^ 0xFF]) + bytes(data[101:])
        conn.execute(text("UPDATE attachment_blob SET data = :d"), {"d": damaged})
    db.dispose()

    r = run_cli("check", "--no-backups", "--db", demo_url)
    assert r.returncode == 1
    assert f"#{a.id} '{NAME}'" in r.stderr and "bị hỏng" in r.stderr
    assert "Traceback" not in r.stderr
    out = tmp_path / "ra.pdf"
    r = run_cli("attachment", str(a.id), "-o", str(out), "--db", demo_url, "--lang", "en")
    assert r.returncode == 1 and "damaged" in r.stderr
    assert not out.exists()


def test_a_file_over_the_size_limit_is_refused_naming_the_limit(demo_url, tmp_path,
                                                                data_dir):
    from cbdesk.services import settings
    from cbdesk.services.database import open_database

    db = open_database(demo_url)
    settings.write(db, {"attachments.max_mb": "1"}, ADMIN)
    db.dispose()
    small = _evidence(tmp_path / "in", "Quyết định.pdf", 1000)
    big = _evidence(tmp_path / "in", "Ảnh hội nghị.jpg", 1_600_000)
    r = run_cli("attach", "--plan", "2021", "--task", "II.3", str(small), str(big),
                "--db", demo_url)
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [
        "cbdesk: Tệp 'Ảnh hội nghị.jpg' nặng 1,5 MB, vượt giới hạn 1 MB cho một tài liệu "
        "đính kèm (cài đặt attachments.max_mb); không có gì được lưu."]
    assert _listing(demo_url) == []  # not even the small one
    _ok("attach", "--plan", "2021", "--task", "II.3", str(small), "--db", demo_url)
    assert [a["file_name"] for a in _listing(demo_url)] == ["Quyết định.pdf"]


def test_roles_a_viewer_may_not_attach_and_removing_is_audited(demo_url, tmp_path, data_dir):
    from cbdesk.services import users
    from cbdesk.services.attachments import Owner, add_files, list_attachments, remove
    from cbdesk.services.audit import list_entries
    from cbdesk.services.database import open_database
    from cbdesk.services.errors import PermissionDenied

    db = open_database(demo_url)
    users.add_user(db, ADMIN, "khach", "Khách", "viewer")
    users.add_user(db, ADMIN, "chuyenvien", "Chuyên viên", "staff")
    users.add_user(db, ADMIN, "cv-gdnn", "Chuyên viên GDNN", "staff", unit_code="GDNN")
    db.dispose()
    src = _evidence(tmp_path / "in")
    r = run_cli("attach", "--plan", "2021", "--task", "II.3", str(src), "--db", demo_url,
                "--user", "khach")
    assert r.returncode == 1 and "không có quyền đính kèm tài liệu" in r.stderr
    r = run_cli("attach", "--plan", "2021", "--task", "II.3", str(src), "--db", demo_url,
                "--user", "cv-gdnn")  # a task of another unit
    assert r.returncode == 1 and "không thuộc đơn vị GDNN" in r.stderr
    assert _listing(demo_url) == []
    _ok("attach", "--plan", "2021", "--task", "II.3", str(src), "--db", demo_url,
        "--user", "chuyenvien")
    r = run_cli("attach", "--plan", "2021", "--whole-plan", str(src), "--db", demo_url,
                "--user", "chuyenvien")  # the plan itself is a leader's
    assert r.returncode == 1 and "sửa thông tin kế hoạch" in r.stderr

    db = open_database(demo_url)
    try:
        [a] = list_attachments(db, 2021)
        assert a.added_by == "chuyenvien"
        with pytest.raises(PermissionDenied):
            remove(db, Actor("khach", Role.VIEWER), a.id)
        [b] = add_files(db, ADMIN, 2021, Owner.of_task("II.3"), [src])  # same bytes again
        remove(db, Actor("chuyenvien", Role.STAFF), a.id, reason="Nhầm tệp")
        assert [x.id for x in list_attachments(db, 2021)] == [b.id]
        with db.engine.connect() as conn:  # still used by b: the bytes stay
            assert conn.execute(text("SELECT COUNT(*) FROM attachment_blob")).scalar() == 1
        remove(db, ADMIN, b.id)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT COUNT(*) FROM attachment_blob")).scalar() == 0
        gone = [e for e in list_entries(db, entity="attachment") if e.field == "removed"]
        assert len(gone) == 2 and gone[-1].user == "chuyenvien"
        assert gone[-1].old == f"{NAME} ({src.stat().st_size} B, sha256 {a.sha256})"
        assert gone[-1].new is None and gone[-1].reason == "Nhầm tệp"
    finally:
        db.dispose()


def test_file_names_are_kept_as_typed_but_never_used_as_paths(demo_db, tmp_path):
    from cbdesk.services.attachments import Owner, add_bytes, fetch
    from cbdesk.services.attachments.store import clean_name

    assert clean_name(unicodedata.normalize("NFD", "Báo cáo  quý I.docx")) == \
        "Báo cáo  quý I.docx"
    assert clean_name("..\\..\\Windows\\hệ thống.ini") == "hệ thống.ini"
    [a] = add_bytes(demo_db, ADMIN, 2021, Owner.of_result("1", "2021-Q1"),
                    [("../../etc/biên bản.txt", b"noi dung")])
    assert a.file_name == "biên bản.txt" and a.owner.area is None
    assert fetch(demo_db, a.id)[1] == b"noi dung"


def test_a_returned_district_form_is_attached_to_the_figures_it_brought_in(
        demo_url, tmp_path, data_dir):
    import openpyxl

    form = tmp_path / "Biểu mẫu Hòa An quý III.xlsx"
    _ok("form", "--plan", "2021", "--period", "2021-Q3", "--area", "051", "-o", str(form),
        "--db", demo_url)
    wb = openpyxl.load_workbook(form)
    ws = wb["Biểu mẫu"]
    filled = {"1": 1234, "11": 4}
    for row in range(13, ws.max_row + 1):
        code = ws.cell(row=row, column=1).value
        if code in filled:
            ws.cell(row=row, column=5).value = filled[code]
    wb.save(form)
    _ok("import", str(form), "--db", demo_url)
    _ok("import", str(form), "--db", demo_url)  # the same form again: kept once
    listed = _listing(demo_url)
    assert sorted(a["owner"] for a in listed) == ["result 11|2021-Q3|051",
                                                   "result 1|2021-Q3|051"]
    assert {a["file_name"] for a in listed} == {form.name}
    assert {a["sha256"] for a in listed} == {_sha(form.read_bytes())}


def test_the_progress_report_lists_each_tasks_documents_when_the_setting_says_so(demo_db):
    from cbdesk.reports.build import build_report
    from cbdesk.services import settings
    from cbdesk.services.attachments import Owner, add_bytes

    add_bytes(demo_db, ADMIN, 2021, Owner.of_task("II.3.1"),
              [(NAME, b"%PDF-1.4 a"), ("Ảnh bàn giao.jpg", b"\xff\xd8 b")])

    def lines():
        doc = build_report(demo_db, 2021, "progress", "2021-H1")
        return [b.text for b in doc.blocks if hasattr(b, "text")
                and b.text.startswith("Tài liệu kèm theo")]

    assert lines() == []  # off by default
    settings.write(demo_db, {"report.list_attachments": "1"}, ADMIN)
    assert lines() == [f"Tài liệu kèm theo: {NAME}; Ảnh bàn giao.jpg."]


def test_the_workbook_export_carries_the_documents_in_a_zip_that_import_reads_back(
        demo_url, tmp_path, data_dir):
    from cbdesk.services.attachments import Owner, add_bytes
    from cbdesk.services.database import open_database

    db = open_database(demo_url)
    add_bytes(db, ADMIN, 2021, Owner.of_task("II.3"), [(NAME, b"%PDF-1.4 ban giao")])
    add_bytes(db, ADMIN, 2021, Owner.of_result("1", "2021-Q1", "040"),
              [(NAME, b"%PDF-1.4 ban giao"), ("Ảnh.jpg", b"\xff\xd8 anh")])
    db.dispose()
    book = tmp_path / "Kế hoạch 2021.xlsx"
    r = _ok("export", "--plan", "2021", "-o", str(book), "--db", demo_url)
    companion = tmp_path / "Kế hoạch 2021.attachments.zip"
    assert str(companion) in r.stdout and companion.is_file()

    other = str(tmp_path / "khác" / "cbdesk.sqlite")
    _ok("init", "--db", other)
    _ok("import", str(book), "--db", other, "--yes")
    _ok("import", str(book), "--db", other, "--yes")  # again: kept once
    want = {(a["owner"], a["file_name"], a["sha256"]) for a in _listing(demo_url)}
    assert {(a["owner"], a["file_name"], a["sha256"]) for a in _listing(other)} == want
    assert len(_listing(other)) == 3

    # A damaged companion refuses the import before anything is written.
    import zipfile

    bad = tmp_path / "hỏng" / book.name
    bad.parent.mkdir()
    bad.write_bytes(book.read_bytes())
    with zipfile.ZipFile(companion) as src, zipfile.ZipFile(
            bad.parent / companion.name, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data if info.filename == "manifest.json" else data + b"x")
    third = str(tmp_path / "thứ ba" / "cbdesk.sqlite")
    _ok("init", "--db", third)
    r = run_cli("import", str(bad), "--db", third, "--yes")
    assert r.returncode == 1 and "sha256" in r.stderr and "Traceback" not in r.stderr
    assert run_cli("dump", "--plan", "2021", "--db", third).returncode == 1  # no plan
