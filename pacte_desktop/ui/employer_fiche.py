"""How the employer record's fiche is laid out: its fields in titled groups, in two columns.

The rule: every field a user edits is on the fiche, once (the NACE version follows from the
code); the groups read as a caseworker thinks of an employer — who they are and how to reach
them on the left, where they are and what partners may see on the right — and short fields
share a row, so that the whole fiche fits a 1366×768 laptop at 100 % and at 150 % without
scrolling, in every language (tests/ui/test_employer_page.py measures it).
"""

from __future__ import annotations

from pacte_desktop.domain.entities import Employer, editable_fields
from pacte_desktop.ui.forms import FieldGroup

# Every field a user edits, in the entity's order; the NACE version follows from the code.
FICHE_FIELDS = tuple(f for f in editable_fields(Employer) if f != "nace_version")
# The fiche's groups: who the employer is and how to reach them on the left, where they are
# and what partners may see on the right; short fields share a row.
FICHE_GROUPS = (
    FieldGroup(
        "identity",
        (
            ("name", "name_nl"),
            ("legal_form", "bce_number"),
            ("nace_code", "size_band"),
            ("status", "owner_id"),
        ),
        weights={"name": 3, "name_nl": 2, "legal_form": 3, "bce_number": 2},
    ),
    FieldGroup("contact", (("phone", "email"), ("website",), ("languages",))),
    FieldGroup(
        "address",
        (("street", "number", "box"), ("street_nl",), ("postcode", "commune"), ("commune_nl",)),
        column=1,
        weights={"street": 4, "commune": 3},
    ),
    FieldGroup(
        "sharing",
        (("accepts",), ("tags", "do_not_share"), ("notes",)),
        column=1,
        weights={"tags": 3},
    ),
)
# The notes' height on the fiche, in lines (longer notes scroll in their box).
NOTES_LINES = 2
