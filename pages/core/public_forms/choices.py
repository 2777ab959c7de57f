"""Choice fields that name database rows by id, safe against ids the database cannot hold.

Django's model choice fields pass the submitted id to the database, which catches values that
are not numbers but not numbers too large for it: SQLite's driver raises OverflowError for
`pk IN (99999999999999999999)`, a 500 where an unknown choice is a form error. These fields
answer such an id like any id that names no row, with the field's own "invalid choice" message.
"""

from django import forms
from django.core.exceptions import ValidationError

# BigAutoField, the project's DEFAULT_AUTO_FIELD: the widest id any table holds.
SMALLEST_ID, LARGEST_ID = -(2**63), 2**63 - 1


def fits_an_id(value) -> bool:
    """False for a whole number outside the database's id range; True otherwise (anything
    else is left to Django's own checks)."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return True
    return SMALLEST_ID <= number <= LARGEST_ID


class RowChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if self.to_field_name is None and value not in self.empty_values and not fits_an_id(value):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)


class RowsChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        values = value if isinstance(value, list | tuple) else [value]
        if self.to_field_name is None:
            for pk in values:
                if not fits_an_id(pk):
                    raise ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": pk},
                    )
        return super()._check_values(value)
