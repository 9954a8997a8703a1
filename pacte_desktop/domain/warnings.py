"""What a record holds that looks wrong but is kept: warnings, not refusals.

A warning names a field and a reason in the user's language, like an error, but the record is
written all the same: the user may know better (a locality the postcode list does not know).
The command line prints them on standard error and exits 0; a form shows them beside the field.

- An employer's postcode and commune (French or Dutch) that do not go together by the shipped
  list of Belgian postcodes (:mod:`.postcodes`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from pacte_desktop.domain import messages, postcodes


@dataclass(frozen=True)
class FieldWarning:
    """One field's warning: ``message()`` is the sentence in the current language."""

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return messages.render(self.code, self.field, self.params, lang)


def address_warnings(values: Mapping[str, object]) -> list[FieldWarning]:
    """Warnings about the address in ``values`` (an employer's fields, stored form)."""
    found: list[FieldWarning] = []
    postcode = values.get("postcode")
    for name in ("commune", "commune_nl"):
        commune = values.get(name)
        if not isinstance(postcode, str) or not isinstance(commune, str):
            continue
        expected = postcodes.mismatch(postcode, commune)
        if expected is not None:
            found.append(
                FieldWarning(
                    name,
                    "postcode_commune",
                    {"postcode": postcode, "value": commune, "expected": " / ".join(expected)},
                )
            )
    return found


def record_warnings(record: object) -> list[FieldWarning]:
    """Warnings about a record as it is stored (none for records without an address)."""
    if getattr(type(record), "TABLE", None) != "employer":
        return []
    return address_warnings(
        {name: getattr(record, name, None) for name in ("postcode", "commune", "commune_nl")}
    )
