"""One exception hierarchy. Every message names the input and says how to fix it."""

from __future__ import annotations


class ClaimLedgerError(Exception):
    """Base class: ``code`` is stable and machine-readable, ``str()`` is one line for people,
    ``status`` is the HTTP status the web API answers it with."""

    code = "error"
    status = 500

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status

    def __str__(self) -> str:
        return " ".join(str(self.args[0]).split()) if self.args else self.code


class InputError(ClaimLedgerError):
    """A file or record the user gave cannot be read as an article."""

    code = "bad_input"
    status = 400


class ModelError(ClaimLedgerError):
    """No usable language pipeline is installed."""

    code = "no_model"


class StoreError(ClaimLedgerError):
    """The database cannot be opened, migrated or written."""

    code = "store"


class ReferenceError_(ClaimLedgerError):
    """A reference series file cannot be imported."""

    code = "bad_reference"


class Forbidden(ClaimLedgerError):
    """A write to a read-only server, or with a wrong token."""

    code = "forbidden"
    status = 403


class NotFound(ClaimLedgerError):
    """An article, claim or series asked for by id does not exist."""

    code = "not_found"
    status = 404


QUOTE_CHARS = 200


def quote(value: object, limit: int = QUOTE_CHARS) -> str:
    """``value`` for a message: its repr cut to ``limit`` characters, with its full length.

    Messages name the offending value without echoing a 5 MB field (or a NUL byte, or a
    lone surrogate: ``repr`` escapes them) into a log line.
    """
    if isinstance(value, str):
        s = value
    else:
        try:
            s = repr(value)
        except Exception:  # e.g. an int of over 4,300 digits has no repr
            return f"<{type(value).__name__}>"
    if len(s) <= limit:
        return repr(s) if isinstance(value, str) else s
    head = repr(s[:limit]) if isinstance(value, str) else s[:limit]
    return f"{head}… ({len(s):,} characters)"
