"""Install the sample plan (SPEC §2)."""

from __future__ import annotations

from cbdesk.db.engine import Database
from cbdesk.db.sample import sample_plan
from cbdesk.services.actors import Actor, system_actor
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.plans import plan_exists


def install_sample_plan(db: Database, actor: Actor | None = None) -> bool:
    """Add the 2021 sample plan unless a 2021 plan exists; True when added."""
    if plan_exists(db, 2021):
        return False
    apply_plan_data(db, sample_plan(), actor or system_actor())
    return True
