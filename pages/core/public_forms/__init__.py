"""What every public form (offer submission, inquiry, newsletter sign-up) shares, one module
per concern:

- `text`: plain-text and one-line validation and tidying, `PlainTextField`;
- `stamps`: the signed form stamp (too fast, too old, forged, clock skew), `StampedFormMixin`;
- `honeypot`: the field people never see, `HoneypotMixin`;
- `summary`: the entries of the error summary above a form, `ErrorSummaryMixin`;
- `client` and `ratelimit`: who is asking, and how often they may;
- `responses`: See Other after a successful POST;
- `mail`: transactional mail rendered in one language, with absolute admin links.

Features build their forms and views on these; nothing here knows a feature.
"""
