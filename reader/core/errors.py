"""Errors the core raises for bad input: each carries a message meant for the user."""


class ParleyError(Exception):
    """Base for every error whose message can be shown to the user as it is."""


class ArticleError(ParleyError):
    """An article file that cannot be opened or read as text."""


class CodebookError(ParleyError):
    """A codebook file that is missing, malformed or invalid; lists every problem found."""

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = problems or []
        if self.problems:
            message = message + "\n" + "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(message)


class ExportError(ParleyError):
    """An export that cannot be built or written (unknown theme, unwritable folder, disk full)."""
