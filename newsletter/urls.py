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
    path("newsletter/export/<str:token>/", views.export, name="export"),
    path("newsletter/erase/<str:token>/", views.erase, name="erase"),
    path("newsletter/erased/", views.erased, name="erased"),
]
