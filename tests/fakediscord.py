"""A local stand-in for Discord: REST API and gateway websocket on 127.0.0.1.

The bot logs in and connects exactly as in production (discord.py's own HTTP client, gateway,
parsing, command tree, checks, cooldowns, transformers and views all run); only the host is
ours. Every request is recorded so tests can assert the JSON the bot sent back. Reused by the
benchmark and the reliability tests, so it knows nothing about this bot's commands.

Use::

    async with FakeDiscord() as fake:
        bot = create_bot(settings)
        await fake.connect(bot)
        reply = await fake.interact(fake.slash("who", name="Austin"))
        assert reply.json["data"]["embeds"][0]["title"] == "Lloyd Austin"
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import discord
import yarl
from aiohttp import WSMsgType, web

APP_ID = 1100000000000000001
BOT_USER_ID = APP_ID
GUILD_ID = 1200000000000000001
CHANNEL_ID = 1300000000000000001
ROLE_IDS = (1600000000000000001, 1600000000000000002)  # roles the test guild has besides @everyone
USER_ID = 1400000000000000001
OTHER_USER_ID = 1400000000000000002
TIMESTAMP = "2023-01-31T09:00:00.000000+00:00"
JSON = {"Content-Type": "application/json"}  # exactly: discord.py reads anything else as text


def _user(user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
    return {
        "id": str(user_id),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


BOT_USER = _user(BOT_USER_ID, "alliance-bot", bot=True)


@dataclass
class Recorded:
    method: str
    path: str
    json: Any
    query: dict[str, str] = field(default_factory=dict)
    response: Any = None  # what the stand-in answered
    files: list[tuple[str, bytes]] = field(default_factory=list)  # attachments, (name, content)

    @property
    def message(self) -> dict[str, Any]:
        """The message a callback created (for pressing its buttons)."""
        return self.response["resource"]["message"]

    @property
    def callback_type(self) -> int | None:
        return self.json.get("type") if isinstance(self.json, dict) else None

    @property
    def data(self) -> dict[str, Any]:
        """The message part: `data` of a callback, the body of a webhook edit or followup."""
        if self.path.endswith("/callback"):
            return self.json.get("data") or {}
        return self.json or {}

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.data.get("embeds") or []

    @property
    def ephemeral(self) -> bool:
        return bool((self.data.get("flags") or 0) & 64)


class FakeDiscord:
    """REST + gateway on loopback. `faults` lets a test make routes misbehave."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.unknown: list[Recorded] = []
        self.sockets: list[web.WebSocketResponse] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self._ids = itertools.count(1500000000000000001)
        self._seq = itertools.count(1)
        self._waiters: dict[str, list[asyncio.Future[Recorded]]] = {}
        self._identified = asyncio.Event()
        # A fault sees each REST request first; returning a response (or awaiting, then returning
        # one) replaces the normal answer, returning None lets the request through.
        self.faults: list[Callable[[web.Request], Any]] = []
        self.faults_injected = 0
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.uploads: dict[int, bytes] = {}  # attachments of interactions, served as Discord's CDN would

    # --- lifecycle ------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/attachments/{id}/{name}", self._attachment)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = f"http://127.0.0.1:{self.port}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{self.port}/gateway")
        return self

    async def __aexit__(self, *exc: object) -> None:
        for ws in list(self.sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._saved

    async def connect(self, bot: discord.Client, timeout: float = 10.0) -> asyncio.Task[None]:
        """Log in (runs setup_hook) and connect to the gateway; returns the connection task."""
        await bot.login("fake-token")
        task = asyncio.create_task(bot.connect(reconnect=False))
        await asyncio.wait_for(self._identified.wait(), timeout)
        return task

    # --- gateway ----------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            if payload["op"] == 1:  # heartbeat
                await ws.send_json({"op": 11})
            elif payload["op"] == 2:  # identify
                shard = payload["d"].get("shard", [0, 1])
                await ws.send_json(
                    {
                        "op": 0,
                        "t": "READY",
                        "s": next(self._seq),
                        "d": {
                            "v": 10,
                            "user": BOT_USER,
                            "guilds": [],
                            "session_id": "fake-session",
                            "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                            "shard": shard,
                            "application": {"id": str(APP_ID), "flags": 0},
                        },
                    }
                )
                await ws.send_json({"op": 0, "t": "GUILD_CREATE", "s": next(self._seq), "d": _guild()})
                self._identified.set()
        self.sockets.remove(ws)
        return ws

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        for ws in self.sockets:
            await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def interact(self, payload: dict[str, Any], timeout: float = 5.0) -> Recorded:
        """Deliver an interaction and wait for the bot's callback to it."""
        waiter = self.wait_for(f"/interactions/{payload['id']}/{payload['token']}/callback")
        await self.dispatch("INTERACTION_CREATE", payload)
        return await asyncio.wait_for(waiter, timeout)

    def wait_for(self, path_suffix: str) -> asyncio.Future[Recorded]:
        future: asyncio.Future[Recorded] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(path_suffix, []).append(future)
        return future

    def refuse_token(self) -> None:
        """Answer login with 401, as Discord does for a wrong or reset token."""

        def refuse(request: web.Request) -> web.Response | None:
            if not request.path.endswith("/users/@me"):
                return None
            body = b'{"message": "401: Unauthorized", "code": 0}'
            return web.Response(status=401, body=body, headers=JSON)

        self.faults.append(refuse)

    def sent_to(self, path_part: str) -> list[Recorded]:
        return [r for r in self.requests if path_part in r.path]

    # --- REST -------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        for fault in list(self.faults):
            forced = fault(request)
            if inspect.isawaitable(forced):
                forced = await forced
            if forced is not None:
                self.faults_injected += 1
                return forced
        body, files = await _body(request)
        path = "/" + request.match_info["tail"]
        record = Recorded(request.method, path, body, dict(request.query), files=files)
        self.requests.append(record)
        response = self._route(request.method, path, body)
        record.response = json.loads(response.body) if response is not None and response.body else None
        for suffix, waiters in list(self._waiters.items()):
            if path.endswith(suffix):
                for waiter in waiters:
                    if not waiter.done():
                        waiter.set_result(record)
                del self._waiters[suffix]
        if response is None:
            self.unknown.append(record)
            return _json({"message": "404: Not Found", "code": 0}, status=404)
        return response

    def _route(self, method: str, path: str, body: Any) -> web.Response | None:
        if method == "GET" and path == "/users/@me":
            return _json(BOT_USER)
        if method == "GET" and path == "/oauth2/applications/@me":
            return _json(
                {
                    "id": str(APP_ID),
                    "name": "alliance-bot",
                    "icon": None,
                    "description": "",
                    "bot_public": True,
                    "bot_require_code_grant": False,
                    "verify_key": "0",
                    "owner": _user(USER_ID, "owner"),
                    "flags": 0,
                    "team": None,
                    "summary": "",
                }
            )
        if match := re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path):
            return self._callback(int(match.group(1)), body)
        if re.fullmatch(r"/webhooks/\d+/[^/]+/messages/@original", path):
            return (
                _json(self._message(body or {}, edit_of="@original"))
                if method == "PATCH"
                else _json(self.messages.get(-1, self._message({})))
            )
        if method == "POST" and re.fullmatch(r"/webhooks/\d+/[^/]+", path):
            return _json(self._message(body or {}))
        if method == "POST" and (match := re.fullmatch(r"/channels/(\d+)/messages", path)):
            return _json(self._message(body or {}, channel_id=int(match.group(1))))
        if method == "GET" and (match := re.fullmatch(r"/channels/(\d+)", path)):
            return _json(_channel(int(match.group(1)), "alerts"))
        if method == "PUT" and re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", path):
            return _json(
                [
                    {**c, "id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1"}
                    for c in body
                ]
            )
        return None

    def _callback(self, interaction_id: int, body: dict[str, Any]) -> web.Response:
        kind = body.get("type")
        answer: dict[str, Any] = {"interaction": {"id": str(interaction_id), "type": 2}}
        if kind in (4, 7):  # a message, or the update of the one the button is on
            message = self._message(body.get("data") or {})
            answer["interaction"].update(
                response_message_id=message["id"],
                response_message_loading=False,
                response_message_ephemeral=bool(message["flags"] & 64),
            )
            answer["resource"] = {"type": kind, "message": message}
        elif kind == 5:
            message = self._message({"flags": (body.get("data") or {}).get("flags", 0)})
            answer["interaction"].update(response_message_id=message["id"], response_message_loading=True)
            answer["resource"] = {"type": kind, "message": message}
        return _json(answer)

    def _message(
        self, data: dict[str, Any], channel_id: int = CHANNEL_ID, edit_of: str | None = None
    ) -> dict[str, Any]:
        message = {
            "id": str(next(self._ids)),
            "channel_id": str(channel_id),
            "author": BOT_USER,
            "content": data.get("content") or "",
            "timestamp": TIMESTAMP,
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": data.get("embeds") or [],
            "components": data.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": data.get("flags") or 0,
            "application_id": str(APP_ID),
        }
        self.messages[int(message["id"])] = message
        return message

    # --- payloads, as Discord sends them ---------------------------------------------

    def _base(
        self, kind: int, user_id: int, guild: bool, permissions: int, roles: list[int]
    ) -> dict[str, Any]:
        interaction_id = next(self._ids)
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "token": f"token-{interaction_id}",
            "version": 1,
            "attachment_size_limit": 26214400,
            "locale": "en-US",
            "entitlements": [],
            "app_permissions": "2147483647",
            "channel_id": str(CHANNEL_ID),
        }
        user = _user(user_id, f"user{user_id % 1000}")
        if guild:
            payload.update(
                guild_id=str(GUILD_ID),
                guild_locale="en-US",
                context=0,
                authorizing_integration_owners={"0": str(GUILD_ID)},
                channel=_channel(CHANNEL_ID, "general"),
                member={
                    "user": user,
                    "roles": [str(r) for r in roles],
                    "joined_at": TIMESTAMP,
                    "deaf": False,
                    "mute": False,
                    "flags": 0,
                    "permissions": str(permissions),
                    "nick": None,
                    "avatar": None,
                    "premium_since": None,
                    "pending": False,
                },
            )
        else:
            payload.update(
                user=user,
                context=1,
                authorizing_integration_owners={"1": str(user_id)},
                channel={"id": str(CHANNEL_ID), "type": 1, "recipients": [user]},
            )
        return payload

    def slash(
        self,
        command: str,
        /,
        *,
        sub: str | None = None,
        user_id: int = USER_ID,
        guild: bool = True,
        permissions: int = 0,
        roles: list[int] | None = None,
        **options: Any,
    ) -> dict[str, Any]:
        """An application command (type 2), options given as keyword arguments (strings)."""
        payload = self._base(2, user_id, guild, permissions, roles or [])
        uploads = {k: v.data for k, v in options.items() if isinstance(v, Upload)}
        opts = [
            {"name": k, "type": 11, "value": v.data["id"]} if isinstance(v, Upload) else
            {"name": k, "type": _option_type(v), "value": v}
            for k, v in options.items()
        ]  # fmt: skip
        if sub is not None:
            opts = [{"name": sub, "type": 1, "options": opts}]
        payload["data"] = {"id": str(next(self._ids)), "name": command, "type": 1, "options": opts}
        if uploads:
            payload["data"]["resolved"] = {"attachments": {a["id"]: a for a in uploads.values()}}
        return payload

    def attach(self, filename: str, content: bytes, content_type: str | None = "text/plain; charset=utf-8"):
        """An attachment option's value: pass it to slash(), which puts it in `resolved`."""
        attachment_id = next(self._ids)
        self.uploads[attachment_id] = content
        url = f"http://127.0.0.1:{self.port}/attachments/{attachment_id}/{filename}"
        data = {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(content),
            "url": url,
            "proxy_url": url,
        }
        if content_type is not None:
            data["content_type"] = content_type
        return Upload(data)

    async def _attachment(self, request: web.Request) -> web.Response:
        content = self.uploads.get(int(request.match_info["id"]))
        return web.Response(body=content) if content is not None else web.Response(status=404)

    def autocomplete(
        self, command: str, /, focused: str, value: str, user_id: int = USER_ID, **others: str
    ) -> dict[str, Any]:
        payload = self._base(4, user_id, True, 0, [])
        opts = [{"name": k, "type": 3, "value": v} for k, v in others.items()]
        opts.append({"name": focused, "type": 3, "value": value, "focused": True})
        payload["data"] = {"id": str(next(self._ids)), "name": command, "type": 1, "options": opts}
        return payload

    def modal_submit(
        self, modal: dict[str, Any], values: dict[str, str], user_id: int = USER_ID, permissions: int = 0
    ) -> dict[str, Any]:
        """A modal submission (type 5) answering the modal a callback of type 9 opened."""
        payload = self._base(5, user_id, True, permissions, [])
        inputs = [c for row in modal["components"] for c in _inputs(row)]
        rows = [
            {
                "type": 1,
                "components": [
                    {"type": 4, "custom_id": c["custom_id"], "value": values.get(c["custom_id"], "")}
                ],
            }
            for c in inputs
        ]
        payload["data"] = {"custom_id": modal["custom_id"], "components": rows}
        return payload

    def press(self, message: dict[str, Any], custom_id: str, user_id: int = USER_ID) -> dict[str, Any]:
        """A button press (type 3) on a message the bot sent."""
        payload = self._base(3, user_id, True, 0, [])
        payload["message"] = message
        payload["data"] = {"custom_id": custom_id, "component_type": 2}
        return payload


