"""What every feature of the content core uses: the base page, shared models and snippets,
routing, restrictions, caching, languages, SEO, security headers, public forms, admin helpers.
Imports no feature."""
