package org.gan4j.core.device;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Makes the calling thread compute as the thread that loaded the engine does. PyTorch keeps
 * autograd's grad mode per thread, on by default; DJL turns it off only in the thread that loads
 * the engine, and a gradient collector restores the mode it found. In any other thread (an
 * executor, a web server's worker) the optimizer's and the weight average's updates would then be
 * recorded by autograd and the next step would train differently: the same seed gave other losses
 * from step 2 on. Every seeded region of gan4j calls {@link #prepare()} first.
 */
public final class EngineThreads {

    private EngineThreads() {}

    /** Turns autograd's recording off in the calling thread outside gradient collectors. */
    public static void prepare() {
        if ("PyTorch".equals(Engine.getInstance().getEngineName())) {
            JniUtils.setGradMode(false);
        }
    }
}
