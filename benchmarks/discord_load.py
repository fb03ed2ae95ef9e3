"""Discord throughput: raw interactions through discord.py against the local stand-in, many at
once, for /ask and /who next to a command that replies with fixed text (the harness's floor)."""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import create_bot
from bot.settings import Settings
from tests.fakediscord import FakeDiscord

from .measure import percentile


class FixedReply(commands.Bot):
    """The floor: discord.py and the stand-in alone, no knowledge base, no rendering."""

    def __init__(self) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents(guilds=True))

        @self.tree.command(name="fixed", description="Replies with fixed text")
        @app_commands.describe(text="ignored")
        async def fixed(interaction: discord.Interaction, text: str = "") -> None:
            await interaction.response.send_message("ok", allowed_mentions=discord.AllowedMentions.none())


async def _stall_monitor(worst: list[float], stop: asyncio.Event, tick: float = 0.005) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        started = loop.time()
        await asyncio.sleep(tick)
        worst[0] = max(worst[0], loop.time() - started - tick)


class FakeInThread:
    """The stand-in for Discord on its own thread and event loop, so the loop-stall figure is the
    bot's (and discord.py's) alone, not the stand-in's work of answering 500 requests."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fake-discord", daemon=True)
        self.thread.start()
        self.fake = FakeDiscord()

    def call(self, coro: Any) -> asyncio.Future[Any]:
        return asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))

    async def __aenter__(self) -> FakeInThread:
        await self.call(self.fake.__aenter__())
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.call(self.fake.__aexit__(*exc))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)

    async def connect(self, bot: discord.Client) -> asyncio.Task[None]:
        await bot.login("bench-token")
        task = asyncio.create_task(bot.connect(reconnect=False))
        await self.call(asyncio.wait_for(self.fake._identified.wait(), 10))
        return task


async def _drive(
    harness: FakeInThread, payloads: list[dict[str, Any]], spread: float = 0.0
) -> dict[str, float]:
    """Send every payload and wait for every reply: all at once (a burst, which the gateway hands
    over in one read) or evenly over `spread` seconds (all still in flight together)."""
    loop = asyncio.get_running_loop()
    worst, stop = [0.0], asyncio.Event()
    monitor = asyncio.ensure_future(_stall_monitor(worst, stop))
    gap = spread / len(payloads) if payloads else 0.0

    async def one(n: int, payload: dict[str, Any]) -> float:
        await asyncio.sleep(n * gap)
        sent = loop.time()
        await harness.call(harness.fake.interact(payload, timeout=60))
        return loop.time() - sent

    started = loop.time()
    latencies = await asyncio.gather(*(one(n, p) for n, p in enumerate(payloads)))
    elapsed = loop.time() - started
    stop.set()
    await monitor
    return {
        "interactions": len(payloads),
        "per_second": len(payloads) / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": percentile(list(latencies), 0.99) * 1000,
        "max_ms": max(latencies) * 1000,
        "worst_stall_ms": worst[0] * 1000,
        "over_3s": sum(latency > 3 for latency in latencies),
    }


PACED_OVER = 1.0  # seconds over which the paced run's interactions arrive
COMMANDS = (("ask", {"question": "When did Austin meet Lee?"}), ("who", {"name": "Austn"}))


async def run(knowledge: Path, concurrency: int = 500) -> dict[str, Any]:
    """Each command as a burst (every interaction in one gateway read) and paced (arriving
    over a second, all in flight together), next to the fixed-reply floor."""
    results: dict[str, Any] = {"concurrency": concurrency, "paced_over_s": PACED_OVER, "paced": {}}
    async with FakeInThread() as harness:
        floor = FixedReply()
        task = await harness.connect(floor)
        payloads = [harness.fake.slash("fixed", user_id=10_000 + n, text="x") for n in range(concurrency)]
        results["fixed"] = await _drive(harness, payloads)
        results["paced"]["fixed"] = await _drive(harness, payloads, spread=PACED_OVER)
        await floor.close()
        task.cancel()
    async with FakeInThread() as harness:
        settings = Settings(
            token="bench",
            knowledge_dir=knowledge,
            watch=False,
            record_usage=False,
            kb_cache_dir=None,
            cooldown_rate=10_000,
        )
        bot = create_bot(settings)
        task = await harness.connect(bot)
        for command, options in COMMANDS:
            payloads = [
                harness.fake.slash(command, user_id=20_000 + n, **options) for n in range(concurrency)
            ]
            results[command] = await _drive(harness, payloads)
            results[command]["vs_floor"] = results[command]["per_second"] / results["fixed"]["per_second"]
            results["paced"][command] = await _drive(harness, payloads, spread=PACED_OVER)
        await bot.close()
        task.cancel()
    return results


def measure(knowledge: Path, concurrency: int) -> dict[str, Any]:
    started = time.perf_counter()
    out = asyncio.run(run(knowledge, concurrency))
    out["seconds"] = time.perf_counter() - started
    return out
