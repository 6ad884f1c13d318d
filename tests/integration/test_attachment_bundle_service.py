"""The documents' companion zip of a workbook export, through the service
(the command line's tests run in child processes): every document travels
once with all its owners (a progress update's documents under its task), it
reads back byte for byte, and a zip that is not ours, or a document whose
bytes changed, is refused before anything is written."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import tasks
from cbdesk.services.actors import Actor
from cbdesk.services.attachments import store
from cbdesk.services.attachments.bundle import bundle_bytes, read_bundle
from cbdesk.services.attachments.owners import Owner
from cbdesk.services.errors import ServiceError

ADMIN = Actor("quantri", Role.ADMIN)
PDF = b"%PDF-1.4 bien ban hop"


def _attach(db):
    from sqlalchemy import func, select

    from cbdesk.db.models import ProgressUpdate
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(db, 2021, with_results=False)
    task, target = data.tasks[0].code, data.targets[0].code
    tasks.add_update(db, ADMIN, 2021, task, date(2021, 3, 1), 40.0, note="Đã họp")
    with db.session() as s:
        upd = s.scalar(select(func.max(ProgressUpdate.id)))
    store.add_bytes(db, ADMIN, 2021, Owner.of_result(target, "2021-M03"), [("bb.pdf", PDF)])
    store.add_bytes(db, ADMIN, 2021, Owner.of_task(task), [("bb.pdf", PDF)])
    store.add_bytes(db, ADMIN, 2021, Owner.of_update(task, upd), [("anh.pdf", b"%PDF anh")])
    return task, target


def test_every_document_travels_once_with_all_its_owners(demo_db, tmp_path):
    task, target = _attach(demo_db)
    path = tmp_path / "Kế hoạch 2021.attachments.zip"
    path.write_bytes(bundle_bytes(demo_db, 2021))
    with zipfile.ZipFile(path) as z:
        assert sum(1 for n in z.namelist() if n.startswith("files/")) == 2
    read = {name: (sorted(o.key() for o in owners), data) for owners, name, data, _ in
            read_bundle(demo_db, path)}
    assert read["bb.pdf"] == (sorted([f"result {target}|2021-M03|", f"task {task}"]), PDF)
    assert read["anh.pdf"] == ([f"task {task}"], b"%PDF anh")


def test_a_plan_without_documents_has_no_companion(demo_db):
    assert bundle_bytes(demo_db, 2021) is None


def _rewritten(src: bytes, out, manifest=None, damage=False) -> None:
    with zipfile.ZipFile(io.BytesIO(src)) as z, zipfile.ZipFile(out, "w") as w:
        for n in z.namelist():
            data = z.read(n)
            if n == "manifest.json" and manifest is not None:
                data = json.dumps(manifest(json.loads(data))).encode()
            if n.startswith("files/") and damage:
                data = data[:-1] + b"?"
            w.writestr(n, data)


def test_a_zip_that_is_not_ours_or_a_changed_document_is_refused(demo_db, tmp_path):
    _attach(demo_db)
    good = bundle_bytes(demo_db, 2021)
    for name, kw, said in (("list.zip", {"manifest": lambda m: [m]}, "không phải tệp của cbdesk"),
                           ("other.zip", {"manifest": lambda m: {**m, "format": "x"}},
                            "không phải tệp của cbdesk"),
                           ("hong.zip", {"damage": True}, "sha256 không khớp")):
        _rewritten(good, tmp_path / name, **kw)
        with pytest.raises(ServiceError) as refused:
            read_bundle(demo_db, tmp_path / name)
        assert said in refused.value.message_vi


def test_the_check_of_stored_documents_names_one_whose_bytes_changed(demo_db):
    from sqlalchemy import update

    from cbdesk.db.models import AttachmentBlob
    from cbdesk.services.attachments.verify import verify

    _attach(demo_db)
    assert verify(demo_db) == []
    with demo_db.session() as s:
        s.execute(update(AttachmentBlob).where(AttachmentBlob.size == len(b"%PDF anh"))
                  .values(data=b"%PDF ANH"))
    problems = verify(demo_db)
    assert len(problems) == 1 and "'anh.pdf'" in problems[0][0]
    assert "sha256 không khớp" in problems[0][0]
