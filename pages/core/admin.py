"""Admin screens for the shared snippets (taxonomies, contact persons), under one menu item.

Every view of these viewsets asks the model's permission policy about its object
(`InstanceCheckedViewSet`, pages/core/admin_permissions.py); the translatable models' policy,
with the translators' locale rule, is registered by pages/translation/permissions.py.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from pages.core.admin_permissions import InstanceCheckedViewSet
from pages.core.models.contacts import ContactPerson
from pages.core.models.taxonomy import Region, Sector, Topic


class TaxonomyViewSet(InstanceCheckedViewSet):
    """What every taxonomy's admin listing shows; subclasses add their own columns."""

    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    list_export = ["name", "slug", "locale"]


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "tag"


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "cogs"


class RegionViewSet(TaxonomyViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "country", "nuts_code", "locale"]
    list_filter = ["locale", "country"]
    list_export = ["name", "slug", "country", "nuts_code", "locale"]


class ContactPersonViewSet(InstanceCheckedViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["full_name", "department", "phone", "email", "locale"]
    list_filter = ["locale"]
    search_fields = ["first_name", "last_name", "department"]
    list_export = ["first_name", "last_name", "role", "department", "phone", "email", "locale"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (TopicViewSet, SectorViewSet, RegionViewSet)


register_snippet(TaxonomyGroup)
register_snippet(ContactPersonViewSet)
