"""Pagination that never fails on what visitors type into the URL."""

from django.core.paginator import Paginator


def page_number(raw, num_pages):
    """A page number from the query string: junk or < 1 means the first page, too large the last."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


def paginate(items, per_page, raw_page):
    """(paginator, page) for `?page=raw_page`, always a valid page."""
    paginator = Paginator(items, per_page)
    return paginator, paginator.page(page_number(raw_page, paginator.num_pages))


def query_without_page(request):
    """The current query string minus `page`: what filter and pagination links carry on."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
