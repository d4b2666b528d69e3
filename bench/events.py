"""The shared event bus's cost on each broker: one process's bus publishes a batch of --events
proposal events (as a round's publish does) to another process's bus; prints the milliseconds
until the publish returns and until the subscriber has heard the last of them, then the median
and p95 of single publishes (as a need posted, a logout). Medians over --repeat batches.

    .venv/bin/python -m bench.events [--postgres postgres://postgres@127.0.0.1:5432/postgres]
        [--redis redis://127.0.0.1:6379/0] [--events 1000 10000 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from contextlib import aclosing

from server.config import Settings
from server.services.events import EventBus, event_bus

SINGLES = 200


async def heard_by(bus: EventBus, channel: str, count: int) -> asyncio.Task:
    async def take() -> None:
        heard = 0
        async with aclosing(bus.subscribe(channel)) as stream:
            async for _ in stream:
                heard += 1
                if heard == count:
                    return

    task = asyncio.create_task(take())
    for _ in range(1000):
        if bus.subscribers(channel):
            return task
        await asyncio.sleep(0.01)
    raise RuntimeError("the subscriber never listened")


async def batch(settings: Settings, events: int) -> tuple[float, float]:
    publisher, subscriber = event_bus(settings), event_bus(settings)
    channel = f"parkmatch:bench-{uuid.uuid4().hex}"
    messages = [
        {"event": "PROPOSED", "proposal_id": 1_000_000 + n, "park_id": 7} for n in range(events)
    ]
    try:
        hearing = await heard_by(subscriber, channel, events)
        started = time.perf_counter()
        await publisher.publish_many(channel, messages)
        published = time.perf_counter()
        await asyncio.wait_for(hearing, 120)
        return (published - started) * 1000, (time.perf_counter() - started) * 1000
    finally:
        await publisher.close()
        await subscriber.close()


async def singles(settings: Settings) -> list[float]:
    publisher = event_bus(settings)
    channel = f"parkmatch:bench-{uuid.uuid4().hex}"
    times = []
    try:
        for n in range(SINGLES):
            started = time.perf_counter()
            await publisher.publish(channel, {"kind": "FinancingNeed", "need_id": n, "park_id": 7})
            times.append((time.perf_counter() - started) * 1000)
    finally:
        await publisher.close()
    return sorted(times)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    brokers = {
        "PostgreSQL": Settings(database_url=args.postgres),
        "Redis": Settings(redis_url=args.redis),
    }
    for name, settings in brokers.items():
        for events in args.events:
            runs = [await batch(settings, events) for _ in range(args.repeat)]
            publish = statistics.median(run[0] for run in runs)
            heard = statistics.median(run[1] for run in runs)
            print(
                f"{name:<10} {events:>6} events: published in {publish:7.1f} ms, "
                f"all heard in {heard:7.1f} ms"
            )
        times = await singles(settings)
        print(
            f"{name:<10} single publish: median {statistics.median(times):.2f} ms, "
            f"p95 {times[int(len(times) * 0.95)]:.2f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main())