@dataclass(frozen=True)
class Upload:
    """An attachment as Discord describes it in an interaction's `resolved` data."""

    data: dict[str, Any]


def _option_type(value: Any) -> int:
    """Discord's option type for a value: boolean 5, integer 4, number 10, string 3."""
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    return 10 if isinstance(value, float) else 3


def _inputs(component: dict[str, Any]) -> list[dict[str, Any]]:
    """The text inputs inside a modal row or label, whichever layout discord.py used."""
    if component.get("type") == 4:
        return [component]
    children = component.get("components") or ([component["component"]] if "component" in component else [])
    return [c for child in children for c in _inputs(child)]


def _channel(channel_id: int, name: str) -> dict[str, Any]:
    """A text channel of the test server, as Discord describes one."""
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(GUILD_ID),
        "name": name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
    }


def _guild() -> dict[str, Any]:
    """The test server, as GUILD_CREATE delivers it: enough for roles and channels to resolve."""

    def role(role_id: int, name: str, position: int) -> dict[str, Any]:
        return {
            "id": str(role_id),
            "name": name,
            "color": 0,
            "hoist": False,
            "position": position,
            "permissions": "0",
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }

    return {
        "id": str(GUILD_ID),
        "name": "Test server",
        "owner_id": str(USER_ID),
        "unavailable": False,
        "roles": [role(GUILD_ID, "@everyone", 0)]
        + [role(r, f"role{n}", n + 1) for n, r in enumerate(ROLE_IDS)],
        "channels": [_channel(CHANNEL_ID, "general")],
        "emojis": [],
        "stickers": [],
        "features": [],
        "members": [],
        "threads": [],
        "voice_states": [],
        "presences": [],
        "member_count": 2,
        "large": False,
        "joined_at": TIMESTAMP,
        "mfa_level": 0,
        "verification_level": 0,
        "explicit_content_filter": 0,
        "default_message_notifications": 0,
        "premium_tier": 0,
        "system_channel_flags": 0,
        "preferred_locale": "en-US",
        "nsfw_level": 0,
    }


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(body=json.dumps(data).encode(), status=status, headers={**JSON, **(headers or {})})


