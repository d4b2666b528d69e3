"""Matching bench: QUALITY.md's instances on seeded synthetic parks, one subprocess per run.

    python -m bench.matching                      # every instance, median of --repeat runs
    python -m bench.matching --only fin-count rec --repeat 3
    python -m bench.matching --only small-amount  # 500 × 50 binding amounts against milp

Prints build/solve/total ms, peak RSS of the run's process, exact/gap, a greedy baseline,
OR-Tools min-cost flow (if installed) and the bare scipy solve on the prepared graph.
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


def run(name: str, seed: int) -> dict:
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
    if f.solver == "sparse-matching" or (f.solver.startswith("column-generation") and fits):
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
        print(json.dumps(run(args.only[0], args.seed)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        nargs="+",
        default=[*INSTANCES, "small-amount"],
        choices=[*INSTANCES, "small-amount"],
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--milp-time", type=float, default=60.0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    for name in args.only:
        runs = []
        for k in range(args.repeat):
            cmd = [
                sys.executable,
                "-m",
                "bench.matching",
                "--child",
                "--only",
                name,
                "--seed",
                str(args.seed + (k if name == "small-amount" else 0)),
                "--milp-time",
                str(args.milp_time),
            ]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)  # noqa: S603
            runs.append(json.loads(done.stdout.splitlines()[-1]))  # HiGHS may print above it
        report(name, runs)


def report(name: str, runs: list[dict]) -> None:
    med = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
    if name == "small-amount":
        for r in runs:
            shown = (f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in r.items())
            print("small-amount: " + ", ".join(shown), flush=True)
        return
    r = runs[0]
    line = (
        f"{name}: needs={r['needs']} eligible={r['eligible']} solver={r['solver']} "
        f"exact={r['exact']} gap={r['gap']:.2e} bound_over={r['bound_over']:.3g} "
        f"build={med('build_ms'):.0f}ms "
        f"solve={med('solve_ms'):.0f}ms total={med('total_ms'):.0f}ms peak={med('peak_mb'):.0f}MB "
        f"served={r['matched']} score={r['score']:.3f} greedy_served={r['greedy_matched']} "
        f"greedy_score={r['greedy_score']:.3f}"
    )
    if "bare_solve_ms" in r:
        line += (
            f" bare_solve={med('bare_solve_ms'):.0f}ms graph_edges={r['graph_edges']} "
            f"overhead={med('total_ms') / med('bare_solve_ms'):.2f}"
        )
    if r.get("ortools"):
        o = r["ortools"]
        ortools_ms = statistics.median(x["ortools"]["ms"] for x in runs)
        ortools_solve_ms = statistics.median(x["ortools"]["solve_ms"] for x in runs)
        line += (
            f" ortools={ortools_ms:.0f}ms (solve {ortools_solve_ms:.0f}ms, served={o['matched']} "
            f"score={o['score']:.3f}) ours/ortools={med('total_ms') / ortools_ms:.2f}"
        )
    print(line, flush=True)


if __name__ == "__main__":
    main()
