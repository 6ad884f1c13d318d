"""Export → import into an empty database gives the same plan (`cbdesk dump`
identical), for the sample plan on both engines and for generated plans."""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from helpers import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import cli, dump_of  # noqa: E402

from cbdesk.core.plandata import (  # noqa: E402
    AreaData,
    OrganisationData,
    PlanData,
    ProgressUpdateData,
    ResultData,
    TargetData,
    TaskData,
    UnitData,
)
from cbdesk.db.migrate import copy_sqlite  # noqa: E402
from cbdesk.services.actors import Actor  # noqa: E402
from cbdesk.services.database import open_database  # noqa: E402
from cbdesk.services.dump import plan_dump  # noqa: E402
from cbdesk.services.plan_apply import apply_plan_data  # noqa: E402
from cbdesk.xlsx.export import export_plan  # noqa: E402
from cbdesk.xlsx.importer import import_workbook  # noqa: E402

ACTOR = Actor("test")
TODAY = date(2021, 7, 1)


def test_sample_plan_round_trip(db_url, demo_sqlite, tmp_path):
    """Export the sample plan, import it into an empty database of each engine:
    the same dump; then out of that engine and into SQLite again: the same.
    (export and import run as a user runs them; init and dump in-process.)"""
    workbook = tmp_path / "Kế hoạch 2021.xlsx"
    r = run_cli("export", "--plan", "2021", "-o", str(workbook), "--db", str(demo_sqlite))
    assert r.returncode == 0, r.stderr
    assert cli("init", "--db", db_url)[0] == 0
    r = run_cli("import", str(workbook), "--db", db_url)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("\n") == 1 and "373 kết quả" in r.stdout
    original = dump_of(demo_sqlite)
    assert dump_of(db_url) == original
    # The same workbook again: nothing to do.
    rc, out, _ = cli("import", str(workbook), "--db", db_url)
    assert rc == 0 and "không có thay đổi" in out
    # Out of this engine, into a fresh SQLite file.
    again = tmp_path / "again.xlsx"
    assert run_cli("export", "--plan", "2021", "-o", str(again), "--db", db_url).returncode == 0
    fresh = str(tmp_path / "fresh.sqlite")
    assert cli("init", "--db", fresh)[0] == 0
    rc, out, err = cli("import", str(again), "--db", fresh, "--lang", "en")
    assert rc == 0 and "373 results" in out, err
    assert dump_of(fresh) == original


# -- generated plans ------------------------------------------------------------

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐÂ"
text = st.text(alphabet=LETTERS + "ABCXYZ0123456789 ,.-()/%=;:'\"", min_size=1,
               max_size=24).filter(lambda s: s.strip())
para = st.lists(text, min_size=1, max_size=3).map("\n".join)
figure = st.integers(0, 10**7).map(lambda n: n / 100)  # up to 2 decimals
rate = st.integers(0, 10000).map(lambda n: n / 100)
day = st.dates(date(2021, 1, 1), date(2021, 12, 31))
PERIODS = ([f"2021-M{m:02d}" for m in range(1, 13)] + [f"2021-Q{q}" for q in range(1, 5)]
           + ["2021-H1", "2021-H2", "2021-9M", "2021"])


def _end(code: str):
    from cbdesk.core.periods import Period

    return Period.parse(code).end


