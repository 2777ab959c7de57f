"""The content core's plain Django URLs, inside the language prefix (config/urls.py)."""

from django.urls import path

from pages.core import views

urlpatterns = [
    path("contacts/<int:pk>.vcf", views.contact_vcard_view, name="contact-vcard"),
]
