"""Credentials for remote stores: HTTP basic, HTTP digest (as the server's challenge asks) or a bearer token.

Secrets are read from the environment at the edge (:meth:`Auth.from_env`), never logged, and masked by ``repr``.

>>> Auth(user="admin", password="s3cret")
Auth(user='admin', password='***', token=None)
"""

from __future__ import annotations

import base64
import contextlib
import os
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

__all__ = ["Auth", "split_userinfo"]


@dataclass(frozen=True)
class Auth:
    """Credentials for a store: HTTP basic (user and password) or a bearer token (the token wins).

    >>> Auth(user="admin", password="s3cret")
    Auth(user='admin', password='***', token=None)
    """

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        user: str | None = None,
        password_env: str = "IPKG_STORE_PASSWORD",
        token_env: str = "IPKG_STORE_TOKEN",
    ) -> Auth | None:
        """Credentials from ``IPKG_STORE_USER`` / ``password_env`` / ``token_env``; ``None`` when none are set."""
        env = os.environ if environ is None else environ
        auth = cls(
            user or env.get("IPKG_STORE_USER") or None, env.get(password_env) or None, env.get(token_env) or None
        )
        if auth.user and not auth.password and not auth.token:  # never send an empty password silently
            raise ValueError(
                f"user {auth.user!r} has no password: put it in the environment variable {password_env} "
                "(--password-env names another), or a bearer token in " + token_env
            )
        return auth if (auth.user or auth.token) else None

    def header(self) -> dict[str, str]:
        """A preemptive ``Authorization`` header: bearer token or HTTP basic (empty without credentials)."""
        if self.token:
            return {"Authorization": f"Bearer {self.token}"}
        if self.user is not None:
            pair = f"{self.user}:{self.password or ''}".encode()
            return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
        return {}

    def httpx_auth(self) -> Any:
        """An ``httpx.Auth``: bearer token sent always; user and password as the server's challenge asks
        (``Basic`` or ``Digest``, as Virtuoso's ``/sparql-graph-crud-auth`` wants), so a password is never sent
        in the clear to a server that asked for Digest."""
        if self.token:
            return _Preemptive(self.header())
        if self.user is not None:
            return _Challenged(self)
        return None

    def __repr__(self) -> str:
        masked = "'***'" if self.password else "None"
        token = "'***'" if self.token else "None"
        return f"Auth(user={self.user!r}, password={masked}, token={token})"


def split_userinfo(url: str) -> tuple[str, Auth | None]:
    """``url`` without ``user:password@``, and those credentials (so no message or log can show them).

    >>> split_userinfo("http://admin:s%40cret@localhost:8890/sparql-graph-crud-auth")
    ('http://localhost:8890/sparql-graph-crud-auth', Auth(user='admin', password='***', token=None))
    >>> split_userinfo("http://localhost:7878/store")
    ('http://localhost:7878/store', None)
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, host = parts.netloc.rsplit("@", 1)
    user, _, password = userinfo.partition(":")
    stripped = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    return stripped, Auth(unquote(user) or None, unquote(password) or None)


def _auth_base() -> type:
    import httpx

    return httpx.Auth


class _Preemptive(_auth_base()):  # type: ignore[misc]
    """Sends fixed headers (a bearer token) with every request."""

    def __init__(self, headers: dict[str, str]) -> None:
        self._headers = headers

    def auth_flow(self, request: Any) -> Generator[Any, Any, None]:
        request.headers.update(self._headers)
        yield request


class _Challenged(_auth_base()):  # type: ignore[misc]
    """User and password sent the way the server's first ``401`` challenge asks: Basic, or Digest."""

    def __init__(self, auth: Auth) -> None:
        import httpx

        self._basic = auth.header()
        self._digest = httpx.DigestAuth(auth.user or "", auth.password or "")
        self._scheme: str | None = None

    def auth_flow(self, request: Any) -> Generator[Any, Any, None]:
        if self._scheme == "basic":
            request.headers.update(self._basic)
            yield request
            return
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        response = yield request  # first contact: learn the scheme from the challenge
        challenges = " ".join(response.headers.get_list("www-authenticate")).lower()
        if response.status_code != 401:
            return
        if "digest" in challenges:
            self._scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)
            authed = flow.send(response)
            response = yield authed
            with contextlib.suppress(StopIteration):
                flow.send(response)
        elif "basic" in challenges:
            self._scheme = "basic"
            request.headers.update(self._basic)
            yield request
