"""Success stories: the story index with its filters and the story pages. Imports only
`pages.core`."""
