"""Inputs that take what people type: one module per kind of field.

The form (:class:`pacte_desktop.ui.forms.FieldEditor`) picks one of these for a field and reads
back the value in the form the records already store; none of them writes anything itself.

- :mod:`.phone`: a phone number laid out as people write it when the field is left.
- :mod:`.nace`: a NACE-BEL code found by its code or by words of its label.
- :mod:`.legal_form`: the legal form as a choice, a free text still accepted and kept.
- :mod:`.tags`: tags as chips, completed from the tags already in use.
- :mod:`.choices`: several choices (languages, what an employer accepts) as check boxes.
- :mod:`.communes`: the postcode filling the commune in French and Dutch.
"""
