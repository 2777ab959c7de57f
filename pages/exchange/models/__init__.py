"""The exchange's models: offers (with their index page) and inquiries."""
