"""The network tool: cooperation offers and requests, matching, the company form, inquiries,
their admin and their scheduled tasks. Imports only `pages.core`."""
