"""Passwords (salted scrypt hashes) and tokens (random, stored only as their SHA-256 digest)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# scrypt at N=2^14, r=8, p=1: the usual interactive-login cost (about 16 MB and 50 ms).
_N, _R, _P = 2**14, 8, 1
_MAXMEM = 64 * 1024 * 1024


def hash_password(password: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex) of `password` with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether `password` matches `stored` (compared in constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = _scrypt(password, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(computed.hex(), digest)


#: Checked against when the login is unknown, so that an unknown login costs as much as a known one
#: and timing does not tell which logins exist.
DUMMY_HASH = "scrypt$16384$8$1$00000000000000000000000000000000$" + "00" * 32


def new_token() -> str:
    """A new token: 48 random bytes (384 bits), 64 URL-safe characters."""
    return secrets.token_urlsafe(48)


def token_digest(token: str) -> str:
    """What the database keeps of a token: a stolen database file gives no usable token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8", "surrogatepass"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32
    )
