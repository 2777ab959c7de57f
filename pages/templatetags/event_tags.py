"""Dates and times of events, written the way the active language writes them."""

from django import template
from django.utils.formats import date_format, time_format
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def date_span(date):
    """<time> elements for one event date: a day, a span of days, or times on one or more days."""
    start, end = date.local_start, date.local_end
    if date.all_day:
        if start.date() == end.date():
            return format_html(
                '<time datetime="{}">{}</time>', start.date().isoformat(), date_format(start.date())
            )
        return format_html(
            '<time datetime="{}">{}</time> – <time datetime="{}">{}</time>',
            start.date().isoformat(),
            date_format(start.date()),
            end.date().isoformat(),
            date_format(end.date()),
        )
    if start.date() == end.date():
        return format_html(
            '<time datetime="{}">{}, {}</time>–<time datetime="{}">{}</time>',
            start.isoformat(),
            date_format(start.date()),
            time_format(start.time()),
            end.isoformat(),
            time_format(end.time()),
        )
    return format_html(
        '<time datetime="{}">{}, {}</time> – <time datetime="{}">{}, {}</time>',
        start.isoformat(),
        date_format(start.date()),
        time_format(start.time()),
        end.isoformat(),
        date_format(end.date()),
        time_format(end.time()),
    )


@register.simple_tag
def month_heading(month):
    return date_format(month, "YEAR_MONTH_FORMAT")
