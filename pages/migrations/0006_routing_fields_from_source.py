"""Translations take their routing fields from the source-language record (issue 12, finding 1).

Before the rule in pages/core/routing_fields.py, a translator could override a contact
person's e-mail address; a row changed that way would keep showing the wrong address on the
contact card, the vCard and in the API until either record is saved again. This puts every
translation's address and phone number back to its source record's, once. Offer pages keep
theirs in revisions as well and are reset on their next save; their company fields were never
overridable.
"""

from django.conf import settings
from django.db import migrations

ROUTING_FIELDS = ("email", "phone")


def reset_contact_translations(apps, schema_editor):
    ContactPerson = apps.get_model("pages", "ContactPerson")
    source_code = settings.LANGUAGE_CODE
    sources = ContactPerson.objects.filter(locale__language_code=source_code)
    for source in sources.iterator():
        ContactPerson.objects.filter(translation_key=source.translation_key).exclude(
            pk=source.pk
        ).update(**{name: getattr(source, name) for name in ROUTING_FIELDS})


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0005_network_tool"),
    ]

    operations = [
        migrations.RunPython(reset_contact_translations, migrations.RunPython.noop, elidable=True),
    ]
