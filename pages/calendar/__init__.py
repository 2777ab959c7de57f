"""The event calendar: calendar and event pages, filters, month view, archive, iCalendar and
JSON feeds, the home page's next events. Imports only `pages.core`."""
