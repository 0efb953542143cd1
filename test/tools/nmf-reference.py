#!/usr/bin/python3
"""Reference numbers for lib/personas/nmf/ from scikit-learn's NMF.

Run with Debian's interpreter and package (apt-get install python3-sklearn), not a pip one,
so anyone can reproduce the fixture on this project's machines:

    /usr/bin/python3 test/tools/nmf-reference.py fixture   # writes test/fixtures/nmf/reference.json
    /usr/bin/python3 test/tools/nmf-reference.py bench MATRIX.json K
        # used by test/tools/bench/personas.bench.ts: fits the matrix it wrote and prints
        # {"seconds", "cpuSeconds", "error", "iterations", "sklearn", "blas"}: median of the
        # fit alone (time.perf_counter and time.process_time); blas is OpenBLAS's kernel set

The fixture stores the matrices themselves (rounded to 6 decimals, and sklearn is run on the
rounded values), so the TypeScript test factorises exactly the same numbers.
"""
import json
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.decomposition import NMF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "..", "test", "fixtures", "nmf", "reference.json")

# Tight settings: the acceptance criterion compares converged errors, not early stops.
TIGHT = dict(init="nndsvda", solver="cd", beta_loss="frobenius", max_iter=20000, tol=1e-9, random_state=0)
# scikit-learn's defaults (init=None resolves to 'nndsvda' here since k < min(n, m)).
DEFAULT = dict(init="nndsvda", solver="cd", max_iter=200, tol=1e-4, random_state=0)


def planted(rng, n, m, k, noise, sparsity):
    """V = W0·H0 + noise with sparse gamma factors: the shape of group × post engagement."""
    W0 = rng.gamma(1.0, 1.0, size=(n, k)) * (rng.random((n, k)) > sparsity)
    H0 = rng.gamma(1.0, 1.0, size=(k, m)) * (rng.random((k, m)) > sparsity)
    V = W0 @ H0 + noise * np.abs(rng.standard_normal((n, m)))
    return V, W0, H0


def cases():
    rng = np.random.RandomState(20260101)
    out = []
    V, _, _ = planted(rng, 60, 40, 4, 0.05, 0.5)
    out.append(dict(name="planted-60x40-k4", k=4, V=V, generator="gamma(1,1) factors, 50% zeros, |N(0,0.05)| noise"))
    V, _, _ = planted(rng, 50, 30, 3, 0.0, 0.3)
    V = rng.poisson(V * 3.0).astype(float)
    out.append(dict(name="poisson-counts-50x30-k3", k=3, V=V, generator="Poisson(3·W0H0), gamma factors, 30% zeros"))
    V = rng.random((40, 40))
    out.append(dict(name="uniform-40x40-k5", k=5, V=V, generator="U(0,1), no structure"))
    V, _, _ = planted(rng, 60, 35, 6, 0.02, 0.8)
    V = V * (rng.random(V.shape) > 0.6)
    out.append(dict(name="sparse-60x35-k6", k=6, V=V, generator="gamma factors, 80% zeros, then 60% of cells zeroed"))
    return out


def fixture():
    result = {
        "generatedBy": "test/tools/nmf-reference.py fixture",
        "sklearn": sklearn.__version__,
        "numpy": np.__version__,
        "tight": {k: v for k, v in TIGHT.items()},
        "default": {k: v for k, v in DEFAULT.items()},
        "cases": [],
    }
    for case in cases():
        V = np.round(case["V"], 6)
        tight = NMF(n_components=case["k"], **TIGHT)
        tight.fit(V)
        default = NMF(n_components=case["k"], **DEFAULT)
        default.fit(V)
        result["cases"].append(
            {
                "name": case["name"],
                "generator": case["generator"],
                "rows": V.shape[0],
                "cols": V.shape[1],
                "k": case["k"],
                "errorTight": float(tight.reconstruction_err_),
                "iterationsTight": int(tight.n_iter_),
                "errorDefault": float(default.reconstruction_err_),
                "iterationsDefault": int(default.n_iter_),
                "norm": float(np.linalg.norm(V)),
                "data": [float(x) for x in V.ravel()],
            }
        )
    os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
    with open(FIXTURE, "w") as f:
        json.dump(result, f, separators=(",", ":"))
        f.write("\n")
    for c in result["cases"]:
        print(f'{c["name"]}: tight {c["errorTight"]:.6f} ({c["iterationsTight"]} it), default {c["errorDefault"]:.6f} ({c["iterationsDefault"]} it)')


def bench(path, k):
    with open(path) as f:
        spec = json.load(f)
    V = np.asarray(spec["data"], dtype=float).reshape(spec["rows"], spec["cols"])
    model = NMF(n_components=k, init="nndsvda", solver="cd", max_iter=spec.get("maxIter", 1000), tol=spec.get("tol", 1e-4), random_state=0)
    runs, cpu = [], []
    for _ in range(spec.get("runs", 5)):
        t0, c0 = time.perf_counter(), time.process_time()
        model.fit(V)
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    runs.sort()
    cpu.sort()
    try:
        from threadpoolctl import threadpool_info
        blas = next((i.get("architecture") for i in threadpool_info() if i.get("internal_api") == "openblas"), None)
    except ImportError:
        blas = None
    print(json.dumps({
        "seconds": runs[len(runs) // 2],
        "cpuSeconds": cpu[len(cpu) // 2],
        "error": float(model.reconstruction_err_),
        "iterations": int(model.n_iter_),
        "sklearn": sklearn.__version__,
        "blas": blas,
    }))


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "fixture":
        fixture()
    elif len(sys.argv) == 4 and sys.argv[1] == "bench":
        bench(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