@st.composite
def plans(draw) -> PlanData:
    units = [UnitData(f"U{i}", draw(para), draw(st.sampled_from(["internal", "external"])))
             for i in range(draw(st.integers(1, 3)))]
    districts = [AreaData(f"0{i}", draw(text), "district", "P", draw(st.none() | day),
                          draw(st.none() | day)) for i in range(draw(st.integers(1, 3)))]
    areas = [AreaData("P", draw(text), "province"), *districts]
    unit_codes = [u.code for u in units]
    targets: list[TargetData] = []
    for i in range(1, draw(st.integers(1, 5)) + 1):
        kind = draw(st.sampled_from(["cumulative", "level", "change", "qualitative"]))
        unit = "%" if kind == "level" else draw(st.sampled_from(["người", "hộ", "lượt"]))
        value = None if kind == "qualitative" else draw(rate if unit == "%" else figure)
        t = TargetData(
            code=str(i), name=draw(text), unit=unit, kind=kind,
            direction=draw(st.sampled_from(["increase", "decrease", "maintain"])),
            target=value, baseline=draw(st.none() | rate), decimals=draw(st.integers(0, 2)),
            lead_unit=draw(st.none() | st.sampled_from(unit_codes)),
            statement=draw(st.sampled_from(["", "Tạo việc làm cho {value} người, "])),
            group=draw(st.integers(0, 3)),
            allocations={a.code: draw(figure) for a in districts if draw(st.booleans())}
            if unit != "%" else {})
        targets.append(t)
        if kind == "cumulative" and value is not None and draw(st.booleans()):
            targets.append(TargetData(code=f"{i}.1", name=draw(text), unit=unit, kind=kind,
                                      target=min(value, draw(figure)), parent_code=str(i),
                                      relation="of_which"))
    results = []
    for t in targets:
        if t.kind == "qualitative":
            continue
        for area in [None, *(a.code for a in districts)]:
            if t.kind == "cumulative":
                periods = draw(st.lists(st.sampled_from(PERIODS[:12]), unique=True, max_size=3))
            else:
                # One fact per moment (SPEC §3.5): no two periods ending the
                # same day for a level or change target.
                periods = draw(st.lists(st.sampled_from(PERIODS), unique_by=_end, max_size=2))
            for p in periods:
                results.append(ResultData(t.code, p, area, draw(rate if t.unit == "%" else
                                                                 figure), draw(st.just("") |
                                                                               para)))
    tasks, updates = [], []
    for i in range(1, draw(st.integers(0, 3)) + 1):
        done = draw(st.booleans())
        tasks.append(TaskData(
            code=f"II.{i}", title=draw(text), description=draw(para),
            lead_unit=draw(st.none() | st.sampled_from(unit_codes)),
            coordinating_units=draw(st.lists(st.sampled_from(unit_codes), unique=True,
                                             max_size=2)),
            deadline=draw(st.sampled_from(["", "ongoing", "2021-Q2", "2021-06-30", "2021"])),
            expected_output=draw(st.just("") | text), percent_done=draw(rate), done=done,
            completed_on=draw(day) if done else None))
        if draw(st.booleans()):
            updates.append(ProgressUpdateData(f"II.{i}", draw(day), 0.0, draw(text)))
    return PlanData(
        year=2021, title=draw(text), doc_number=draw(st.just("") | text),
        doc_date=draw(st.none() | day), abstract=draw(text), addressee=draw(text),
        status=draw(st.sampled_from(["draft", "issued"])), intro=draw(st.lists(para,
                                                                                max_size=2)),
        legal_bases=draw(st.lists(text, max_size=2)),
        implementation=draw(st.lists(para, max_size=2)), closing=draw(text),
        recipients=draw(st.lists(text, max_size=3)), note=draw(text),
        organisation=OrganisationData(draw(text), draw(text), "SLĐ", draw(text), "GIÁM ĐỐC",
                                      draw(st.just("") | text), draw(text), "VP",
                                      draw(st.lists(text, max_size=2))),
        units=units, areas=areas, targets=targets, tasks=tasks, results=results,
        updates=updates)


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "empty.sqlite"
    open_database(str(path), create=True).dispose()
    return path


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=plans())
def test_generated_plans_round_trip(empty_template, data):
    folder = Path(tempfile.mkdtemp(prefix="cbdesk-rt-"))
    try:
        src = open_database(str(copy_sqlite(empty_template, folder / "src.sqlite")))
        dst = open_database(str(copy_sqlite(empty_template, folder / "dst.sqlite")))
        try:
            apply_plan_data(src, data, ACTOR)
            workbook = export_plan(src, 2021, folder / "plan.xlsx", as_of=TODAY)
            outcome = import_workbook(dst, workbook, ACTOR)
            assert outcome.summary.created_plan
            assert plan_dump(dst, 2021, TODAY) == plan_dump(src, 2021, TODAY)
            again = import_workbook(dst, workbook, ACTOR)
            assert again.summary.changes == []
        finally:
            src.dispose()
            dst.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
