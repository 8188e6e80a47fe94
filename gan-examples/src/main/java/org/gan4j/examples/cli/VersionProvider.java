package org.gan4j.examples.cli;

import ai.djl.engine.Engine;
import picocli.CommandLine.IVersionProvider;

/** Reports gan4j's version and the DJL engine underneath. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = GanCli.class.getPackage().getImplementationVersion();
        return new String[] {"gan4j " + (version == null ? "(development build)" : version),
            "DJL " + Engine.getDjlVersion() + ", engine " + Engine.getDefaultEngineName()};
    }
}
