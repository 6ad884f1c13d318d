"""`cbdesk init --demo` never touches real data; `cbdesk --help` speaks
Vietnamese by default and English with --lang en (issue 18)."""

from __future__ import annotations

from helpers import run_cli


def test_help_is_vietnamese_by_default_and_english_on_request():
    vi = run_cli("--help")
    assert vi.returncode == 0
    assert "Cách dùng: cbdesk" in vi.stdout and "tùy chọn:" in vi.stdout
    assert "sao lưu cơ sở dữ liệu" in vi.stdout and "hiện trợ giúp này rồi thoát" in vi.stdout
    sub = run_cli("report", "--help")
    assert "năm của kế hoạch" in sub.stdout and "loại báo cáo" in sub.stdout
    en = run_cli("--lang", "en", "--help")
    assert en.returncode == 0 and "usage: cbdesk" in en.stdout
    assert "make a verified backup of the database" in en.stdout


def test_demo_goes_only_into_an_empty_database(db):
    from cbdesk.services.setup import demo

    assert demo.state(db) == "empty"
    assert demo.install_demo(db) is True
    assert demo.state(db) == "sample"
    assert demo.install_demo(db) is False  # the untouched sample: nothing changed


def test_demo_refuses_a_database_with_real_data(db):
    import pytest

    from cbdesk.services import catalog
    from cbdesk.services.actors import system_actor
    from cbdesk.services.plans import list_plans
    from cbdesk.services.setup import demo

    catalog.save_unit(db, system_actor(), "VP", "Văn phòng Sở")
    with pytest.raises(demo.RealDataError) as e:
        demo.install_demo(db)
    assert "dữ liệu thật" in e.value.message_vi
    assert list_plans(db) == []


def test_init_demo_leaves_a_deleted_sample_deleted(sqlite_url):
    from cbdesk.services import plans
    from cbdesk.services.actors import system_actor
    from cbdesk.services.database import open_database

    assert run_cli("init", "--demo", "--db", sqlite_url).returncode == 0
    db = open_database(sqlite_url)
    plans.delete_plan(db, system_actor(), 2021)
    db.dispose()
    r = run_cli("init", "--demo", "--db", sqlite_url)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "dữ liệu thật" in r.stderr and "không thay đổi" in r.stderr
    db = open_database(sqlite_url)
    assert plans.list_plans(db) == []
    db.dispose()


def test_init_demo_keeps_the_office_header(sqlite_url):
    from cbdesk.core.plandata import OrganisationData
    from cbdesk.services import catalog
    from cbdesk.services.actors import system_actor
    from cbdesk.services.database import open_database
    from cbdesk.services.setup.first_start import SetupData, apply_setup

    db = open_database(sqlite_url, create=True)
    apply_setup(db, system_actor(), SetupData(
        OrganisationData(name="SỞ NỘI VỤ", symbol="SNV", place="Bắc Kạn",
                         signer_name="Nguyễn Thị Hằng")))
    db.dispose()
    r = run_cli("init", "--demo", "--db", sqlite_url, "--lang", "en")
    assert r.returncode == 1 and "real data" in r.stderr
    db = open_database(sqlite_url)
    org = catalog.get_organisation(db)
    assert (org.name, org.signer_name) == ("SỞ NỘI VỤ", "Nguyễn Thị Hằng")
    db.dispose()
