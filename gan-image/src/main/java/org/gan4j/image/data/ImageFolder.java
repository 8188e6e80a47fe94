package org.gan4j.image.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Loads a folder of labelled images: one sub-folder per class, each holding PNG or JPEG files
 * ({@code .png}, {@code .jpg}, {@code .jpeg}, any case). Labels are the sub-folder names in sorted
 * order; files are read in sorted order; hidden entries and other files are skipped. All images must
 * share one size and one colour mode (grey or RGB) unless told to resize or convert them.
 */
public final class ImageFolder {

    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg");

    private ImageFolder() {}

    /**
     * Loads every image.
     *
     * @param root the folder with one sub-folder per class
     * @param resize 0 to keep the images' size (they must all match), or N to resize each to N × N
     * @param channels 0 to keep the colour mode (they must all match), 1 to convert to grey, 3 to RGB
     * @return the images, labelled by sub-folder
     * @throws IOException if the folder has no classes, a class no images, a file cannot be decoded,
     *     or images differ in size or colour mode; the message names the files and the fix
     */
    public static ImageData load(Path root, int resize, int channels) throws IOException {
        if (resize < 0 || channels != 0 && channels != 1 && channels != 3) {
            throw new IllegalArgumentException("resize " + resize + " / channels " + channels
                    + ": resize is 0 or positive, channels 0, 1 or 3");
        }
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder: the image-folder data source needs a folder with one"
                    + " sub-folder of PNG/JPEG files per class");
        }
        List<Path> classFolders = list(root, Files::isDirectory);
        if (classFolders.isEmpty()) {
            throw new IOException(root + " has no class sub-folders: put each class's PNG/JPEG files in their own folder, e.g. "
                    + root.resolve("cats").resolve("0001.png"));
        }
        List<String> classes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path folder : classFolders) {
            List<Path> images = list(folder, ImageFolder::isImage);
            if (images.isEmpty()) {
                throw new IOException(folder + " holds no PNG or JPEG files; every class sub-folder of " + root
                        + " needs at least one image (remove the folder or add images)");
            }
            for (Path image : images) {
                files.add(image);
                labels.add(classes.size());
            }
            classes.add(folder.getFileName().toString());
        }
        return read(root, files, labels.stream().mapToInt(Integer::intValue).toArray(), classes, resize, channels);
    }

    private static ImageData read(Path root, List<Path> files, int[] labels, List<String> classes, int resize,
            int channels) throws IOException {
        Picture reference = null;
        float[] pixels = null;
        for (int i = 0; i < files.size(); i++) {
            Picture picture = ImageDecoder.decode(files.get(i), channels);
            if (resize > 0 && (picture.height() != resize || picture.width() != resize)) {
                picture = Resampler.resize(picture, resize);
            }
            if (reference == null) {
                reference = picture;
                long total = (long) files.size() * picture.values().length;
                if (total > Integer.MAX_VALUE - 8) {
                    throw new IOException(root + ": " + files.size() + " images of " + picture.channels() + "×"
                            + picture.height() + "×" + picture.width()
                            + " do not fit in memory (2 G floats); use option resize to shrink them");
                }
                pixels = new float[(int) total];
            } else {
                requireSameFormat(root, reference, picture);
            }
            System.arraycopy(picture.values(), 0, pixels, i * picture.values().length, picture.values().length);
        }
        return new ImageData(pixels, labels, classes, reference.channels(), reference.height(), reference.width());
    }

    private static void requireSameFormat(Path root, Picture a, Picture b) throws IOException {
        if (a.channels() != b.channels()) {
            throw new IOException("images in " + root + " mix colour modes: " + root.relativize(a.file()) + " is "
                    + a.mode() + " but " + root.relativize(b.file()) + " is " + b.mode()
                    + "; set the data option channels: 1 to convert every image to grey, or channels: 3 to RGB");
        }
        if (a.height() != b.height() || a.width() != b.width()) {
            throw new IOException("images in " + root + " differ in size: " + root.relativize(a.file()) + " is "
                    + a.width() + "×" + a.height() + " but " + root.relativize(b.file()) + " is " + b.width() + "×"
                    + b.height() + "; set the data option resize: N to resize every image to N×N (e.g. resize: 32)");
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Files.isRegularFile(file) && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<Path> list(Path folder, Predicate<Path> keep) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(keep).sorted().toList();
        }
    }
}
