#!/usr/bin/env python3
"""Plain-PyTorch baseline for `gan bench dcgan`: the DCGAN training step of gan4j's mnist-dcgan preset.

G: z(100) -> Linear 128*7*7 -> reshape (128, 7, 7) -> BN -> ReLU -> ConvT 128->64 (k4 s2 p1) -> BN -> ReLU -> ConvT 64->1 -> tanh
D: Conv 1->64 (k4 s2 p1) -> LReLU(0.2) -> Conv 64->128 -> BN -> LReLU(0.2) -> Linear 1
Non-saturating loss (BCE with logits), Adam 2e-4 (0.5, 0.999), batch 64, one D step + one G step.
Real batches are slices of pre-decoded MNIST tensors (or random images when no IDX file is given).

Prints one JSON line: {"steps": N, "seconds": S, "steps_per_second": R, "threads": T, "torch": version}.
"""
import argparse
import gzip
import json
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def load_idx_images(path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        data = f.read()
    magic, n, rows, cols = np.frombuffer(data[:16], dtype=">i4")
    if magic != 2051:
        raise SystemExit(f"{path}: not an IDX image file (magic {magic}, expected 2051)")
    images = np.frombuffer(data[16:], dtype=np.uint8).reshape(n, 1, rows, cols)
    return torch.from_numpy(images.astype(np.float32) / 127.5 - 1.0)


class Generator(nn.Module):
    def __init__(self, z=100, width=64):
        super().__init__()
        self.fc = nn.Linear(z, 2 * width * 7 * 7, bias=False)
        self.bn0 = nn.BatchNorm2d(2 * width)
        self.up1 = nn.ConvTranspose2d(2 * width, width, 4, 2, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.up2 = nn.ConvTranspose2d(width, 1, 4, 2, 1)
        self.width = width

    def forward(self, z):
        x = F.relu(self.bn0(self.fc(z).view(-1, 2 * self.width, 7, 7)))
        x = F.relu(self.bn1(self.up1(x)))
        return torch.tanh(self.up2(x))


class Discriminator(nn.Module):
    def __init__(self, width=64):
        super().__init__()
        self.c1 = nn.Conv2d(1, width, 4, 2, 1)
        self.c2 = nn.Conv2d(width, 2 * width, 4, 2, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(2 * width)
        self.fc = nn.Linear(2 * width * 7 * 7, 1)

    def forward(self, x):
        x = F.leaky_relu(self.c1(x), 0.2)
        x = F.leaky_relu(self.bn2(self.c2(x)), 0.2)
        return self.fc(x.flatten(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--images", help="MNIST train-images IDX file (gzip or plain)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    real_all = load_idx_images(args.images) if args.images else torch.rand(60000, 1, 28, 28) * 2 - 1
    g, d = Generator(), Discriminator()
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    n = real_all.shape[0]

    def step(i):
        start = (i * args.batch) % (n - args.batch)
        real = real_all[start:start + args.batch]
        with torch.no_grad():
            fake = g(torch.randn(args.batch, 100))
        opt_d.zero_grad(set_to_none=True)
        loss_d = F.softplus(-d(real)).mean() + F.softplus(d(fake)).mean()
        loss_d.backward()
        opt_d.step()
        for p in d.parameters():
            p.requires_grad_(False)
        opt_g.zero_grad(set_to_none=True)
        loss_g = F.softplus(-d(g(torch.randn(args.batch, 100)))).mean()
        loss_g.backward()
        opt_g.step()
        for p in d.parameters():
            p.requires_grad_(True)

    for i in range(args.warmup):
        step(i)
    begin = time.perf_counter()
    for i in range(args.steps):
        step(args.warmup + i)
    seconds = time.perf_counter() - begin
    print(json.dumps({"steps": args.steps, "seconds": seconds, "steps_per_second": args.steps / seconds,
                      "threads": args.threads, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
