"""Matching bench: QUALITY.md's instances on seeded synthetic parks, one subprocess per run.

    python -m bench.matching                      # every instance at seeds 1-10, 3 runs each
    python -m bench.matching --only fin-count rec --seeds 1-10 --repeat 3
    python -m bench.matching --only small-amount  # 500 × 50 binding amounts against milp

Per seed: build/solve/total ms (medians of the runs), peak RSS of the run's process, exact/gap,
a greedy baseline, OR-Tools min-cost flow (if installed) timed in the same process, and at the
first seed the bare scipy solve on the whole slot graph. Then per instance the median and the
worst over the seeds, with the seed that was worst.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time

import numpy as np
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from bench import synthetic
from matching import resolve_weights, solve_financing, solve_recruitment
from matching.amounts import Instance, exact_milp, relaxed, with_amounts
from matching.assign import expanded_edges, slot_graph
from matching.capacity import MAX_EXPANDED_EDGES, count_optimum
from matching.financing import build_financing
from matching.recruitment import build_recruitment

INSTANCES = {
    "fin-count": ("financing", 10_000, 500, False),
    "fin-amount": ("financing", 10_000, 500, True),
    "fin-large": ("financing", 50_000, 2_000, False),
    "rec": ("recruitment", 10_000, 200, False),
}


def make(name: str, seed: int):
    kind, n, m, binding = INSTANCES[name]
    if kind == "financing":
        return synthetic.financing(n, m, seed, binding)
    return synthetic.recruitment(n, m, seed)


def prepared(name: str, inp) -> tuple[Instance, object]:
    """The instance as the core sees it: eligible edges, weights, quotas."""
    if INSTANCES[name][0] == "financing":
        pairs, arr = build_financing(inp, resolve_weights("FINANCING", None))
        n, m, cap, amount, quota = (
            len(arr.needs),
            len(arr.products),
            arr.quota_count,
            arr.amount,
            arr.quota_amount,
        )
    else:
        pairs, arr = build_recruitment(inp, resolve_weights("RECRUITMENT", None))
        n, m, cap = len(arr.companies), len(arr.drives), arr.booths
        amount, quota = np.zeros(n), np.full(m, np.inf)
    inst = Instance(n, m, pairs.rows, pairs.cols, pairs.score, cap, amount, quota, n + 1.0)
    return inst, pairs


def greedy(inst: Instance) -> tuple[int, float]:
    """Best pair first while count and amount quotas last."""
    order = np.lexsort((inst.cols, inst.rows, -inst.weight))
    served = np.zeros(inst.n_rows, dtype=bool)
    count = np.maximum(inst.capacity, 0).astype(np.int64)
    left = inst.quota_amount.astype(float)
    total, matched = 0.0, 0
    for e in order.tolist():
        i, j = int(inst.rows[e]), int(inst.cols[e])
        if served[i] or count[j] == 0 or inst.amount[i] > left[j]:
            continue
        served[i], count[j], left[j] = True, count[j] - 1, left[j] - inst.amount[i]
        total, matched = total + float(inst.weight[e]), matched + 1
    return matched, total


def ortools_flow(inst: Instance) -> dict | None:
    """OR-Tools min-cost flow on count quotas, scores scaled to integers (1e6)."""
    try:
        from ortools.graph.python import min_cost_flow
    except ImportError:
        return None
    started = time.perf_counter()
    n, m = inst.n_rows, inst.n_cols
    source, sink = n + m, n + m + 1
    scale = 1_000_000
    gain = np.round(inst.weight * scale).astype(np.int64) + int(inst.bonus) * scale
    flow = min_cost_flow.SimpleMinCostFlow()
    tails = np.concatenate([np.full(n, source), inst.rows, np.arange(n), n + np.arange(m)])
    heads = np.concatenate([np.arange(n), n + inst.cols, np.full(n, sink), np.full(m, sink)])
    caps = np.concatenate(
        [np.ones(n), np.ones(inst.rows.size), np.ones(n), np.maximum(inst.capacity, 0)]
    ).astype(np.int64)
    costs = np.concatenate([np.zeros(n), -gain, np.zeros(n), np.zeros(m)]).astype(np.int64)
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    flow.set_nodes_supplies(np.array([source, sink]), np.array([n, -n]))
    solve_start = time.perf_counter()
    status = flow.solve()
    solved = time.perf_counter()
    arcs = np.arange(n, n + inst.rows.size)
    chosen = flow.flows(arcs) > 0
    return {
        "ok": status == flow.OPTIMAL,
        "matched": int(chosen.sum()),
        "score": float(inst.weight[chosen].sum()),
        "ms": (solved - started) * 1000,
        "solve_ms": (solved - solve_start) * 1000,
    }


def run(name: str, seed: int, bare: bool) -> dict:
    inp = make(name, seed)
    kind = INSTANCES[name][0]
    started = time.perf_counter()
    result = solve_financing(inp) if kind == "financing" else solve_recruitment(inp)
    total_ms = (time.perf_counter() - started) * 1000
    f = result.figures
    out = {
        "build_ms": f.build_ms,
        "solve_ms": f.solve_ms,
        "total_ms": total_ms,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "matched": f.matched,
        "score": f.total_score,
        "exact": f.exact,
        "gap": f.gap,
        "bound_over": f.bound - (f.total_score + (f.needs + 1) * f.matched),  # in score units
        "solver": f.solver,
        "eligible": f.eligible_pairs,
        "needs": f.needs,
    }
    inst, _ = prepared(name, inp)
    out["greedy_matched"], out["greedy_score"] = greedy(inst)
    fits = expanded_edges(inst.n_cols, inst.cols, inst.capacity) <= MAX_EXPANDED_EDGES
    if bare and fits:
        graph, _ = slot_graph(
            inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus
        )
        bare = time.perf_counter()
        min_weight_full_bipartite_matching(graph)
        out["bare_solve_ms"] = (time.perf_counter() - bare) * 1000
        out["graph_edges"] = int(graph.nnz)
    if name in ("fin-count", "rec"):
        out["ortools"] = ortools_flow(inst)
    return out


def small_amount(seed: int, time_limit: float) -> dict:
    """500 × 50 with binding amount quotas: the round's answer (LP rounding, then milp for the
    rest of its 8 s) and the rounding alone, against milp given `time_limit`."""
    inp = synthetic.financing(500, 50, seed, binding=True)
    pairs, arr = build_financing(inp, resolve_weights("FINANCING", None))
    inst = Instance(
        len(arr.needs),
        len(arr.products),
        pairs.rows,
        pairs.cols,
        pairs.score,
        arr.quota_count,
        arr.amount,
        arr.quota_amount,
        len(arr.needs) + 1.0,
    )
    started = time.perf_counter()
    ours = with_amounts(inst, inp.time_limit_s)
    ours_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    first = count_optimum(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus
    )
    rounding = relaxed(inst, first, started + inp.time_limit_s)
    rounding_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    exact = exact_milp(inst, time_limit)
    milp_ms = (time.perf_counter() - started) * 1000
    best = inst.value(exact.assigned)

    def served(answer) -> int:
        return int((answer.assigned >= 0).sum())

    def score(answer) -> float:
        return inst.value(answer.assigned) - inst.bonus * served(answer)

    def distance(answer) -> float:
        return (best - inst.value(answer.assigned)) / best

    return {
        "seed": seed,
        "ours_ms": ours_ms,
        "ours_solver": ours.solver,
        "ours_served": served(ours),
        "ours_score": score(ours),
        "ours_gap": (ours.bound - inst.value(ours.assigned)) / inst.value(ours.assigned),
        "ours_distance": distance(ours),
        "rounding_ms": rounding_ms,
        "rounding_served": served(rounding),
        "rounding_score": score(rounding),
        "rounding_distance": distance(rounding),
        "milp_ms": milp_ms,
        "milp_proven": exact.exact,
        "milp_served": served(exact),
        "milp_score": score(exact),
        "count_only_served": int((first.assigned >= 0).sum()),
    }


def child(args) -> None:
    if args.only == ["small-amount"]:
        print(json.dumps(small_amount(args.seed, args.milp_time)))
    else:
        print(json.dumps(run(args.only[0], args.seed, args.bare)))


def seed_range(text: str) -> list[int]:
    """'1-10', '7' or '1,4,9'."""
    seeds = []
    for part in text.split(","):
        low, _, high = part.partition("-")
        seeds += range(int(low), int(high or low) + 1)
    return seeds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        nargs="+",
        default=[*INSTANCES, "small-amount"],
        choices=[*INSTANCES, "small-amount"],
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per seed (not small-amount)")
    parser.add_argument("--seeds", type=seed_range, default=seed_range("1-10"))
    parser.add_argument("--milp-time", type=float, default=60.0)
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)  # a child's one seed
    parser.add_argument(
        "--no-bare", action="store_true", help="skip the bare slot-graph solve at the first seed"
    )
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    for name in args.only:
        per_seed = []
        for n, seed in enumerate(args.seeds):
            repeat = 1 if name == "small-amount" else args.repeat
            runs = [
                spawn(name, seed, args.milp_time, bare=n == 0 and k == 0 and not args.no_bare)
                for k in range(repeat)
            ]
            per_seed.append(report(name, seed, runs))
        if name != "small-amount" and len(per_seed) > 1:
            summary(name, per_seed)
        elif name == "small-amount":
            small_summary(per_seed)


def spawn(name: str, seed: int, milp_time: float, bare: bool) -> dict:
    """One run in a fresh process, so that its peak memory is its own."""
    cmd = [sys.executable, "-m", "bench.matching", "--child", "--only", name, "--seed", str(seed)]
    cmd += ["--milp-time", str(milp_time)] + (["--bare"] if bare else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)  # noqa: S603
    return json.loads(done.stdout.splitlines()[-1])  # HiGHS may print above it


def report(name: str, seed: int, runs: list[dict]) -> dict:
    """Print one seed's line; return its medians."""
    if name == "small-amount":
        r = runs[0]
        shown = (f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items())
        print("small-amount: " + ", ".join(shown), flush=True)
        return r
    med = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
    r = runs[0]
    out = {
        "seed": seed,
        "total_ms": med("total_ms"),
        "solve_ms": med("solve_ms"),
        "peak_mb": med("peak_mb"),
        "exact": all(x["exact"] for x in runs),
        "gap": max(x["gap"] for x in runs),
    }
    line = (
        f"{name} seed={seed}: needs={r['needs']} eligible={r['eligible']} solver={r['solver']} "
        f"exact={r['exact']} gap={r['gap']:.2e} bound_over={r['bound_over']:.3g} "
        f"build={med('build_ms'):.0f}ms solve={out['solve_ms']:.0f}ms "
        f"total={out['total_ms']:.0f}ms peak={out['peak_mb']:.0f}MB "
        f"served={r['matched']} score={r['score']:.3f} greedy_served={r['greedy_matched']} "
        f"greedy_score={r['greedy_score']:.3f}"
    )
    bare = [x for x in runs if "bare_solve_ms" in x]
    if bare:
        b = bare[0]
        line += (
            f" bare_solve={b['bare_solve_ms']:.0f}ms graph_edges={b['graph_edges']} "
            f"overhead={b['total_ms'] / b['bare_solve_ms']:.2f}"
        )
    if r.get("ortools"):
        o = r["ortools"]
        ortools_ms = statistics.median(x["ortools"]["ms"] for x in runs)
        ortools_solve_ms = statistics.median(x["ortools"]["solve_ms"] for x in runs)
        out["ratio"] = out["total_ms"] / ortools_ms
        out["solve_ratio"] = out["solve_ms"] / ortools_ms
        line += (
            f" ortools={ortools_ms:.0f}ms (solve {ortools_solve_ms:.0f}ms, served={o['matched']} "
            f"score={o['score']:.3f}) ours/ortools={out['ratio']:.2f} "
            f"solve/ortools={out['solve_ratio']:.2f}"
        )
    print(line, flush=True)
    return out


