"""`{% rendition %}` gives what `{% image … as x %}` gives, without writing the rendition cache
when the rendition was already there (pages/core/images.py)."""

from unittest import mock

import pytest
from django.template import Context, Template

from pages.core.images import rendition_of
from tests import factories

pytestmark = pytest.mark.django_db

SPEC = "fill-1200x675"


def render(source, **context):
    return Template("{% load wagtailimages_tags glokal_images %}" + source).render(Context(context))


def test_the_rendition_is_the_one_image_gives():
    image = factories.make_image("Hero", width=1600, height=900)
    show = "{{ r.url }} {{ r.width }}x{{ r.height }} {{ r.alt }}"
    ours = render('{% rendition image "' + SPEC + '" as r %}' + show, image=image)
    wagtails = render("{% image image " + SPEC + " as r %}" + show, image=image)
    assert ours == wagtails
    assert "1200x675" in ours


def test_no_image_renders_nothing():
    assert render('{% rendition image "' + SPEC + '" as r %}[{{ r.url }}]', image=None) == "[]"


def test_a_rendition_found_in_the_cache_is_not_written_back():
    image = factories.make_image("Hero", width=1600, height=900)
    image.get_rendition(SPEC)  # created and cached, as after the first page view
    fresh = type(image).objects.get(pk=image.pk)  # no prefetched renditions
    backend = type(image).get_rendition_model().cache_backend
    with (
        mock.patch.object(backend, "set") as single,
        mock.patch.object(backend, "set_many") as many,
    ):
        rendition = rendition_of(fresh, SPEC)
    assert (rendition.width, rendition.height) == (1200, 675)
    single.assert_not_called()
    many.assert_not_called()


def test_a_missing_source_file_gives_the_not_found_rendition():
    image = factories.make_image("Hero", width=1600, height=900)
    image.file.storage.delete(image.file.name)
    rendition = rendition_of(type(image).objects.get(pk=image.pk), "fill-300x200")
    assert rendition.file.name == "not-found"
