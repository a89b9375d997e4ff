"""Exports of an annotated article: Markdown, HTML, JSON, CSV and REFI-QDA (.qdpx, .qdc)."""
