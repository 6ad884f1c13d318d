"""A province-scale dataset for the benchmarks, deterministic from a seed.

Ten yearly plans of 60 targets each (with of-which and breakdown children),
10 areas, monthly results for every target and area, 300 tasks per plan with
10 progress updates each, and a year of audit entries.

    python -m benchmarks.generate --db bench.sqlite [--years 10] [--seed 1]
    python -m benchmarks.generate --db big.sqlite --big-plan 100000

``--db`` takes a path or a SQLAlchemy URL (PostgreSQL:
``postgresql+psycopg://user@host:port/name``); the same seed gives the same
data on both engines (``cbdesk dump --plan 2025`` is byte-identical).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, datetime, timedelta

from cbdesk.core.plandata import (
    AreaData,
    OrganisationData,
    PlanData,
    ProgressUpdateData,
    ResultData,
    TargetData,
    TaskData,
    UnitData,
)
from cbdesk.services.actors import Actor
from cbdesk.services.audit import record_many
from cbdesk.services.database import open_database
from cbdesk.services.plan_apply import apply_plan_data

AREAS = [AreaData("P", "Tỉnh mẫu", "province")] + [
    AreaData(f"{i:03d}", f"Huyện số {i}", "district", "P") for i in range(1, 11)
]
UNITS = [UnitData(f"U{i:02d}", f"Phòng chuyên môn số {i}") for i in range(1, 13)]
WORDS = ["Tạo việc làm", "Đào tạo nghề", "Giảm nghèo", "Bảo trợ xã hội", "Trẻ em",
         "Bình đẳng giới", "Người có công", "Cai nghiện", "Tư vấn", "Thông tin thị trường"]


def make_targets(rng: random.Random, count: int = 60) -> list[TargetData]:
    """``count`` targets; for 60: 40 parents, 10 of-which, 10 breakdown children."""
    targets: list[TargetData] = []
    n = 0
    while len(targets) < count:
        n += 1
        kind = rng.choice(["cumulative"] * 3 + ["level"])
        unit = "người" if kind == "cumulative" else "%"
        value = float(rng.randrange(1000, 20000, 10)) if kind == "cumulative" else 50.0
        parent = TargetData(code=str(n), name=f"{rng.choice(WORDS)} chỉ tiêu {n}", unit=unit,
                            kind=kind, direction="increase", target=value,
                            lead_unit=rng.choice(UNITS).code)
        targets.append(parent)
        if kind == "cumulative" and len(targets) <= count - 2 and n % 2 == 0:
            if n % 4 == 0:  # breakdown: two parts summing to the parent
                a = float(int(value * 0.4))
                targets.append(TargetData(code=f"{n}.1", name=f"Cơ cấu 1 của {n}", unit=unit,
                                          kind=kind, target=a, parent_code=str(n),
                                          relation="breakdown"))
                targets.append(TargetData(code=f"{n}.2", name=f"Cơ cấu 2 của {n}", unit=unit,
                                          kind=kind, target=value - a, parent_code=str(n),
                                          relation="breakdown"))
            else:
                targets.append(TargetData(code=f"{n}.1", name=f"Trong đó của {n}", unit=unit,
                                          kind=kind, target=float(int(value * 0.1)),
                                          parent_code=str(n), relation="of_which"))
    return targets[:count]


def make_plan(year: int, rng: random.Random, n_targets: int = 60,
              n_results: int | None = None) -> PlanData:
    """A yearly plan; ``n_results`` cuts the monthly results to that many."""
    targets = make_targets(rng, n_targets)
    has_children = {t.parent_code for t in targets if t.relation == "breakdown"}
    results = []
    for t in targets:
        if t.code in has_children:
            continue  # a breakdown parent is the sum of its parts
        for area in AREAS[1:]:
            for month in range(1, 13):
                if t.kind == "cumulative":
                    v = float(round((t.target or 0) / 120 * rng.uniform(0.6, 1.4)))
                else:
                    v = round(rng.uniform(30, 60), 1)
                results.append(ResultData(t.code, f"{year}-M{month:02d}", area.code, v))
    if n_results is not None:
        results = results[:n_results]
    tasks, updates = [], []
    for i in range(1, 301):
        section = (i - 1) // 30 + 1
        code = f"II.{section}" if i % 30 == 1 else f"II.{section}.{i % 30 or 30}"
        parent = None if i % 30 == 1 else f"II.{section}"
        tasks.append(TaskData(code=code, title=f"Nhiệm vụ {code}: {rng.choice(WORDS)}",
                              description="Nội dung nhiệm vụ. " * 5, parent_code=parent,
                              lead_unit=rng.choice(UNITS).code,
                              coordinating_units=[rng.choice(UNITS).code],
                              deadline=rng.choice(["ongoing", f"{year}-Q2", f"{year}-12-31"])))
        for k in range(10):
            updates.append(ProgressUpdateData(code, date(year, 1 + k, 15), float(k * 10),
                                              f"Cập nhật lần {k + 1}"))
    return PlanData(year=year, title=f"Kế hoạch năm {year}",
                    organisation=OrganisationData(parent_agency="UBND TỈNH MẪU",
                                                  name="SỞ MẪU", symbol="SM", place="Tỉnh Mẫu",
                                                  signer_authority="GIÁM ĐỐC",
                                                  signer_name="Nguyễn Văn A"),
                    units=UNITS, areas=AREAS, targets=targets, tasks=tasks, results=results,
                    updates=updates)


def generate(db_target: str, years: int = 10, seed: int = 1, first_year: int = 2016) -> dict:
    rng = random.Random(seed)
    db = open_database(db_target, create=True)
    actor = Actor("bench")
    t0 = time.perf_counter()
    for year in range(first_year, first_year + years):
        apply_plan_data(db, make_plan(year, rng), actor)
    # A year of audit entries on top of those the imports wrote.
    start = datetime(first_year + years - 1, 1, 1)
    rows = [dict(at=start + timedelta(minutes=7 * i), user=f"user{i % 7}",
                 plan_year=first_year + years - 1, entity="result",
                 key=f"{i % 60 + 1}|{first_year + years - 1}-M{i % 12 + 1:02d}|001",
                 field="value", old=str(i), new=str(i + 1), reason="")
            for i in range(20000)]
    with db.session() as s:
        record_many(s, rows)
    elapsed = time.perf_counter() - t0
    db.dispose()
    return {"years": years, "seconds": round(elapsed, 2)}


def generate_big_plan(db_target: str, results: int = 100_000, year: int = 2025,
                      seed: int = 1) -> dict:
    """One plan holding ``results`` monthly results (the export budget's size):
    ten areas × twelve months × as many targets as it takes (~1.040)."""
    rng = random.Random(seed)
    per_target = 12 * (len(AREAS) - 1)
    n_targets = int(results / per_target * 1.25) + 2  # breakdown parents carry none
    plan = make_plan(year, rng, n_targets=n_targets, n_results=results)
    if len(plan.results) != results:
        raise RuntimeError(f"only {len(plan.results)} results generated")
    db = open_database(db_target, create=True)
    t0 = time.perf_counter()
    apply_plan_data(db, plan, Actor("bench"))
    elapsed = time.perf_counter() - t0
    db.dispose()
    return {"targets": len(plan.targets), "results": results, "seconds": round(elapsed, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big-plan", type=int, metavar="N",
                    help="instead: one 2025 plan with N monthly results")
    a = ap.parse_args()
    if a.big_plan:
        print(generate_big_plan(a.db, a.big_plan, seed=a.seed))
    else:
        print(generate(a.db, a.years, a.seed))


if __name__ == "__main__":
    main()
