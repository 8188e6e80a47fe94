package org.gan4j.text.model;

import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import java.util.ArrayList;
import java.util.List;

/**
 * A convolutional sequence network over (soft) one-hot inputs (B, length, vocabulary): an
 * embedding matrix (a linear map without bias, so relaxed one-hots embed as mixtures), 1-D
 * convolutions of several widths with ReLU, max-over-time pooling and a linear head. With one
 * output it is the sequence GAN discriminator (Kim's CNN as in SeqGAN/RelGAN); with {@code dim}
 * outputs it is the text encoder other modalities use as a condition.
 */
public final class SequenceCnn {

    private SequenceCnn() {}

    /**
     * @param embedding the embedding width
     * @param filters the filters per convolution width
     * @param widths the convolution widths, each at most the sequence length
     * @param outputs the head's width (1 for a discriminator)
     * @return an uninitialized block mapping (B, length, vocabulary) to (B, outputs)
     */
    public static Block build(int embedding, int filters, List<Integer> widths, int outputs) {
        return features(new SequentialBlock(), embedding, filters, widths).add(Linear.builder().setUnits(outputs).build());
    }

    /**
     * The network without its head: the pooled features a projection discriminator combines with
     * its condition.
     *
     * @param embedding the embedding width
     * @param filters the filters per convolution width
     * @param widths the convolution widths, each at most the sequence length
     * @return an uninitialized block mapping (B, length, vocabulary) to (B, filters × widths)
     */
    public static Block trunk(int embedding, int filters, List<Integer> widths) {
        return features(new SequentialBlock(), embedding, filters, widths);
    }

    private static SequentialBlock features(SequentialBlock network, int embedding, int filters, List<Integer> widths) {
        List<Block> branches = new ArrayList<>();
        for (int width : widths) {
            branches.add(new SequentialBlock()
                    .add(Conv1d.builder().setKernelShape(new Shape(width)).setFilters(filters).build())
                    .add(Activation::relu)
                    .add(new LambdaBlock(x -> new NDList(x.head().max(new int[] {2})), "maxOverTime")));
        }
        return network
                .add(Linear.builder().setUnits(embedding).optBias(false).build())
                .add(new LambdaBlock(x -> new NDList(x.head().transpose(0, 2, 1)), "channelsFirst"))
                .add(new ParallelBlock(list -> new NDList(NDArrays.concat(
                        new NDList(list.stream().map(NDList::head).toList()), 1)), branches));
    }
}
