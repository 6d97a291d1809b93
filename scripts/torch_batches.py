#!/usr/bin/python3
"""Replay a `lossviz trace` of a data landscape in PyTorch (float64) and check it step by step.

Run by hand with Debian's python3-torch; the test suite does not need it. Inputs:
  --trace  the CSV of `lossviz trace` for a data landscape: step,x,y,loss,grad_x,grad_y (full-data
           values at each row's point) and, for a stochastic run, sample_loss,sample_grad_x,
           sample_grad_y (what the update producing the row used) and batch (its 0-based row indices
           joined with ';', empty on row 0). Without a batch column every update uses every row.
  --data   the data rows the run used, as written by `lossviz data` (header = column names).
  --loss   the per-sample loss formula in x, y and the columns, as given to lossviz.
  --optimizer, --set KEY=VALUE  as given to `lossviz trace`; the other hyperparameters take
           lossviz's defaults, read from `LOSSVIZ list --json` (--lossviz, default: lossviz on PATH).
For every row k >= 1 the script sets the batch-mean loss of the listed rows as the objective,
backpropagates, calls torch.optim's step() and requires x, y (and every loss and gradient column) to
agree with the trace to a relative --rtol (default 1e-9). With --trace-gradients the update uses the
trace's sample gradients instead of recomputed ones (for runs with seeded gradient noise, which a
replay cannot redraw). Exit status 0 when everything agrees, 1 on a mismatch, 2 on bad input.
"""
import argparse
import csv
import json
import math
import re
import shutil
import subprocess
import sys

import torch

# float64 throughout, also for state torch.optim creates with torch.tensor(1.) (NAdam's mu_product).
torch.set_default_dtype(torch.float64)

def fail(message, status=2):
    print("torch_batches: " + message, file=sys.stderr)
    sys.exit(status)


def as_tensor(v):
    return v if torch.is_tensor(v) else torch.tensor(float(v), dtype=torch.float64)


# The formula engine's functions (landscapes/parser.cpp) in torch. softplus is log(1 + e^z) exactly:
# torch.nn.functional.softplus returns z itself above its threshold of 20, which is not.
FUNCTIONS = {
    "sin": torch.sin, "cos": torch.cos, "tan": torch.tan, "exp": torch.exp, "log": torch.log,
    "sqrt": torch.sqrt, "abs": torch.abs, "tanh": torch.tanh, "sinh": torch.sinh, "cosh": torch.cosh,
    "atan": torch.atan, "asin": torch.asin, "acos": torch.acos,
    "min": lambda a, b: torch.minimum(as_tensor(a), as_tensor(b)),
    "max": lambda a, b: torch.maximum(as_tensor(a), as_tensor(b)),
    "pow": lambda a, b: torch.pow(as_tensor(a), as_tensor(b)),
    "atan2": lambda a, b: torch.atan2(as_tensor(a), as_tensor(b)),
    "softplus": lambda z: torch.logaddexp(as_tensor(z), torch.zeros_like(as_tensor(z))),
}

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_]\w*)|(.))")


def to_python(formula, columns):
    """The formula as a Python expression over the names of FUNCTIONS, x, y, pi, e and the columns.
    Python's ** binds like the engine's ^ (tighter than unary minus on its left, right-associative)."""
    out = []
    for number, name, other in TOKEN.findall(formula):
        if number:
            out.append(number)
        elif name:
            if name not in FUNCTIONS and name not in ("x", "y", "pi", "e") and name not in columns:
                fail("--loss names '%s', which is neither x, y, a function nor a column (%s)"
                     % (name, ", ".join(columns)))
            out.append(name)
        elif other.strip():
            if other not in "+-*/^(),":
                fail("--loss has an unexpected character '%s'" % other)
            out.append("**" if other == "^" else other)
    return " ".join(out)


