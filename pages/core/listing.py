"""The steps every filtered listing page takes (press room, exchange, calendar, stories): bind
the filter form to the query string, narrow the items by it, paginate, and hand the template
what the filter form include and the pagination include read.

A filter value that names nothing (an unknown topic, a year without entries) is the visitor's
error: the listing is then empty, the form shows the message beside the field, and the page
answers 400 (`listing_response`).
"""

from django.template.response import TemplateResponse

from pages.core.pagination import paginate, query_without_page


def filtered_listing(request, form_class, choices, items, *, narrow, per_page):
    """The context of a listing of `items` filtered by `form_class`, bound to the query string
    with the keyword arguments `choices` (the filter choices of the page).

    `narrow(items, form)` applies a valid form's filters (and the listing's order); an invalid
    form lists nothing. Keys: filter_form, paginator, page_obj (the items of the page) and
    filter_query (the query string without `page`, which filter and pagination links keep).
    """
    form = form_class(request.GET, **choices)
    items = narrow(items, form) if form.is_valid() else items.none()
    paginator, page_obj = paginate(items, per_page, request.GET.get("page"))
    return {
        "filter_form": form,
        "paginator": paginator,
        "page_obj": page_obj,
        "filter_query": query_without_page(request),
    }


def listing_response(page, request, context):
    """The listing page rendered with `context`: 400 when its filter form has errors."""
    status = 400 if context["filter_form"].errors else 200
    return TemplateResponse(request, page.get_template(request), context, status=status)
