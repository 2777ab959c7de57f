"""Public newsletter URLs, inside i18n_patterns (config/urls.py): /<lang>/newsletter/…"""

from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("newsletter/", views.signup, name="signup"),
    path("newsletter/check-your-inbox/", views.sent, name="sent"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/preferences/<str:token>/", views.preferences, name="preferences"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("newsletter/revoke/<str:token>/", views.revoke_links, name="revoke_links"),
    path("newsletter/links-revoked/", views.links_revoked, name="links_revoked"),
    path("newsletter/data/<str:token>/", views.data_rights, name="data_rights"),
    path("newsletter/data-link-sent/", views.data_link_sent, name="data_link_sent"),
    path("newsletter/export/<str:token>/", views.export, name="export"),
    path("newsletter/erase/<str:token>/", views.erase, name="erase"),
    path("newsletter/erased/", views.erased, name="erased"),
]
