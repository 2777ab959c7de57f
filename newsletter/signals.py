"""Signal receivers of the newsletter, connected when the app is ready.

ESP tracking events: `webhooks.handle_tracking_event` on `anymail.signals.tracking`
(connected by its @receiver when the module is imported here).
"""

from . import webhooks  # noqa: F401