# --- faults, for tests of how the bot copes when Discord misbehaves ----------------------


def is_callback(request: web.Request) -> bool:
    return request.path.endswith("/callback")


def times(n: int, make: Callable[[], web.StreamResponse], when: Callable[[web.Request], bool] = is_callback):
    """A fault that answers the first n matching requests with make(), then lets them through."""
    left = [n]

    def fault(request: web.Request) -> web.StreamResponse | None:
        if left[0] > 0 and when(request):
            left[0] -= 1
            return make()
        return None

    return fault


def rate_limited(retry_after: float = 0.2) -> web.Response:
    # `Via` marks it as Discord's own limit, not a Cloudflare ban (which discord.py won't retry)
    return _json(
        {"message": "You are being rate limited.", "retry_after": retry_after, "global": False},
        status=429,
        headers={"Retry-After": str(retry_after), "Via": "1.1 google", "X-RateLimit-Scope": "user"},
    )


def server_error(status: int = 500) -> web.Response:
    return _json({"message": f"{status}: Internal Server Error", "code": 0}, status=status)


def unknown_interaction() -> web.Response:
    return _json({"message": "Unknown interaction", "code": 10062}, status=404)


def drop_connection(request: web.Request) -> web.StreamResponse | None:
    """Close the socket without an answer, as a broken network would."""
    if request.transport is not None:
        request.transport.close()
    return web.Response(status=500)


async def _body(request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
    """The JSON body, and the files of a multipart one (discord.py sends attachments so)."""
    if not request.can_read_body:
        return None, []
    if request.content_type.startswith("multipart/"):
        reader = await request.multipart()
        payload: dict[str, Any] = {}
        files: list[tuple[str, bytes]] = []
        async for part in reader:
            if part.name == "payload_json":
                payload.update(json.loads(await part.text()))
            elif part.filename:
                files.append((part.filename, bytes(await part.read())))
        return payload, files
    text = await request.text()
    return (json.loads(text) if text else None), []