def summary(name: str, per_seed: list[dict]) -> None:
    """Median and worst over the seeds, and which seed was worst."""

    def spread(key: str, unit: str, fmt: str = ".0f") -> str:
        values = [s[key] for s in per_seed]
        worst = max(per_seed, key=lambda s: s[key])
        med = statistics.median(values)
        return (
            f"{key} median={med:{fmt}}{unit} worst={worst[key]:{fmt}}{unit} (seed {worst['seed']})"
        )

    parts = [spread("total_ms", "ms"), spread("solve_ms", "ms"), spread("peak_mb", "MB")]
    parts.append(spread("gap", "", ".2e"))
    if "ratio" in per_seed[0]:
        parts += [spread("ratio", "", ".2f"), spread("solve_ratio", "", ".2f")]
    exact = sum(s["exact"] for s in per_seed)
    seeds = f"{per_seed[0]['seed']}..{per_seed[-1]['seed']}"
    print(
        f"{name} over {len(per_seed)} seeds ({seeds}): exact {exact}/{len(per_seed)}; "
        + "; ".join(parts),
        flush=True,
    )


def small_summary(per_seed: list[dict]) -> None:
    worst = max(per_seed, key=lambda s: s["ours_distance"])
    print(
        f"small-amount over {len(per_seed)} seeds: ours_distance median="
        f"{statistics.median(s['ours_distance'] for s in per_seed):.4f} worst="
        f"{worst['ours_distance']:.4f} (seed {worst['seed']}); milp proven on "
        f"{sum(s['milp_proven'] for s in per_seed)}/{len(per_seed)}",
        flush=True,
    )


if __name__ == "__main__":
    main()
