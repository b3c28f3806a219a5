"""ASGI middleware of the application: security headers on every response, and CORS (any origin may read the
data pages, the SPARQL endpoint, the downloads and VoID; preflight ``OPTIONS`` requests are answered here)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["Headers", "SECURITY_HEADERS", "CORS_HEADERS"]

#: headers that stop browsers from sniffing types or running scripts
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy", b"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'"),
    (b"referrer-policy", b"no-referrer"),
]
#: CORS headers of every answer: the data is public and read-only
CORS_HEADERS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"Content-Location, Link, X-Ipkg-Truncated, Retry-After"),
]
_PREFLIGHT = [
    (b"access-control-allow-methods", b"GET, HEAD, POST, OPTIONS"),
    (b"access-control-allow-headers", b"Accept, Content-Type"),
    (b"access-control-max-age", b"86400"),
    (b"content-length", b"0"),
]


class Headers:
    """Adds :data:`SECURITY_HEADERS` and :data:`CORS_HEADERS`; answers CORS preflight requests with 204."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if scope["method"] == "OPTIONS" and b"access-control-request-method" in headers:
            await send({"type": "http.response.start", "status": 204,
                        "headers": SECURITY_HEADERS + CORS_HEADERS + _PREFLIGHT})
            await send({"type": "http.response.body", "body": b""})
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS + CORS_HEADERS
            await send(message)

        await self.app(scope, receive, wrapped)
