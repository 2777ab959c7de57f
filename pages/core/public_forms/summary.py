"""The error summary above a public form: every error, each linked to its field, so a screen
reader user hears them all at once and can jump to each field."""


class ErrorSummaryMixin:
    """`error_summary()`: (anchor, label, message) for every error, the form's own errors
    first, then the fields in their order; `fields_to_fill`: the visible fields except the
    honeypot, which is never shown or listed.

    `summary_labels` gives a field a shorter label in the summary (a consent field's label is
    a whole paragraph)."""

    summary_labels = {}

    @property
    def fields_to_fill(self):
        honeypot = getattr(self, "honeypot_name", None)
        return [field for field in self.visible_fields() if field.name != honeypot]

    def error_summary(self):
        entries = [("", "", message) for message in self.non_field_errors()]
        for field in self.fields_to_fill:
            label = self.summary_labels.get(field.name, field.label)
            entries.extend((field.auto_id, label, message) for message in field.errors)
        return entries
