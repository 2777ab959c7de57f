"""The content core in the headless API: what the pages endpoint knows of each page type, and
the calendar endpoint. The router is in config/api.py."""
