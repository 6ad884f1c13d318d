"""Helper process of test_crash_safety.py: many small committed transactions
through the real service (apply_plan_data), with a big import-like one every
fifth time, printing ``begin K`` before and ``ok K`` right after each commit.

Usage: python crash_worker.py DB_PATH FIRST_ID

Small transaction K: three results of plan 2021 (level targets T000…T199, 20
periods each) at cells 3K, 3K+1, 3K+2, each with the note ``txK``.
Big transaction K (K % 5 == 4): a whole new plan of year 1900 + K // 5 titled
``txK`` with BIG_TARGETS targets, BIG_TASKS tasks and 2 results per target.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cbdesk.core.plandata import PlanData, ResultData, TargetData, TaskData  # noqa: E402

# Months only: for a level target, periods ending the same day hold one figure
# (SPEC §3.5), so H1 after June would replace June's row; months never share an end.
PERIODS = [f"2021-M{m:02d}" for m in range(1, 13)]
TARGETS = 200
SMALL_ROWS = 3
BIG_TARGETS = 30
BIG_TASKS = 30


def base_plan() -> PlanData:
    return PlanData(year=2021, title="Kiểm thử mất điện", targets=[
        TargetData(code=f"T{i:03d}", name=f"Chỉ tiêu {i}", unit="%", kind="level", target=50.0)
        for i in range(TARGETS)])


def is_big(k: int) -> bool:
    return k % 5 == 4


def big_year(k: int) -> int:
    return 1900 + k // 5


def small_cells(k: int) -> list[tuple[str, str]]:
    cells = []
    for j in range(SMALL_ROWS):
        c = SMALL_ROWS * k + j
        cells.append((f"T{c // len(PERIODS):03d}", PERIODS[c % len(PERIODS)]))
    return cells


def small(k: int) -> PlanData:
    data = PlanData(year=2021, title="Kiểm thử mất điện")
    data.results = [ResultData(t, p, None, float(k % 100), note=f"tx{k}")
                    for t, p in small_cells(k)]
    return data


def big(k: int) -> PlanData:
    y = big_year(k)
    return PlanData(
        year=y, title=f"tx{k}",
        targets=[TargetData(code=f"B{i:02d}", name=f"Chỉ tiêu lớn {i}", unit="người",
                            target=1000.0 + i) for i in range(BIG_TARGETS)],
        tasks=[TaskData(code=f"II.{i + 1}", title=f"Nhiệm vụ {i} " + "nội dung " * 20)
               for i in range(BIG_TASKS)],
        results=[ResultData(f"B{i:02d}", f"{y}-M{m:02d}", None, float(i * 10 + m))
                 for i in range(BIG_TARGETS) for m in (1, 2)],
    )


def main() -> int:
    from cbdesk.services.actors import system_actor
    from cbdesk.services.database import open_database
    from cbdesk.services.plan_apply import apply_plan_data

    db = open_database(sys.argv[1])
    k = int(sys.argv[2])
    actor = system_actor()
    print("ready", flush=True)
    while SMALL_ROWS * (k + 1) <= TARGETS * len(PERIODS) and big_year(k) <= 2200:
        print(f"begin {k}", flush=True)
        apply_plan_data(db, big(k) if is_big(k) else small(k), actor)
        print(f"ok {k}", flush=True)
        k += 1
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
