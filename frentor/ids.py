"""Stable ids for new rows: uuid4 text, so exports re-import without duplicates."""

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
