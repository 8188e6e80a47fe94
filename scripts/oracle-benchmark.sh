#!/usr/bin/env bash
# SeqGAN's oracle benchmark over seeds: the MLE temperature frontier, then RelGAN and SeqGAN runs.
# Results: runs/oracle/<seed>/{mle-sweep.txt,relgan/metrics.json,seqgan/metrics.json}; see docs/TEXT.md.
#   scripts/oracle-benchmark.sh [SEEDS...]      (default: 1 2 3)
#   MLE_STEPS (1500), RELGAN_STEPS (1000), SEQGAN_STEPS (30) override the lengths.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seeds=("$@")
[ $# -eq 0 ] && seeds=(1 2 3)
export OMP_WAIT_POLICY=PASSIVE GAN_THREADS="${GAN_THREADS:-1}"
./gan list > /dev/null   # builds the program when sources changed
for seed in "${seeds[@]}"; do
  out="runs/oracle/$seed"
  mkdir -p "$out"
  java -Xmx3g -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="$GAN_THREADS" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp gan-examples/target/gan.jar \
    org.gan4j.text.oracle.OracleMleSweep "$seed" "${MLE_STEPS:-1500}" | tee "$out/mle-sweep.txt"
  ./gan train oracle-relgan --seed "$seed" --steps "${RELGAN_STEPS:-1000}" --out "$out/relgan"
  ./gan train oracle-seqgan --seed "$seed" --steps "${SEQGAN_STEPS:-30}" --out "$out/seqgan"
done
