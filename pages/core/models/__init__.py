"""The models every feature shares: the base page, taxonomies, contact persons, images, link
rows, and the home and standard pages."""
