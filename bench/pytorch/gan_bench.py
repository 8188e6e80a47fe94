#!/usr/bin/env python3
"""Plain-PyTorch baseline of `gan bench step` and `gan bench sample`: gan4j's preset models in plain PyTorch.

--model dcgan    mnist-dcgan: G z(100) -> Linear 128*7*7 -> (128, 7, 7) -> BN -> ReLU -> ConvT 128->64 (k4 s2 p1) -> BN
                 -> ReLU -> ConvT 64->1 -> tanh; D Conv 1->64 (k4 s2 p1) -> LReLU 0.2 -> Conv 64->128 -> BN -> LReLU
                 -> Linear 1. Real batches: MNIST (--images IDX) or random images.
--model wavegan  digits-wavegan (d = 16, 8192 samples): G z(100) -> Linear 256*8 -> ReLU -> 5 x ConvT1d k25 s4 p11 op1
                 (256 -> 128 -> 64 -> 32 -> 16 -> 1), ReLU between, tanh; D 5 x [SN Conv1d k25 s4 p11 (1 -> 16 -> ... -> 256)
                 -> LReLU 0.2 -> phase shuffle 2 (not after the last)] -> SN Linear 1. Real batches: a fixed pool of
                 1,024 random waveforms in [-1, 1].
--model text     oracle-relgan: G one-layer LSTM language model (vocabulary 5000, length 20, embedding 32, hidden 32,
                 one gate bias) emitting Gumbel-softmax relaxed one-hots; D Linear 5000 -> 64 (no bias) -> Conv1d
                 widths 2..5 x 64 filters -> ReLU -> max over time -> Linear 1. Real batches: random token ids, one-hot.

--mode step: one D update + one G update, non-saturating loss, Adam 2e-4 (0.5, 0.999), D frozen in the G update.
--mode sample: the generator in eval mode without gradients, one batch of --batch samples per step.
Prints one JSON line: {"model", "mode", "steps", "seconds", "steps_per_second", "parameters": {"generator",
"discriminator"} (trainable), "threads", "torch"}.
"""
import argparse
import gzip
import json
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils import spectral_norm


def load_idx_images(path):
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    with opener(path, "rb") as f:
        data = f.read()
    magic, n, rows, cols = np.frombuffer(data[:16], dtype=">i4")
    if magic != 2051:
        raise SystemExit(f"{path}: not an IDX image file (magic {magic}, expected 2051)")
    images = np.frombuffer(data[16:], dtype=np.uint8).reshape(n, 1, rows, cols)
    return torch.from_numpy(images.astype(np.float32) / 127.5 - 1.0)


class DcganGenerator(nn.Module):
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


class DcganDiscriminator(nn.Module):
    """gan4j's `sn-dcgan` critic (the mnist-dcgan preset): spectrally normalised, leaky ReLU 0.1."""

    def __init__(self, width=64):
        super().__init__()
        self.c1 = spectral_norm(nn.Conv2d(1, width, 4, 2, 1))
        self.c2 = spectral_norm(nn.Conv2d(width, 2 * width, 4, 2, 1))
        self.fc = spectral_norm(nn.Linear(2 * width * 7 * 7, 1))

    def forward(self, x):
        x = F.leaky_relu(self.c1(x), 0.1)
        x = F.leaky_relu(self.c2(x), 0.1)
        return self.fc(x.flatten(1))


class WaveganGenerator(nn.Module):
    def __init__(self, z=100, d=16, base=8):
        super().__init__()
        self.fc = nn.Linear(z, 16 * d * base)
        channels = [16 * d, 8 * d, 4 * d, 2 * d, d, 1]
        self.ups = nn.ModuleList(nn.ConvTranspose1d(a, b, 25, 4, 11, output_padding=1)
                                 for a, b in zip(channels, channels[1:]))
        self.shape = (16 * d, base)

    def forward(self, z):
        x = F.relu(self.fc(z).view(-1, *self.shape))
        for i, up in enumerate(self.ups):
            x = up(x)
            x = torch.tanh(x) if i == len(self.ups) - 1 else F.relu(x)
        return x


def phase_shuffle(x, radius):
    """Shifts each example by its own s in [-radius, radius], reflecting at the edges (as gan4j's PhaseShuffle)."""
    b, c, length = x.shape
    shifts = torch.randint(-radius, radius + 1, (b, 1, 1))
    source = (torch.arange(length).view(1, 1, length) - shifts).abs()
    source = (length - 1) - ((length - 1) - source).abs()
    return x.gather(2, source.expand(b, c, length))


