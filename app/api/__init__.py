"""The Cliqphone API client (httpx only; no Qt here).

```python
from app.api import CliqphoneClient, NumberChanges

async with CliqphoneClient("https://api.cliqphone.com") as client:
    await client.login("test0123", "test0123")
    numbers = await client.numbers(code="fr_01", etat=True)
    await client.edit_number(numbers[0].id, NumberChanges(num_renvoi="33612345678", etat=False))
```

Models (``Zone``, ``Number``, ``Media``, ``Session``) are frozen dataclasses named after the API in
snake_case. ``NumberChanges`` holds the fields an add/edit sets (omitted = unchanged, ``None`` =
clear). Every failure is an ``ApiError``; the hierarchy is drawn in ``app.api._errors``.
"""

from ._changes import UNSET, NumberChanges, Unset
from ._client import CliqphoneClient
from ._errors import (
    ApiError,
    AuthError,
    BadAnswerError,
    BadCredentialsError,
    ConnectError,
    InactiveAccountError,
    InvalidTokenError,
    NoMatchError,
    NotFoundError,
    RequestTimeout,
    ServerError,
    TokenError,
    TokenExpiredError,
    TransportError,
    ValidationError,
    error_from_answer,
)
from ._models import Media, Number, Session, Zone
from ._validation import DAYS, FIELDS, FieldRule, validate_field

__all__ = [
    "DAYS",
    "FIELDS",
    "UNSET",
    "ApiError",
    "AuthError",
    "BadAnswerError",
    "BadCredentialsError",
    "CliqphoneClient",
    "ConnectError",
    "FieldRule",
    "InactiveAccountError",
    "InvalidTokenError",
    "Media",
    "NoMatchError",
    "NotFoundError",
    "Number",
    "NumberChanges",
    "RequestTimeout",
    "ServerError",
    "Session",
    "TokenError",
    "TokenExpiredError",
    "TransportError",
    "Unset",
    "ValidationError",
    "Zone",
    "error_from_answer",
    "validate_field",
]
