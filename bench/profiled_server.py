"""uvicorn under cProfile, for bench.api --profile:

    python -m bench.profiled_server OUT.prof server.app:app_from_env --factory --port 8000

uvicorn re-raises SIGTERM once it has shut down, which would end the process before cProfile
writes; the handler it restores and re-raises is this one, which writes the profile first.
"""

import cProfile
import signal
import sys

import uvicorn


def main() -> None:
    out, argv = sys.argv[1], sys.argv[2:]
    profiler = cProfile.Profile()

    def write_and_exit(*_: object) -> None:
        profiler.disable()
        profiler.dump_stats(out)
        sys.exit(0)

    signal.signal(signal.SIGTERM, write_and_exit)
    profiler.enable()
    uvicorn.main(argv)


if __name__ == "__main__":
    main()
