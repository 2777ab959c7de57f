"""What every public form (offer submission, inquiry, newsletter sign-up) shares: text
validation, the signed form stamp, the honeypot, rate limits, See-Other answers and the
transactional mail."""
