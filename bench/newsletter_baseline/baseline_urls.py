"""django-newsletter's URLs: its messages link to the unsubscribe page by reversing them."""

from django.urls import include, path

urlpatterns = [path("newsletter/", include("newsletter.urls"))]
