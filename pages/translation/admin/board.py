"""Admin wiring of the translation status board and the agencies' PO exchange: URLs under
/admin/translation-board/ and a "Translations" menu item.

Loaded by one line in pages/wagtail_hooks.py:
    from . import translation_board_hooks  # noqa: F401  (translation status board, PO files)
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.translation import po_exchange, status_board

urlpatterns = [
    path("", status_board.StatusBoardView.as_view(), name="board"),
    path("export.csv", status_board.board_csv, name="board_csv"),
    path("po/download/", po_exchange.download, name="po_download"),
    path("po/upload/", po_exchange.upload, name="po_upload"),
]


@hooks.register("register_admin_urls")
def register_translation_board_urls():
    # Wagtail wraps admin URLs in its admin-access check: only users who may use the admin get
    # here; what each may download or upload is checked per translation.
    return [path("translation-board/", include((urlpatterns, "glokal_translation_board")))]


@hooks.register("register_admin_menu_item")
def register_translation_board_menu_item():
    return MenuItem(
        _("Translations"),
        reverse("glokal_translation_board:board"),
        name="translations",
        icon_name="globe",
        order=250,
    )
