"""The shared page cache for anonymous visitors, with exact purge by dependency.

middleware (serve and store), keys (what identifies a response), recording (what a render
used), store (entries and the tag index), purge (what a change drops), signals (which changes),
frontend (the proxy or CDN in front), stats (figures for the dashboard). See docs/caching.md.
"""
