"""Reading what the network pass kept: partners' records, and which partners know an employer.

Read-only. A partner's record is read only from an organisation this workstation reads (an
admitted one), never from a pending or removed one; a withdrawn or archived record is left out
unless asked for. Two organisations may publish one id: each record is its own.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa

from pacte_desktop.store.database import Store
from pacte_desktop.sync import membership
from pacte_desktop.sync.network_ops import KNOWLEDGE, WITHDRAWN


def network_records(
    store: Store, table: str = "employer", *, include_withdrawn: bool = False
) -> list[dict[str, Any]]:
    """Partner records of ``table``, read-only, each with its organisation's id and name: the
    records of organisations this workstation reads (admitted ones), never of pending or
    removed ones. Two organisations may publish one id: each record is its own."""
    out = []
    with store.reading() as conn:
        names = {org: name for org, (name, _) in membership.readable(store, conn).items()}
        knowledge = {
            (org_id, row_id): json.loads(data)
            for org_id, row_id, data in conn.execute(
                sa.text("SELECT org_id, row_id, data FROM network_record WHERE table_name = :t"),
                {"t": KNOWLEDGE},
            )
        }
        for row_id, org_id, data in conn.execute(
            sa.text(
                "SELECT row_id, org_id, data FROM network_record WHERE table_name = :t "
                "ORDER BY org_id, row_id"
            ),
            {"t": table},
        ):
            if org_id not in names:
                continue
            values = json.loads(data)
            if values.get(WITHDRAWN) and not include_withdrawn:
                continue
            if values.get("archived_at") and not include_withdrawn:
                continue
            record = {"id": row_id, **{k: v for k, v in values.items() if k != WITHDRAWN}}
            record["organisation_id"] = org_id
            record["organisation"] = names[org_id]
            known = knowledge.get((org_id, row_id))
            if known and not known.get(WITHDRAWN):
                record["latest_contact"] = known.get("latest_contact")
            out.append(record)
    return sorted(out, key=lambda r: (str(r.get("name", "")).casefold(), r["id"]))


def partners_knowing(store: Store, employer_id: str) -> list[dict[str, Any]]:
    """Which partner organisations know this employer: same BCE number, else same name and
    postcode, among their shared records; with their latest contact date when published."""
    with store.reading() as conn:
        row = conn.execute(
            sa.text("SELECT name, bce_number, postcode FROM employer WHERE id = :id"),
            {"id": employer_id},
        ).first()
    if row is None:
        return []
    name, bce_number, postcode = row
    found = []
    for record in network_records(store):
        same_bce = bce_number and record.get("bce_number") == bce_number
        same_name = (
            str(record.get("name", "")).casefold() == str(name).casefold()
            and record.get("postcode") == postcode
        )
        if same_bce or same_name:
            found.append(
                {
                    "organisation": record["organisation"],
                    "organisation_id": record["organisation_id"],
                    "employer_id": record["id"],
                    "latest_contact": record.get("latest_contact"),
                }
            )
    return found
