#!/usr/bin/env bash
# Kill-anywhere check of exact resume: trains a small points-ring run once without interruption,
# then trains the same run again while killing it with SIGKILL at random moments (resuming after
# each kill), and compares the two run directories: losses, evaluations, events, every sample
# file, best.json and the weights of the checkpoints kept. Checkpoints, evaluations, samples and
# pruning are made frequent so that the kills land inside them; after each kill the script says
# what the kill interrupted, judged from what it left in the run directory.
#   scripts/kill-anywhere.sh [KILLS] [SEED]     (defaults: 25 kills, seed 1)
# Needs python3 (for the JSON comparison). Exit 0 when the directories match, 1 when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-25}"
seed="${2:-1}"
work="$(mktemp -d "${TMPDIR:-/tmp}/gan4j-kill-anywhere.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export GAN_THREADS="${GAN_THREADS:-1}"

cat > "$work/run.yaml" <<'EOF'
train: {steps: 1000, logEvery: 10}
checkpoint: {every: 20, keepLast: 1}
eval: {every: 40, samples: 500}
samples: {every: 20, count: 200}
EOF

echo "kill-anywhere: uninterrupted reference run (seed $seed)"
start=$(date +%s.%N)
./gan train points-ring --config "$work/run.yaml" --seed "$seed" --out "$work/reference" > "$work/reference.log" 2>&1
duration=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")
echo "kill-anywhere: reference took ${duration}s; now $kills kills at random moments of the same run"

# What a kill left behind says where it landed.
landed() {
  local run="$1" where=()
  [ -d "$run/checkpoints" ] || { echo "before the run directory existed"; return; }
  compgen -G "$run/checkpoints/.incomplete-*" > /dev/null && where+=("inside a checkpoint write")
  compgen -G "$run/checkpoints/.pruned-*" > /dev/null && where+=("inside pruning")
  compgen -G "$run/samples/.*.tmp" > /dev/null && where+=("inside a sample write")
  compgen -G "$run/.metrics.json*.tmp" > /dev/null && where+=("inside a metrics.json write")
  compgen -G "$run/.report.html*.tmp" > /dev/null && where+=("inside a report write")
  compgen -G "$run/checkpoints/.best.json*.tmp" > /dev/null && where+=("inside a best.json write")
  [ ${#where[@]} -eq 0 ] && where+=("between writes (mid-step, mid-evaluation or start-up)")
  local IFS=,; echo "${where[*]}"
}

run="$work/interrupted"
for ((k = 1; k <= kills; k++)); do
  if [ -f "$run/run.json" ]; then
    cmd=(./gan train --resume "$run")
  else
    rm -rf "$run"
    cmd=(./gan train points-ring --config "$work/run.yaml" --seed "$seed" --out "$run")
  fi
  # a moment within the first quarter of the run's length after start (the JVM itself takes ~1-2 s)
  delay=$(python3 -c "import random; print(round(random.uniform(1.0, 1.0 + float('$duration') / 4), 2))")
  "${cmd[@]}" >> "$work/interrupted.log" 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -0 "$pid" 2> /dev/null; then
    pkill -KILL -P "$pid" 2> /dev/null || true
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    echo "kill $k after ${delay}s: $(landed "$run")"
  else
    wait "$pid" || { echo "kill-anywhere: the run failed; see below"; tail -20 "$work/interrupted.log"; exit 1; }
    echo "kill $k: the run had finished before ${delay}s"
    break
  fi
done
echo "kill-anywhere: resuming to the end"
if [ -f "$run/run.json" ]; then
  ./gan train --resume "$run" >> "$work/interrupted.log" 2>&1
else
  rm -rf "$run"
  ./gan train points-ring --config "$work/run.yaml" --seed "$seed" --out "$run" >> "$work/interrupted.log" 2>&1
fi

python3 - "$work/reference" "$run" <<'EOF'
import hashlib, json, os, sys
ref, got = sys.argv[1], sys.argv[2]
problems = []

def metrics(run):
    m = json.load(open(os.path.join(run, "metrics.json")))
    for entry in m["losses"]:
        entry.pop("stepsPerSecond", None)          # wall-clock speed differs between processes
    return {k: m[k] for k in ("losses", "evaluations", "events")}

a, b = metrics(ref), metrics(got)
for section in a:
    if a[section] != b[section]:
        problems.append(f"metrics.json {section} differ ({len(a[section])} vs {len(b[section])} entries)")

def files(run, sub):
    d = os.path.join(run, sub)
    return {f: hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
            for f in sorted(os.listdir(d)) if os.path.isfile(os.path.join(d, f))}

for sub in ("samples",):
    fa, fb = files(ref, sub), files(got, sub)
    if fa.keys() != fb.keys():
        problems.append(f"{sub}/ holds {sorted(fa.keys() ^ fb.keys())} in only one run")
    problems += [f"{sub}/{f} differs" for f in fa.keys() & fb.keys() if fa[f] != fb[f]]

def checkpoints(run):
    d = os.path.join(run, "checkpoints")
    return {c: json.load(open(os.path.join(d, c, "manifest.json")))["files"]
            for c in sorted(os.listdir(d)) if c.startswith("step-")}

ca, cb = checkpoints(ref), checkpoints(got)
if ca.keys() != cb.keys():
    problems.append(f"checkpoints differ: {sorted(ca)} vs {sorted(cb)}")
problems += [f"checkpoint {c} weights differ" for c in ca.keys() & cb.keys() if ca[c] != cb[c]]
best = [json.load(open(os.path.join(r, "checkpoints", "best.json"))) for r in (ref, got)]
if best[0] != best[1]:
    problems.append(f"best.json differs: {best[0]} vs {best[1]}")
leftovers = [os.path.join(dp, f) for dp, dn, fn in os.walk(got) for f in fn + dn if f.startswith(".")]
if leftovers:
    problems.append(f"temporary files left: {leftovers}")

evaluations = len(a["evaluations"])
samples = len(files(ref, "samples"))
if problems:
    print("kill-anywhere: the interrupted run differs from the uninterrupted one:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print(f"kill-anywhere: identical — {len(a['losses'])} loss entries, {evaluations} evaluations, "
      f"{samples} sample files, checkpoints {sorted(ca)}, best.json {best[0]}")
EOF