class WaveganDiscriminator(nn.Module):
    def __init__(self, d=16, base=8, radius=2):
        super().__init__()
        channels = [1, d, 2 * d, 4 * d, 8 * d, 16 * d]
        self.convs = nn.ModuleList(spectral_norm(nn.Conv1d(a, b, 25, 4, 11)) for a, b in zip(channels, channels[1:]))
        self.fc = spectral_norm(nn.Linear(16 * d * base, 1))
        self.radius = radius

    def forward(self, x):
        for i, conv in enumerate(self.convs):
            x = F.leaky_relu(conv(x), 0.2)
            if i < len(self.convs) - 1 and self.training:
                x = phase_shuffle(x, self.radius)
        return self.fc(x.flatten(1))


class LstmGenerator(nn.Module):
    def __init__(self, vocabulary=5000, length=20, embedding=32, hidden=32, start=1, beta=1.0):
        super().__init__()
        self.embedding = nn.Embedding(vocabulary, embedding)
        self.input = nn.Linear(embedding, 4 * hidden)
        self.recurrent = nn.Linear(hidden, 4 * hidden, bias=False)
        self.out = nn.Linear(hidden, vocabulary)
        self.length, self.hidden, self.start, self.beta = length, hidden, start, beta

    def forward(self, z):
        batch = z.shape[0]
        h = c = torch.zeros(batch, self.hidden)
        token = torch.full((batch,), self.start, dtype=torch.long)
        outputs = []
        for _ in range(self.length):
            i, f, g, o = (self.input(self.embedding(token)) + self.recurrent(h)).chunk(4, 1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            logits = self.out(h)
            perturbed = logits - torch.log(-torch.log(torch.rand_like(logits).clamp_min(1e-10)))
            outputs.append(F.softmax(self.beta * perturbed, -1))
            token = perturbed.argmax(-1)
        return torch.stack(outputs, 1)


class SequenceCnn(nn.Module):
    def __init__(self, vocabulary=5000, embedding=64, filters=64, widths=(2, 3, 4, 5)):
        super().__init__()
        self.embedding = nn.Linear(vocabulary, embedding, bias=False)
        self.convs = nn.ModuleList(nn.Conv1d(embedding, filters, w) for w in widths)
        self.fc = nn.Linear(filters * len(widths), 1)

    def forward(self, x):
        x = self.embedding(x).transpose(1, 2)
        return self.fc(torch.cat([F.relu(conv(x)).amax(2) for conv in self.convs], 1))


def models(name):
    """Returns (generator, discriminator, latent width)."""
    if name == "dcgan":
        return DcganGenerator(), DcganDiscriminator(), 100
    if name == "wavegan":
        return WaveganGenerator(), WaveganDiscriminator(), 100
    return LstmGenerator(), SequenceCnn(), 1


def real_batches(name, batch, images):
    """Returns a function from a step number to a real batch."""
    if name == "text":
        return lambda i: F.one_hot(torch.randint(0, 5000, (batch, 20)), 5000).float()
    if name == "dcgan":
        pool = load_idx_images(images) if images else torch.rand(60000, 1, 28, 28) * 2 - 1
    else:
        pool = torch.rand(1024, 1, 8192) * 2 - 1
    n = pool.shape[0]
    return lambda i: pool[(i * batch) % (n - batch):][:batch]


def trainable(module):
    return sum(p.numel() for p in module.parameters() if p.requires_grad)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=["dcgan", "wavegan", "text"], default="dcgan")
    parser.add_argument("--mode", choices=["step", "sample"], default="step")
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--images", help="MNIST train-images IDX file (gzip or plain), --model dcgan only")
    parser.add_argument("--count-only", action="store_true", help="print the parameter counts and exit")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    g, d, z_dim = models(args.model)
    parameters = {"generator": trainable(g), "discriminator": trainable(d)}
    if args.count_only:
        print(json.dumps({"model": args.model, "parameters": parameters}))
        return
    if args.mode == "sample":
        g.eval()

        def step(i):
            with torch.no_grad():
                g(torch.randn(args.batch, z_dim))
    else:
        real = real_batches(args.model, args.batch, args.images)
        opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
        opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))

        def step(i):
            with torch.no_grad():
                fake = g(torch.randn(args.batch, z_dim))
            opt_d.zero_grad(set_to_none=True)
            loss_d = F.softplus(-d(real(i))).mean() + F.softplus(d(fake)).mean()
            loss_d.backward()
            opt_d.step()
            for p in d.parameters():
                p.requires_grad_(False)
            opt_g.zero_grad(set_to_none=True)
            loss_g = F.softplus(-d(g(torch.randn(args.batch, z_dim)))).mean()
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
    print(json.dumps({"model": args.model, "mode": args.mode, "steps": args.steps, "seconds": seconds,
                      "steps_per_second": args.steps / seconds, "parameters": parameters, "threads": args.threads,
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