def read_data(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    rows = [r for r in rows if r and any(field.strip() for field in r)]
    if len(rows) < 2:
        fail("%s: needs a header and at least one data row" % path)
    columns = [c.strip() for c in rows[0]]
    try:
        values = torch.tensor([[float(v) for v in r] for r in rows[1:]], dtype=torch.float64)
    except ValueError as error:
        fail("%s: %s" % (path, error))
    return columns, values


def lossviz_defaults(lossviz, name):
    exe = shutil.which(lossviz) or lossviz
    try:
        listing = json.loads(subprocess.run([exe, "list", "--json"], check=True, capture_output=True).stdout)
    except (OSError, subprocess.CalledProcessError, ValueError) as error:
        fail("cannot read the optimizers from '%s list --json': %s" % (lossviz, error))
    for info in listing["optimizers"]:
        if info["name"] == name:
            return {p["name"]: p["default"] for p in info["params"]}
    fail("lossviz has no optimizer '%s'" % name)


TORCH_CLASSES = {
    "sgd": "SGD", "momentum": "SGD", "nesterov": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop",
    "adadelta": "Adadelta", "adam": "Adam", "amsgrad": "Adam", "adamw": "AdamW", "adamax": "Adamax",
    "nadam": "NAdam", "radam": "RAdam",
}
BOOLEAN_PARAMS = ("nesterov", "centered", "amsgrad")


def make_optimizer(name, params, tensors):
    if name not in TORCH_CLASSES:
        fail("optimizer '%s' has no torch.optim counterpart (replayable: %s)" % (name, ", ".join(TORCH_CLASSES)))
    if params.pop("bias_correction", 1) != 1:
        fail("bias_correction=0 is a lossviz extension that torch.optim does not have")
    kwargs = {}
    if "beta1" in params or "beta2" in params:
        kwargs["betas"] = (params.pop("beta1"), params.pop("beta2"))
    for key, value in params.items():
        kwargs[key] = bool(value) if key in BOOLEAN_PARAMS else value
    if name == "nadam":
        # torch 1.13's single-tensor NAdam multiplies mu twice into mu_product_next (fixed later);
        # its foreach implementation has the published rule, which lossviz follows.
        kwargs["foreach"] = True
    return getattr(torch.optim, TORCH_CLASSES[name])(tensors, **kwargs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trace", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--loss", required=True)
    parser.add_argument("--optimizer", required=True)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--lossviz", default="lossviz")
    parser.add_argument("--rtol", type=float, default=1e-9)
    parser.add_argument("--atol", type=float, default=1e-12, help="absolute floor for values near 0")
    parser.add_argument("--trace-gradients", action="store_true")
    args = parser.parse_args()

    columns, data = read_data(args.data)
    expression = compile(to_python(args.loss, columns), "--loss", "eval")
    params = lossviz_defaults(args.lossviz, args.optimizer)
    for assignment in args.set:
        key, _, value = assignment.partition("=")
        if key not in params:
            fail("--set %s: %s has no hyperparameter '%s'" % (assignment, args.optimizer, key))
        params[key] = float(value)

    with open(args.trace, newline="") as f:
        trace = list(csv.DictReader(f))
    if not trace:
        fail("%s: no rows" % args.trace)
    x = torch.tensor(float(trace[0]["x"]), dtype=torch.float64, requires_grad=True)
    y = torch.tensor(float(trace[0]["y"]), dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer(args.optimizer, params, [x, y])
    everything = torch.arange(data.shape[0])

    def mean_loss(indices):
        scope = {"__builtins__": {}, "x": x, "y": y, "pi": math.pi, "e": math.e, **FUNCTIONS}
        scope.update({c: data[indices, i] for i, c in enumerate(columns)})
        return as_tensor(eval(expression, scope)).mean()

    mismatches = 0

    def check(row, key, got):
        nonlocal mismatches
        if row.get(key, "") == "":
            return
        want = float(row[key])
        if not abs(got - want) <= args.rtol * abs(want) + args.atol:
            mismatches += 1
            if mismatches <= 10:
                print("step %s: %s = %.17g in torch, %.17g in the trace" % (row["step"], key, got, want))

    def gradient_and_check(row, indices, prefix):
        """Leaves the mean loss's gradient over `indices` in x.grad, y.grad; checks the prefix columns."""
        optimizer.zero_grad()
        loss = mean_loss(indices)
        loss.backward()
        check(row, prefix + "loss", loss.item())
        check(row, prefix + "grad_x", x.grad.item())
        check(row, prefix + "grad_y", y.grad.item())

    gradient_and_check(trace[0], everything, "")
    for row in trace[1:]:
        batch = row.get("batch", "")
        indices = torch.tensor([int(i) for i in batch.split(";")]) if batch else everything
        gradient_and_check(row, indices, "sample_")
        if args.trace_gradients:
            x.grad.fill_(float(row["sample_grad_x"]))
            y.grad.fill_(float(row["sample_grad_y"]))
        optimizer.step()
        check(row, "x", x.item())
        check(row, "y", y.item())
        gradient_and_check(row, everything, "")

    print("%d updates replayed, %d mismatches (rtol %g)" % (len(trace) - 1, mismatches, args.rtol))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
